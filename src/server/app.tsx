import { databaseUnavailable } from '../core/db/unavailable.ts';
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { Config } from '../core/config.ts';
import type { Store } from '../core/db/database.ts';
import { databaseAnswers } from '../core/db/ping.ts';
import { coreErrors, errorJson, UserError } from '../core/errors.ts';
import { messages, pickLang, sayIn } from '../core/i18n/index.ts';
import type { AppEnv } from '../core/web/env.ts';
import { ErrorPage } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { apiApp } from '../core/web/api-kit.ts';
import { HTML_CSP, SECURITY_HEADERS } from '../core/web/security-headers.ts';
import { HSTS, isHttps } from '../core/web/client.ts';
import { ASSET_PATH, assetRoute } from '../core/web/assets.ts';
import { identify, SESSION_COOKIE } from '../accounts/middleware.ts';
import { sessionFor } from '../accounts/sessions.ts';
import { limitBodies } from '../core/web/body-limit.ts';
import { requestId } from '../core/web/request-id.ts';
import { errorFields, logLine } from '../core/log.ts';
import { accountPages } from '../accounts/pages.tsx';
import { peopleApi } from '../accounts/people-api.ts';
import { adminHome } from '../admin/home.tsx';
import { peoplePages } from '../admin/people-pages.tsx';
import { auditPages } from '../admin/audit-page.tsx';
import { auditApi } from '../admin/api.ts';
import { networkApi, registryApi } from '../network/api.ts';
import { institutionAdminPages } from '../network/institution-routes.tsx';
import { placePages, placeUploads } from '../network/place-routes.tsx';
import { institutionImportApi } from '../network/institution-import-api.ts';
import { institutionImportPages, institutionImportUploads } from '../network/institution-import-page.tsx';
import { builderPages } from '../indicators/builder-routes.tsx';
import { elementPages } from '../statistics/element-pages.tsx';
import { analyticsApi, definitionsApi, indicatorsApi } from '../indicators/api.ts';
import { elementsApi, rulesApi, statisticsApi, statisticsApiUploads } from '../statistics/api.ts';
import { dashboardPages } from '../dashboards/pages.tsx';
import { analysisPage } from '../dashboards/analysis-page.tsx';
import { mapPage } from '../dashboards/map-page.tsx';
import { importPages, importUploads } from '../statistics/import-page.tsx';
import { institutionPages, statisticsAssets, statisticsUploads } from '../statistics/pages.tsx';
import { notePages } from '../statistics/note-pages.tsx';
import { rulePages } from '../statistics/rules-pages.tsx';
import { planPages } from '../plans/pages.tsx';
import { planUploads, reviewAssets, reviewPages } from '../plans/review-pages.tsx';
import { taskPages } from '../plans/task-pages.tsx';
import { calendarPages } from '../plans/calendar-page.tsx';
import { plansApi } from '../plans/api.ts';
import { reportPages, reportsApi, reportUploads } from '../reporting/index.ts';
import { libraryAssets, libraryRoutes, libraryUploads } from '../library/routes.ts';
import { libraryApi } from '../library/api.ts';
import { cultureApis, cultureAssets, cultureUploads, microCache, mountCulturePages, rememberPlace } from './culture-routes.ts';
import { successionApi } from '../succession/api.ts';
import { successionPages } from '../succession/pages.tsx';

/** The page a form was sent from (its Referer, when on this site), else the address it was sent to. */
function formBehind(referer: string | undefined, url: string): string {
  const here = new URL(url);
  try {
    const from = new URL(referer ?? '');
    if (from.host === here.host) return from.pathname + from.search;
  } catch {
    // no or a broken Referer
  }
  return here.pathname;
}

/**
 * What an anonymous visitor reads without having written anything: the public pages (dashboards, portal, events,
 * searches, analysis, map) and the public reading API. Such a request may read from a replica (`reads`); anything
 * else — a write, a signed-in person (who must see what they just wrote), a form — reads from the primary.
 */
const PUBLIC_READING =
  /^\/(?:$|don-vi(?:\/|$)|tong-quan$|noi\/|cong-dan$|su-kien(?:\/|$)|tim-kiem$|tra-cuu(?:\/|$)|phan-tich$|ban-do$|api\/v1\/(?:analytics|indicators|units)(?:\/|$|\?))/;
const readsAnonymously = (method: string, path: string, cookie: string | undefined, authorization: string | undefined) =>
  (method === 'GET' || method === 'HEAD') && !authorization && !/(?:^|;\s*)sid=/.test(cookie ?? '') && PUBLIC_READING.test(path);

/**
 * The composition root: every capability's pages and API mounted on one Hono app. `reads`, when given (read
 * replicas, core/db/replicas.ts), serves the anonymous public reading.
 */
