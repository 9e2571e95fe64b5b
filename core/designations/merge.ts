// Builds knowledge-base entities from the UN and OFAC DPRK designations: one entity per party, merged across lists.
import type { Designation, Entity, EntityName, Identifier, Relation, Source } from '../kb/entity';
import { describeParty, keyDatesOf } from './describe';
import { matchParties, type PartyMatch } from './match';
import { isAcronym, nameForms, nameKey, nameLanguage, personNameVariants } from './names';
import type { OfacEntry, OfacList } from './ofac-csv';
import type { UnEntry, UnList } from './un-xml';

/** Facts about the lists themselves, for the entities' sources. */
export interface DesignationsMeta {
  /** ISO date of the UN list (its `dateGenerated`). */
  unListDate: string;
  /** ISO date of the OFAC list. */
  ofacListDate: string;
}

/** What {@link buildDesignationsWithReport} did, for the build script's log and for tests. */
export interface DesignationsReport {
  /** UN entries merged with an OFAC row, and how each pair was recognised. */
  matches: PartyMatch[];
  /** Pairs left unmerged because a party had several equally good candidates. */
  ambiguous: PartyMatch[];
  /** Merges with a DPRK-programme row / with a row in another programme that cites the North Korea regulations. */
  mergedWithDprkRow: number;
  mergedWithOtherProgramRow: number;
  /** OFAC entry numbers of aircraft, which are left out: the knowledge base has no aircraft type. */
  skippedAircraft: string[];
  /** OFAC "Linked To:" names that matched no single entity. */
  unresolvedLinks: string[];
}

/** The page that the UN Security Council publishes its consolidated list on. */
export const UN_LIST_URL = 'https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list';
/** OFAC's Sanctions List Search page of one SDN entry; append the entry number. */
export const OFAC_ENTRY_URL = 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=';

/**
 * The designated parties as entities (origin `designation`), with ids `des-kpe-034` for UN-listed parties and
 * `des-ofac-12345` for parties listed by OFAC only. A party on both lists becomes one entity, by {@link matchParties}.
 * Individuals become `person`, UN and OFAC entities `organisation`, vessels `vessel`; aircraft are skipped.
 * Order: UN entries by reference (KPe before KPi), then OFAC rows by entry number.
 */
export function buildDesignations(un: UnList, ofac: OfacList, meta: DesignationsMeta): Entity[] {
  return buildDesignationsWithReport(un, ofac, meta).entities;
}

/** {@link buildDesignations}, with a report of the merges and of what was left out. */
export function buildDesignationsWithReport(
  un: UnList,
  ofac: OfacList,
  meta: DesignationsMeta,
): { entities: Entity[]; report: DesignationsReport } {
  const linked = ofac.northKoreaLinked ?? [];
  const { matches, ambiguous } = matchParties(un.entries, [...ofac.entries, ...linked]);
  const ofacByNum = new Map([...ofac.entries, ...linked].map((o) => [o.entNum, o]));
  const partner = new Map(matches.map((m) => [m.un, ofacByNum.get(m.ofac)]));
  const merged = new Set(matches.map((m) => m.ofac));

  const unEntries = [...un.entries].sort((a, b) => compareStrings(a.reference, b.reference));
  const ofacOnly = ofac.entries
    .filter((o) => !merged.has(o.entNum) && o.type !== 'aircraft')
    .sort((a, b) => Number(a.entNum) - Number(b.entNum));
  const parties = [
    ...unEntries.map((u) => ({ un: u as UnEntry | undefined, ofac: partner.get(u.reference) })),
    ...ofacOnly.map((o) => ({ un: undefined, ofac: o as OfacEntry | undefined })),
  ];
  const entities = parties.map((p) => toEntity(p.un, p.ofac, meta));
  const unresolvedLinks = linkRelated(entities, parties);

  const dprkNums = new Set(ofac.entries.map((o) => o.entNum));
  const report: DesignationsReport = {
    matches,
    ambiguous,
    mergedWithDprkRow: matches.filter((m) => dprkNums.has(m.ofac)).length,
    mergedWithOtherProgramRow: matches.filter((m) => !dprkNums.has(m.ofac)).length,
    skippedAircraft: ofac.entries.filter((o) => o.type === 'aircraft').map((o) => o.entNum),
    unresolvedLinks,
  };
  return { entities, report };
}

