import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Lang } from '../core/i18n/index.ts';
import { numberFormat, safeRow, safeRows } from '../core/text/spreadsheet.ts';
import { levelName } from '../network/messages.ts';
import type { Analysis } from './analytics.ts';
import { analyticsText, indicatorName, statusName } from './messages.ts';

/** The columns of the CSV, as the JSON rows name them. */
export const ANALYTICS_COLUMNS = ['unit', 'unitName', 'level', 'indicator', 'year', 'value', 'numerator', 'denominator', 'target', 'status'] as const;

/** The rows as CSV (UTF-8 with a BOM for Excel): the JSON's fields as columns, numbers with a point, every text made safe. */
export function analyticsCsv(a: Analysis): string {
  return (
    '\uFEFF' +
    stringify(safeRows<string | number | null>([[...ANALYTICS_COLUMNS], ...a.rows.map((r) => ANALYTICS_COLUMNS.map((k) => r[k]))]), {
      cast: { number: (n) => String(n) },
    })
  );
}

/**
 * The rows as a workbook: one line a cell of the analysis with names in words, numbers as numbers formatted by the
 * indicator's unit (the reader's Excel shows its own separators), the header frozen and filtered.
 */
export async function analyticsXlsx(a: Analysis, lang: Lang): Promise<Buffer> {
  const x = analyticsText(lang);
  const byCode = new Map(a.indicators.map((i) => [i.code, i]));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lifelong';
  const ws = wb.addWorksheet(x.sheet);
  ws.addRow(
    safeRow([
      x.unitCode,
      x.unitName,
      x.level,
      x.indicatorCode,
      x.indicatorName,
      x.unitOfMeasure,
      x.year,
      x.value,
      x.numerator,
      x.denominator,
      x.target,
      x.status,
    ]),
  ).font = {
    bold: true,
  };
  const formats = new Map(
    a.indicators.map((i) => [
      i.code,
      numberFormat(
        i.unit,
        a.rows.filter((r) => r.indicator === i.code).flatMap((r) => [r.value, r.target]),
      ),
    ]),
  );
  for (const r of a.rows) {
    const ind = byCode.get(r.indicator);
    const row = ws.addRow(
      safeRow([
        r.unit,
        r.unitName,
        levelName(lang, r.level),
        r.indicator,
        ind ? indicatorName(lang, ind) : r.indicator,
        ind?.unit ?? '',
        r.year,
        r.value,
        r.numerator,
        r.denominator,
        r.target,
        statusName(lang, r.status),
      ]),
    );
    for (const k of [8, 11]) row.getCell(k).numFmt = formats.get(r.indicator) ?? '#,##0.00';
    for (const k of [9, 10]) row.getCell(k).numFmt = '#,##0.##';
  }
  ws.columns = [
    { width: 12 },
    { width: 24 },
    { width: 10 },
    { width: 22 },
    { width: 60 },
    { width: 10 },
    { width: 8 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 16 },
  ];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 12 } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
