import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { mayWriteFor } from '../network/access.ts';
import { getExhibition, listExhibitions } from './exhibitions.ts';
import { imageBytes } from './images.ts';
import { getObject } from './objects.ts';
import { DeepZoomScript, IIIF_CSS, ManifestLink, ZoomableImage } from './iiif/page-parts.tsx';
import { exhibitionKindName, museumErrors as E, museumText } from './messages.ts';
import { termLabel, type Term } from './vocabularies.ts';

const idParam = (raw: string) => {
  const id = Number(raw.replace(/\.jpg$/, ''));
  if (!Number.isInteger(id) || id <= 0) throw new UserError(E.notFound(), 404);
  return id;
};
const FIG_CSS = '.items{list-style:none;padding:0}.items figure{margin:0 0 1.5rem}.items img{max-width:100%;height:auto}.share input{width:100%}';

/** Public museum pages: the virtual exhibition, an object, and their images. */
export const museumPublicPages = new Hono<AppEnv>()
  .get('/trien-lam', async (c) => {
    const ctx = pageContext(c);
    const s = museumText(ctx.lang);
    const list = await listExhibitions(c.var.store.db, { publishedOnly: true });
    return c.html(
      <Layout ctx={ctx} title={s.exhibitions}>
        <h1>{s.exhibitions}</h1>
        <ul>
          {list.map((x) => (
            <li>
              <a href={`/trien-lam/${x.id}`}>{x.title}</a> — {exhibitionKindName(ctx.lang, x.kind)} · {x.institution}
            </li>
          ))}
        </ul>
      </Layout>,
    );
  })
  .get('/trien-lam/:id', async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const s = museumText(ctx.lang);
    const x = await getExhibition(db, idParam(c.req.param('id')));
    const manager = await mayWriteFor(db, c.var.principal, x.institution_id);
    if (!x.published && !manager) throw new UserError(E.notPublished(), 404);
    const url = `${new URL(c.req.url).origin}/trien-lam/${x.id}`;
    return c.html(
      <Layout ctx={ctx} title={x.title}>
        <style dangerouslySetInnerHTML={{ __html: FIG_CSS + IIIF_CSS }} />
        <h1>{x.title}</h1>
        <p>
          {exhibitionKindName(ctx.lang, x.kind)} · {x.institution} · {s.opens} <time datetime={x.opens_on}>{formatDate(x.opens_on)}</time>
          {x.closes_on ? (
            <>
              {' '}
              · {s.closes} <time datetime={x.closes_on}>{formatDate(x.closes_on)}</time>
            </>
          ) : null}
        </p>
        {!x.published ? (
          <p class="error" role="status">
            {s.draft}
          </p>
        ) : null}
        {x.intro ? <p class="intro">{x.intro}</p> : null}
        {x.stops.length > 0 ? (
          <>
            <h2>{s.stops}</h2>
            <ul>
              {x.stops.map((t) => (
                <li>
                  {t.place}: <time datetime={t.starts_on}>{formatDate(t.starts_on)}</time> – <time datetime={t.ends_on}>{formatDate(t.ends_on)}</time>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h2>{s.objects}</h2>
        <ol class="items">
          {x.items.map((it) => (
            <li>
              <figure>
                {it.images.map((m) => (
                  <a href={`/anh/${m.id}.jpg`}>
                    <img
                      src={`/anh/${m.id}/nho.jpg`}
                      alt={m.alt}
                      width={Math.min(320, m.width)}
                      height={Math.round((Math.min(320, m.width) * m.height) / Math.max(1, m.width))}
                      loading="lazy"
                    />
                  </a>
                ))}
                <figcaption>
                  <h3>
                    <a href={`/hien-vat/${it.id}`}>{it.title}</a>
                  </h3>
                  {it.caption ? <p>{it.caption}</p> : null}
                  <p>{[it.date_text, it.ethnic_group, it.provenance].filter(Boolean).join(' · ')}</p>
                </figcaption>
              </figure>
            </li>
          ))}
        </ol>
        <p class="share">
          <label for="share-url">{s.share}</label>
          <input id="share-url" readonly value={url} />
        </p>
        {x.published ? <ManifestLink lang={ctx.lang} href={`/iiif/exhibitions/${x.id}/manifest.json`} exhibition /> : null}
      </Layout>,
    );
  })
  .get('/hien-vat/:id', async (c) => {
    const ctx = pageContext(c);
    const s = museumText(ctx.lang);
    const o = await getObject(c.var.store.db, idParam(c.req.param('id')));
    // a vocabulary's term in the reader's language, then the free text beside it
    const withTerm = (term: Term | undefined, free: string | null) => [term ? termLabel(term, ctx.lang) : null, free].filter(Boolean).join(' — ') || null;
    const fields: [string, string | null][] = [
      [s.identifier, o.identifier],
      [s.creator, o.creator],
      [s.subject, o.subject],
      [s.dateText, withTerm(o.terms.period, o.date_text)],
      [s.type, withTerm(o.terms.type, o.type)],
      [s.format, withTerm(o.terms.material, o.format)],
      [s.provenance, o.provenance],
      [s.ethnicGroup, withTerm(o.terms.ethnic, o.ethnic_group)],
      [s.rights, o.rights],
      [s.museum, o.institution],
    ];
    return c.html(
      <Layout ctx={ctx} title={o.title}>
        <style dangerouslySetInnerHTML={{ __html: FIG_CSS + IIIF_CSS }} />
        <h1>{o.title}</h1>
        <dl>
          {fields
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </>
            ))}
        </dl>
        {o.description ? <p>{o.description}</p> : null}
        <ul class="items">
          {o.images.map((m) => (
            <li>
              <ZoomableImage lang={ctx.lang} image={m} caption={m.caption} />
            </li>
          ))}
        </ul>
        <ManifestLink lang={ctx.lang} href={`/iiif/objects/${o.id}/manifest.json`} />
        {o.images.length > 0 ? <DeepZoomScript /> : null}
      </Layout>,
    );
  })
  .get('/anh/:id/nho.jpg', async (c) => image(c, idParam(c.req.param('id')), 'thumb'))
  .get('/anh/:file', async (c) => image(c, idParam(c.req.param('file')), 'full'));

async function image(
  c: { var: AppEnv['Variables']; body: (data: Uint8Array, status: 200, headers: Record<string, string>) => Response },
  id: number,
  size: 'full' | 'thumb',
) {
  const bytes = await imageBytes(c.var.store.db, id, size);
  if (!bytes) throw new UserError(E.imageNotFound(), 404);
  return c.body(new Uint8Array(bytes), 200, { 'content-type': 'image/jpeg', 'cache-control': 'public, max-age=86400' });
}
