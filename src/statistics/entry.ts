import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { noAccess, notFound, UserError, type Problem, type Said } from '../core/errors.ts';
import type { Lang } from '../core/i18n/index.ts';
import { formatMonth } from '../core/i18n/format.ts';
import { parseNumber } from '../core/i18n/parse-number.ts';
import { canReadInstitution, mayWriteFor, mayWriteSomeOf, writableInstitutions, writeRefusal } from '../network/access.ts';
import { attributeOffered, KINDS, type KindDef, type Sector } from '../network/catalogue.ts';
import { attributesOf, findInstitution, setAttribute, type AttributeValue, type Institution } from '../network/institutions.ts';
import { evidenceFilesOf, evidenceProblem, type EvidenceFile } from '../network/evidence.ts';
import { networkErrors } from '../network/messages.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { listElements, type DataElement } from './elements.ts';
import { checkChanges, CheckedRefusal, type CellWarning } from './checks.ts';
import { cleanComment, COMMENT_MAX, notesOf, writeNotes, type NoteChange, type ValueNote } from './notes.ts';
import { thisMonth, todayLocal } from '../core/time.ts';
import { statisticsErrors as E } from './messages.ts';
import { monthsOf } from './periods.ts';
import type { RawValue } from './resolve.ts';
import { takeValues } from './values.ts';
import { dataYears, yearParam } from './years.ts';

/**
 * The entry page of one institution (`/co-so/<code>`): its values and yearly status attributes for a year, read by
 * whoever may read its data and changed by whoever may write it. The page decodes the request and renders; the
 * access checks, the validation (values.ts, the one way values get in) and the writes are here.
 */

/** The elements an institution of a sector reports (its own sector's and the common ones), but those retired. */
export async function elementsForSector(db: DB, sector: Sector | string): Promise<DataElement[]> {
  const today = todayLocal();
  return (await listElements(db)).filter((e) => (e.sector === sector || e.sector === 'common') && !(e.retiredOn && e.retiredOn <= today));
}

/** Stored values of one institution for one year: element code → period → value. */
export async function valuesOf(db: DB, institutionId: number, year: number): Promise<Map<string, Map<string, number>>> {
  const rows = await db
    .selectFrom('data_values as v')
    .innerJoin('data_elements as e', 'e.id', 'v.element_id')
    .select(['e.code', 'v.period', 'v.value'])
    .where('v.institution_id', '=', institutionId)
    .where('v.year', '=', year)
    .execute();
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.code) ?? new Map<string, number>();
    m.set(r.period, Number(r.value));
    out.set(r.code, m);
  }
  return out;
}

/** A posted form: field name → value (text, or a file the entry form never has). */
type Form = Readonly<Record<string, unknown>>;

/** The form's cell name for an element and period: `v:LIB_LOANS:2025-03`. */
export const cellName = (element: string, period: string) => `v:${element}:${period}`;
const CELL = /^v:([A-Z0-9_]+):(\d{4}(?:-\d{2})?)$/;

/** The institution named, if the person may read its data (else 404, 403). */
async function readable(db: DB, who: Principal, code: string): Promise<Institution> {
  const inst = await findInstitution(db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await canReadInstitution(db, who, inst.id))) throw noAccess();
  return inst;
}

/**
 * The institution named, if the person may write its data of the year, some of it (`mayWriteSomeOf`) or, for
 * a yearly status, the year itself (`mayWriteFor`): else 404, 403 naming the institution and the year.
 */
async function writable(db: DB, who: Principal, code: string, year: number, whole: boolean): Promise<Institution> {
  const inst = await findInstitution(db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await (whole ? mayWriteFor(db, who, inst.id, year) : mayWriteSomeOf(db, who, inst.id, year)))) throw writeRefusal(inst.name, year);
  return inst;
}

