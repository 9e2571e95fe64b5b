// Parses OFAC's SDN list (sdn.csv) and keeps the rows of its North Korea programmes.
import { CsvSyntaxError, parseCsv } from './csv';
import { ListFormatError, MAX_LIST_BYTES, checkDownload, stripBom } from './errors';

export { ListFormatError, MAX_LIST_BYTES };

/** The columns of sdn.csv, which has no header row. */
export const SDN_COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
] as const;

/** What OFAC lists: SDN_Type, with an empty type meaning an entity. */
export type OfacType = 'individual' | 'entity' | 'vessel' | 'aircraft';

/** An alias from the Remarks column: `a.k.a.` (also known as), `f.k.a.` (formerly) or `n.k.a.` (now). */
export interface OfacAlias {
  name: string;
  kind: 'a.k.a.' | 'f.k.a.' | 'n.k.a.';
}

/** One DPRK-programme row of the SDN list. Text fields are trimmed; OFAC's `-0-` becomes absent. */
export interface OfacEntry {
  /** OFAC's entry number, e.g. `19508`. */
  entNum: string;
  /** The name as listed: "LAST, First" for individuals. */
  name: string;
  type: OfacType;
  /** Every programme tag of the row in order, e.g. `['NPWMD', 'DPRK2']`. */
  programs: string[];
  /** The North Korea programmes among them. */
  dprkPrograms: string[];
  title?: string;
  callSign?: string;
  vesselType?: string;
  tonnage?: string;
  grt?: string;
  vesselFlag?: string;
  vesselOwner?: string;
  remarks?: string;
  /** A vessel's IMO number ("Vessel Registration Identification IMO 1234567"). */
  imo?: string;
  /** IMO company numbers of ship owners and managers ("Company Number IMO 5555555"), never on a vessel. */
  companyImo: string[];
  aliases: OfacAlias[];
  /** Dates of birth as written after "DOB", e.g. "15 Aug 1984" or "circa 1947". */
  datesOfBirth: string[];
  placesOfBirth: string[];
  nationalities: string[];
  /** Passport numbers, e.g. "472410022". */
  passports: string[];
  gender?: string;
  /** Names after "Linked To:", e.g. "KOREA DAESONG BANK". */
  linkedTo: string[];
  /** True when OFAC cut the Remarks at 1,000 characters, so that its last item is incomplete. */
  remarksTruncated: boolean;
}

/** The result of {@link parseOfacSdnCsv}. */
export interface OfacList {
  /** Rows with a North Korea programme tag. */
  entries: OfacEntry[];
  /**
   * Rows in other programmes (NPWMD in practice) whose Remarks cite the North Korea Sanctions Regulations: OFAC
   * designated many UN-listed DPRK parties under its proliferation programme only. Used to recognise UN-listed
   * parties as also designated by the United States; their `dprkPrograms` is empty.
   */
  northKoreaLinked: OfacEntry[];
}

const LIST = 'OFAC SDN list';
/** North Korea programme tags: DPRK, DPRK2, DPRK3, DPRK4, DPRK-NKSPEA (and future DPRKn). */
const DPRK_PROGRAM = /^DPRK(\d+|-NKSPEA)?$/;
const REMARKS_LIMIT = 1000;
const NKSR = 'North Korea Sanctions Regulations';
const DOS_EOF = String.fromCharCode(0x1a);

/**
 * Parses OFAC's sdn.csv (treasury.gov/ofac/downloads/sdn.csv) and returns the rows of the North Korea programmes in
 * file order. Rows with combined programmes ("DPRK3] [CYBER2") are kept.
 * @throws ListFormatError when the text is too large, empty, an HTML page, truncated inside quotes, has a row without
 *   exactly 12 columns, or holds no DPRK rows
 */
export function parseOfacSdnCsv(csv: string): OfacList {
  checkDownload(csv, LIST);
  // OFAC ends the file with a DOS end-of-file mark (0x1A).
  let text = stripBom(csv).trimEnd();
  while (text.endsWith(DOS_EOF)) text = text.slice(0, -1).trimEnd();
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    const problem = e.unterminated ? 'truncated' : 'malformed';
    throw new ListFormatError(
      problem,
      `${LIST}: not valid CSV at ${e.message}${e.unterminated ? ' (truncated?)' : ''}.`,
    );
  }
  if (records[0]?.fields[0]?.trim().toLowerCase() === 'ent_num') records.shift();
  if (records.length === 0) throw new ListFormatError('empty', `${LIST}: the file has no rows.`);
  const entries: OfacEntry[] = [];
  const northKoreaLinked: OfacEntry[] = [];
  for (const { line, fields } of records) {
    if (fields.length !== SDN_COLUMNS.length) {
      throw new ListFormatError(
        'wrong-columns',
        `${LIST}: line ${line} has ${fields.length} columns, expected ${SDN_COLUMNS.length} (${SDN_COLUMNS.join(', ')}); is this sdn.csv?`,
      );
    }
    const entNum = value(fields[0]);
    if (!entNum || !/^\d+$/.test(entNum)) {
      throw new ListFormatError('malformed', `${LIST}: line ${line} has no entry number ("${fields[0] ?? ''}").`);
    }
    const programs = splitPrograms(value(fields[3]) ?? '');
    const dprkPrograms = programs.filter((p) => DPRK_PROGRAM.test(p));
    if (dprkPrograms.length > 0) entries.push(toEntry(entNum, fields, programs, dprkPrograms));
    else if (fields[11]?.includes(NKSR)) northKoreaLinked.push(toEntry(entNum, fields, programs, []));
  }
  if (entries.length === 0) {
    throw new ListFormatError('no-dprk-entries', `${LIST}: none of ${records.length} rows is in a DPRK programme.`);
  }
  return { entries, northKoreaLinked };
}

