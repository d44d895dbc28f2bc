import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { formatNumber } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { loadBuiltinMap } from './map-preview.ts';
import type { BuiltinMap } from './map-import.ts';
import { placeAdminText, placeErrors as P } from './messages.ts';
import { editPopulation, importPopulation } from './population.ts';
import { managers } from './place-access.ts';
import { IMPORT_PATH, MAPS_PATH, PLACES_BASE, UNIT_BASE, unitHref } from './place-paths.ts';
import { treePage } from './place-list-page.tsx';
import { unitPage } from './place-detail-page.tsx';
import { importPage } from './place-import-page.tsx';
import { mapName, mapsPage } from './place-maps-page.tsx';

const MAX_FILE = 5 * 1024 * 1024;

/** The population file's upload may be larger than a page form. */
export const placeUploads: UploadLimit[] = [{ path: /^\/quan-tri\/dia-ban\/dan-so$/, maxBytes: MAX_FILE + FORM_LIMIT }];

async function fileText(v: unknown): Promise<string | undefined> {
  if (v instanceof File && v.size > 0) return v.text();
  return undefined;
}

/** The places' routes: the tree, a unit's page and its population, the population file, the shipped maps. */
export const placePages = new Hono<AppEnv>()
  .use(PLACES_BASE, requireLogin())
  .use(`${PLACES_BASE}/*`, requireLogin())
  .get(PLACES_BASE, (c) => treePage(c))
  .get(IMPORT_PATH, (c) => importPage(c))
  .post(IMPORT_PATH, async (c) => {
    const who = managers(c);
    const body = await c.req.parseBody();
    const carried = typeof body['noi-dung'] === 'string' ? Buffer.from(body['noi-dung'], 'base64').toString('utf8') : undefined;
    const text = carried ?? (await fileText(body.file));
    if (text === undefined) return importPage(c, { error: new UserError(P.csvNoFile(), 422, [{ field: 'file', said: P.csvNoFile() }]) });
    const apply = body.buoc === 'nap';
    try {
      const plan = await importPopulation(c.var.store.db, who, text, { apply, lang: c.var.lang });
      return importPage(c, { plan, applied: apply, text });
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return importPage(c, { error: e });
      throw e;
    }
  })
  .get(MAPS_PATH, (c) => mapsPage(c))
  .post(MAPS_PATH, async (c) => {
    const who = signedIn(c);
    const body = await c.req.parseBody();
    const map = typeof body.map === 'string' ? body.map : '';
    const summary = await loadBuiltinMap(c.var.store.db, who, map);
    const s = placeAdminText(c.var.lang);
    const name = mapName(c.var.lang, map as BuiltinMap);
    const done = summary.mergers
      ? s.loadedMergers({ map: name, links: formatNumber(c.var.lang, summary.mergers.links) })
      : s.loaded({
          map: name,
          created: formatNumber(c.var.lang, summary.created),
          updated: formatNumber(c.var.lang, summary.updated),
          unchanged: formatNumber(c.var.lang, summary.unchanged),
        });
    return mapsPage(c, done);
  })
  .get(`${UNIT_BASE}/:code`, (c) => unitPage(c))
  .post(`${UNIT_BASE}/:code/dan-so`, async (c) => {
    const who = managers(c);
    const body = await c.req.parseBody();
    const typed = { year: String(body.year ?? ''), total: String(body.total ?? '') };
    try {
      const change = await editPopulation(c.var.store.db, who, c.req.param('code'), typed, c.var.lang);
      return c.redirect(`${unitHref(c.req.param('code'))}?da-luu=${change.year}#population-h`, 303);
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return unitPage(c, { error: e, typed });
      throw e;
    }
  });
