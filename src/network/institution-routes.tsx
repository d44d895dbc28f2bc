import { parseDate } from '../core/i18n/parse-date.ts';
import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { UserError, type Problem } from '../core/errors.ts';
import type { Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { DB } from '../core/db/database.ts';
import { addInstitution } from './institution-admin.ts';
import { changeInstitution } from './institution-edits.ts';
import { networkErrors as E } from './messages.ts';
import { findUnitChoices, unitChoices, type UnitChoice } from './unit-picker.ts';
import { inputOf } from './institution-form-values.ts';
import { INSTITUTIONS_BASE } from './institution-paths.ts';
import { listPage } from './institution-list-page.tsx';
import { institutionPage } from './institution-detail-page.tsx';

/** The unit a typed name names among the person's choices, or the problem at `field`. */
function chosenUnit(choices: UnitChoice[], typed: string, field: string): { unit?: UnitChoice; problem?: Problem } {
  const found = findUnitChoices(choices, typed);
  if (found.exact) return { unit: found.exact };
  if (typed.trim() === '') return { problem: { field, said: E.unitMissing() } };
  if (found.matches.length > 1) return { problem: { field, said: E.unitAmbiguous({ n: found.matches.length, typed: typed.trim() }) } };
  return { problem: { field, said: E.unitNotFoundByName({ typed: typed.trim() }) } };
}

/** A posted form's text fields. */
async function body(c: AppContext): Promise<Record<string, string>> {
  const b = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(b)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** A day typed in a form, or the problem at its field. */
function typedDay(text: string | undefined, field: string): { day?: string; problem?: Problem } {
  const day = parseDate(text ?? '');
  return day ? { day } : { problem: { field, said: E.dateNeeded() } };
}

/** Runs a change; a refusal (422) comes back as the page with what was typed. */
async function refusedAgain(run: () => Promise<void>, again: (e: UserError) => Promise<Response>, done: () => Response): Promise<Response> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UserError && e.status === 422) return again(e);
    throw e;
  }
  return done();
}

const refuse = (problems: Problem[]) => new UserError(E.institutionInvalid(), 422, problems);

async function unitFor(db: DB, who: Principal, lang: Lang, typed: string, field: string) {
  return chosenUnit(await unitChoices(db, who, lang), typed, field);
}

/** The institutions' routes: the list and a new institution, an institution's page, its details, move and closing. */
export const institutionAdminPages = new Hono<AppEnv>()
  .use(`${INSTITUTIONS_BASE}`, requireLogin())
  .use(`${INSTITUTIONS_BASE}/*`, requireLogin())
  .get(INSTITUTIONS_BASE, (c) => listPage(c))
  .post(INSTITUTIONS_BASE, async (c) => {
    const who = signedIn(c);
    const typed = await body(c);
    const lang = c.var.lang;
    const unit = await unitFor(c.var.store.db, who, lang, typed.unit ?? '', 'unit');
    const since = typedDay(typed.since, 'since');
    return refusedAgain(
      () =>
        addInstitution(
          c.var.store.db,
          who,
          { ...inputOf(typed, lang), unitId: unit.unit?.id, since: since.day },
          [unit.problem, since.problem].filter((x): x is Problem => x !== undefined),
        ),
      (e) => listPage(c, { error: e, typed }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(typed.code ?? '')}?xong=them`, 303),
    );
  })
  .get(`${INSTITUTIONS_BASE}/:code`, (c) => institutionPage(c))
  .post(`${INSTITUTIONS_BASE}/:code/sua`, async (c) => {
    const typed = await body(c);
    const { code: _code, ...details } = inputOf(typed, c.var.lang);
    return refusedAgain(
      () => changeInstitution(c.var.store.db, signedIn(c), c.req.param('code'), details),
      (e) => institutionPage(c, { error: e, typed, form: 'details' }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(c.req.param('code'))}?xong=sua`, 303),
    );
  })
  .post(`${INSTITUTIONS_BASE}/:code/chuyen`, async (c) => {
    const who = signedIn(c);
    const typed = await body(c);
    const unit = await unitFor(c.var.store.db, who, c.var.lang, typed.unit ?? '', 'unit');
    const from = typedDay(typed.from, 'from');
    return refusedAgain(
      async () => {
        const problems = [unit.problem, from.problem].filter((x): x is Problem => x !== undefined);
        if (problems.length > 0) throw refuse(problems);
        await changeInstitution(c.var.store.db, who, c.req.param('code'), { move: { unitId: unit.unit!.id, from: from.day! } });
      },
      (e) => institutionPage(c, { error: e, typed, form: 'move' }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(c.req.param('code'))}?xong=chuyen`, 303),
    );
  })
  .post(`${INSTITUTIONS_BASE}/:code/dong`, async (c) => {
    const typed = await body(c);
    const on = typedDay(typed.closedOn, 'closedOn');
    return refusedAgain(
      async () => {
        if (on.problem) throw refuse([on.problem]);
        await changeInstitution(c.var.store.db, signedIn(c), c.req.param('code'), { close: { on: on.day! } });
      },
      (e) => institutionPage(c, { error: e, typed, form: 'close' }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(c.req.param('code'))}?xong=dong`, 303),
    );
  });
