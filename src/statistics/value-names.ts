import type { DB } from '../core/db/database.ts';
import type { Problem, Said } from '../core/errors.ts';
import { timeSlicer } from '../core/breathe.ts';
import { parseNumber } from '../core/i18n/parse-number.ts';
import { fold } from '../core/text/vietnamese.ts';
import { listElements } from './elements.ts';
import { statisticsErrors as E } from './messages.ts';
import type { RawValue } from './resolve.ts';

/**
 * A value file's rows as a person writes them, made into the rows the one validation reads (resolve.ts): an
 * institution or a data element by its code or its name (without diacritics or case: "thu vien xa dak ha"), or
 * "name (CODE)" where two share a name; a period as 11/2026, 2026-11, "Tháng 11/2026" or 2026; a value in the
 * Vietnamese way (1.234, 1 234 with a space or a non-breaking space: core/i18n/parse-number.ts). A row without a
 * value is left out: a template's empty cell leaves the stored value as it is. What cannot be read goes on as
 * typed, so the validation refuses it, and `sayAsTyped` then says each problem with the cell as the person typed it.
 */

export interface NamedRows {
  /** The rows to validate: codes, periods as YYYY or YYYY-MM, values as numbers where they read as one. */
  rows: RawValue[];
  /** Rows with every other cell but no value: nothing to change. */
  blank: number;
  /** What is wrong with a name, by `row:field` (the validation's problem of the same cell gives way to it). */
  problems: Map<string, Problem>;
}

/** Distinct texts per lookup query (within both engines' parameter limits). */
const CHUNK = 30_000;

