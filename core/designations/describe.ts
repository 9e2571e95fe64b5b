// Short English backgrounds and dates for designated parties, written only from the lists' own facts.
import type { KeyDate } from '../kb/entity';
import type { OfacEntry } from './ofac-csv';
import type { UnEntry } from './un-xml';

const MAX_SENTENCE = 300;
const ABBREVIATIONS = 'Co|Ltd|St|No|Inc|Corp|Mr|Dr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const SENTENCE_END = new RegExp(`(?<=[a-z0-9)”"’]\\.)(?<!\\b(?:${ABBREVIATIONS})\\.)\\s+(?=[A-Z“"])`);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Comment sentences that say nothing about what the party does. */
const UNINFORMATIVE = /^(gender|location|imo|swift|pursuant|listed pursuant|review|date of|passport)\b/i;

/**
 * A background of two to four sentences: what the party is (the UN narrative, its role, or a vessel's particulars),
 * when the UN listed it, whether OFAC designated it and under which programmes, and a death or OFAC's links.
 */
export function describeParty(un: UnEntry | undefined, ofac: OfacEntry | undefined): string {
  const sentences: string[] = [];
  const what = whatItIs(un, ofac) ?? otherNames(un, ofac) ?? nationality(un, ofac);
  if (what) sentences.push(what);
  if (un) {
    sentences.push(
      un.listedOn
        ? `Listed by the UN Security Council on ${un.listedOn} (${un.reference}).`
        : `Listed by the UN Security Council (${un.reference}).`,
    );
  }
  if (ofac) {
    sentences.push(
      `${un ? 'Also designated' : 'Designated'} by the U.S. Treasury (OFAC, ${ofac.programs.join(', ')}).`,
    );
  }
  const died = sentencesOf(un?.comments ?? '').find((s) => /^Died on /.test(s));
  if (died) sentences.push(died);
  else if (ofac && ofac.linkedTo.length > 0) sentences.push(`Linked by OFAC to ${listOf(ofac.linkedTo.slice(0, 3))}.`);
  return sentences.slice(0, 4).join(' ');
}

function whatItIs(un: UnEntry | undefined, ofac: OfacEntry | undefined): string | undefined {
  if (ofac?.type === 'vessel') {
    const type = ofac.vesselType ? ` (${ofac.vesselType})` : '';
    const flag = ofac.vesselFlag ? ` under the flag of ${ofac.vesselFlag}` : '';
    const imo = ofac.imo ? `, IMO ${ofac.imo}` : '';
    return `A vessel${type}${flag}${imo}.`;
  }
  if (un?.kind === 'individual' || ofac?.type === 'individual') {
    const role = un?.designations[0] ?? ofac?.title;
    return role ? sentence(role) : undefined;
  }
  const narrative = sentencesOf(un?.comments ?? '').find((s) => !UNINFORMATIVE.test(s) && s.length >= 20);
  return narrative ? sentence(narrative) : undefined;
}

/** "Also known as …", for a party that the lists do not otherwise describe. */
function otherNames(un: UnEntry | undefined, ofac: OfacEntry | undefined): string | undefined {
  const aliases = [...(un?.aliases.map((a) => a.name) ?? []), ...(ofac?.aliases.map((a) => a.name) ?? [])];
  return aliases.length > 0 ? `Also known as ${listOf(aliases.slice(0, 3))}.` : undefined;
}

function nationality(un: UnEntry | undefined, ofac: OfacEntry | undefined): string | undefined {
  const value = un?.nationalities[0] ?? ofac?.nationalities[0];
  return value ? `Nationality: ${value}.` : undefined;
}

/** A text as one sentence: capitalised, ending with a full stop, and cut at a word if too long. */
function sentence(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (s.length > MAX_SENTENCE) s = `${s.slice(0, s.lastIndexOf(' ', MAX_SENTENCE - 1))}…`;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

/** The sentences of a comment; abbreviations such as "Co." and "St." do not end a sentence. */
function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The key dates of a party: its UN listing and its dates of birth, in date order. */
export function keyDatesOf(un: UnEntry | undefined, ofac: OfacEntry | undefined): KeyDate[] {
  const dates: KeyDate[] = [];
  if (un?.listedOn) dates.push({ date: un.listedOn, label: `Listed by the UN Security Council (${un.reference})` });
  const births = new Set<string>();
  for (const d of un?.datesOfBirth ?? []) if (/^\d{4}(-\d{2}-\d{2})?$/.test(d)) births.add(d);
  for (const d of ofac?.datesOfBirth ?? []) {
    const iso = isoDate(d);
    if (iso && ![...births].some((b) => b.startsWith(iso) || iso.startsWith(b))) births.add(iso);
  }
  [...births].forEach((date, i) => dates.push({ date, label: i === 0 ? 'Born' : 'Born (alternative date)' }));
  return dates.sort((a, b) => a.date.localeCompare(b.date));
}

/** An OFAC date ("15 Aug 1984", "Aug 1984", "1984") as an ISO date; undefined for "circa" and ranges. */
export function isoDate(ofacDate: string): string | undefined {
  const m = ofacDate.trim().match(/^(?:(\d{1,2}) )?(?:([A-Za-z]{3}) )?(\d{4})$/);
  if (!m) return undefined;
  const [, day, month, year] = m;
  if (!month) return day ? undefined : year;
  const mm = MONTHS.indexOf(month.toLowerCase()) + 1;
  if (mm === 0) return undefined;
  const ym = `${year}-${String(mm).padStart(2, '0')}`;
  return day ? `${ym}-${day.padStart(2, '0')}` : ym;
}
