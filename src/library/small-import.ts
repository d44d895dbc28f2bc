import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { importEntries, type ImportReport, type OnError, type ReadEntry } from './import-entries.ts';
import { readForm } from './record-form.ts';
import { todayLocal } from '../core/time.ts';
import { libraryErrors as E } from './errors.ts';

/**
 * Small libraries' catalogues: CSV (one row per title, a header row with
 * title, author, isbn, publisher, year, language, subjects, audience, barcodes, copies) and
 * Dublin Core XML (oai_dc or simple dc records: title, creator, subject, publisher, date, language, identifier).
 */
export async function importCsv(
  db: DB,
  text: string,
  opts: { libraryCode: string; onError: OnError; userId: number | null; date?: string; fileName?: string },
): Promise<ImportReport> {
  let rows: Record<string, string>[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (e) {
    throw new UserError(E.csvUnreadable({ detail: (e as Error).message }), 422);
  }
  const read: ReadEntry[] = rows.map((r, i) => {
    const n = i + 2; // line number, after the header
    const { bib, barcodes, problems } = readForm({ ...r, title: r.title ?? '', audience: (r.audience ?? '').split(/[;,]/).map((a) => a.trim()) }, n);
    if (!bib)
      return {
        n,
        problem: {
          ...problems[0]!,
          row: n,
          said: E.csvLine({ n, vi: problems.map((p) => p.said.vi).join(' '), en: problems.map((p) => p.said.en).join(' ') }),
        },
      };
    const copies = Number(r.copies ?? '') || 0;
    return {
      n,
      entry: { bib, copies: barcodes.map((b) => ({ barcode: b, location: null })), generate: barcodes.length ? 0 : Math.max(1, Math.min(copies, 500)) },
    };
  });
  return importEntries(db, read, { ...opts, date: opts.date ?? todayLocal(), format: 'csv', fileName: opts.fileName ?? 'csv' });
}

export async function importDublinCore(
  db: DB,
  xml: string,
  opts: { libraryCode: string; onError: OnError; userId: number | null; date?: string; fileName?: string },
): Promise<ImportReport> {
  const records: Record<string, string[]>[] = [];
  let cur: Record<string, string[]> | null = null;
  let buf = '';
  const parser = new SaxesParser({ xmlns: true });
  const DC = 'http://purl.org/dc/elements/1.1/';
  parser.on('opentag', (t) => {
    buf = '';
    if ((t.local === 'dc' || t.local === 'record') && t.uri !== DC) cur = {};
  });
  parser.on('text', (t) => (buf += t));
  parser.on('closetag', (t) => {
    if (cur && t.uri === DC) (cur[t.local] ??= []).push(buf.trim());
    else if (cur && (t.local === 'dc' || t.local === 'record')) {
      if (Object.keys(cur).length) records.push(cur);
      cur = null;
    }
    buf = '';
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new UserError(E.dcBroken({ detail: (e as Error).message }), 422);
  }
  const read: ReadEntry[] = records.map((r, i) => {
    const n = i + 1;
    const isbn = (r.identifier ?? []).map((x) => x.replace(/^(urn:)?isbn:?\s*/i, '')).find((x) => /^[\d-]{10,17}X?$/i.test(x));
    const { bib, problems } = readForm(
      {
        title: r.title?.[0] ?? '',
        author: r.creator?.[0],
        isbn,
        publisher: r.publisher?.[0],
        year: r.date?.[0]?.match(/\d{4}/)?.[0],
        language: r.language?.[0]?.slice(0, 3),
        subjects: (r.subject ?? []).join(';'),
      },
      n,
    );
    if (!bib)
      return {
        n,
        problem: {
          ...problems[0]!,
          row: n,
          said: E.dcRecord({ n, vi: problems.map((p) => p.said.vi).join(' '), en: problems.map((p) => p.said.en).join(' ') }),
        },
      };
    return { n, entry: { bib, copies: [], generate: 1 } };
  });
  return importEntries(db, read, { ...opts, date: opts.date ?? todayLocal(), format: 'dc', fileName: opts.fileName ?? 'dc' });
}
