import type { DB } from '../core/db/database.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import { listCriteria } from './criteria.ts';

/** One line of a citizen's learning record. */
export interface LearningEntry {
  /** Which measure it counts toward: 'events_attended' | 'clubs' | 'museum_bookings' | 'loans' | … */
  measure: string;
  title: string;
  institution: string;
  date: string;
  /** e.g. 'attended', 'registered', 'member', 'booked'. */
  status: string;
  /** Counted toward the criteria (attended, not merely registered). */
  counts: boolean;
  /** What the organiser told the person (an event's cancellation note). */
  note?: string;
}

/** Where entries come from; the library branch adds loans with `addLearningSource`. */
export interface LearningSource {
  measure: string;
  entries(db: DB, userId: number): Promise<LearningEntry[]>;
}

const sources: LearningSource[] = [];
export function addLearningSource(s: LearningSource): void {
  if (!sources.some((x) => x.measure === s.measure)) sources.push(s);
}

addLearningSource({
  measure: 'events_attended',
  async entries(db, userId) {
    const rows = await db
      .selectFrom('event_registrations as r')
      .innerJoin('events as e', 'e.id', 'r.event_id')
      .innerJoin('institutions as i', 'i.id', 'e.institution_id')
      .select(['e.title', 'i.name as institution', 'e.starts_at', 'e.status as eventStatus', 'e.cancel_note', 'r.status', 'r.attended'])
      .where('r.user_id', '=', userId)
      .where('r.status', '<>', 'cancelled')
      .execute();
    return rows.map((r) => {
      const entry = { measure: 'events_attended', title: r.title, institution: r.institution, date: r.starts_at.slice(0, 10) };
      return r.eventStatus === 'cancelled'
        ? { ...entry, status: 'event_cancelled', counts: false, note: r.cancel_note ?? '' }
        : { ...entry, status: r.attended ? 'attended' : r.status, counts: r.attended === 1 };
    });
  },
});

addLearningSource({
  measure: 'clubs',
  async entries(db, userId) {
    const rows = await db
      .selectFrom('club_members as m')
      .innerJoin('clubs as c', 'c.id', 'm.club_id')
      .innerJoin('institutions as i', 'i.id', 'c.institution_id')
      .select(['c.name', 'i.name as institution', 'm.joined_on'])
      .where('m.user_id', '=', userId)
      .execute();
    return rows.map((r) => ({ measure: 'clubs', title: r.name, institution: r.institution, date: r.joined_on, status: 'member', counts: true }));
  },
});

/** The club sessions the person attended (as a member linked to their account): each an activity of its year. */
addLearningSource({
  measure: 'club_sessions',
  async entries(db, userId) {
    const rows = await db
      .selectFrom('club_attendance as a')
      .innerJoin('club_members as m', 'm.id', 'a.member_id')
      .innerJoin('club_sessions as s', 's.id', 'a.session_id')
      .innerJoin('clubs as c', 'c.id', 's.club_id')
      .innerJoin('institutions as i', 'i.id', 'c.institution_id')
      .select(['c.name', 'i.name as institution', 's.on_date'])
      .where('m.user_id', '=', userId)
      .execute();
    return rows.map((r) => ({ measure: 'club_sessions', title: r.name, institution: r.institution, date: r.on_date, status: 'attended', counts: true }));
  },
});

// A school programme a teacher booked for a class is the class's visit, not the teacher's own learning: not on the record.

export async function learningRecord(db: DB, userId: number): Promise<LearningEntry[]> {
  const all = (await Promise.all(sources.map((s) => s.entries(db, userId)))).flat();
  return all.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

export interface CriterionResult {
  code: string;
  name: string;
  threshold: number;
  value: number;
  met: boolean;
}

/** Whether an entry counts for a year: an activity in its own year, a club membership every year from its joining. */
export function countsIn(e: LearningEntry, year: number): boolean {
  return e.counts && (e.measure === 'clubs' ? e.date.slice(0, 4) <= String(year) : e.date.startsWith(String(year)));
}

/** The year's record against the "Công dân học tập" criteria (clubs count when still a member). */
export async function assessCitizen(db: DB, entries: LearningEntry[], year: number, lang: Lang): Promise<{ results: CriterionResult[]; met: boolean }> {
  const counted = entries.filter((e) => countsIn(e, year));
  const value = (measure: string) => (measure === 'activities' ? counted.length : counted.filter((e) => e.measure === measure).length);
  const results = (await listCriteria(db)).map((c) => {
    const v = value(c.measure);
    return { code: c.code, name: sayIn(lang, { vi: c.name_vi, en: c.name_en }), threshold: c.threshold, value: v, met: v >= c.threshold };
  });
  return { results, met: results.length > 0 && results.every((r) => r.met) };
}
