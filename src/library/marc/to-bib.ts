import { isbn13 } from '../isbn.ts';
import { MINORITY_LANGUAGES, trimIsbd, type Audience, type Bib, type Material } from '../bib.ts';
import { controlField, dataFields, subfield, type MarcRecord } from './record.ts';

function material(leader: string): Material {
  const type = leader[6];
  if (type === 'a' || type === 't') return leader[7] === 's' ? 'serial' : 'book';
  if (type === 'i' || type === 'j') return 'audio';
  if (type === 'g') return 'video';
  if (type === 'e' || type === 'f') return 'map';
  if (type === 'c' || type === 'd') return 'music';
  return 'other';
}

const joinSub = (codes: string, f: { subfields: [string, string][] }) =>
  f.subfields
    .filter(([c]) => codes.includes(c))
    .map(([, v]) => v)
    .join(' ');

/** A copy named in the record's holdings (Koha 952, MARC 852): barcode and shelf. */
export interface MarcCopy {
  barcode: string;
  location: string | null;
}

/** Reads the catalogue's fields from a MARC 21 bibliographic record; null title means it cannot be catalogued. */
export function marcToBib(r: MarcRecord): { bib: Bib | null; copies: MarcCopy[] } {
  const t = dataFields(r, '245')[0];
  const title = t ? trimIsbd(joinSub('abnp', t)) : '';
  if (!title) return { bib: null, copies: [] };
  const f008 = controlField(r, '008') ?? '';
  const author = trimIsbd(subfield(r, '100', 'a') ?? subfield(r, '110', 'a') ?? subfield(r, '111', 'a') ?? subfield(r, '700', 'a') ?? '') || null;
  const pub = dataFields(r, '264', '260')[0];
  const yearText = (pub && joinSub('c', pub)) || f008.slice(7, 11);
  const year = Number(yearText.match(/\d{4}/)?.[0] ?? NaN);
  const lang008 = f008.slice(35, 38).trim();
  const language = (/^[a-z]{3}$/.test(lang008) ? lang008 : subfield(r, '041', 'a')?.slice(0, 3)) ?? null;
  const isbns = dataFields(r, '020').flatMap((f) => f.subfields.filter(([c]) => c === 'a').map(([, v]) => v));
  const subjects = [
    ...new Set(
      dataFields(r, '600', '610', '611', '630', '650', '651', '655')
        .map((f) =>
          trimIsbd(
            f.subfields
              .filter(([c]) => 'avxyz'.includes(c))
              .map(([, v]) => trimIsbd(v))
              .join(' -- '),
          ),
        )
        .filter(Boolean),
    ),
  ];
  const audience: Audience[] = [];
  const bookish = r.leader[6] === 'a' || r.leader[6] === 't';
  if (bookish && 'abcj'.includes(f008[22] ?? '#')) audience.push('children');
  if (language && MINORITY_LANGUAGES.has(language)) audience.push('ethnic-minority');
  if ((bookish && 'df'.includes(f008[23] ?? '#')) || dataFields(r, '341').length > 0 || r.leader[6] === 'i') audience.push('accessible');
  const notes =
    dataFields(r, '500', '520')
      .map((f) => joinSub('a', f))
      .join(' ')
      .slice(0, 2000) || null;
  const copies: MarcCopy[] = [];
  for (const f of dataFields(r, '952', '852')) {
    const barcode = f.subfields.find(([c]) => c === 'p')?.[1]?.trim();
    if (barcode) copies.push({ barcode, location: f.subfields.find(([c]) => c === 'o' || c === 'h')?.[1] ?? null });
  }
  return {
    bib: {
      isbn: isbns.map(isbn13).find((x) => x !== null) ?? null,
      title,
      author,
      publisher: pub ? trimIsbd(joinSub('b', pub)) || null : null,
      year: Number.isFinite(year) && year > 0 && year < 3000 ? year : null,
      language,
      material: material(r.leader),
      subjects,
      audience,
      notes,
      // the record's own number (001), else the system number it carries from another catalogue (035 $a)
      controlNumber: controlField(r, '001')?.trim() || subfield(r, '035', 'a')?.trim() || null,
    },
    copies,
  };
}
