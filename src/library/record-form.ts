import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { thisYear, todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type LegacyProblem as Problem } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { AUDIENCES, MATERIALS, type Audience, type Bib, type Material } from './bib.ts';
import { catalogue, takenBarcodes } from './catalogue.ts';
import { checkIsbn } from './isbn.ts';
import type { Place } from './places.ts';

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
  const p = (field: string, message: string, messageEn: string) => problems.push({ row, field, message, messageEn });
  const title = clean(f.title ?? '');
  if (!title) p('title', 'Cần nhan đề.', 'Title is required.');
  let isbn: string | null = null;
  if (f.isbn && clean(f.isbn)) {
    const c = checkIsbn(f.isbn);
    if (c.ok) isbn = c.isbn13;
    else p('isbn', c.reason === 'format' ? 'ISBN phải có 10 hoặc 13 chữ số.' : 'ISBN sai số kiểm tra.', c.reason === 'format' ? 'An ISBN has 10 or 13 digits.' : 'The ISBN check digit is wrong.');
  }
  const yearText = clean(f.year ?? '');
  const year = yearText ? Number(yearText) : null;
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > thisYear() + 1)) p('year', 'Năm xuất bản không hợp lệ.', 'Invalid year.');
  const language = clean(f.language ?? '').toLowerCase() || null;
  if (language && !/^[a-z]{3}$/.test(language)) p('language', 'Mã ngôn ngữ gồm 3 chữ (vie, eng…).', 'A language code has 3 letters (vie, eng…).');
  const material = (clean(f.material ?? '') || 'book') as Material;
  if (!MATERIALS.includes(material)) p('material', 'Loại tài liệu không hợp lệ.', 'Unknown material type.');
  const audience = (f.audience ?? []).filter(Boolean) as Audience[];
  for (const a of audience) if (!AUDIENCES.includes(a)) p('audience', `Đối tượng không hợp lệ: ${a}`, `Unknown audience: ${a}`);
  const barcodes = (f.barcodes ?? '').split(/[\s,;]+/).map((b) => b.trim()).filter(Boolean);
  for (const b of barcodes) if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(b)) p('barcodes', `Mã vạch không hợp lệ: ${b}`, `Invalid barcode: ${b}`);
  if (problems.length) return { bib: null, barcodes, problems };
  return {
    bib: {
      isbn, title, author: clean(f.author ?? '') || null, publisher: clean(f.publisher ?? '') || null, year, language, material,
      subjects: (f.subjects ?? '').split(/[;\n]/).map(clean).filter(Boolean), audience, notes: clean(f.notes ?? '') || null, controlNumber: null,
    },
    barcodes,
    problems,
  };
}

/**
 * Catalogues one record from the form with its copies. A record already in the network (same ISBN, or same
 * title and author) is not duplicated: the copies join it, and the answer says so.
 */
export async function catalogueOne(db: DB, library: Place, f: RecordForm, userId: number | null): Promise<{ recordId: number; merged: boolean; items: number }> {
  const { bib, barcodes, problems } = readForm(f);
  if (!bib) throw new UserError('Biểu ghi chưa hợp lệ.', 422, problems, 'The record is not valid.');
  const taken = await takenBarcodes(db, barcodes);
  if (taken.size) throw new UserError(`Mã vạch đã được dùng: ${[...taken].join(', ')}.`, 409, [{ field: 'barcodes', message: 'Mã vạch đã tồn tại' }], `Barcode(s) already in use: ${[...taken].join(', ')}.`);
  return inTransaction(db, async (trx) => {
    const o = await catalogue(trx, library, [{ bib, copies: barcodes.map((b) => ({ barcode: b, location: null })), generate: barcodes.length ? 0 : 1 }], { userId, source: 'form', date: todayLocal() });
    await audit(trx, { userId, action: 'create', entity: 'lib_record', key: String(o.recordIds[0]), newValue: { ...bib, barcodes, merged: o.merged > 0 } });
    return { recordId: o.recordIds[0]!, merged: o.merged > 0, items: o.items };
  });
}
