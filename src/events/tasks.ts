import type { DB } from '../core/db/database.ts';
import { addTaskEvidenceProvider } from '../plans/task-evidence.ts';

/** Events tagged with a plan task are its evidence (the plans' task page lists them; plans import nothing of events). */
addTaskEvidenceProvider({
  kind: 'event',
  async evidenceFor(db, taskIds) {
    const rows = await db
      .selectFrom('event_tasks as t')
      .innerJoin('events as e', 'e.id', 't.event_id')
      .select(['t.task_id', 'e.id', 'e.title', 'e.starts_at', 'e.status'])
      .where('t.task_id', 'in', taskIds)
      .execute();
    return rows.map((r) => ({ taskId: r.task_id, kind: 'event', title: r.title, date: r.starts_at, status: r.status, url: `/su-kien/${r.id}` }));
  },
});

/** Plan tasks an institution's event may fulfil: tasks of its own plans and of the plans of the units it lies in. */
export async function tasksFor(db: DB, institutionId: number) {
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.text', 't.agency', 'p.number', 'p.title'])
    .where((eb) =>
      eb.or([
        eb('p.institution_id', '=', institutionId),
        eb(
          'p.unit_id',
          'in',
          eb
            .selectFrom('unit_closure as c')
            .innerJoin('institution_units as iu', 'iu.unit_id', 'c.descendant_id')
            .select('c.ancestor_id')
            .where('iu.institution_id', '=', institutionId)
            .where('iu.valid_to', 'is', null),
        ),
      ]),
    )
    .orderBy('p.id')
    .orderBy('t.id')
    .limit(200)
    .execute();
}

export async function tasksByIds(db: DB, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('plan_tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.text', 'p.number', 'p.title'])
    .where('t.id', 'in', ids)
    .execute();
}
