import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { reportingErrors } from './messages.ts';
import { fullReport } from './document.ts';
import { reportDocx } from './export-docx.ts';
import { reportHtml } from './export-html.tsx';
import { reportXlsx } from './export-xlsx.ts';
import type { Report } from './reports.ts';

export const FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
} as const;
export type Format = keyof typeof FORMATS;

export function asFormat(s: string | undefined): Format {
  if (s === 'docx' || s === 'xlsx' || s === 'html') return s;
  throw new UserError(reportingErrors.unsupportedFormat({ format: s ?? '' }), 400, [{ said: reportingErrors.formats(), field: 'format' }]);
}

/** The report as a file: numbers read afresh from the indicators, the narrative as saved. */
export async function exportReport(db: DB, report: Report, format: Format): Promise<{ bytes: Buffer; contentType: string; filename: string }> {
  const f = await fullReport(db, report);
  const bytes = format === 'docx' ? await reportDocx(f) : format === 'xlsx' ? await reportXlsx(f) : Buffer.from(reportHtml(f), 'utf8');
  return { bytes, contentType: FORMATS[format], filename: `bao-cao-${report.unit.code}-${report.year}.${format}` };
}
