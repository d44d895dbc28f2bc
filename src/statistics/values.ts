import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { writableInstitutions } from '../network/access.ts';
import { statisticsErrors as E } from './messages.ts';
import { resolveValues, type RawValue, type Resolution } from './resolve.ts';
import { applyValues, removeValues, StaleResolution, type ResolvedValue, type WriteOptions } from './write.ts';
import { forgetCodes } from './code-memory.ts';

/** Whether a value of the institution may be written (in the unit it belonged to during the period, when given). */
export type MayWrite = (institutionId: number, unitId?: number) => boolean;

export interface Intake {
  userId: number | null;
  canWrite: MayWrite;
  /** How changes reach the audit log: an entry per changed cell (form, API) or batch entries naming the source (files). */
  audit: 'each' | 'batch';
  /** What the audit names as the source: 'form', 'api', a file's name. */
  source: string;
  /** A cell given twice: refused (files, where it is a mistake), or the later row wins (the default). */
  repeats?: 'refuse' | 'later wins';
  /** Check everything, write nothing. */
  dryRun?: boolean;
  /** ISO date that decides which periods lie in the future (tests); default today. */
  today?: string;
  /** Stored cells to remove in the same write (the form's cleared cells). */
  remove?: { institutionId: number; elementId: number; period: string }[];
  /** Check and write in one transaction (files; a form that also removes). A small batch alone is atomic in its one write. */
  transaction?: boolean;
  /** Sees a valid batch before it is written (in the transaction) or instead (a dry run): an import's old → new; it may refuse. */
  inspect?: (db: DB, values: ResolvedValue[]) => Promise<void>;
  /** What the caller stores with the values, in their transaction (the form's comments confirming its warnings). */
  alongside?: (trx: DB) => Promise<void>;
}

export interface Intaken {
  written: number;
  removed: number;
  /** Every bad cell, by row and column; when not empty nothing was written. */
  problems: Problem[];
  /** How many problems only refuse rows the person may not write. */
  denied: number;
}

/**
 * Values a file import hands to one write, in its one transaction; between two pieces the event loop answers others
 * (`/healthz`, a page). PostgreSQL runs a piece's statements in its own process (the event loop is free meanwhile),
 * each piece costing its aggregate statements once (about 0.6 s). SQLite runs them in-process, so its write slices
 * every statement itself (write-sqlite.ts) and takes the batch whole: its aggregates are then written once.
 */
const WRITE_PIECE = { sqlite: Number.POSITIVE_INFINITY, postgres: 100_000 } as const;

/** A large batch written a piece at a time (the caller's transaction keeps it all or nothing), a turn of the event loop between pieces. */
async function applyInPieces(db: DB, values: ResolvedValue[], opts: WriteOptions): Promise<{ written: number }> {
  const piece = dialectOf(db).pick(WRITE_PIECE);
  if (values.length <= piece) return applyValues(db, values, opts);
  let written = 0;
  for (let at = 0; at < values.length; at += piece) {
    if (at > 0) await new Promise((resolve) => setImmediate(resolve));
    written += (await applyValues(db, values.slice(at, at + piece), opts)).written;
  }
  return { written };
}

/** Up to this many rows a plain write on PostgreSQL resolves its codes from the process's memory of them (resolve.ts). */
const FROM_MEMORY_UP_TO = 100;

/** An empty batch: nothing to look up. */
const NOTHING: Resolution = { values: [], problems: [], denied: 0 };

/**
 * The one way data values get in. Every entry path decodes its input into `RawValue`s — the entry form
 * (`/co-so/<code>`, entry.ts), a CSV or XLSX file (the page `/nhap-lieu` and the CLI `values import`,
 * value-import.ts), the JSON API (`POST /api/v1/values`, `writeValues` below) — and hands them here: one
 * validation (resolve.ts), then, only when not a single cell is wrong, one write (write.ts) with the aggregates
 * and the audit the path asks for. All or nothing; problems come back for the caller to answer in its way.
 *
 * A small plain write on PostgreSQL (the API's) resolves its codes from the process's memory of them, and its
 * statement refuses it, writing nothing, when the map changed since (`StaleResolution`): the memory is then
 * forgotten and the codes resolved again from the database, the person's access checked again, and written.
 */
export async function takeValues(db: DB, raw: RawValue[], intake: Intake): Promise<Intaken> {
  const fromMemory =
    raw.length <= FROM_MEMORY_UP_TO &&
    !db.isTransaction &&
    !intake.transaction &&
    !intake.alongside &&
    !intake.dryRun &&
    !intake.inspect &&
    !intake.remove?.length &&
    dialectOf(db).pick({ postgres: true, sqlite: false });
  const run = async (on: DB, memory = false): Promise<Intaken> => {
    const r = raw.length === 0 ? NOTHING : await resolveValues(on, raw, intake.canWrite, intake.today, intake.repeats, memory);
    if (r.problems.length === 0 && intake.inspect) await intake.inspect(on, r.values);
    if (r.problems.length > 0 || intake.dryRun) return { written: 0, removed: 0, problems: r.problems, denied: r.denied };
    const opts = { userId: intake.userId, mode: 'set', audit: intake.audit, source: intake.source, resolvedAt: r.version } as const;
    const { written } = intake.transaction ? await applyInPieces(on, r.values, opts) : await applyValues(on, r.values, opts);
    const removed = intake.remove?.length ? await removeValues(on, intake.remove, intake.userId) : 0;
    await intake.alongside?.(on);
    return { written, removed, problems: [], denied: 0 };
  };
  if (fromMemory)
    try {
      return await run(db, true);
    } catch (e) {
      if (!(e instanceof StaleResolution)) throw e;
      forgetCodes(true);
      return run(db);
    }
  return (intake.transaction || intake.alongside) && !intake.dryRun ? inTransaction(db, run) : run(db);
}

/** A row of the JSON API: the columns of a value file. */
export type ValueInput = Omit<RawValue, 'row'>;

/** From this many rows an API write is audited as an import is (batch entries listing every changed cell). */
const API_BATCH_AUDIT_FROM = 1000;

/**
 * `POST /api/v1/values`: a person's batch, all or nothing. Refused with 403 when the only problems are
 * institutions outside their scope, else with 422 naming every bad row and column.
 */
export async function writeValues(db: DB, who: Principal, rows: ValueInput[]): Promise<{ written: number }> {
  const raw = rows.map((row, i) => ({ row: i + 1, ...row }));
  const audit = raw.length > API_BATCH_AUDIT_FROM ? 'batch' : 'each';
  const r = await takeValues(db, raw, { userId: who.userId, canWrite: await writableInstitutions(db, who), audit, source: 'api' });
  if (r.problems.length > 0) {
    const forbiddenOnly = r.denied === r.problems.length;
    throw new UserError(forbiddenOnly ? E.outsideScope() : E.invalidRows(), forbiddenOnly ? 403 : 422, r.problems);
  }
  return { written: r.written };
}
