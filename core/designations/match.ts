// Finds the parties that appear on both the UN list and OFAC's SDN list, one to one.
import { nameForms, nameKeys, type NameKeyKind } from './names';
import type { OfacEntry } from './ofac-csv';
import type { UnEntry } from './un-xml';

/** How a UN entry and an OFAC row were found to be the same party, strongest first. */
export type MatchMethod =
  'imo-number' | 'passport' | 'same-name' | 'name-alias' | 'same-alias' | 'name-without-legal-form';

/** A UN entry and an OFAC row taken to be the same party. */
export interface PartyMatch {
  un: string;
  ofac: string;
  method: MatchMethod;
  /** What agreed, e.g. `"KOREA DAESONG BANK" = "KOREA DAESONG BANK"`. */
  detail: string;
}

/** The result of {@link matchParties}. */
export interface MatchResult {
  matches: PartyMatch[];
  /** Candidate pairs left unmerged because one side had several equally good candidates. */
  ambiguous: PartyMatch[];
}

const STRENGTH: Record<MatchMethod, number> = {
  'imo-number': 6,
  passport: 5,
  'same-name': 4,
  'name-alias': 3,
  'same-alias': 2,
  'name-without-legal-form': 1,
};

interface Keyed {
  id: string;
  names: { text: string; primary: boolean; keys: Map<NameKeyKind, string> }[];
  ids: Set<string>;
  birthYears: [number, number][];
  kind: 'individual' | 'entity' | 'other';
}

/**
 * Pairs UN entries with OFAC rows for the same party. Only individuals with individuals and UN entities with OFAC
 * entities are compared (never vessels or aircraft). Evidence, strongest first: a shared IMO company number; a
 * shared passport number; the same primary name; one's primary name as the other's alias; a shared alias; the same
 * name once legal forms are dropped. Names are compared by {@link nameKeys}: case, punctuation, apostrophes and word
 * order are ignored, "CORPORATION" = "CORP.", "COMPANY" = "CO", "LIMITED" = "LTD". Individuals matched by name must
 * not have conflicting birth years. Each party is merged at most once: a pair is accepted only when neither side has
 * another candidate of the same strength; otherwise it is reported as ambiguous and neither side is merged.
 */
export function matchParties(un: UnEntry[], ofac: OfacEntry[]): MatchResult {
  const left = un.map(keyUn);
  const right = ofac.map(keyOfac);
  const candidates: PartyMatch[] = [];
  for (const u of left) {
    for (const o of right) {
      if (u.kind !== o.kind) continue;
      const found = compare(u, o);
      if (found) candidates.push(found);
    }
  }
  candidates.sort((a, b) => STRENGTH[b.method] - STRENGTH[a.method]);
  const done = new Set<string>();
  const matches: PartyMatch[] = [];
  const ambiguous: PartyMatch[] = [];
  for (const level of [6, 5, 4, 3, 2, 1]) {
    const open = candidates.filter((c) => STRENGTH[c.method] === level && !done.has(c.un) && !done.has(c.ofac));
    const count = (side: 'un' | 'ofac', id: string) => open.filter((c) => c[side] === id).length;
    const blocked = new Set<string>();
    for (const c of open) {
      if (count('un', c.un) === 1 && count('ofac', c.ofac) === 1) matches.push(c);
      else {
        ambiguous.push(c);
        blocked.add(c.un).add(c.ofac);
      }
    }
    for (const c of matches) done.add(c.un).add(c.ofac);
    // A party with rival candidates is not merged on weaker evidence either.
    for (const id of blocked) done.add(id);
  }
  const order = new Map(un.map((e, i) => [e.reference, i]));
  matches.sort((a, b) => (order.get(a.un) ?? 0) - (order.get(b.un) ?? 0));
  return { matches, ambiguous };
}

function compare(u: Keyed, o: Keyed): PartyMatch | null {
  const shared = [...u.ids].find((id) => o.ids.has(id));
  if (shared) {
    const method = shared.startsWith('imo:') ? 'imo-number' : 'passport';
    return { un: u.id, ofac: o.id, method, detail: `${shared.replace(':', ' ')} on both lists` };
  }
  if (u.kind === 'individual' && !birthYearsAgree(u.birthYears, o.birthYears)) return null;
  let best: PartyMatch | null = null;
  for (const a of u.names) {
    for (const b of o.names) {
      const kind = sharedKey(a.keys, b.keys);
      if (!kind) continue;
      const method: MatchMethod =
        kind === 'without-legal-form'
          ? 'name-without-legal-form'
          : a.primary && b.primary
            ? 'same-name'
            : a.primary || b.primary
              ? 'name-alias'
              : 'same-alias';
      if (!best || STRENGTH[method] > STRENGTH[best.method]) {
        best = { un: u.id, ofac: o.id, method, detail: `"${a.text}" = "${b.text}" (${kind})` };
      }
    }
  }
  return best;
}

function sharedKey(a: Map<NameKeyKind, string>, b: Map<NameKeyKind, string>): NameKeyKind | null {
  for (const kind of ['words', 'joined', 'without-legal-form'] as const) {
    const key = a.get(kind);
    if (key && key === b.get(kind)) return kind;
  }
  if (a.get('words') && a.get('words') === b.get('without-legal-form')) return 'without-legal-form';
  if (b.get('words') && b.get('words') === a.get('without-legal-form')) return 'without-legal-form';
  return null;
}

function keyUn(e: UnEntry): Keyed {
  const ids = new Set<string>();
  for (const m of (e.comments ?? '').matchAll(/IMO (?:number|No\.?):?\s*(\d{7})/gi)) ids.add(`imo:${m[1]}`);
  for (const d of e.documents) if (/passport/i.test(d)) ids.add(`passport:${d.replace(/^.*\s/, '')}`);
  return {
    id: e.reference,
    names: keyedNames(e.name, e.aliases),
    ids,
    birthYears: e.datesOfBirth.map(yearRange).filter(isRange),
    kind: e.kind,
  };
}

function keyOfac(e: OfacEntry): Keyed {
  const ids = new Set<string>([
    ...e.companyImo.map((n) => `imo:${n}`),
    ...e.passports.map((p) => `passport:${p.replace(/\.$/, '')}`),
  ]);
  return {
    id: e.entNum,
    names: keyedNames(e.name, e.aliases),
    ids,
    birthYears: e.datesOfBirth.map(yearRange).filter(isRange),
    kind: e.type === 'individual' || e.type === 'entity' ? e.type : 'other',
  };
}

/** The years a date of birth allows: exact, "circa" (±2 years) or a range ("1960/1962", "1960 to 1962"). */
export function yearRange(dob: string): [number, number] | null {
  const years = [...dob.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  const low = Math.min(...years);
  const high = Math.max(...years);
  return /circa|approx/i.test(dob) ? [low - 2, high + 2] : [low, high];
}

function keyedNames(name: string, aliases: { name: string }[]): Keyed['names'] {
  const primary = nameForms(name).map((text) => ({ text, primary: true }));
  const others = aliases.flatMap((a) => nameForms(a.name)).map((text) => ({ text, primary: false }));
  return [...primary, ...others].map((n) => ({ ...n, keys: nameKeys(n.text) }));
}

function isRange(r: [number, number] | null): r is [number, number] {
  return r !== null;
}

function birthYearsAgree(a: [number, number][], b: [number, number][]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some(([lo, hi]) => b.some(([lo2, hi2]) => lo <= hi2 && lo2 <= hi));
}