export interface EntrySheet {
  institution: Institution;
  kind: KindDef | undefined;
  canWrite: boolean;
  /** The year shown (the `nam` asked for, else the latest with data) and the years to pick from. */
  year: number;
  years: number[];
  months: string[];
  monthly: DataElement[];
  yearly: DataElement[];
  /** element code → period → value */
  values: Map<string, Map<string, number>>;
  attributes: Awaited<ReturnType<typeof attributesOf>>;
  /** The attributes' evidence files, by attribute. */
  files: Map<string, EvidenceFile>;
  /** The cells' comments and follow-up flags, by `noteKey`. */
  notes: Map<string, ValueNote>;
  /** How many cells are filled of those expected: each month's and the year's (none expected before the period has ended). */
  completeness: { months: Map<string, { filled: number; expected: number }>; year: { filled: number; expected: number } };
}

/** What the entry page shows of an institution and a year (`year` as given in the URL, maybe not a year). */
export async function entrySheet(db: DB, who: Principal, code: string, year: string | undefined): Promise<EntrySheet> {
  const institution = await readable(db, who, code);
  const { years, latest } = await dataYears(db);
  const y = yearParam(year, latest);
  const canWrite = await mayWriteSomeOf(db, who, institution.id, y);
  const kind = KINDS.find((k) => k.code === institution.kind);
  const [elements, values, attributes, files, notes] = await Promise.all([
    elementsForSector(db, kind?.sector ?? 'common'),
    valuesOf(db, institution.id, y),
    attributesOf(db, institution.id, y),
    evidenceFilesOf(db, institution.id, y),
    notesOf(db, institution.id, y),
  ]);
  const monthly = elements.filter((e) => e.periodType === 'month');
  const yearly = elements.filter((e) => e.periodType === 'year');
  // a museum is not asked whether it is a library meeting the standard
  const offered = attributes.filter((a) => attributeOffered(a.code, kind?.sector));
  const months = monthsOf(y);
  const now = thisMonth();
  const filled = (list: DataElement[], period: string) => list.filter((e) => values.get(e.code)?.has(period)).length;
  const completeness = {
    months: new Map(months.map((m) => [m, { filled: filled(monthly, m), expected: m < now ? monthly.length : 0 }])),
    year: { filled: filled(yearly, String(y)), expected: String(y) < now.slice(0, 4) ? yearly.length : 0 },
  };
  return { institution, kind, canWrite, year: y, years, months, monthly, yearly, values, attributes: offered, files, notes, completeness };
}

/** What a save of the entry page wrote (values, or attributes) and where. */
export interface EntrySaved {
  institution: Institution;
  written: number;
}

/** The form's comment box of a warned cell: `n:LIB_LOANS:2025-03`. */
export const noteName = (element: string, period: string) => `n:${element}:${period}`;

/**
 * Saves the entry form of an institution for a year, all or nothing: the cells that changed go the one way values
 * get in (validated, written, audited one entry per cell), cleared cells are removed in the same transaction.
 * A bad cell refuses the whole form (422), each problem's `field` the bad cell's input name (`v:LIB_LOANS:2025-03`),
 * for the page to show it beside that cell in words. The changed cells are checked (checks.ts): an outlier or a
 * broken rule is a warning the person confirms with a comment (`n:<element>:<period>`), stored with the values in
 * their transaction; until every warning has its comment — and while a blocking rule is broken — nothing is stored
 * and the refusal (`CheckedRefusal`) names each warning, a comment box left empty with a problem of its own.
 */
