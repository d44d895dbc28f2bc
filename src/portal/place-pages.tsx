import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { Lang } from '../core/i18n/index.ts';
import { childUnits, rootUnits } from '../network/units.ts';
import { findPlaces, type FoundPlace } from '../network/place-finder.ts';
import { portalText } from './messages.ts';

/** One place found: its full name as a link to its portal, and the place above it (two communes may share a name). */
export function PlaceLink(p: { place: FoundPlace; lang: Lang }) {
  const t = portalText(p.lang);
  return (
    <>
      <a href={`/noi/${encodeURIComponent(p.place.code)}`}>{p.place.fullName}</a>
      {p.place.parentName ? <small> ({t.within({ parent: p.place.parentName })})</small> : null}
    </>
  );
}

/** The place finder: a plain GET form (works without JavaScript) and what matched. */
export function PlaceFinder(p: { lang: Lang; text: string; label?: string }) {
  const t = portalText(p.lang);
  return (
    <form method="get" action="/cong-dan" role="search" class="place-finder">
      <label for="noi">{p.label ?? t.findPlaceLabel}</label>
      <input id="noi" name="noi" value={p.text} autocomplete="address-level3" required />
      <button type="submit">{t.findPlaceButton}</button>
    </form>
  );
}

/**
 * `/cong-dan`: a citizen with a home place goes to it; anyone else finds their place by name (`?noi=vy da` lists
 * Phường Vỹ Dạ and every other match, each a link to `/noi/<code>`), or picks a province.
 */
export const placePages = new Hono<AppEnv>().get('/cong-dan', async (c) => {
  const ctx = pageContext(c);
  const t = portalText(ctx.lang);
  const { db } = c.var.store;
  const text = (c.req.query('noi') ?? '').trim();
  const p = c.var.principal;
  if (!text && p?.role === 'citizen' && p.unitId) {
    const u = await db.selectFrom('units').select('code').where('id', '=', p.unitId).executeTakeFirst();
    if (u) return c.redirect(`/noi/${encodeURIComponent(u.code)}`, 303);
  }
  const found = text ? await findPlaces(db, text, { limit: 30 }) : undefined;
  const root = text ? undefined : (await rootUnits(db))[0];
  const provinces = root ? await childUnits(db, root.id) : [];
  return c.html(
    <Layout ctx={ctx} title={t.findPlaceTitle}>
      <h1>{t.findPlaceTitle}</h1>
      <PlaceFinder lang={ctx.lang} text={text} />
      {found ? (
        <section aria-labelledby="found-h">
          <h2 id="found-h">{t.placesFound({ text })}</h2>
          {found.places.length === 0 ? (
            <p>{t.noPlaceFound({ text })}</p>
          ) : (
            <ul class="places">
              {found.places.map((place) => (
                <li>
                  <PlaceLink place={place} lang={ctx.lang} />
                </li>
              ))}
            </ul>
          )}
          {found.more ? <p>{t.morePlaces}</p> : null}
        </section>
      ) : null}
      {provinces.length > 0 ? (
        <nav aria-labelledby="prov-h">
          <h2 id="prov-h">{t.orProvinces}</h2>
          <ul class="inline">
            {provinces
              .filter((u) => u.validTo === null)
              .map((u) => (
                <li>
                  <a href={`/noi/${encodeURIComponent(u.code)}`}>{u.fullName ?? u.name}</a>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
    </Layout>,
  );
});
