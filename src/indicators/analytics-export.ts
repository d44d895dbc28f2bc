import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../core/i18n/index.ts';
import { numberFormat, RATIO, safeCell, safeRow, safeRows } from '../core/text/spreadsheet.ts';
import { writeXlsx, XlsxStyles, type XlsxRow } from '../core/text/xlsx-write.ts';
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

/** The workbook's column widths, in characters. */
const WIDTHS = [12, 24, 10, 22, 60, 10, 8, 12, 12, 12, 12, 16];

/**
 * The rows as a workbook: one line a cell of the analysis with names in words, numbers as numbers formatted by the
 * indicator's unit (the reader's Excel shows its own separators), the header frozen and filtered. Written as
 * SpreadsheetML by `core/text/xlsx-write.ts` (the full matrix is 134,000 lines: exceljs took 100 s).
 */
export async function analyticsXlsx(a: Analysis, lang: Lang): Promise<Buffer> {
  const x = analyticsText(lang);
  const styles = new XlsxStyles();
  // per indicator, once: its name and unit in words, the number formats of its values and targets and of the sums
  // they are made of (whole numbers as counts, else with two decimals: not '#,##0.##', which leaves "1.481," in Excel)
  const values = new Map<string, (number | null)[]>(a.indicators.map((i) => [i.code, []]));
  const sums = new Map<string, (number | null)[]>(a.indicators.map((i) => [i.code, []]));
  for (const r of a.rows) {
    values.get(r.indicator)?.push(r.value, r.target);
    sums.get(r.indicator)?.push(r.numerator, r.denominator);
  }
  const perIndicator = new Map(
    a.indicators.map((i) => [
      i.code,
      {
        name: safeCell(indicatorName(lang, i)),
        unit: safeCell(i.unit),
        style: styles.numFmt(numberFormat(i.unit, values.get(i.code) ?? [])),
        sums: styles.numFmt(numberFormat('', sums.get(i.code) ?? [])),
      },
    ]),
  );
  const fallback = styles.numFmt(RATIO);
  const words = new Map<string, string>();
  const said = (key: string, say: () => string) => {
    let s = words.get(key);
    if (s === undefined) words.set(key, (s = safeCell(say())));
    return s;
  };
  function* rows(): Generator<XlsxRow> {
    for (const r of a.rows) {
      const ind = perIndicator.get(r.indicator);
      const style = ind?.style ?? fallback;
      const sum = ind?.sums ?? fallback;
      yield {
        cells: [
          safeCell(r.unit),
          safeCell(r.unitName),
          said(`level:${r.level}`, () => levelName(lang, r.level)),
          safeCell(r.indicator),
          ind?.name ?? safeCell(r.indicator),
          ind?.unit ?? '',
          r.year,
          r.value,
          r.numerator,
          r.denominator,
          r.target,
          said(`status:${r.status}`, () => statusName(lang, r.status)),
        ],
        styles: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, style, sum, sum, style],
      };
    }
  }
  return writeXlsx(
    {
      name: x.sheet,
      widths: WIDTHS,
      header: safeRow([
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
      rows: rows(),
    },
    styles,
    { creator: 'Lifelong' },
  );
}
