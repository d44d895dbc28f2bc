import { setTimeout as delay } from 'node:timers/promises';
import type { DB } from '../core/db/database.ts';
import { UserError, type Said } from '../core/errors.ts';
import { errorFields, logLine } from '../core/log.ts';
import { nowIso } from '../core/time.ts';
import { storeDraft } from './drafts.ts';
import { plansErrors } from './messages.ts';
import type { OcrProgress } from './parse/ocr.ts';
import { parsePlanBuffer } from './parse/read-file.ts';

/**
 * Reading an uploaded plan. A Word file or a text PDF is read in well under a second and the upload answers with
 * the review; a scan takes seconds a page (OCR), so when the reading is not done within {@link QUICK_READ_MS} the
 * upload answers at once with a reading the person can watch (`/ke-hoach/doc/<id>`), and the reading goes on
 * in this process, writing its progress to `plan_readings` page by page (the watching page may be served by
 * another worker). Its end is the draft plan, or the refusal in words with what was typed on the form.
 */
export const QUICK_READ_MS = 1500;
/** A reading whose progress has not moved for this long stopped with its process (OCR reads a page in well under a minute). */
export const STALE_MS = 10 * 60_000;

export interface UploadedPlan {
  filename: string;
  bytes: Buffer;
  unitId: number | null;
  institutionId: number | null;
  userId: number;
  /** The form's fields as typed, for the form shown again when the reading is refused. */
  unitTyped: string;
  institutionTyped: string;
}

export type ReadingStarted = { planId: number } | { readingId: number };

/**
 * Reads the plan and stores it as a draft. Answers `{ planId }` when done within `quickMs` (a refusal then is
 * thrown, as before); otherwise `{ readingId }`, and the reading finishes in the background (with `quickMs` 0, always).
 */
export async function readUploadedPlan(db: DB, up: UploadedPlan, quickMs = QUICK_READ_MS): Promise<ReadingStarted> {
  let readingId: number | undefined;
  let latest: OcrProgress | undefined;
  // progress rows are written one after another, never two at once, and the last one before the end
  let written: Promise<unknown> = Promise.resolve();
  const onProgress = (p: OcrProgress) => {
    latest = p;
    if (readingId !== undefined) written = written.then(() => recordProgress(db, readingId!, p));
  };
  const stored = parsePlanBuffer(up.bytes, { onProgress }).then((read) =>
    storeDraft(db, { unitId: up.unitId, institutionId: up.institutionId, filename: up.filename, text: read.text, parsed: read.plan, userId: up.userId }),
  );
  // the outcome is held from the start: a refusal that comes while the reading's row is being written is not lost
  const outcome = stored.then(
    (planId) => ({ planId }),
    (err: unknown) => ({ err }),
  );
  // quickMs 0: answer with the reading at once, whatever the file
  const quick = quickMs > 0 ? await Promise.race([outcome, delay(quickMs, null, { ref: false })]) : null;
  if (quick && 'err' in quick) throw quick.err;
  if (quick) return quick;

  const at = nowIso();
  const row = await db
    .insertInto('plan_readings')
    .values({
      user_id: up.userId,
      unit_typed: up.unitTyped,
      institution_typed: up.institutionTyped,
      filename: up.filename,
      pages_done: latest?.page ?? 0,
      pages_total: latest?.pages ?? null,
      plan_id: null,
      error: null,
      started_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = row.id;
  readingId = id;
  const end = (set: { plan_id: number } | { error: string }) =>
    written
      .catch(() => undefined)
      .then(() =>
        db
          .updateTable('plan_readings')
          .set({ ...set, updated_at: nowIso() })
          .where('id', '=', id)
          .execute(),
      );
  outcome
    .then((o) => {
      if ('planId' in o) return end({ plan_id: o.planId });
      if (!(o.err instanceof UserError)) logLine('error', 'plan reading failed', { readingId: id, ...errorFields(o.err) });
      const said = o.err instanceof UserError ? o.err.said : plansErrors.readingFailed({ filename: up.filename });
      return end({ error: JSON.stringify(said) });
    })
    .catch((err: unknown) => logLine('error', 'plan reading could not record its end', { readingId: id, ...errorFields(err) }));
  return { readingId: id };
}

async function recordProgress(db: DB, id: number, p: OcrProgress): Promise<void> {
  await db
    .updateTable('plan_readings')
    .set({ pages_done: p.page, pages_total: p.pages, updated_at: nowIso() })
    .where('id', '=', id)
    .where('plan_id', 'is', null)
    .execute()
    .catch((err: unknown) => logLine('warn', 'plan reading progress not recorded', { readingId: id, ...errorFields(err) }));
}

interface Typed {
  filename: string;
  unitTyped: string;
  institutionTyped: string;
}
export type ReadingState =
  | ({ state: 'reading'; pagesDone: number; pagesTotal: number | null; startedAt: string } & Typed)
  | ({ state: 'read'; planId: number } & Typed)
  | ({ state: 'refused'; said: Said } & Typed);

/** Where a person's reading stands; another person's reading is not found (its existence is not theirs to know). */
export async function readingState(db: DB, id: number, userId: number, now = Date.now()): Promise<ReadingState> {
  const r = Number.isSafeInteger(id)
    ? await db.selectFrom('plan_readings').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst()
    : undefined;
  if (!r) throw new UserError(plansErrors.readingNotFound(), 404);
  const typed: Typed = { filename: r.filename, unitTyped: r.unit_typed, institutionTyped: r.institution_typed };
  if (r.plan_id !== null) return { state: 'read', planId: r.plan_id, ...typed };
  if (r.error !== null) return { state: 'refused', said: JSON.parse(r.error) as Said, ...typed };
  if (now - Date.parse(r.updated_at) > STALE_MS) return { state: 'refused', said: plansErrors.readingStopped({ filename: r.filename }), ...typed };
  return { state: 'reading', pagesDone: r.pages_done, pagesTotal: r.pages_total, startedAt: r.started_at, ...typed };
}
