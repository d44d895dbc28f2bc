import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { UserError, notFound } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { editablePlan } from './review-pages.tsx';
import { taskEvidence, type TaskEvidence } from './task-evidence.ts';

const evidenceStatus = (s: string, lang: 'vi' | 'en') =>
  (lang === 'en' ? { published: 'planned', held: 'held', cancelled: 'cancelled' } : { published: 'sắp diễn ra', held: 'đã tổ chức', cancelled: 'đã hủy' })[s as 'held'] ?? s;

function Evidence(p: { items: TaskEvidence[]; lang: 'vi' | 'en' }) {
  if (p.items.length === 0) return null;
  return (
    <div class="evidence">
      <p>{p.lang === 'en' ? 'Activities recorded for this task' : 'Hoạt động đã ghi nhận cho nhiệm vụ'}:</p>
      <ul>{p.items.map((e) => <li data-evidence={e.kind}><a href={e.url}>{e.title}</a> ({e.date.slice(0, 10)}, {evidenceStatus(e.status, p.lang)})</li>)}</ul>
    </div>
  );
}

const STATUSES = ['todo', 'doing', 'done'] as const;
const statusLabel = (s: string, lang: 'vi' | 'en') =>
  (lang === 'en' ? { todo: 'Not started', doing: 'In progress', done: 'Done' } : { todo: 'Chưa thực hiện', doing: 'Đang thực hiện', done: 'Hoàn thành' })[s as 'todo'] ?? s;

/** A plan's tasks grouped by responsible agency, each with status, due date and evidence. */
export const taskPages = new Hono<AppEnv>()
  .use('/ke-hoach/:id/nhiem-vu', requireLogin())
  .use('/ke-hoach/:id/nhiem-vu/*', requireLogin())
  .get('/ke-hoach/:id/nhiem-vu', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    const ctx = pageContext(c);
    const { lang } = ctx;
    const tasks = await c.var.store.db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', plan.id).orderBy('id').execute();
    const agencies = [...new Set(tasks.map((t) => t.agency))];
    const evidence = await taskEvidence(c.var.store.db, tasks.map((t) => t.id));
    const title = lang === 'en' ? 'Tasks by agency' : 'Nhiệm vụ theo cơ quan';
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p><a href={`/ke-hoach/${plan.id}`}>← {plan.number ?? plan.title}</a></p>
        <h1>{title}</h1>
        {agencies.map((agency) => (
          <section>
            <h2>{agency}</h2>
            {tasks.filter((t) => t.agency === agency).map((t) => (
              <form method="post" action={`/ke-hoach/${plan.id}/nhiem-vu/${t.id}`} class="task">
                <input type="hidden" name="_csrf" value={c.var.csrf} />
                <p>{t.text}</p>
                <label>{lang === 'en' ? 'Status' : 'Trạng thái'}{' '}
                  <select name="status">{STATUSES.map((s) => <option value={s} selected={t.status === s}>{statusLabel(s, lang)}</option>)}</select>
                </label>
                <label>{lang === 'en' ? 'Due' : 'Hạn'} <input type="date" name="due" value={t.due ?? ''} /></label>
                <label>{lang === 'en' ? 'Evidence' : 'Minh chứng'} <input name="evidence" value={t.evidence ?? ''} /></label>
                <Evidence items={evidence.get(t.id) ?? []} lang={lang} />
                <button type="submit">{ctx.t.save}</button>
              </form>
            ))}
          </section>
        ))}
      </Layout>,
    );
  })
  .post('/ke-hoach/:id/nhiem-vu/:taskId', async (c) => {
    const plan = await editablePlan(c, Number(c.req.param('id')));
    const { db } = c.var.store;
    const task = await db.selectFrom('plan_tasks').selectAll().where('id', '=', Number(c.req.param('taskId'))).where('plan_id', '=', plan.id).executeTakeFirst();
    if (!task) throw notFound('nhiệm vụ', 'Task');
    const body = await c.req.parseBody();
    const status = String(body.status ?? '');
    if (!STATUSES.includes(status as (typeof STATUSES)[number])) throw new UserError('Trạng thái không hợp lệ.', 422, [{ field: 'status', message: STATUSES.join(' | ') }]);
    const due = String(body.due ?? '').trim() || null;
    if (due !== null && !/^\d{4}-\d{2}-\d{2}$/.test(due)) throw new UserError('Hạn phải là ngày (YYYY-MM-DD).', 422, [{ field: 'due', message: due }]);
    const next = { status, due, evidence: String(body.evidence ?? '').trim() || null };
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('plan_tasks').set({ ...next, updated_by: c.var.principal?.userId ?? null, updated_at: nowIso() }).where('id', '=', task.id).execute();
      await audit(trx, { userId: c.var.principal?.userId ?? null, action: 'update', entity: 'plan_task', key: String(task.id), oldValue: { status: task.status, due: task.due, evidence: task.evidence }, newValue: next });
    });
    return c.redirect(`/ke-hoach/${plan.id}/nhiem-vu#`, 303);
  });
