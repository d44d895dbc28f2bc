import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { parseDate } from '../core/i18n/parse-date.ts';
import { findUnitChoices, unitChoices } from '../network/unit-picker.ts';
import { listElements } from '../statistics/elements.ts';
import { dataYears } from '../statistics/years.ts';
import { listIndicators, type Indicator } from './catalogue.ts';
import { defineIndicator, definitionProblems, redefineIndicator, retireIndicator } from './definitions.ts';
import { dashboardFor } from './evaluate.ts';
import { indicatorsErrors as E } from './messages.ts';
import { INDICATORS_BASE } from './builder-address.ts';
import { adminOnly } from './builder-access.ts';
import { definitionOf, one, onTheForm, typedBody, typedOf } from './builder-form.ts';
import { builderPage } from './builder-page.tsx';

/** A preview or a save of the builder's form (a new indicator, or `editing`). */
async function submit(c: AppContext, editing?: Indicator) {
  const who = adminOnly(c);
  const { db } = c.var.store;
  const lang = c.var.lang;
  const typed = await typedBody(c);
  const elements = await listElements(db);
  const code = editing?.code ?? one(typed, 'code').trim();
  const { indicator, pageProblems, rowOf } = definitionOf(typed, lang, elements, code);
  const refused = (said: UserError['said'], problems: Problem[]) => builderPage(c, { typed, error: new UserError(said, 422, problems) }, editing);
  if (one(typed, 'action') === 'preview') {
    const problems = [...pageProblems, ...onTheForm(await definitionProblems(db, indicator, true), rowOf)];
    const place = findUnitChoices(await unitChoices(db, who, lang), one(typed, 'place')).exact;
    if (!place) problems.push({ field: 'place', said: E.previewNeedsPlace() });
    if (problems.length > 0 || !place) return refused(E.previewRefused(), problems);
    const year = Number(one(typed, 'year')) || (await dataYears(db)).latest;
    const [row] = await dashboardFor(db, { id: place.id, code: place.code }, year, lang, { catalogue: [indicator], targets: new Map() });
    return builderPage(
      c,
      {
        typed,
        preview: { unit: place.label, year, value: row?.value ?? null, numerator: row?.numerator ?? null, denominator: row?.denominator ?? null },
      },
      editing,
    );
  }
  try {
    if (pageProblems.length > 0) {
      const rest = onTheForm(await definitionProblems(db, indicator, editing !== undefined), rowOf);
      return refused(E.invalidDefinition(), [...pageProblems, ...rest.filter((p) => !pageProblems.some((x) => x.field === p.field))]);
    }
    if (editing) await redefineIndicator(db, who, editing.code, indicator);
    else await defineIndicator(db, who, indicator);
  } catch (e) {
    if (e instanceof UserError && e.status === 422) return refused(e.said, onTheForm(e.problems, rowOf));
    throw e;
  }
  return c.redirect(`${INDICATORS_BASE}/${code}?xong=luu`, 303);
}

async function indicatorOf(c: AppContext): Promise<Indicator> {
  const found = (await listIndicators(c.var.store.db)).find((i) => i.code === c.req.param('code'));
  if (!found) throw notFound('chỉ số', 'Indicator');
  return found;
}

/** The builder's routes: the list and a new indicator, an indicator's own page, its retirement. */
export const builderPages = new Hono<AppEnv>()
  .use(INDICATORS_BASE, requireLogin())
  .use(`${INDICATORS_BASE}/*`, requireLogin())
  .get(INDICATORS_BASE, (c) => builderPage(c, { typed: {} }))
  .post(INDICATORS_BASE, (c) => submit(c))
  .get(`${INDICATORS_BASE}/:code`, async (c) => {
    const ind = await indicatorOf(c);
    return builderPage(c, { typed: typedOf(c.var.lang, ind, await listElements(c.var.store.db)) }, ind);
  })
  .post(`${INDICATORS_BASE}/:code`, async (c) => submit(c, await indicatorOf(c)))
  .post(`${INDICATORS_BASE}/:code/ngung`, async (c) => {
    const who = adminOnly(c);
    const ind = await indicatorOf(c);
    const typed = await typedBody(c);
    const on = parseDate(one(typed, 'retiredOn'));
    try {
      if (!on) throw new UserError(E.invalidDefinition(), 422, [{ field: 'retiredOn', said: E.dateNeeded() }]);
      await retireIndicator(c.var.store.db, who, ind.code, on);
    } catch (e) {
      if (e instanceof UserError && e.status === 422)
        return builderPage(c, { typed: { ...typedOf(c.var.lang, ind, await listElements(c.var.store.db)), ...typed }, error: e }, ind);
      throw e;
    }
    return c.redirect(`${INDICATORS_BASE}/${ind.code}?xong=ngung`, 303);
  });