const MONTHS = /^(?:thang|t)?\s*(\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(\d{4})$/;
const YEAR_MONTH = /^(\d{4})\s*[/.-]\s*(\d{1,2})(?:-01)?$/;
const YEAR = /^(?:nam\s*)?(\d{4})$/;

/** A period as a person writes it, as the stored key (`2026-11`, `2026`); undefined when it is none of the forms. */
export function readPeriod(typed: string): string | undefined {
  const t = fold(typed);
  const y = YEAR.exec(t);
  if (y) return y[1];
  const mY = MONTHS.exec(t);
  const yM = mY ? undefined : YEAR_MONTH.exec(t);
  const [month, year] = mY ? [Number(mY[1]), mY[2]] : yM ? [Number(yM[2]), yM[1]] : [0, ''];
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

/** "Thư viện xã A (TVXA-1)" → the name and the code in brackets. */
const WITH_CODE = /^(.*\S)\s*\(\s*([^()\s]+)\s*\)$/;

interface Known {
  id: number;
  code: string;
}

/**
 * Finds each distinct text among codes, then names: a map text → the code, or the problem's words when it is no
 * code, no name, or the name of several (one of which the person may write is taken).
 */
function finder(
  byCode: Map<string, Known>,
  byName: Map<string, Known[]>,
  unknown: (name: string) => Said,
  ambiguous: (name: string, all: Known[]) => Said,
  mayWrite: (id: number) => boolean,
) {
  return (text: string): string | Said => {
    const code = byCode.get(text);
    if (code) return code.code;
    const bracket = WITH_CODE.exec(text);
    const inBracket = bracket ? byCode.get(bracket[2]!) : undefined;
    if (inBracket) return inBracket.code;
    const all = byName.get(fold(text)) ?? [];
    if (all.length === 1) return all[0]!.code;
    if (all.length === 0) return unknown(text);
    const writable = all.filter((k) => mayWrite(k.id));
    return writable.length === 1 ? writable[0]!.code : ambiguous(text, all);
  };
}

/** The institutions a file names: by code first; every institution's name only when some text is not a code. */
async function institutionFinder(db: DB, texts: string[], mayWrite: (id: number) => boolean) {
  const byCode = new Map<string, Known>();
  for (let i = 0; i < texts.length; i += CHUNK) {
    const rows = await db
      .selectFrom('institutions')
      .select(['id', 'code'])
      .where('code', 'in', texts.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) byCode.set(r.code, r);
  }
  const byName = new Map<string, Known[]>();
  if (texts.some((t) => !byCode.has(t))) {
    for (const r of await db.selectFrom('institutions').select(['id', 'code', 'name']).execute()) {
      byCode.set(r.code, r);
      const key = fold(r.name);
      byName.set(key, [...(byName.get(key) ?? []), r]);
    }
  }
  return finder(
    byCode,
    byName,
    (name) => E.unknownInstitutionName({ name }),
    (name, all) => E.ambiguousInstitution({ name, n: all.length, example: `${name} (${all[0]!.code})` }),
    mayWrite,
  );
}

/** The data elements by code and by their Vietnamese and English names. */
async function elementFinder(db: DB) {
  const byCode = new Map<string, Known>();
  const byName = new Map<string, Known[]>();
  for (const e of await listElements(db)) {
    byCode.set(e.code, e);
    for (const key of new Set([fold(e.nameVi), fold(e.nameEn)])) byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  return finder(
    byCode,
    byName,
    (name) => E.unknownElementName({ name }),
    (name, all) => E.ambiguousElement({ name, n: all.length, codes: all.map((k) => k.code).join(', ') }),
    () => true,
  );
}

const text = (v: RawValue['value'] | string) => (v === null ? '' : String(v).trim());

/** A name the template wrote safe from formulas ("'-Nhóm…", core/text/spreadsheet.ts) as it is. */
const unquoted = (t: string) => t.replace(/^'(?=[=+\-@])/, '');

/** Each distinct text looked up once (a file names few institutions, elements and periods, on many rows). */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (t) => {
    let v = seen.get(t);
    if (v === undefined && !seen.has(t)) seen.set(t, (v = f(t)));
    return v as T;
  };
}

/**
 * A file's rows (value-files.ts) as the validation reads them; `mayWrite` (an institution, any period) picks the
 * one of several institutions of a name that the person may write.
 */
export async function nameRows(db: DB, typed: RawValue[], mayWrite: (institutionId: number) => boolean = () => true): Promise<NamedRows> {
  const problems = new Map<string, Problem>();
  const rows: RawValue[] = [];
  const slice = timeSlicer();
  // the rows with a value, and the institutions they name (a million rows: a turn of the event loop now and then)
  const valued: RawValue[] = [];
  const institutionTexts = new Set<string>();
  for (const r of typed) {
    if (slice.due()) await slice.breathe();
    if (text(r.value) === '') continue;
    valued.push(r);
    const named = unquoted(r.institution.trim());
    if (named !== '') institutionTexts.add(named);
  }
  const blank = typed.length - valued.length;
  const institution = memo(await institutionFinder(db, [...institutionTexts], mayWrite));
  const element = memo(await elementFinder(db));
  const period = memo(readPeriod);
  // not kept by text: a file's values are mostly all different, and a map of a million of them held the heap (and
  // stopped the event loop each time it grew) for no saving
  const value = (t: string) => {
    const n = parseNumber(t, 'vi');
    return n.ok && n.value !== null ? n.value : t;
  };
  for (const r of valued) {
    if (slice.due()) await slice.breathe();
    const out: RawValue = {
      row: r.row,
      institution: unquoted(r.institution.trim()),
      dataElement: unquoted(r.dataElement.trim()),
      period: text(r.period),
      value: r.value,
    };
    if (out.institution !== '') {
      const found = institution(out.institution);
      if (typeof found === 'string') out.institution = found;
      else problems.set(`${r.row}:institution`, { row: r.row, field: 'institution', said: found });
    }
    if (out.dataElement !== '') {
      const found = element(out.dataElement);
      if (typeof found === 'string') out.dataElement = found;
      else problems.set(`${r.row}:dataElement`, { row: r.row, field: 'dataElement', said: found });
    }
    if (out.period !== '') out.period = period(out.period) ?? out.period;
    if (typeof r.value === 'string') out.value = value(r.value.trim());
    rows.push(out);
  }
  return { rows, blank, problems };
}

/**
 * The validation's problems, said with the cells as the person typed them (a name, "11/2026", "1,234"), a name's own
 * problem in place of the validation's for that cell; in order of row and column.
 */
export function sayAsTyped(found: Problem[], named: NamedRows, typed: RawValue[]): Problem[] {
  if (found.length === 0 && named.problems.size === 0) return [];
  const byRow = new Map(typed.map((r) => [r.row, r]));
  const out = new Map(named.problems);
  for (const p of found) {
    const key = `${p.row}:${p.field}`;
    if (out.has(key)) continue;
    const r = p.row === undefined ? undefined : byRow.get(p.row);
    out.set(key, r ? { ...p, said: resay(p.said, r) } : p);
  }
  const order = ['institution', 'dataElement', 'period', 'value'];
  return [...out.values()].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || order.indexOf(a.field ?? '') - order.indexOf(b.field ?? ''));
}

/** One problem of the validation, with the cells of its row as typed. */
function resay(said: Said, r: RawValue): Said {
  const [institution, element, period, value] = [r.institution.trim(), r.dataElement.trim(), text(r.period), text(r.value)];
  switch (said.code) {
    case 'E3003':
      return E.filePeriod({ period });
    case 'E3004':
      return E.monthlyElement({ element, period });
    case 'E3005':
      return E.yearlyElement({ element, period });
    case 'E3016':
      return E.noUnit({ period: String(said.params.period), institution });
    case 'E3018':
      return E.notYours({ institution, period: String(said.params.period) });
    case 'E3007':
      return E.negative({ value });
    case 'E3008':
      return /^\d{1,3}(,\d{3})+$/.test(value)
        ? E.commaDecimal({ value, dotted: value.replaceAll(',', '.'), plain: value.replaceAll(',', '') })
        : E.fraction({ value });
    case 'E3009':
    case 'E3010':
      return E.notANumber({ value });
    default:
      return said;
  }
}
