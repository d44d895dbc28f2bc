/**
 * Cells of every CSV and XLSX the platform writes, made safe from formula injection (OWASP "CSV Injection"): a text
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be read by a spreadsheet as a formula (a
 * `=HYPERLINK(…)` in an event title, say), so it gets a leading single quote and is shown as the text it is.
 * Only texts: numbers stay numbers (a negative number is a number cell, not text), and the objects a writer gives on
 * purpose (an exceljs `{ formula, result }`) pass unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A row of cells, each made safe. */
export function safeRow<T>(row: readonly T[]): (T | string)[] {
  return row.map(safeCell);
}

/** Rows of cells (a header and its lines, as csv-stringify takes them), each made safe. */
export function safeRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map(safeRow);
}

/** Counts and amounts without decimals; rates with one ('35,3'); small ratios (books a head) with two. */
export const COUNT = '#,##0';
export const RATE = '#,##0.0';
export const RATIO = '#,##0.00';

/**
 * The number format of an indicator's cells (Excel shows them in the reader's own separators): whole numbers as
 * counts, percentages as rates, other fractions as ratios. (Not '#,##0.##', which leaves "100." in Excel.)
 */
export function numberFormat(unitLabel: string, values: readonly (number | null)[]): string {
  if (values.every((v) => v === null || Number.isInteger(v))) return COUNT;
  return unitLabel.trim().startsWith('%') ? RATE : RATIO;
}