export async function saveEntryForm(
  db: DB,
  who: Principal,
  code: string,
  year: number,
  form: Form,
  lang: Lang = 'vi',
): Promise<EntrySaved & { removed: number }> {
  const institution = await writable(db, who, code, year, false);
  const existing = await valuesOf(db, institution.id, year);
  const raw: RawValue[] = [];
  const cleared: { element: string; period: string }[] = [];
  const typedAt = new Map<number, string>();
  // the year's cells as the save leaves them, for the checks
  const after = new Map([...existing].map(([element, periods]) => [element, new Map(periods)]));
  const changed: { element: string; period: string }[] = [];
  let row = 0;
  for (const [name, v] of Object.entries(form)) {
    const m = CELL.exec(name);
    if (!m || typeof v !== 'string') continue;
    row++;
    const [, element, period] = m as unknown as [string, string, string];
    if (v.trim() === '') {
      if (existing.get(element)?.has(period)) cleared.push({ element, period });
      after.get(element)?.delete(period);
      continue;
    }
    // "1.234", "25,5" as the page writes numbers; what is not a number goes on as typed, to be refused
    const parsed = parseNumber(v, lang);
    const n = parsed.ok && parsed.value !== null ? parsed.value : undefined;
    if (n !== undefined && existing.get(element)?.get(period) === n) continue;
    typedAt.set(row, v.trim());
    raw.push({ row, institution: institution.code, dataElement: element, period, value: n ?? v });
    if (n !== undefined) {
      const cells = after.get(element) ?? new Map<string, number>();
      cells.set(period, n);
      after.set(element, cells);
      changed.push({ element, period });
    }
  }
  // clearing a cell is writing it: the same check, for the cell's period
  const may = await writableInstitutions(db, who);
  const mayClear = new Map<string, boolean>();
  for (const period of new Set(cleared.map((x) => x.period))) mayClear.set(period, await mayWriteFor(db, who, institution.id, period));
  const refused = cleared.filter((x) => !mayClear.get(x.period));
  if (refused.length > 0)
    throw new UserError(
      writeRefusal(institution.name, year).said,
      403,
      refused.map((x) => ({ said: E.notYours({ institution: institution.code, period: formatMonth(x.period) }), field: cellName(x.element, x.period) })),
    );
  const elements = await listElements(db);
  const ids = new Map(elements.map((e) => [e.code, e.id]));
  const remove = cleared.flatMap((x) => {
    const elementId = ids.get(x.element);
    return elementId === undefined ? [] : [{ institutionId: institution.id, elementId, period: x.period }];
  });
  // the checks: each warning of a cell confirmed by the comment typed beside it
  const offered = await elementsForSector(db, KINDS.find((k) => k.code === institution.kind)?.sector ?? 'common');
  const known = changed.filter((c) => offered.some((e) => e.code === c.element));
  const warnings = await checkChanges(db, { institutionId: institution.id, elements: offered, after, changed: known });
  const soft = warnings.filter((w) => !w.blocking);
  const commentOf = (w: { element: string; period: string }) => {
    const typed = form[noteName(w.element, w.period)];
    return typeof typed === 'string' ? cleanComment(typed) : null;
  };
  const checkProblems: Problem[] = warnings.filter((w) => w.blocking).map((w) => ({ said: w.said, field: cellName(w.element, w.period) }));
  const unconfirmed = new Map<string, CellWarning>();
  for (const w of soft) if (!commentOf(w)) unconfirmed.set(noteName(w.element, w.period), w);
  for (const [field] of unconfirmed) if (typeof form[field] === 'string') checkProblems.push({ said: E.commentNeeded(), field });
  for (const w of soft) {
    const comment = commentOf(w);
    if (comment && comment.length > COMMENT_MAX) checkProblems.push({ said: E.commentTooLong({ max: COMMENT_MAX }), field: noteName(w.element, w.period) });
  }
  const intake = {
    userId: who.userId,
    canWrite: (id: number, unitId?: number) => id === institution.id && may(id, unitId),
    audit: 'each' as const,
    source: 'form',
    remove,
    transaction: remove.length > 0,
  };
  const held = checkProblems.length > 0 || unconfirmed.size > 0;
  // the confirmed cells' comments, each saying what it confirmed, stored in the values' transaction
  const confirmations = new Map<string, NoteChange>();
  for (const w of soft) {
    const key = noteName(w.element, w.period);
    const before = confirmations.get(key);
    const kinds = new Set([...(before?.confirmed?.split(' ') ?? []), w.kind]);
    confirmations.set(key, {
      elementId: ids.get(w.element)!,
      element: w.element,
      period: w.period,
      comment: commentOf(w),
      confirmed: [...kinds].sort().join(' '),
    });
  }
  const r = await takeValues(db, raw, {
    ...intake,
    dryRun: held,
    alongside: confirmations.size > 0 ? (trx) => writeNotes(trx, who.userId, institution, [...confirmations.values()]).then(() => undefined) : undefined,
  });
  if (r.problems.length > 0 || held) {
    const cells = new Map(raw.map((x) => [x.row, cellName(x.dataElement, x.period)]));
    const forbiddenOnly = r.problems.length > 0 && r.denied === r.problems.length && checkProblems.length === 0;
    const problems = [
      ...r.problems.map((p) => ({ said: asTyped(p, typedAt.get(p.row ?? 0)), field: cells.get(p.row ?? 0) ?? p.field ?? '' })),
      ...checkProblems,
    ];
    const hard = r.problems.length > 0 || warnings.some((w) => w.blocking);
    const said = forbiddenOnly
      ? writeRefusal(institution.name, year).said
      : hard
        ? E.invalidCells()
        : E.warningsFound({ n: new Set(soft.map((w) => noteName(w.element, w.period))).size });
    throw new CheckedRefusal(said, forbiddenOnly ? 403 : 422, problems, soft);
  }
  return { institution, written: r.written, removed: r.removed };
}

