import { fold } from '../core/text/vietnamese.ts';

/**
 * The columns of a value file: the four a file must have, each under its English name (the export, the API, scripts)
 * or one of the Vietnamese ones a person writes ("Mã cơ sở", "Chỉ tiêu", "Tháng", "Giá trị"), matched without
 * diacritics, case, spaces or punctuation ("ma co so", "MÃ_CƠ_SỞ" and "Mã cơ sở" are one name).
 */
export const VALUE_COLUMNS = ['institution', 'dataElement', 'period', 'value'] as const;
export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** A header as it is compared: folded (core/text), letters and digits only. */
export const headerKey = (name: string): string => fold(name).replace(/[^a-z0-9]+/g, '');

/** Every name a column goes by, as header keys. */
const NAMES: Readonly<Record<ValueColumn, readonly string[]>> = {
  institution: ['institution', 'coso', 'macoso', 'tencoso'],
  dataElement: ['dataelement', 'chitieu', 'machitieu', 'tenchitieu', 'chitieuthongke'],
  period: ['period', 'ky', 'kybaocao', 'thang', 'thangnam', 'nam', 'thoigian'],
  value: ['value', 'giatri', 'solieu'],
};

const BY_KEY = new Map<string, ValueColumn>(VALUE_COLUMNS.flatMap((c) => NAMES[c].map((k) => [k, c] as const)));

/** The column a header names, if any. */
export const columnOf = (name: string): ValueColumn | undefined => BY_KEY.get(headerKey(name));

/** Whether a header is one of the English names (the file speaks English: its errors name the columns so). */
export const isEnglishHeader = (name: string): boolean => VALUE_COLUMNS.some((c) => c.toLowerCase() === headerKey(name));

/** A column's letter as a spreadsheet shows it: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}
