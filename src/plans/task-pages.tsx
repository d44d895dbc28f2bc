import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { typedDays } from '../core/web/typed-days.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { editablePlan } from './editable-plan.ts';
import { taskEvidence, type TaskEvidence } from './task-evidence.ts';
import { evidenceStatusName, plansErrors, plansText, TASK_STATUSES, taskStatusName } from './messages.ts';

function Evidence(p: { items: TaskEvidence[]; lang: Lang }) {
  if (p.items.length === 0) return null;
  return (
    <div class="evidence">
      <p>{plansText(p.lang).activitiesForTask}:</p>
      <ul>
        {p.items.map((e) => (
          <li data-evidence={e.kind}>
            <a href={e.url}>{e.title}</a> ({formatDate(e.date)}, {evidenceStatusName(p.lang, e.status)})
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A plan's tasks grouped by responsible agency, each with status, due date and evidence. */
export const taskPages = new Hono<AppEnv>()
  .use('/ke-hoach/:id/nhiem-vu', requireLogin())
  .use('/ke-hoach/:id/nhiem-vu/*', requireLogin())
  .get('/ke-hoach/:id/nhiem-vu', (c) => taskList(c))
  .post('/ke-hoach/:id/nhiem-vu/:taskId', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    const { db } = c.var.store;
    const task = await db
      .selectFrom('plan_tasks')
      .selectAll()
      .where('id', '=', Number(c.req.param('taskId')))
      .where('plan_id', '=', plan.id)
      .executeTakeFirst();
    if (!task) throw new UserError(plansErrors.taskNotFound(), 404);
    const body = await c.req.parseBody();
    const status = String(body.status ?? '');
    if (!TASK_STATUSES.includes(status as (typeof TASK_STATUSES)[number])) {
      throw new UserError(plansErrors.invalidTaskStatus(), 422, [{ said: plansErrors.taskStatuses(), field: 'status' }]);
    }
    const typedDue = String(body.due ?? '');
    let due: string | null;
    try {
      due = typedDays({ due: typedDue }, { due: {} }).due ?? null;
    } catch (err) {
      if (err instanceof UserError) return taskList(c, { taskId: task.id, due: typedDue, error: err });
      throw err;
    }
    const next = { status, due, evidence: String(body.evidence ?? '').trim() || null };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('plan_tasks')
        .set({ ...next, updated_by: c.var.principal.userId, updated_at: nowIso() })
        .where('id', '=', task.id)
        .execute();
      await audit(trx, {
        userId: c.var.principal.userId,
        action: 'update',
        entity: 'plan_task',
        key: String(task.id),
        oldValue: { status: task.status, due: task.due, evidence: task.evidence },
        newValue: next,
      });
    });
    return c.redirect(`/ke-hoach/${plan.id}/nhiem-vu#`, 303);
  });

/** A task's refused due date: the task, what was typed, why. */
interface DueAgain {
  taskId: number;
  due: string;
  error: UserError;
}

/** The tasks page; `again` is a refused due date shown beside its task's field as it was typed. */
async function taskList(c: AppContext & { var: { principal: NonNullable<AppContext['var']['principal']> } }, again?: DueAgain) {
  const plan = await editablePlan(c, Number(c.req.param('id')));
  const ctx = pageContext(c);
  const { lang } = ctx;
  const pt = plansText(lang);
  // a refused due date is shown beside its task's field, as it was typed
  const refusedDue = (taskId: number) => {
    const p = again?.taskId === taskId ? again.error.problems.find((x) => x.field === 'due') : undefined;
    return p ? sayIn(lang, p.said) : undefined;
  };
  const tasks = await c.var.store.db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', plan.id).orderBy('id').execute();
  const agencies = [...new Set(tasks.map((t) => t.agency))];
  const evidence = await taskEvidence(
    c.var.store.db,
    tasks.map((t) => t.id),
  );
  const title = pt.tasksByAgency;
  return c.html(
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/ke-hoach/${plan.id}`}>← {plan.number ?? plan.title}</a>
      </p>
      <h1>{title}</h1>
      {agencies.map((agency) => (
        <section>
          <h2>{agency}</h2>
          {tasks
            .filter((t) => t.agency === agency)
            .map((t) => (
              <form method="post" action={`/ke-hoach/${plan.id}/nhiem-vu/${t.id}`} class="task">
                <input type="hidden" name="_csrf" value={c.var.csrf} />
                <p>{t.text}</p>
                <label>
                  {pt.taskStatus}{' '}
                  <select name="status">
                    {TASK_STATUSES.map((s) => (
                      <option value={s} selected={t.status === s}>
                        {taskStatusName(lang, s)}
                      </option>
                    ))}
                  </select>
                </label>
                <label for={`due-${t.id}`}>{pt.due}</label>
                <DateHint id={`due-${t.id}`} lang={lang} />
                {refusedDue(t.id) ? (
                  <span class="field-error" id={`due-${t.id}-err`}>
                    {refusedDue(t.id)}
                  </span>
                ) : null}
                <DateInput
                  id={`due-${t.id}`}
                  name="due"
                  value={again?.taskId === t.id ? again.due : t.due}
                  errorId={refusedDue(t.id) ? `due-${t.id}-err` : undefined}
                  autofocus={refusedDue(t.id) !== undefined}
                />
                <label>
                  {ctx.t.evidence} <input name="evidence" value={t.evidence ?? ''} />
                </label>
                <Evidence items={evidence.get(t.id) ?? []} lang={lang} />
                <button type="submit">{ctx.t.save}</button>
              </form>
            ))}
        </section>
      ))}
    </Layout>,
    again ? 422 : 200,
  );
}
