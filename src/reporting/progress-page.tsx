import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, UserError } from '../core/errors.ts';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { todayLocal } from '../core/time.ts';
import { networkErrors } from '../network/messages.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit, unitById, type Unit } from '../network/units.ts';
import { confirmed, confirmPage } from './confirm.tsx';
import { completeness } from './completeness.ts';
import { ensureCycle } from './cycles.ts';
import { reportPath } from './labels.ts';
import { reportingText } from './messages.ts';
import { ChildrenTable, RatesTable } from './progress-view.tsx';
import { ratesBelow } from './rates.ts';
import { ReminderSection, reminderPage } from './reminder-page.tsx';
import { mayRemind, reminderList } from './reminders.ts';
import { setCycleClosed } from './workflow.ts';

/**
 * Completeness and timeliness for a unit: the rates of every level below it (submitted, on time, approved), then its
 * children with their status, deadline and days late, each with a link to its own progress (the drill-down).
 */
export const progressPage = new Hono<AppEnv>()
  .use('/bao-cao/:code/:year/tien-do', requireLogin())
  .route('/', reminderPage)
  .get('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const unit = await findUnit(db, c.req.param('code'));
    const year = Number(c.req.param('year'));
    if (!unit || !Number.isInteger(year)) throw new UserError(networkErrors.unitNotFound(), 404);
    if (!(await canReadUnit(db, c.var.principal, unit.id))) throw forbidden();
    const ctx = pageContext(c);
    const { lang } = ctx;
    const t = reportingText(lang);
    const today = todayLocal();
    const [p, rates] = await Promise.all([completeness(db, unit, year, today), ratesBelow(db, unit.id, year)]);
    const title = t.progressTitle({ year, unit: unit.name });
    const canClose = c.var.principal.role === 'admin' || c.var.principal.role === 'official';
    const list = (await mayRemind(db, c.var.principal, unit)) ? await reminderList(db, unit, year, today, p) : undefined;
    const ok = c.req.query('ok');
    const parent = unit.parentId !== null && (await canReadUnit(db, c.var.principal, unit.parentId)) ? await unitById(db, unit.parentId) : undefined;
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p>
          <a href={reportPath(unit.code, year)}>← {t.reportOf({ unit: unit.name })}</a>
          {parent ? (
            <>
              {' · '}
              <a href={`${reportPath(parent.code, year)}/tien-do`}>↑ {t.progressUp({ unit: parent.name })}</a>
            </>
          ) : null}
        </p>
        <h1>{title}</h1>
        {ok === 'khoa' || ok === 'mo' ? <p role="status">{ok === 'khoa' ? t.cycleClosedDone : t.cycleReopenedDone}</p> : null}
        {ok === 'nhac' ? (
          <p role="status" class="ok">
            {t.remindedDone({ n: formatNumber(lang, Number(c.req.query('n') ?? 0), 0), mails: formatNumber(lang, Number(c.req.query('m') ?? 0), 0) })}
          </p>
        ) : null}
        {ok === 'nhac-roi' ? <p role="status">{t.remindedNothing}</p> : null}
        <p>
          {t.due}: {formatDate(p.cycle.deadline)}
          {p.cycle.closedAt ? t.cycleClosed : ''} · <span data-summary="">{t.progressSummary({ ...p, total: p.children.length })}</span>
        </p>
        {p.children.length === 0 ? (
          <p>{t.noReporters({ year, unit: unit.name })}</p>
        ) : (
          <>
            <h2 id="rates-h">{t.ratesTitle}</h2>
            <RatesTable lang={lang} year={year} levels={rates.levels} />
            <h2 id="children-h">{t.unitsBelow}</h2>
            <ChildrenTable lang={lang} year={year} p={p} rates={rates} />
          </>
        )}
        {list ? <ReminderSection lang={lang} unit={unit} year={year} list={list} csrf={c.var.csrf} /> : null}
        {canClose ? (
          <form method="post" action={`${reportPath(unit.code, year)}/tien-do`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <input type="hidden" name="closed" value={p.cycle.closedAt ? '0' : '1'} />
            <button type="submit">{p.cycle.closedAt ? t.reopenCycle : t.closeCycle}</button>
          </form>
        ) : null}
      </Layout>,
    );
  })
  .get('/bao-cao/:code/:year/tien-do/khoa', async (c) => {
    const { unit, year } = await cycleUnit(c);
    return confirmCycle(c, unit, year, c.req.query('closed') !== '0');
  })
  .post('/bao-cao/:code/:year/tien-do', async (c) => {
    const { db } = c.var.store;
    const { unit, year } = await cycleUnit(c);
    const body = await c.req.parseBody();
    const closing = body.closed === '1';
    // one click locks a whole cycle: the click asks first (no JavaScript needed), the confirmed post acts
    if (!confirmed(body)) return confirmCycle(c, unit, year, closing);
    const cycle = await ensureCycle(db, unit.id, year);
    await setCycleClosed(db, cycle.id, unit.id, c.var.principal, closing);
    return c.redirect(`${reportPath(unit.code, year)}/tien-do?ok=${closing ? 'khoa' : 'mo'}`, 303);
  });

async function cycleUnit(c: AppContext): Promise<{ unit: Unit; year: number }> {
  const unit = await findUnit(c.var.store.db, c.req.param('code') ?? '');
  const year = Number(c.req.param('year'));
  if (!unit || !Number.isInteger(year)) throw new UserError(networkErrors.unitNotFound(), 404);
  if (!(await canReadUnit(c.var.store.db, c.var.principal, unit.id))) throw forbidden();
  return { unit, year };
}

/** "Bạn có chắc…?" before closing (or reopening) a cycle, with how many units below it shuts out. */
async function confirmCycle(c: AppContext, unit: Unit, year: number, closing: boolean) {
  const t = reportingText(pageContext(c).lang);
  const { missing } = await completeness(c.var.store.db, unit, year);
  const params = { year, unit: unit.name, missing };
  return confirmPage(c, {
    action: `${reportPath(unit.code, year)}/tien-do`,
    verb: closing ? t.doCloseCycle : t.doReopenCycle,
    effect: closing ? t.closeCycleEffect(params) : t.reopenCycleEffect(params),
    fields: { closed: closing ? '1' : '0' },
    back: `${reportPath(unit.code, year)}/tien-do`,
  });
}
