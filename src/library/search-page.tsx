import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import type { Segment, SearchHit } from '../search/index.ts';
import { availability, type Availability } from './items.ts';
import { facetValueName, search } from '../search/index.ts';
import { deskText } from './desk-messages.ts';
import { searchText, searchValueName } from './search-messages.ts';

const FACETS = ['kind', 'library', 'audience', 'language', 'year', 'subject'] as const;
const PAGE = 20;

const Marked = (props: { segments: Segment[] }) => <>{props.segments.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}</>;

function link(params: URLSearchParams, change: (p: URLSearchParams) => void): string {
  const p = new URLSearchParams(params);
  p.delete('trang');
  change(p);
  return `/tra-cuu?${p.toString()}`;
}

async function libraryNames(c: AppContext, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await c.var.store.db.selectFrom('institutions').select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

const Copies = (props: { lang: Lang; list: Availability[] | undefined }) =>
  props.list?.length ? (
    <ul class="copies">
      {props.list.map((a) => (
        <li>
          {a.name}: {a.available} {searchText(props.lang).available} {searchText(props.lang).of} {a.total}
          {a.away ? ` (${searchText(props.lang).inRotation})` : ''}
        </li>
      ))}
    </ul>
  ) : null;

/** Filters beside the results on a wide screen; on a phone the results first, the filters after them. */
const SEARCH_LAYOUT =
  '.search-layout{display:grid;gap:1.5rem;grid-template-columns:1fr}.search-filters{order:2}' +
  '@media (min-width:48em){.search-layout{grid-template-columns:minmax(12rem,16rem) 1fr}.search-filters{order:0}}';

/** The citizen's search over every library's catalogue and digital resources; plain HTML, works without JavaScript. */
export const searchPage = new Hono<AppEnv>().get('/tra-cuu', async (c) => {
  const ctx = pageContext(c);
  const { lang } = ctx;
  const t = searchText(lang);
  const params = new URL(c.req.url).searchParams;
  params.delete('lang');
  const q = params.get('q') ?? '';
  const facets: Record<string, string[]> = {};
  for (const f of FACETS) if (f !== 'kind' && params.getAll(f).length) facets[f] = params.getAll(f);
  const kinds = params.getAll('kind');
  const page = Math.max(1, Math.min(500, Number(params.get('trang')) || 1));
  let error: string | null = null;
  let result: Awaited<ReturnType<typeof search>> | null = null;
  try {
    if (q.trim() || Object.keys(facets).length || kinds.length)
      result = await search(c.var.store.db, {
        q,
        kinds: kinds.length ? kinds : undefined,
        facets,
        countFacets: [...FACETS],
        limit: PAGE,
        offset: (page - 1) * PAGE,
      });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error = sayIn(lang, e.said);
    c.status(400);
  }
  const where = result
    ? await availability(
        c.var.store.db,
        result.hits.filter((h) => h.kind === 'book').map((h) => h.refId),
      )
    : new Map<number, Availability[]>();
  const names = await libraryNames(c, [...(result?.facets.library ?? []).map((f) => f.value), ...(facets.library ?? [])]);
  const label = (facet: string, value: string) =>
    facet === 'library'
      ? (names.get(value) ?? value)
      : facet === 'kind'
        ? searchValueName(lang, 'k_', value)
        : facet === 'audience'
          ? searchValueName(lang, 'a_', value)
          : facet === 'language'
            ? searchValueName(lang, 'l_', value)
            : facetValueName(lang, facet, value); // codes other modules name (an event's kind), else the value
  const hitUrl = (h: SearchHit) => (h.kind === 'book' ? `/tra-cuu/sach/${h.refId}` : (h.url ?? '#'));
  const total = result?.total ?? 0;
  const staffDesk = ctx.principal?.role === 'staff' && ctx.principal.institutionId ? ctx.principal.institutionId : null;
  const deskCode = staffDesk
    ? (await c.var.store.db.selectFrom('institutions').select('code').where('id', '=', staffDesk).executeTakeFirst())?.code
    : undefined;
  return c.html(
    <Layout ctx={ctx} title={t.searchTitle}>
      <h1>{t.searchTitle}</h1>
      {deskCode ? (
        <p>
          <a href={`/thu-vien/${encodeURIComponent(deskCode)}`}>{deskText(lang).desk} →</a>
        </p>
      ) : null}
      <form method="get" action="/tra-cuu" role="search">
        <label for="q">{t.searchLabel}</label>
        <input id="q" name="q" type="search" value={q} maxlength={1000} style="width:min(36rem,100%)" />
        {[...params.entries()]
          .filter(([k]) => FACETS.includes(k as (typeof FACETS)[number]))
          .map(([k, v]) => (
            <input type="hidden" name={k} value={v} />
          ))}
        <button class="primary" type="submit">
          {t.searchButton}
        </button>
      </form>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {result?.notice === 'no-terms' ? (
        <p class="error" role="alert">
          {t.noTerms}
        </p>
      ) : null}
      {result && !result.notice ? (
        <div class="search-layout">
          <style>{SEARCH_LAYOUT}</style>
          <nav aria-label={t.filters} class="search-filters">
            <h2>{t.filters}</h2>
            {Object.keys(facets).length || kinds.length ? (
              <p>
                <a href={link(params, (p) => FACETS.forEach((f) => p.delete(f)))}>{t.clearFilters}</a>
              </p>
            ) : null}
            {FACETS.map((f) =>
              (result.facets[f] ?? []).length ? (
                <section>
                  <h3>{t[`f_${f}`]}</h3>
                  <ul>
                    {result.facets[f]!.slice(0, 10).map((v) => {
                      const on = params.getAll(f).includes(v.value);
                      return (
                        <li>
                          <a
                            aria-current={on ? 'true' : undefined}
                            href={link(params, (p) => {
                              if (on) {
                                const keep = p.getAll(f).filter((x) => x !== v.value);
                                p.delete(f);
                                keep.forEach((x) => p.append(f, x));
                              } else p.append(f, v.value);
                            })}
                          >
                            {on ? '✓ ' : ''}
                            {label(f, v.value)}
                          </a>{' '}
                          <span class="muted">({v.count})</span>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ) : null,
            )}
          </nav>
          <section aria-labelledby="results-h">
            <h2 id="results-h">
              {result.atLeast ? t.over({ n: formatNumber(lang, total, 0) }) : total} {t.results}
            </h2>
            {result.atLeast ? <p class="muted">{t.tooMany({ n: formatNumber(lang, total, 0) })}</p> : null}
            {total === 0 ? <p>{t.noResults}</p> : null}
            <ol class="hits" start={(page - 1) * PAGE + 1}>
              {result.hits.map((h) => (
                <li>
                  <a href={hitUrl(h)}>
                    <Marked segments={h.highlights.title} />
                  </a>
                  {h.creator ? (
                    <>
                      {' '}
                      — <Marked segments={h.highlights.creator} />
                    </>
                  ) : null}
                  {h.year ? ` (${h.year})` : ''} <span class="muted">· {label('kind', h.kind)}</span>
                  {h.highlights.body.some((s) => s.match) ? (
                    <div class="muted">
                      <Marked segments={h.highlights.body} />
                    </div>
                  ) : null}
                  {h.kind === 'book' ? (
                    where.get(h.refId)?.length ? (
                      <Copies lang={lang} list={where.get(h.refId)} />
                    ) : (
                      <div class="muted">{t.noCopies}</div>
                    )
                  ) : null}
                </li>
              ))}
            </ol>
            <p>
              {page > 1 ? (
                <a
                  href={`/tra-cuu?${new URLSearchParams([...params.entries()].filter(([k]) => k !== 'trang').concat([['trang', String(page - 1)]])).toString()}`}
                >
                  {t.prev}
                </a>
              ) : null}{' '}
              {page * PAGE < total ? (
                <a
                  href={`/tra-cuu?${new URLSearchParams([...params.entries()].filter(([k]) => k !== 'trang').concat([['trang', String(page + 1)]])).toString()}`}
                >
                  {t.next}
                </a>
              ) : null}
            </p>
          </section>
        </div>
      ) : null}
    </Layout>,
  );
});