export function createApp(store: Store, config: Config, reads?: Store) {
  const app = new Hono<AppEnv>();

  // first of all, no middleware: liveness is the event loop answering; readiness is the database answering too
  app.get('/healthz', (c) => c.text('ok'));
  app.get('/readyz', async (c) => ((await databaseAnswers(store.db)) ? c.text('ok') : c.text('database not answering', 503)));

  // then: every request has an id, answered and logged with it
  app.use('*', requestId());
  // then: an answer over HTTPS carries HSTS, one from the micro-cache too
  app.use('*', async (c, next) => {
    c.set('config', config);
    await next();
    if (isHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
  });
  // then: an anonymous visitor's public page from memory costs no other middleware (portal/micro-cache.ts)
  // outside the kept-pages cache: a place's page served from it is remembered too
  app.use('/noi/*', rememberPlace);
  app.use('*', microCache(store));
  app.use('*', async (c, next) => {
    c.set('store', reads && readsAnonymously(c.req.method, c.req.path, c.req.header('cookie'), c.req.header('authorization')) ? reads : store);
    c.set('config', config);
    const lang = pickLang(c.req.query('lang'), getCookie(c, 'lang'));
    if (c.req.query('lang') && c.req.query('lang') !== getCookie(c, 'lang')) setCookie(c, 'lang', lang, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400 });
    c.set('lang', lang);
    c.set('t', messages(lang));
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('Content-Security-Policy', HTML_CSP);
  });
  // the modules' static files (scripts enhancing pages that work without them): no session, no body
  app.get(`${ASSET_PATH}/:name`, assetRoute({ ...statisticsAssets, ...libraryAssets, ...cultureAssets, ...reviewAssets }));
  // bodies are bounded while they stream, before the CSRF check (identify) or any route reads them (core/web/body-limit.ts)
  const uploads = [
    ...importUploads,
    ...statisticsUploads,
    ...statisticsApiUploads,
    ...planUploads,
    ...reportUploads,
    ...libraryUploads,
    ...cultureUploads,
    ...placeUploads,
    ...institutionImportUploads,
  ];
  app.use(
    '*',
    limitBodies(uploads, async (c) => {
      if (/^Bearer\s/i.test(c.req.header('authorization') ?? '')) return true;
      const sid = getCookie(c, SESSION_COOKIE);
      return sid !== undefined && (await sessionFor(store.db, sid)) !== undefined;
    }),
  );
  app.use('*', identify());

  const api = apiApp();
  api.route('/', networkApi);
  api.route('/', institutionImportApi);
  api.route('/', registryApi);
  api.route('/', indicatorsApi);
  api.route('/', analyticsApi);
  api.route('/', definitionsApi);
  api.route('/', statisticsApi);
  api.route('/', elementsApi);
  api.route('/', rulesApi);
  api.route('/', plansApi);
  api.route('/', reportsApi);
  api.route('/', libraryApi);
  api.route('/', successionApi);
  api.route('/', peopleApi);
  api.route('/', auditApi);
  for (const a of cultureApis) api.route('/', a);
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Lifelong API', version: '1', description: 'Học tập suốt đời: network, statistics, indicators.' },
  });
  app.route('/api/v1', api);

  app.route('/', accountPages);
  app.route('/', dashboardPages);
  app.route('/', analysisPage);
  app.route('/', mapPage);
  app.route('/', institutionPages);
  app.route('/', importPages);
  app.route('/', notePages);
  app.route('/', rulePages);
  // before the institutions' pages: /quan-tri/co-so/nhap is no institution's code
  app.route('/', institutionImportPages);
  app.route('/', institutionAdminPages);
  app.route('/', placePages);
  app.route('/', builderPages);
  app.route('/', elementPages);
  app.route('/', reviewPages);
  app.route('/', taskPages);
  app.route('/', calendarPages);
  app.route('/', planPages);
  app.route('/', reportPages);
  app.route('/', successionPages);
  app.route('/', adminHome);
  app.route('/', peoplePages);
  app.route('/', auditPages);
  app.route('/', libraryRoutes);
  mountCulturePages(app);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json(errorJson(new UserError(coreErrors.noRoute(), 404)), 404);
    const ctx = pageContext(c);
    return c.html(<ErrorPage ctx={ctx} title={ctx.t.errorTitle} message={ctx.t.notFound} />, 404);
  });

  app.onError((err, c) => {
    if (databaseUnavailable(err)) {
      // the database restarting: said in words with a time to try again; the pool reconnects by itself
      logLine('warn', 'database unavailable', { request: c.get('requestId'), method: c.req.method, path: c.req.path, error: err.message });
      err = new UserError(coreErrors.databaseUnavailable(), 503);
      c.header('Retry-After', '30');
    }
    const status = err instanceof UserError ? err.status : err instanceof HTTPException ? (err.status as 400) : 500;
    if (status === 500) logLine('error', 'request failed', { request: c.get('requestId'), method: c.req.method, path: c.req.path, ...errorFields(err) });
    // a refused body may be unread still: the connection ends with the answer (no client sends on into it)
    if (status === 413) c.header('Connection', 'close');
    // a UserError says what it says; a server fault says only that it happened (the details go to the log)
    const said = err instanceof UserError ? err.said : status === 500 ? coreErrors.internal() : undefined;
    if (c.req.path.startsWith('/api/') || c.req.header('accept')?.includes('application/json')) {
      const body = err instanceof UserError ? errorJson(err) : said ? { code: said.code, error: said.vi, errorEn: said.en } : { error: err.message };
      return c.json(body, status);
    }
    const ctx = pageContext(c);
    const details =
      err instanceof UserError
        ? err.problems.map((p) => `${p.row !== undefined ? `${ctx.t.row} ${p.row}, ` : ''}${p.field ?? ''}: ${sayIn(ctx.lang, p.said)}`)
        : [];
    // a refused upload: the person goes back to the form they sent it from
    const back = status === 413 ? formBehind(c.req.header('referer'), c.req.url) : undefined;
    // a server fault: the page names the request (its log line has the details), never the error itself
    const reference = status === 500 ? c.get('requestId') : undefined;
    return c.html(
      <ErrorPage ctx={ctx} title={ctx.t.errorTitle} message={said ? sayIn(ctx.lang, said) : err.message} details={details} back={back} reference={reference} />,
      status,
    );
  });

  return app;
}