/** The entity id of a UN reference ("KPe.034" → "des-kpe-034") or an OFAC entry number ("12345" → "des-ofac-12345"). */
export function designationId(un: UnEntry | undefined, ofac: OfacEntry | undefined): string {
  if (un) return `des-${un.reference.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return `des-ofac-${ofac?.entNum ?? ''}`;
}

function toEntity(un: UnEntry | undefined, ofac: OfacEntry | undefined, meta: DesignationsMeta): Entity {
  const type =
    ofac?.type === 'vessel' ? 'vessel' : (un?.kind ?? ofac?.type) === 'individual' ? 'person' : 'organisation';
  const entity: Entity = {
    id: designationId(un, ofac),
    type,
    origin: 'designation',
    name: un?.name ?? ofac?.name ?? '',
    names: namesOf(un, ofac, type),
    background: describeParty(un, ofac),
    dates: keyDatesOf(un, ofac),
    identifiers: identifiersOf(un, ofac),
    relations: un ? [{ type: 'designated-under', target: 'unsc' }] : [],
    sources: sourcesOf(un, ofac, meta),
    designations: designationsOf(un, ofac),
  };
  return entity;
}

function namesOf(un: UnEntry | undefined, ofac: OfacEntry | undefined, type: Entity['type']): EntityName[] {
  const listed: string[] = [];
  if (un) listed.push(un.name, ...un.aliases.map((a) => a.name));
  if (ofac) {
    listed.push(...(ofac.type === 'individual' ? [ofac.name, ...personNameVariants(ofac.name)] : [ofac.name]));
    listed.push(...ofac.aliases.map((a) => a.name));
  }
  const names: EntityName[] = [];
  const seen = new Set<string>();
  for (const text of listed.flatMap(nameForms)) {
    // "CO., LTD" and "CO., LTD." are one name to the matcher.
    const key = text.toLowerCase().replace(/[.\s]+$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const name: EntityName = { text, lang: nameLanguage(text) };
    // Acronyms ("RGB") are common words in lower case; people's names, vessel names and single words
    // ("Unsan", "APOLLON") are counted only on pages about North Korea.
    if (isAcronym(text)) name.caseSensitive = true;
    const oneLatinWord = /^[\p{Script=Latin}\p{N}-]+$/u.test(text);
    if (isAcronym(text) || type === 'person' || type === 'vessel' || oneLatinWord) name.ambiguous = true;
    names.push(name);
  }
  return names;
}

function identifiersOf(un: UnEntry | undefined, ofac: OfacEntry | undefined): Identifier[] {
  const ids: Identifier[] = [];
  const add = (scheme: Identifier['scheme'], value: string) => {
    if (!ids.some((i) => i.scheme === scheme && i.value === value)) ids.push({ scheme, value });
  };
  if (un) add('un', un.reference);
  if (ofac) add('ofac', ofac.entNum);
  if (ofac?.imo) add('imo', ofac.imo);
  for (const m of (un?.comments ?? '').matchAll(/IMO (?:number|No\.?):?\s*(\d{7})/gi)) add('imo', m[1]!);
  for (const n of ofac?.companyImo ?? []) add('imo', n);
  return ids;
}

function designationsOf(un: UnEntry | undefined, ofac: OfacEntry | undefined): Designation[] {
  const out: Designation[] = [];
  if (un)
    out.push(
      un.listedOn
        ? { list: 'un', reference: un.reference, listedOn: un.listedOn }
        : { list: 'un', reference: un.reference },
    );
  if (ofac) out.push({ list: 'us', reference: ofac.entNum, program: ofac.programs.join(', ') });
  return out;
}

function sourcesOf(un: UnEntry | undefined, ofac: OfacEntry | undefined, meta: DesignationsMeta): Source[] {
  const out: Source[] = [];
  if (un) {
    out.push({
      title: `UN Security Council Consolidated List, ${un.reference}`,
      publisher: 'United Nations Security Council',
      url: UN_LIST_URL,
      date: meta.unListDate,
    });
  }
  if (ofac) {
    out.push({
      title: `Specially Designated Nationals and Blocked Persons List, entry ${ofac.entNum}`,
      publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control',
      url: `${OFAC_ENTRY_URL}${ofac.entNum}`,
      date: meta.ofacListDate,
    });
  }
  return out;
}

/**
 * Adds `related-to` relations for OFAC's "Linked To:" names that name exactly one built entity.
 * @returns the names that could not be resolved
 */
function linkRelated(entities: Entity[], parties: { ofac?: OfacEntry | undefined }[]): string[] {
  const byKey = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const n of e.names) {
      const key = nameKey(n.text);
      if (key) byKey.set(key, (byKey.get(key) ?? new Set()).add(e.id));
    }
  }
  const unresolved: string[] = [];
  entities.forEach((entity, i) => {
    for (const target of parties[i]?.ofac?.linkedTo ?? []) {
      const ids = [...(byKey.get(nameKey(target)) ?? [])].filter((id) => id !== entity.id);
      if (ids.length !== 1) {
        unresolved.push(target);
        continue;
      }
      const relation: Relation = { type: 'related-to', target: ids[0]! };
      if (!entity.relations.some((r) => r.type === relation.type && r.target === relation.target)) {
        entity.relations.push(relation);
      }
    }
  });
  return [...new Set(unresolved)].sort();
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
