import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { writableInstitutions } from '../network/access.ts';
import { lockCells } from './cell-locks.ts';
import { listElements } from './elements.ts';
import type { HeldUploads } from './held-uploads.ts';
import { refuseLocked } from './locks.ts';
import { statisticsErrors as E } from './messages.ts';
import type { RawValue } from './resolve.ts';
import { cellsChanged, diffValues, type ValueDiff } from './value-diff.ts';
import { parseValueFile } from './value-files.ts';
import { nameRows, sayAsTyped, type NamedRows } from './value-names.ts';
import { takeValues, type MayWrite } from './values.ts';
import type { ResolvedValue } from './write-types.ts';

export interface ImportOptions {
  /** Check everything, write nothing. */
  dryRun?: boolean;
  userId: number | null;
  /** Whether the importing user may write values of the institution (in the unit it belonged to then). */
  canWrite: MayWrite;
  /** ISO date that decides which periods lie in the future (tests); default today. */
  today?: string;
}

export interface ImportResult {
  /** Data rows in the file (blank rows not counted; rows without a value counted). */
  rows: number;
  written: number;
  /** Every bad cell, by row and column; when not empty nothing was written. */
  problems: Problem[];
}

/** One cell an import changes, as the check shows it: names, the period key, the value before (none: null) and after. */
export interface Change {
  row: number;
  institution: string;
  element: { vi: string; en: string };
  period: string;
  old: number | null;
  value: number;
}

/** What a file would do: its problems, or the cells it changes (the first ones named) and how many it leaves as they are. */
export interface ImportCheck {
  name: string;
  rows: number;
  /** Rows without a value: they change nothing. */
  blank: number;
  problems: Problem[];
  /** The changed cells, the first {@link CHANGES_NAMED} of them (in the file's order). */
  changes: Change[];
  changed: number;
  unchanged: number;
}

/** Changed cells named in a check (a page a person can read); the rest are counted. */
export const CHANGES_NAMED = 1000;

/** A file read, named and validated (value-names.ts, values.ts); `inspect` sees the valid batch (a check's diff, a confirmation's comparison). */
async function take(
  db: DB,
  typed: RawValue[],
  source: string,
  opts: ImportOptions & { inspect?: (db: DB, values: ResolvedValue[], named: NamedRows) => Promise<void> },
) {
  const { userId, canWrite, today, inspect } = opts;
  const named = await nameRows(db, typed, (id) => canWrite(id));
  const r = await takeValues(db, named.rows, {
    userId,
    canWrite,
    audit: 'batch',
    source,
    repeats: 'refuse',
    // a name not found has gone on as typed, which the validation refuses; never written even so
    dryRun: opts.dryRun || named.problems.size > 0,
    today,
    transaction: true,
    inspect: inspect ? (on, values) => inspect(on, values, named) : undefined,
  });
  return { named, written: r.written, problems: sayAsTyped(r.problems, named, typed) };
}

/**
 * Imports a CSV or XLSX file of data values, all or nothing: the file is read into rows (value-files.ts), named
 * (value-names.ts: codes or names, periods and numbers as a person writes them), and take the one way in of every
 * value (values.ts: validation, then the write with the aggregates, in one transaction, audited in batch entries
 * naming the file). A file that cannot be read at all (not CSV/XLSX, bad header, malformed CSV, too many rows)
 * throws a UserError; bad cells come back as `problems` and nothing is saved.
 */
export async function importValueFile(db: DB, bytes: Uint8Array, filename: string, opts: ImportOptions): Promise<ImportResult> {
  const typed = await parseValueFile(bytes, filename);
  const r = await take(db, typed, filename, opts);
  return { rows: typed.length, written: r.written, problems: r.problems };
}

/**
 * A person's import (the page `/nhap-lieu`, the CLI `values import` as the local administrator): the values of
 * the institutions they may write, in the units those belonged to in each period.
 */
export async function importValues(db: DB, who: Principal, file: { bytes: Uint8Array; name: string }, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  return importValueFile(db, file.bytes, file.name, { dryRun: opts.dryRun, userId: who.userId, canWrite: await writableInstitutions(db, who) });
}

/** An approved report's lock refusal (locks.ts) as problems of the file's rows. */
function lockedRows(e: UserError, named: NamedRows): Problem[] {
  const rowOf = new Map(named.rows.map((r) => [`${r.institution}:${r.period}`, r.row]));
  return e.problems.map((p) => ({ row: rowOf.get(p.field ?? ''), field: 'period', said: p.said }));
}

/** The changed cells named, with the names of their institutions and elements. */
async function changesOf(db: DB, values: ResolvedValue[], diff: ValueDiff, named: NamedRows): Promise<Change[]> {
  const shown = diff.changed.slice(0, CHANGES_NAMED);
  if (shown.length === 0) return [];
  const ids = [...new Set(shown.map((i) => values[i]!.institutionId))];
  const institutions = new Map((await db.selectFrom('institutions').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]));
  const elements = new Map((await listElements(db)).map((e) => [e.id, { vi: e.nameVi, en: e.nameEn }]));
  return shown.map((i) => {
    const v = values[i]!;
    return {
      row: named.rows[i]!.row,
      institution: institutions.get(v.institutionId) ?? '',
      element: elements.get(v.elementId) ?? { vi: '', en: '' },
      period: v.period,
      old: diff.olds[i] ?? null,
      value: v.value,
    };
  });
}

