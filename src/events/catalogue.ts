import type { DB } from '../core/db/database.ts';
import { COMMEMORATIVE_DAYS, LEARNING_WEEK } from '../plans/days.ts';
import type { EventKind } from './messages.ts';

/** What an event of a kind adds to the statistics besides EVENTS / EVENT_PARTICIPANTS (its name: `eventKindName`). */
export interface EventKindDef {
  code: EventKind;
  /** Counted once when held (e.g. COMM_ACTIVITIES). */
  heldElement?: string;
  /** Its participants are also counted as (e.g. TRAINEES). */
  participantElement?: string;
}

export const EVENT_KINDS: readonly EventKindDef[] = [
  { code: 'talk' },
  { code: 'book_exhibition', heldElement: 'LIB_BOOK_EXHIBITIONS' },
  { code: 'reading_festival' },
  { code: 'contest' },
  { code: 'training', heldElement: 'TRAINING_COURSES', participantElement: 'TRAINEES' },
  { code: 'communication', heldElement: 'COMM_ACTIVITIES' },
  { code: 'performance' },
  { code: 'festival' },
  { code: 'class' },
  { code: 'museum_education', heldElement: 'MUS_EDU_PROGRAMMES' },
];

export const kindOf = (code: string) => EVENT_KINDS.find((k) => k.code === code);

/** The commemorative days (plans/days.ts) and Lifelong Learning Week (1–7/10) as rows of `event_days`. */
export async function installEventDays(db: DB): Promise<void> {
  const have = new Set((await db.selectFrom('event_days').select('code').execute()).map((r) => r.code));
  const rows = [
    ...Object.entries(COMMEMORATIVE_DAYS).map(([code, d]) => ({ code, name_vi: d.vi, name_en: d.en, day: d.day, month: d.month, span_days: 1 })),
    { code: 'tuan-le-hoc-tap', name_vi: LEARNING_WEEK.vi, name_en: LEARNING_WEEK.en, day: 1, month: 10, span_days: 7 },
  ].filter((r) => !have.has(r.code));
  if (rows.length > 0) await db.insertInto('event_days').values(rows).execute();
}

export async function listEventDays(db: DB) {
  return db.selectFrom('event_days').selectAll().orderBy('month').orderBy('day').execute();
}
