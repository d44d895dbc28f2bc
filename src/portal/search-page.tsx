import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { MAX_QUERY_LENGTH, search, tooLong, type Segment } from '../search/index.ts';

const KIND_NAMES: Record<string, [string, string]> = {
  book: ['Sách', 'Book'], digital: ['Tài nguyên số', 'Digital resource'], object: ['Hiện vật', 'Museum object'],
  exhibition: ['Triển lãm', 'Exhibition'], event: ['Sự kiện', 'Event'], club: ['Câu lạc bộ', 'Club'],
};
export const kindLabel = (k: string, lang: string) => KIND_NAMES[k]?.[lang === 'en' ? 1 : 0] ?? k;

const Marked = (p: { segments: Segment[] }) => <>{p.segments.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}</>;

export function SearchBox(p: { q: string; place: string; lang: string }) {
  return (
    <form method="get" action="/tim-kiem" role="search">
      <label for="q">{p.lang === 'en' ? 'Search books, objects, exhibitions, events, clubs' : 'Tìm sách, hiện vật, triển lãm, sự kiện, câu lạc bộ'}</label>
      <input id="q" name="q" type="search" value={p.q} maxlength={MAX_QUERY_LENGTH} />
      {p.place ? <input type="hidden" name="noi" value={p.place} /> : null}
      <button type="submit">{p.lang === 'en' ? 'Search' : 'Tìm'}</button>
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
  if (place && !unit) throw new UserError(`Không có đơn vị mã "${place}".`, 404, [{ field: 'noi', message: 'Không tìm thấy' }], 'Unknown place.');
  const result = q.trim() ? await search(db, { q, unitId: unit?.id, kinds: kind ? [kind] : undefined, limit: 20, countFacets: ['kind'] }) : undefined;
  const en = ctx.lang === 'en';
  const link = (k: string) => `/tim-kiem?q=${encodeURIComponent(q)}${place ? `&noi=${encodeURIComponent(place)}` : ''}${k ? `&loai=${k}` : ''}`;
  return c.html(
    <Layout ctx={ctx} title={en ? 'Search' : 'Tìm kiếm'}>
      <h1>{en ? 'Search' : 'Tìm kiếm'}{unit ? ` — ${unit.name}` : ''}</h1>
      <SearchBox q={q} place={place} lang={ctx.lang} />
      {result ? (
        <>
          <p role="status">{result.notice === 'no-terms' ? (en ? 'Type some words to search.' : 'Hãy nhập từ cần tìm.') : en ? `${result.total} results` : `${result.total} kết quả`}</p>
          {(result.facets.kind ?? []).length > 1 ? (
            <nav aria-label={en ? 'Kinds' : 'Loại'}><ul class="inline">
              <li><a href={link('')} aria-current={kind ? undefined : 'page'}>{en ? 'All' : 'Tất cả'}</a></li>
              {(result.facets.kind ?? []).map((f) => <li><a href={link(f.value)} aria-current={kind === f.value ? 'page' : undefined}>{kindLabel(f.value, ctx.lang)} ({f.count})</a></li>)}
            </ul></nav>
          ) : null}
          <ol class="results">
            {result.hits.map((h) => (
              <li>
                <span class="tag">{kindLabel(h.kind, ctx.lang)}</span>{' '}
                {h.url ? <a href={h.url}><Marked segments={h.highlights.title} /></a> : <Marked segments={h.highlights.title} />}
                {h.creator ? <> — <Marked segments={h.highlights.creator} /></> : null}
                {h.highlights.body.length > 0 ? <p><Marked segments={h.highlights.body} /></p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Layout>,
  );
});