/** A check of a file, and what the confirmation compares: the stored values the check saw. */
interface Checked {
  check: ImportCheck;
  diff?: ValueDiff;
}

/**
 * Checks a file and writes nothing: its problems, or what it changes — each changed cell old → new, the unchanged
 * ones counted. A file without data rows is refused (a UserError, as a file that cannot be read).
 */
async function checkFile(db: DB, bytes: Uint8Array, name: string, opts: ImportOptions): Promise<Checked> {
  const typed = await parseValueFile(bytes, name);
  if (typed.length === 0) throw new UserError(E.headerOnly(), 422);
  let diff: ValueDiff | undefined;
  let changes: Change[] = [];
  let locked: Problem[] = [];
  const r = await take(db, typed, name, {
    ...opts,
    dryRun: true,
    inspect: async (on, values, named) => {
      diff = await diffValues(on, values);
      changes = await changesOf(on, values, diff, named);
      // an approved report's year is refused at the check, not first at the confirmation
      await refuseLocked(on, values).catch((e: unknown) => {
        if (!(e instanceof UserError)) throw e;
        locked = lockedRows(e, named);
      });
    },
  });
  const problems = r.problems.length > 0 ? r.problems : locked;
  const check: ImportCheck = {
    name,
    rows: typed.length,
    blank: r.named.blank,
    problems,
    changes: problems.length > 0 ? [] : changes,
    changed: problems.length > 0 || !diff ? 0 : diff.changed.length,
    unchanged: problems.length > 0 || !diff ? 0 : diff.unchanged,
  };
  return { check, diff: problems.length > 0 ? undefined : diff };
}

/** A checked upload: the check, and the token of the kept file when there is something to confirm. */
export interface CheckedUpload {
  check: ImportCheck;
  token?: string;
}

/** The options of a person's check or confirmation: the kept files, and today (tests). */
export interface UploadOptions {
  held: HeldUploads;
  today?: string;
}

/**
 * The check of an upload (`/nhap-lieu`): nothing written; a file that changes something is kept (held-uploads.ts)
 * under a token the same person confirms it with, without choosing the file again.
 */
export async function checkUpload(db: DB, who: Principal, file: { bytes: Uint8Array; name: string }, opts: UploadOptions): Promise<CheckedUpload> {
  const canWrite = await writableInstitutions(db, who);
  const { check, diff } = await checkFile(db, file.bytes, file.name, { userId: who.userId, canWrite, today: opts.today });
  if (!diff || check.changed === 0 || who.userId === null) return { check };
  const token = await opts.held.hold(file.bytes, { userId: who.userId, name: file.name, olds: diff.olds, fingerprint: diff.fingerprint });
  return { check, token };
}

/**
 * The confirmation of a check: saved (`written`: the cells changed, those the check listed), or refused because the
 * data changed since, with the file checked again.
 */
export type Confirmed = { saved: true; name: string; written: number } | { saved: false; cellsChanged: number; again: CheckedUpload };

/** A confirmation that found the cells no longer as the check saw them: the transaction ends, nothing written. */
class Stale extends Error {
  constructor(readonly cells: number) {
    super('the data changed since the check');
  }
}

/**
 * Confirms a checked upload by its token (the person's own, within the time kept): the file kept is read again and
 * written all or nothing, in one transaction that first locks the cells and compares their stored values with those
 * the check showed — if any changed since, nothing is written and the file is checked afresh (a new token), for the
 * person to see the new old → new before confirming again. Problems found now (a report approved since) come back
 * as a check's.
 */
export async function confirmUpload(db: DB, who: Principal, token: string, opts: UploadOptions): Promise<Confirmed> {
  if (who.userId === null) throw new UserError(E.heldNotYours(), 403);
  const { bytes, meta } = await opts.held.take(token, who.userId);
  const canWrite = await writableInstitutions(db, who);
  const typed = await parseValueFile(bytes, meta.name);
  let changed = 0;
  try {
    const r = await take(db, typed, meta.name, {
      userId: who.userId,
      canWrite,
      today: opts.today,
      inspect: async (on, values) => {
        await lockCells(on, values); // the values read next are those the write changes (cell-locks.ts)
        const now = await diffValues(on, values);
        if (now.fingerprint !== meta.fingerprint) throw new Stale(cellsChanged(meta.olds, now.olds));
        changed = now.changed.length;
      },
    });
    if (r.problems.length === 0) return { saved: true, name: meta.name, written: changed };
  } catch (e) {
    if (!(e instanceof Stale)) throw e;
    return { saved: false, cellsChanged: e.cells, again: await checkUpload(db, who, { bytes, name: meta.name }, opts) };
  }
  // valid at the check, refused now: the person sees why, on a fresh check
  return { saved: false, cellsChanged: 0, again: await checkUpload(db, who, { bytes, name: meta.name }, opts) };
}
