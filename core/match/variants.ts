// The written forms a term may take in a text: Russian and Ukrainian case forms, German umlauts spelled out.
import { caseForms } from './cyrillic';
import { guessLanguage } from './rules';

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** The base language of a BCP-47 tag, lower case ("zh-Hant" → "zh"). */
export function baseLanguage(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const dash = lang.indexOf('-');
  return (dash < 0 ? lang : lang.slice(0, dash)).toLowerCase();
}

/**
 * Every form of a term to look for, the term itself first. Case-sensitive terms (abbreviations) are taken as
 * written. Russian and Ukrainian names get their case forms; German names with umlauts also match them spelled out
 * (Pjöngjang, Pjoengjang; "Pjongjang" is diacritic folding's).
 */
export function termForms(text: string, lang: string | undefined, caseSensitive = false): string[] {
  const base = baseLanguage(lang) ?? guessLanguage(text);
  if (caseSensitive) return [text];
  if (base === 'ru' || base === 'uk') return caseForms(text, base);
  if (base === 'de' && /[äöüÄÖÜ]/.test(text)) return [text, text.replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c] ?? c)];
  return [text];
}
