import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { thisYear, todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem, type Said } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { AUDIENCES, MATERIALS, type Audience, type Bib, type Material } from './bib.ts';
import { catalogue, takenBarcodes } from './catalogue.ts';
import { checkIsbn } from './isbn.ts';
import type { Place } from './places.ts';
import { libraryErrors as E } from './errors.ts';

/** The cataloguing form's fields, as typed. */
export interface RecordForm {
  title: string;
  author?: string;
  isbn?: string;
  publisher?: string;
  year?: string;
  language?: string;
  material?: string;
  subjects?: string;
  audience?: string[];
  notes?: string;
  barcodes?: string;
}

/** Checks a form into a Bib, collecting every problem by field (ISBN check digit included). */
export function readForm(f: RecordForm, row?: number): { bib: Bib | null; barcodes: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const p = (field: string, said: Said) => problems.push({ ...(row !== undefined ? { row } : {}), field, said });
  const title = clean(f.title ?? '');
  if (!title) p('title', E.titleRequired());
  let isbn: string | null = null;
  if (f.isbn && clean(f.isbn)) {
    const c = checkIsbn(f.isbn);
    if (c.ok) isbn = c.isbn13;
    else p('isbn', c.reason === 'format' ? E.isbnFormat() : E.isbnCheck());
  }
  const yearText = clean(f.year ?? '');
  const year = yearText ? Number(yearText) : null;
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > thisYear() + 1)) p('year', E.yearInvalid());
  const language = clean(f.language ?? '').toLowerCase() || null;
  if (language && !/^[a-z]{3}$/.test(language)) p('language', E.languageCode());
  const material = (clean(f.material ?? '') || 'book') as Material;
  if (!MATERIALS.includes(material)) p('material', E.materialUnknown());
  const audience = (f.audience ?? []).filter(Boolean) as Audience[];
  for (const a of audience) if (!AUDIENCES.includes(a)) p('audience', E.audienceUnknown({ audience: a }));
  const barcodes = (f.barcodes ?? '')
    .split(/[\s,;]+/)
    .map((b) => b.trim())
    .filter(Boolean);
  for (const b of barcodes) if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(b)) p('barcodes', E.barcodeInvalid({ barcode: b }));
  if (problems.length) return { bib: null, barcodes, problems };
  return {
    bib: {
      isbn,
      title,
      author: clean(f.author ?? '') || null,
      publisher: clean(f.publisher ?? '') || null,
      year,
      language,
      material,
      subjects: (f.subjects ?? '').split(/[;\n]/).map(clean).filter(Boolean),
      audience,
      notes: clean(f.notes ?? '') || null,
      controlNumber: null,
    },
    barcodes,
    problems,
  };
}

/**
 * Catalogues one record from the form with its copies. A record already in the network (same ISBN, or same
 * title and author) is not duplicated: the copies join it, and the answer says so.
 */
export async function catalogueOne(
  db: DB,
  library: Place,
  f: RecordForm,
  userId: number | null,
): Promise<{ recordId: number; merged: boolean; items: number }> {
  const { bib, barcodes, problems } = readForm(f);
  if (!bib) throw new UserError(E.recordInvalid(), 422, problems);
  const taken = await takenBarcodes(db, barcodes);
  if (taken.size) throw new UserError(E.barcodesTaken({ barcodes: [...taken].join(', ') }), 409, [{ field: 'barcodes', said: E.barcodeExists() }]);
  return inTransaction(db, async (trx) => {
    const o = await catalogue(trx, library, [{ bib, copies: barcodes.map((b) => ({ barcode: b, location: null })), generate: barcodes.length ? 0 : 1 }], {
      userId,
      source: 'form',
      date: todayLocal(),
    });
    await audit(trx, { userId, action: 'create', entity: 'lib_record', key: String(o.recordIds[0]), newValue: { ...bib, barcodes, merged: o.merged > 0 } });
    return { recordId: o.recordIds[0]!, merged: o.merged > 0, items: o.items };
  });
}
