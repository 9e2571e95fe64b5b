// Parses the UN Security Council Consolidated List (XML) and keeps its DPRK (1718 Committee) entries.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ListFormatError, MAX_LIST_BYTES, checkDownload, stripBom } from './errors';

export { ListFormatError, MAX_LIST_BYTES };

/** An alias of a listed party, with the list's quality mark ("Good", "Low", "a.k.a.", "f.k.a."). */
export interface UnAlias {
  name: string;
  quality: string;
}

/** One DPRK entry of the UN Consolidated List. */
export interface UnEntry {
  kind: 'individual' | 'entity';
  /** The list's own reference, e.g. `KPi.001` or `KPe.034`. */
  reference: string;
  dataId: string;
  /** FIRST_NAME to FOURTH_NAME joined with spaces, e.g. "YUN HO-JIN". */
  name: string;
  /** The name in its original script, when given. */
  originalScriptName?: string;
  aliases: UnAlias[];
  /** ISO date the party was listed. */
  listedOn?: string;
  /** ISO dates of later amendments. */
  updatedOn: string[];
  titles: string[];
  /** What the list says the person does ("Director of …"). */
  designations: string[];
  nationalities: string[];
  /** Addresses as short text, e.g. "Pyongyang, Democratic People's Republic of Korea". */
  addresses: string[];
  /** Dates of birth as ISO dates or years; a range is written "1960/1962". */
  datesOfBirth: string[];
  placesOfBirth: string[];
  /** Identity documents as short text, e.g. "Passport 381420754". */
  documents: string[];
  gender?: string;
  /** The committee's narrative about the party, whitespace collapsed. */
  comments?: string;
}

/** The result of {@link parseUnConsolidatedList}. */
export interface UnList {
  /** ISO date (YYYY-MM-DD) the list was generated, from its `dateGenerated` attribute. */
  generated: string;
  entries: UnEntry[];
}

const LIST = 'UN Consolidated List';
const ARRAY_TAGS = new Set([
  'INDIVIDUAL',
  'ENTITY',
  'VALUE',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
]);

type Node = Record<string, unknown>;

/**
 * Parses the UN Consolidated List XML (scsanctions.un.org/resources/xml/en/consolidated.xml) and returns its DPRK
 * entries, individuals first, each group in the list's order.
 * @throws ListFormatError when the text is too large, empty, an HTML page, not XML, truncated, has another root
 *   element, or holds no DPRK entries
 */
export function parseUnConsolidatedList(xml: string): UnList {
  checkDownload(xml, LIST);
  const text = stripBom(xml).trim();
  if (!text.startsWith('<')) throw new ListFormatError('not-xml', `${LIST}: the download is not XML.`);
  if (!/<CONSOLIDATED_LIST[\s>/]/.test(text.slice(0, 4096))) {
    throw new ListFormatError('wrong-root', `${LIST}: no CONSOLIDATED_LIST root element; this is another document.`);
  }
  if (/<!ENTITY/i.test(text)) {
    throw new ListFormatError('malformed', `${LIST}: the XML declares entities, which the official list never does.`);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const truncated = !/<\/CONSOLIDATED_LIST>$/.test(text);
    throw new ListFormatError(
      truncated ? 'truncated' : 'malformed',
      truncated
        ? `${LIST}: the XML ends early (truncated download?): ${valid.err.msg}`
        : `${LIST}: the XML is not well-formed at line ${valid.err.line}: ${valid.err.msg}`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (tagName) => ARRAY_TAGS.has(tagName),
  });
  const doc = parser.parse(text) as Node;
  const root = doc['CONSOLIDATED_LIST'];
  if (!isNode(root)) {
    throw new ListFormatError('wrong-root', `${LIST}: no CONSOLIDATED_LIST root element; this is another document.`);
  }
  const generated = str(root['@_dateGenerated']).slice(0, 10);
  const individuals = nodes(child(root, 'INDIVIDUALS')['INDIVIDUAL']);
  const entities = nodes(child(root, 'ENTITIES')['ENTITY']);
  const entries = [
    ...individuals.filter(isDprk).map((n) => toEntry(n, 'individual')),
    ...entities.filter(isDprk).map((n) => toEntry(n, 'entity')),
  ];
  if (entries.length === 0) {
    throw new ListFormatError(
      'no-dprk-entries',
      `${LIST}: no DPRK entries among ${individuals.length + entities.length}; the file is incomplete or not the consolidated list.`,
    );
  }
  return { generated: /^\d{4}-\d{2}-\d{2}$/.test(generated) ? generated : '', entries };
}

