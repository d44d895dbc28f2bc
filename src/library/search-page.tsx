import { Hono, type Context } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import type { Segment, SearchHit } from '../search/index.ts';
import { availability, type Availability } from './items.ts';
import { search } from '../search/index.ts';
import { tr, trMaybe } from './strings.ts';

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

const Copies = (props: { lang: 'vi' | 'en'; list: Availability[] | undefined }) =>
  props.list && props.list.length ? (
    <ul class="copies">
      {props.list.map((a) => (
        <li>
          {a.name}: {a.available} {tr(props.lang, 'available')} {tr(props.lang, 'of')} {a.total}
          {a.away ? ` (${tr(props.lang, 'inRotation')})` : ''}
        </li>
      ))}
    </ul>
  ) : null;

/** The citizen's search over every library's catalogue and digital resources; plain HTML, works without JavaScript. */
export const searchPage = new Hono<AppEnv>().get('/tra-cuu', async (c) => {
  const ctx = pageContext(c);
  const { lang } = ctx;
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
      result = await search(c.var.store.db, { q, kinds: kinds.length ? kinds : undefined, facets, countFacets: [...FACETS], limit: PAGE, offset: (page - 1) * PAGE });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error = lang === 'en' && e.messageEn ? e.messageEn : e.message;
    c.status(400);
  }
  const where = result ? await availability(c.var.store.db, result.hits.filter((h) => h.kind === 'book').map((h) => h.refId)) : new Map<number, Availability[]>();
  const names = await libraryNames(c, [...(result?.facets.library ?? []).map((f) => f.value), ...(facets.library ?? [])]);
  const label = (facet: string, value: string) =>
    facet === 'library' ? (names.get(value) ?? value) : facet === 'kind' ? trMaybe(lang, `k_${value}`, value) : facet === 'audience' ? trMaybe(lang, `a_${value}`, value) : value;
  const hitUrl = (h: SearchHit) => (h.kind === 'book' ? `/tra-cuu/sach/${h.refId}` : (h.url ?? '#'));
  const total = result?.total ?? 0;
  const staffDesk = ctx.principal?.role === 'staff' && ctx.principal.institutionId ? ctx.principal.institutionId : null;
  const deskCode = staffDesk ? (await c.var.store.db.selectFrom('institutions').select('code').where('id', '=', staffDesk).executeTakeFirst())?.code : undefined;
  return c.html(
    <Layout ctx={ctx} title={tr(lang, 'searchTitle')}>
      <h1>{tr(lang, 'searchTitle')}</h1>
      {deskCode ? <p><a href={`/thu-vien/${encodeURIComponent(deskCode)}`}>{lang === 'en' ? 'Library desk' : 'Quầy thư viện'} →</a></p> : null}
      <form method="get" action="/tra-cuu" role="search">
        <label for="q">{tr(lang, 'searchLabel')}</label>
        <input id="q" name="q" type="search" value={q} maxlength={1000} style="width:min(36rem,100%)" />
        {[...params.entries()].filter(([k]) => FACETS.includes(k as (typeof FACETS)[number])).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
        <button class="primary" type="submit">{tr(lang, 'searchButton')}</button>
      </form>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {result?.notice === 'no-terms' ? <p class="error" role="alert">{tr(lang, 'noTerms')}</p> : null}
      {result && !result.notice ? (
        <div class="search-layout" style="display:grid;gap:1.5rem;grid-template-columns:minmax(12rem,16rem) 1fr">
          <nav aria-label={tr(lang, 'filters')}>
            <h2>{tr(lang, 'filters')}</h2>
            {Object.keys(facets).length || kinds.length ? <p><a href={link(params, (p) => FACETS.forEach((f) => p.delete(f)))}>{tr(lang, 'clearFilters')}</a></p> : null}
            {FACETS.map((f) =>
              (result.facets[f] ?? []).length ? (
                <section>
                  <h3>{tr(lang, `f_${f}`)}</h3>
                  <ul>
                    {result.facets[f]!.slice(0, 10).map((v) => {
                      const on = params.getAll(f).includes(v.value);
                      return (
                        <li>
                          <a aria-current={on ? 'true' : undefined} href={link(params, (p) => { if (on) { const keep = p.getAll(f).filter((x) => x !== v.value); p.delete(f); keep.forEach((x) => p.append(f, x)); } else p.append(f, v.value); })}>
                            {on ? '✓ ' : ''}{label(f, v.value)}
                          </a> <span class="muted">({v.count})</span>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ) : null,
            )}
          </nav>
          <section aria-labelledby="results-h">
            <h2 id="results-h">{result.atLeast ? `${lang === 'en' ? 'Over' : 'Hơn'} ${total.toLocaleString(lang === 'en' ? 'en' : 'vi')}` : total} {tr(lang, 'results')}</h2>
            {result.atLeast ? <p class="muted">{lang === 'en' ? `Too many matches to rank them all: these are the best of the newest ${total.toLocaleString('en')}. Add a word to narrow the search.` : `Quá nhiều tài liệu khớp để xếp hạng hết: đây là những kết quả phù hợp nhất trong ${total.toLocaleString('vi')} tài liệu mới nhất. Thêm từ để thu hẹp kết quả.`}</p> : null}
            {total === 0 ? <p>{tr(lang, 'noResults')}</p> : null}
            <ol class="hits" start={(page - 1) * PAGE + 1}>
              {result.hits.map((h) => (
                <li>
                  <a href={hitUrl(h)}><Marked segments={h.highlights.title} /></a>
                  {h.creator ? <> — <Marked segments={h.highlights.creator} /></> : null}
                  {h.year ? ` (${h.year})` : ''} <span class="muted">· {label('kind', h.kind)}</span>
                  {h.highlights.body.some((s) => s.match) ? <div class="muted"><Marked segments={h.highlights.body} /></div> : null}
                  {h.kind === 'book' ? (where.get(h.refId)?.length ? <Copies lang={lang} list={where.get(h.refId)} /> : <div class="muted">{tr(lang, 'noCopies')}</div>) : null}
                </li>
              ))}
            </ol>
            <p>
              {page > 1 ? <a href={`/tra-cuu?${new URLSearchParams([...params.entries()].filter(([k]) => k !== 'trang').concat([['trang', String(page - 1)]])).toString()}`}>{tr(lang, 'prev')}</a> : null}{' '}
              {page * PAGE < total ? <a href={`/tra-cuu?${new URLSearchParams([...params.entries()].filter(([k]) => k !== 'trang').concat([['trang', String(page + 1)]])).toString()}`}>{tr(lang, 'next')}</a> : null}
            </p>
          </section>
        </div>
      ) : null}
    </Layout>,
  );
});
