// Texts for scripts/bench-match.ts: the real saved pages of ../shared, and synthetic news pages of N text nodes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { MatcherTerm } from '../core/match/matcher';
import { seededRandom } from '../core/seeded-random';

/** A page's text, as the content script would search it. */
export interface PageText {
  name: string;
  text: string;
}

/** The body text (less scripts and styles) of every saved page in `dir`, or null when the folder is absent. */
export function loadRealPages(dir: string): PageText[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const { document } = parseHTML(readFileSync(join(dir, file), 'utf8'));
      for (const el of document.querySelectorAll('script, style')) el.remove();
      return { name: file, text: document.body?.textContent ?? '' };
    });
}

// News-like sentences per language; {A} and {B} take names of that language from the dictionary.
const SENTENCES: Record<string, string[]> = {
  en: [
    '{A} said on Tuesday that new evidence of sanctions evasion had been handed to {B}.',
    'Officials in Washington declined to comment on the report, which covers ship-to-ship transfers of oil.',
    'According to the latest figures, {A} earned hundreds of millions of dollars from illicit trade last year.',
    'The talks between {A} and {B} ended without a joint statement.',
  ],
  id: ['{A} mengatakan bahwa laporan tentang {B} akan dibahas pekan depan.', 'Pemerintah belum memberikan tanggapan.'],
  ko: ['{A}은 {B}에 대한 제재 위반 보고서를 공개했다.', '정부 관계자는 구체적인 언급을 피했다.'],
  ja: ['{A}は{B}に関する制裁違反の報告書を公表した。', '政府関係者はコメントを控えた。'],
  zh: ['{A}表示将向{B}提交新的制裁违规证据。', '有关官员拒绝发表评论。'],
  ru: [
    '{A} заявил, что передал новые доказательства нарушения санкций {B}.',
    'Официальные лица отказались от комментариев.',
  ],
  uk: ['{A} заявив, що передав нові докази порушення санкцій {B}.', 'Офіційні особи відмовилися від коментарів.'],
  de: ['{A} teilte am Dienstag mit, dass neue Beweise an {B} übergeben wurden.', 'Die Regierung äußerte sich nicht.'],
  fr: ['{A} a déclaré mardi que de nouvelles preuves avaient été remises à {B}.', 'Le gouvernement n’a pas réagi.'],
  nl: ['{A} zei dinsdag dat nieuw bewijs aan {B} is overgedragen.', 'De regering wilde niet reageren.'],
  es: ['{A} dijo el martes que se entregaron nuevas pruebas a {B}.', 'El gobierno no quiso comentar.'],
};
const CHROME = ['Home', 'World', 'Share this article', 'Subscribe', 'Sign in', '12 comments', 'Read more', '© 2025'];

/**
 * A synthetic page of `nodes` text nodes joined by newlines (as the content script joins blocks): page chrome,
 * and news sentences in eleven languages with names of the dictionary in about a quarter of them.
 */
export function syntheticPage(nodes: number, terms: MatcherTerm[], seed: number): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const byLang = new Map<string, string[]>();
  for (const t of terms) {
    const lang = (t.lang ?? 'en').split('-')[0]!;
    const list = byLang.get(lang) ?? [];
    list.push(t.text);
    byLang.set(lang, list);
  }
  const langs = Object.keys(SENTENCES);
  const parts: string[] = [];
  for (let i = 0; i < nodes; i++) {
    if (random() < 0.4) {
      parts.push(pick(CHROME));
      continue;
    }
    const lang = random() < 0.5 ? 'en' : pick(langs);
    const names = byLang.get(lang) ?? byLang.get('en') ?? ['North Korea'];
    const sentence = pick(SENTENCES[lang]!);
    const withNames = random() < 0.25;
    parts.push(
      sentence.replace(/\{[AB]\}/g, () => (withNames ? pick(names) : pick(['the ministry', 'the agency', 'it']))),
    );
  }
  return parts.join('\n');
}
