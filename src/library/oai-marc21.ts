import { isControl, type DataField, type MarcField, type MarcRecord } from './marc/record.ts';

/**
 * OAI-PMH's `marc21` format: MARCXML (MARC 21 slim). A record imported from MARC is served as it was
 * imported (`lib_records.marc` keeps its leader and fields, so it round-trips through any MARCXML reader);
 * one catalogued by form, CSV or Dublin Core is re-serialised from its stored fields.
 */
export const MARC21 = {
  prefix: 'marc21',
  schema: 'http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd',
  namespace: 'http://www.loc.gov/MARC21/slim',
} as const;

export interface StoredBib {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  year: number | null;
  language: string | null;
  isbn: string | null;
  subjects: string;
  material: string;
  notes: string | null;
  control_number: string | null;
  marc: string | null;
}

/** Leader position 6–7 (type of record, bibliographic level) per material. */
const TYPE: Record<string, string> = { book: 'am', serial: 'as', audio: 'im', video: 'gm', map: 'em', music: 'jm' };

/** The record as MARC: the imported one when there is one, else built from the catalogue's fields. */
export function marcOf(b: StoredBib): MarcRecord {
  if (b.marc) return JSON.parse(b.marc) as MarcRecord;
  const df = (tag: string, ind1: string, ind2: string, subfields: [string, string | null | undefined][]): DataField[] => {
    const subs = subfields.filter((s): s is [string, string] => !!s[1]);
    return subs.length ? [{ tag, ind1, ind2, subfields: subs }] : [];
  };
  const year = b.year === null ? '    ' : String(b.year).padStart(4, '0').slice(0, 4);
  const lang = (b.language ?? '   ').padEnd(3).slice(0, 3);
  const fixed = `000000${b.year === null ? 'n' : 's'}${year}    xx            000 0 ${lang} d`;
  const fields: MarcField[] = [
    { tag: '001', value: b.control_number ?? `lifelong-${b.id}` },
    { tag: '008', value: fixed },
    ...df('020', ' ', ' ', [['a', b.isbn]]),
    ...df('100', '1', ' ', [['a', b.author]]),
    ...df('245', b.author ? '1' : '0', '0', [['a', b.title]]),
    ...df('264', ' ', '1', [
      ['b', b.publisher],
      ['c', b.year === null ? null : String(b.year)],
    ]),
    ...df('500', ' ', ' ', [['a', b.notes]]),
    ...(JSON.parse(b.subjects) as string[]).flatMap((s) => df('650', ' ', '4', [['a', s]])),
  ];
  return { leader: `00000n${TYPE[b.material] ?? 'am'} a2200000 i 4500`, fields };
}

// XML 1.0 has no place for most C0 controls (MARC's own delimiters never reach here: the reader split on them)
const esc = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One `<record>` in the MARC 21 slim namespace, with its schema location (as OAI-PMH asks of metadata). */
export function marcXml(r: MarcRecord): string {
  const body = r.fields
    .map((f) =>
      isControl(f)
        ? `<controlfield tag="${esc(f.tag)}">${esc(f.value)}</controlfield>`
        : `<datafield tag="${esc(f.tag)}" ind1="${esc(f.ind1 || ' ')}" ind2="${esc(f.ind2 || ' ')}">${f.subfields.map(([c, v]) => `<subfield code="${esc(c)}">${esc(v)}</subfield>`).join('')}</datafield>`,
    )
    .join('');
  return `<record xmlns="${MARC21.namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${MARC21.namespace} ${MARC21.schema}"><leader>${esc(r.leader)}</leader>${body}</record>`;
}