/** A problem of a cell's value said with the value as the person typed it ("25,5", not 25.5); not a number at all, so. */
function asTyped(p: Problem, typed: string | undefined): Said {
  if (p.field !== 'value' || typed === undefined) return p.said;
  const code = p.said.code;
  if (code === 'E3008') return E.fraction({ value: typed });
  if (code === 'E3007') return E.negative({ value: typed });
  // not whole (E3009), with a separator (E3010): the form read it as the page writes numbers, and it is none
  if (code === 'E3009' || code === 'E3010') return E.notANumber({ value: typed });
  return p.said;
}

/**
 * Saves the yearly status attributes of the entry form (`a:<code>` = '1' or '0', evidence in `e:<code>`, a file
 * proving it in `f:<code>`); an attribute left unset is left alone, one unchanged is not written again. All or
 * nothing: every file is checked first (a PDF, JPEG or PNG by its first bytes, at most 5 MB, its status chosen),
 * each refused one named at its field (422), and then all are written in one transaction. Audited by `setAttribute`.
 */
export async function saveEntryAttributes(db: DB, who: Principal, code: string, year: number, form: Form): Promise<EntrySaved> {
  const institution = await writable(db, who, code, year, true);
  const sector = KINDS.find((k) => k.code === institution.kind)?.sector;
  const current = new Map((await attributesOf(db, institution.id, year)).map((a) => [a.code, a]));
  const changes: (AttributeValue & { upload?: File })[] = [];
  const problems: Problem[] = [];
  for (const [name, v] of Object.entries(form)) {
    const m = /^a:([a-z_]+)$/.exec(name);
    if (!m || typeof v !== 'string') continue;
    const attribute = m[1]!;
    if (!attributeOffered(attribute, sector)) continue; // not asked of this kind
    const sent = form[`f:${attribute}`];
    const upload = sent instanceof File && (sent.size > 0 || sent.name !== '') ? sent : undefined;
    if (upload) {
      const head = new Uint8Array(await upload.slice(0, 16).arrayBuffer());
      const said = evidenceProblem({ name: upload.name, size: upload.size, head }) ?? (v === '' ? networkErrors.evidenceNeedsStatus() : undefined);
      if (said) problems.push({ field: `f:${attribute}`, said });
    }
    if (v === '') continue;
    const given = form[`e:${attribute}`];
    const evidence = typeof given === 'string' ? given.trim() || null : null;
    const before = current.get(attribute);
    if (!upload && before && before.value === Number(v) && (before.evidence ?? null) === evidence) continue;
    changes.push({ attribute, year, value: v === '1', evidence, upload });
  }
  if (problems.length > 0) throw new UserError(networkErrors.attributesInvalid(), 422, problems);
  for (const c of changes) if (c.upload) c.file = { name: c.upload.name, bytes: new Uint8Array(await c.upload.arrayBuffer()) };
  await inTransaction(db, async (trx) => {
    for (const { upload: _, ...c } of changes) await setAttribute(trx, institution.id, c, who.userId);
  });
  return { institution, written: changes.length };
}
