// Small inline UN XML and OFAC CSV texts for the designations tests (used by tests only).

/** A UN individual or entity element; `listType` defaults to DPRK. */
export interface UnFixture {
  kind: 'individual' | 'entity';
  ref: string;
  names: string[];
  listType?: string;
  listedOn?: string;
  aliases?: [quality: string, name: string][];
  designation?: string[];
  nationality?: string;
  comments?: string;
  dob?: string;
  passport?: string;
  address?: { city?: string; country?: string };
}

const NAME_TAGS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function unElement(f: UnFixture): string {
  const tag = f.kind === 'individual' ? 'INDIVIDUAL' : 'ENTITY';
  const lines = [`<${tag}>`, `<DATAID>${f.ref.replace(/\D/g, '')}</DATAID>`];
  f.names.forEach((n, i) => lines.push(`<${NAME_TAGS[i]}>${escapeXml(n)}</${NAME_TAGS[i]}>`));
  lines.push(`<UN_LIST_TYPE>${f.listType ?? 'DPRK'}</UN_LIST_TYPE>`, `<REFERENCE_NUMBER>${f.ref} </REFERENCE_NUMBER>`);
  lines.push(`<LISTED_ON>${f.listedOn ?? '2016-03-02'}</LISTED_ON>`);
  if (f.comments) lines.push(`<COMMENTS1>${escapeXml(f.comments)}</COMMENTS1>`);
  if (f.designation)
    lines.push(`<DESIGNATION>${f.designation.map((d) => `<VALUE>${d}</VALUE>`).join('')}</DESIGNATION>`);
  if (f.nationality) lines.push(`<NATIONALITY><VALUE>${escapeXml(f.nationality)}</VALUE></NATIONALITY>`);
  lines.push('<LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>');
  const aliasTag = `${tag}_ALIAS`;
  if (!f.aliases?.length) lines.push(`<${aliasTag}><QUALITY/><ALIAS_NAME/></${aliasTag}>`);
  for (const [q, n] of f.aliases ?? []) {
    lines.push(`<${aliasTag}><QUALITY>${q}</QUALITY><ALIAS_NAME>${escapeXml(n)}</ALIAS_NAME></${aliasTag}>`);
  }
  if (f.address) {
    const parts = Object.entries(f.address).map(([k, v]) => `<${k.toUpperCase()}>${escapeXml(v)}</${k.toUpperCase()}>`);
    lines.push(`<${tag}_ADDRESS>${parts.join('')}</${tag}_ADDRESS>`);
  }
  if (f.dob)
    lines.push(
      `<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>${f.dob}</DATE></INDIVIDUAL_DATE_OF_BIRTH>`,
    );
  if (f.passport) {
    for (const type of ['Numéro de passeport', 'Passport']) {
      lines.push(
        `<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>${type}</TYPE_OF_DOCUMENT><NUMBER>${f.passport}</NUMBER></INDIVIDUAL_DOCUMENT>`,
      );
    }
  }
  lines.push('<SORT_KEY/>', `</${tag}>`);
  return lines.join('\n');
}

/** A UN Consolidated List document holding the given entries. */
export function unXml(entries: UnFixture[], generated = '2025-04-19T23:00:04.625Z'): string {
  const individuals = entries.filter((e) => e.kind === 'individual').map(unElement);
  const entities = entries.filter((e) => e.kind === 'entity').map(unElement);
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    `<CONSOLIDATED_LIST xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' dateGenerated='${generated}'>`,
    `<INDIVIDUALS>${individuals.join('\n')}</INDIVIDUALS>`,
    `<ENTITIES>${entities.join('\n')}</ENTITIES>`,
    '</CONSOLIDATED_LIST>',
  ].join('\n');
}

/** One sdn.csv row: quoted text, `-0- ` for empty, as OFAC writes it. */
export function sdnRow(fields: {
  ent: number;
  name: string;
  type?: string;
  program: string;
  title?: string;
  callSign?: string;
  vesselType?: string;
  flag?: string;
  remarks?: string;
}): string {
  const q = (v: string | undefined) => (v === undefined ? '-0- ' : `"${v.replace(/"/g, '""')}"`);
  return [
    String(fields.ent),
    q(fields.name),
    q(fields.type),
    q(fields.program),
    q(fields.title),
    q(fields.callSign),
    q(fields.vesselType),
    '-0- ',
    '-0- ',
    q(fields.flag),
    '-0- ',
    q(fields.remarks),
  ].join(',');
}

/** An sdn.csv text from rows, with CRLF line ends and OFAC's trailing end-of-file mark. */
export function sdnCsv(rows: string[]): string {
  return `${rows.join('\r\n')}\r\n\u001a`;
}

/** OFAC's boilerplate for North Korea parties. */
export const NKSR_REMARK = 'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210';