/** Splits OFAC's programme field, "NPWMD] [DPRK2", into its tags. */
export function splitPrograms(field: string): string[] {
  return field
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter(Boolean);
}

function toEntry(entNum: string, f: string[], programs: string[], dprkPrograms: string[]): OfacEntry {
  const rawType = value(f[2])?.toLowerCase();
  const type: OfacType =
    rawType === 'individual' || rawType === 'vessel' || rawType === 'aircraft' ? rawType : 'entity';
  const remarks = value(f[11]);
  const entry: OfacEntry = {
    entNum,
    name: value(f[1]) ?? '',
    type,
    programs,
    dprkPrograms,
    companyImo: [],
    aliases: [],
    datesOfBirth: [],
    placesOfBirth: [],
    nationalities: [],
    passports: [],
    linkedTo: [],
    remarksTruncated: false,
  };
  const optional = ['title', 'callSign', 'vesselType', 'tonnage', 'grt', 'vesselFlag', 'vesselOwner'] as const;
  optional.forEach((key, k) => {
    const v = value(f[4 + k]);
    if (v) entry[key] = v;
  });
  if (remarks) {
    entry.remarks = remarks;
    readRemarks(entry, remarks);
  }
  return entry;
}

/** A trimmed field, or undefined for an empty field or OFAC's `-0-`. */
function value(field: string | undefined): string | undefined {
  const v = field?.trim();
  return v && v !== '-0-' ? v : undefined;
}

/** Fills in the facts that the Remarks column gives as "; "-separated items. */
function readRemarks(entry: OfacEntry, remarks: string): void {
  entry.remarksTruncated = remarks.length >= REMARKS_LIMIT && !remarks.endsWith('.');
  entry.aliases = extractAliases(remarks);
  const items = remarks.split(/;\s+/);
  // The last item of a remark cut at the length limit is incomplete.
  if (entry.remarksTruncated) items.pop();
  for (const raw of items) {
    const item = raw.replace(/\.$/, '').trim();
    let m: RegExpMatchArray | null;
    if ((m = item.match(/^(?:alt\. )?DOB (.+)$/))) entry.datesOfBirth.push(m[1]!);
    else if ((m = item.match(/^(?:alt\. )?POB (.+)$/))) entry.placesOfBirth.push(m[1]!);
    else if ((m = item.match(/^(?:alt\. )?(?:nationality|citizen) (.+)$/i))) entry.nationalities.push(m[1]!);
    else if ((m = item.match(/^(?:alt\. )?Passport (\S+)/))) entry.passports.push(m[1]!);
    else if ((m = item.match(/^Gender (.+)$/))) entry.gender = m[1]!;
    else if ((m = item.match(/^Linked To: (.+)$/))) entry.linkedTo.push(m[1]!);
    else if (
      (m = item.match(
        /^(?:alt\. )?(?:Vessel Registration Identification|Company Number|Identification Number) IMO (\d+)$/,
      ))
    ) {
      // OFAC also labels some ship owners' company numbers "Vessel Registration Identification".
      if (entry.type === 'vessel' && item.startsWith('Vessel')) entry.imo ??= m[1]!;
      else entry.companyImo.push(m[1]!);
    }
  }
}

/**
 * The aliases quoted in an OFAC Remarks text: `a.k.a. 'KOMID'`, `f.k.a. 'SAM 5'`. An alias ends at a quote followed by
 * `;`, `.` or the end, so that apostrophes inside names ("PEOPLE'S ARMY") are kept; an alias cut off by the
 * Remarks length limit (no closing quote) is left out.
 */
export function extractAliases(remarks: string): OfacAlias[] {
  const out: OfacAlias[] = [];
  for (const m of remarks.matchAll(/\b([afn])\.k\.a\. '([^;]+?)'(?=[;.]|\s*$)/g)) {
    const name = m[2]!.trim();
    if (name && !out.some((a) => a.name === name)) out.push({ name, kind: `${m[1]}.k.a.` as OfacAlias['kind'] });
  }
  return out;
}
