import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import type { Lang } from '../core/i18n/index.ts';
import { MAX_QUERY_LENGTH, search, tooLong, type Segment } from '../search/index.ts';
import { nameOf, portalErrors as E, portalText } from './messages.ts';

export const kindLabel = (k: string, lang: Lang) => nameOf(lang, 'kind_', k);

const Marked = (p: { segments: Segment[] }) => <>{p.segments.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}</>;

export function SearchBox(p: { q: string; place: string; lang: Lang }) {
  const t = portalText(p.lang);
  return (
    <form method="get" action="/tim-kiem" role="search">
      <label for="q">{t.searchLabel}</label>
      <input id="q" name="q" type="search" value={p.q} maxlength={MAX_QUERY_LENGTH} />
      {p.place ? <input type="hidden" name="noi" value={p.place} /> : null}
      <button type="submit">{t.searchButton}</button>
    </form>
  );
}

/** `/tim-kiem?q=&noi=&loai=`: one search across every kind (src/search), optionally within a place. */
export const searchPages = new Hono<AppEnv>().get('/tim-kiem', async (c) => {
  const ctx = pageContext(c);
  const { db } = c.var.store;
  const q = c.req.query('q') ?? '';
  const place = c.req.query('noi') ?? '';
  const kind = c.req.query('loai') ?? '';
  if (q.length > MAX_QUERY_LENGTH) throw tooLong();
  const unit = place ? await db.selectFrom('units').select(['id', 'name']).where('code', '=', place).executeTakeFirst() : undefined;
  if (place && !unit) throw new UserError(E.unknownPlace({ code: place }), 404, [{ field: 'noi', said: E.notFoundHere() }]);
  const result = q.trim() ? await search(db, { q, unitId: unit?.id, kinds: kind ? [kind] : undefined, limit: 20, countFacets: ['kind'] }) : undefined;
  const t = portalText(ctx.lang);
  const link = (k: string) => `/tim-kiem?q=${encodeURIComponent(q)}${place ? `&noi=${encodeURIComponent(place)}` : ''}${k ? `&loai=${k}` : ''}`;
  return c.html(
    <Layout ctx={ctx} title={t.search}>
      <h1>
        {t.search}
        {unit ? ` — ${unit.name}` : ''}
      </h1>
      <SearchBox q={q} place={place} lang={ctx.lang} />
      {result ? (
        <>
          <p role="status">{result.notice === 'no-terms' ? t.typeWords : t.results({ n: result.total })}</p>
          {(result.facets.kind ?? []).length > 1 ? (
            <nav aria-label={t.kinds}>
              <ul class="inline">
                <li>
                  <a href={link('')} aria-current={kind ? undefined : 'page'}>
                    {ctx.t.all}
                  </a>
                </li>
                {(result.facets.kind ?? []).map((f) => (
                  <li>
                    <a href={link(f.value)} aria-current={kind === f.value ? 'page' : undefined}>
                      {kindLabel(f.value, ctx.lang)} ({f.count})
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <ol class="results">
            {result.hits.map((h) => (
              <li>
                <span class="tag">{kindLabel(h.kind, ctx.lang)}</span>{' '}
                {h.url ? (
                  <a href={h.url}>
                    <Marked segments={h.highlights.title} />
                  </a>
                ) : (
                  <Marked segments={h.highlights.title} />
                )}
                {h.creator ? (
                  <>
                    {' '}
                    — <Marked segments={h.highlights.creator} />
                  </>
                ) : null}
                {h.highlights.body.length > 0 ? (
                  <p>
                    <Marked segments={h.highlights.body} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Layout>,
  );
});