function isDprk(node: Node): boolean {
  return str(node['UN_LIST_TYPE']) === 'DPRK';
}

function toEntry(n: Node, kind: UnEntry['kind']): UnEntry {
  const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((tag) => str(n[tag]))
    .filter(Boolean)
    .join(' ');
  const aliasTag = kind === 'individual' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
  const addressTag = kind === 'individual' ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS';
  const entry: UnEntry = {
    kind,
    reference: str(n['REFERENCE_NUMBER']),
    dataId: str(n['DATAID']),
    name,
    aliases: nodes(n[aliasTag])
      .map((a) => ({ name: str(a['ALIAS_NAME']), quality: str(a['QUALITY']) }))
      .filter((a) => a.name !== ''),
    updatedOn: values(n['LAST_DAY_UPDATED']),
    titles: values(n['TITLE']),
    designations: values(n['DESIGNATION']),
    nationalities: values(n['NATIONALITY']),
    addresses: unique(nodes(n[addressTag]).map(placeText)),
    datesOfBirth: unique(nodes(n['INDIVIDUAL_DATE_OF_BIRTH']).map(dateOfBirth)),
    placesOfBirth: unique(nodes(n['INDIVIDUAL_PLACE_OF_BIRTH']).map(placeText)),
    documents: documents(nodes(n['INDIVIDUAL_DOCUMENT'])),
  };
  const listedOn = str(n['LISTED_ON']);
  if (listedOn) entry.listedOn = listedOn;
  const original = str(n['NAME_ORIGINAL_SCRIPT']);
  if (original) entry.originalScriptName = original;
  const gender = str(n['GENDER']);
  if (gender) entry.gender = gender;
  const comments = str(n['COMMENTS1']);
  if (comments) entry.comments = comments;
  return entry;
}

function placeText(p: Node): string {
  const parts = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY', 'NOTE'].map((t) => str(p[t]));
  return parts.filter(Boolean).join(', ');
}

function dateOfBirth(d: Node): string {
  const date = str(d['DATE']);
  if (date) return date.slice(0, 10);
  const year = str(d['YEAR']);
  if (year) return year;
  const from = str(d['FROM_YEAR']);
  const to = str(d['TO_YEAR']);
  return from && to ? `${from}/${to}` : from || to;
}

/** Documents as "Passport 123", one per number: the list repeats each in French and Spanish. */
function documents(docs: Node[]): string[] {
  const byNumber = new Map<string, string>();
  for (const d of docs) {
    const number = str(d['NUMBER']);
    if (!number) continue;
    const type = str(d['TYPE_OF_DOCUMENT']) || 'Document';
    const known = byNumber.get(number);
    if (!known || (type === 'Passport' && !known.startsWith('Passport'))) byNumber.set(number, `${type} ${number}`);
  }
  return [...byNumber.values()];
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function child(n: Node, tag: string): Node {
  const c = n[tag];
  return isNode(c) ? c : {};
}

function nodes(v: unknown): Node[] {
  return Array.isArray(v) ? v.filter(isNode) : isNode(v) ? [v] : [];
}

/** The text of a leaf element with whitespace collapsed; '' for anything else. */
function str(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number') return String(v).replace(/\s+/g, ' ').trim();
  if (isNode(v) && typeof v['#text'] === 'string') return str(v['#text']);
  return '';
}

/** The non-empty `<VALUE>` texts of an element such as `<DESIGNATION>`. */
function values(v: unknown): string[] {
  return unique(nodes(v).flatMap((n) => (Array.isArray(n['VALUE']) ? n['VALUE'].map(str) : [str(n['VALUE'])])));
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}
