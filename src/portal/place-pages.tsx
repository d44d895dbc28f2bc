import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { Lang } from '../core/i18n/index.ts';
import { childUnits, rootUnits } from '../network/units.ts';
import { findPlaces, type FoundPlace } from '../network/place-finder.ts';
import { findUnit } from '../network/units.ts';
import { nearestInstitutions } from '../network/nearest.ts';
import { getCookie } from 'hono/cookie';
import { assetPath } from '../core/web/assets.ts';
import { formatNumber, sayIn } from '../core/i18n/index.ts';
import { PLACE_COOKIE } from './place-memory.ts';
import { portalErrors, portalText } from './messages.ts';

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

/** The portal's static file (core/web/assets.ts): "find places near me" on `/cong-dan`. */
export const portalAssets = { 'near-me.js': new URL('./near-me.js', import.meta.url) };

/** The "near me" button: hidden until the script finds the browser can tell a location (without it, the name picker). */
function NearMe(p: { lang: Lang }) {
  const t = portalText(p.lang);
  return (
    <div id="near-me" hidden data-working={t.nearMeWorking} data-failed={t.nearMeFailed}>
      <p>
        <button type="button">{t.nearMe}</button>
      </p>
      <p class="hint">{t.nearMeHint}</p>
      <p role="status" aria-live="polite"></p>
    </div>
  );
}

const kmText = (lang: Lang, km: number) => formatNumber(lang, km, km < 10 ? 1 : 0);

/**
 * `/cong-dan`: a visitor who opened a place before goes back to it (the `noi` cookie, portal/place-memory.ts), a
 * citizen with a home place goes to it; anyone else finds their place by name (`?noi=vy da` lists Phường Vỹ Dạ and
 * every other match, each a link to `/noi/<code>`), or near them when the browser shares a location, or picks a
 * province. `?chon=1` shows the picker even with a place remembered (each place's page links to it).
 */
export const placePages = new Hono<AppEnv>()
  .get('/cong-dan', async (c) => {
    const ctx = pageContext(c);
    const t = portalText(ctx.lang);
    const { db } = c.var.store;
    const text = (c.req.query('noi') ?? '').trim();
    const choosing = c.req.query('chon') !== undefined;
    const p = c.var.principal;
    const kept = getCookie(c, PLACE_COOKIE);
    const remembered = kept ? await findUnit(db, kept) : undefined;
    if (!text && !choosing) {
      if (remembered) return c.redirect(`/noi/${encodeURIComponent(remembered.code)}`, 303);
      if (p?.role === 'citizen' && p.unitId) {
        const u = await db.selectFrom('units').select('code').where('id', '=', p.unitId).executeTakeFirst();
        if (u) return c.redirect(`/noi/${encodeURIComponent(u.code)}`, 303);
      }
    }
    const found = text ? await findPlaces(db, text, { limit: 30 }) : undefined;
    const root = text ? undefined : (await rootUnits(db))[0];
    const provinces = root ? await childUnits(db, root.id) : [];
    return c.html(
      <Layout ctx={ctx} title={t.findPlaceTitle}>
        <h1>{t.findPlaceTitle}</h1>
        {remembered ? (
          <p>
            {t.rememberedPlace({ place: remembered.fullName ?? remembered.name })}{' '}
            <a href={`/noi/${encodeURIComponent(remembered.code)}`}>{t.openRemembered({ place: remembered.fullName ?? remembered.name })}</a>
          </p>
        ) : null}
        <PlaceFinder lang={ctx.lang} text={text} />
        {text ? null : <NearMe lang={ctx.lang} />}
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
        {text ? null : <script src={assetPath('near-me.js')} defer />}
      </Layout>,
    );
  })
  /**
   * `/cong-dan/gan-toi?vi-do=&kinh-do=`: the places near a point the browser shared (near-me.js): the nearest
   * institutions that recorded where they are, each with its kind, address, hours, distance and its place's page;
   * the place of the nearest one offered first. The point is not kept; a bad one is refused beside the name picker.
   */
  .get('/cong-dan/gan-toi', async (c) => {
    const ctx = pageContext(c);
    const t = portalText(ctx.lang);
    const lat = Number(c.req.query('vi-do'));
    const lng = Number(c.req.query('kinh-do'));
    const valid = c.req.query('vi-do') && c.req.query('kinh-do') && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
    if (!valid)
      return c.html(
        <Layout ctx={ctx} title={t.nearestTitle}>
          <h1>{t.nearestTitle}</h1>
          <p class="error" role="alert">
            {sayIn(ctx.lang, portalErrors.badLocation())}
          </p>
          <PlaceFinder lang={ctx.lang} text="" />
        </Layout>,
        400,
      );
    const near = await nearestInstitutions(c.var.store.db, { lat, lng }, { limit: 10 });
    const first = near[0];
    return c.html(
      <Layout ctx={ctx} title={t.nearestTitle}>
        <h1>{t.nearestTitle}</h1>
        {first ? (
          <p class="lead">
            {t.nearestPlace({ place: first.unitName })} <a href={`/noi/${encodeURIComponent(first.unitCode)}`}>{t.openPlace({ place: first.unitName })}</a>
          </p>
        ) : (
          <p>{t.noneNear}</p>
        )}
        {near.length > 0 ? (
          <section aria-labelledby="near-h">
            <h2 id="near-h">{t.nearestInstitutions}</h2>
            <ul class="places">
              {near.map((i) => (
                <li>
                  <strong>{i.name}</strong> <small>({sayIn(ctx.lang, { vi: i.kindVi, en: i.kindEn })})</small> — {t.distance({ km: kmText(ctx.lang, i.km) })}
                  {i.address ? (
                    <>
                      <br />
                      {t.address}: {i.address}
                    </>
                  ) : null}
                  {i.openingHours ? (
                    <>
                      <br />
                      {t.openingHours}: {i.openingHours}
                    </>
                  ) : null}
                  <br />
                  <a href={`/noi/${encodeURIComponent(i.unitCode)}`}>{i.unitName}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <PlaceFinder lang={ctx.lang} text="" />
      </Layout>,
    );
  });
