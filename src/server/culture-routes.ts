import type { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { eventsApi } from '../events/api.ts';
import { museumApi } from '../museum/api.ts';
export { microCache } from '../portal/micro-cache.ts';
import { eventPages } from '../events/pages.tsx';
import { checkinPages } from '../events/checkin-pages.tsx';
import { museumManagePages, museumUploads } from '../museum/manage-pages.tsx';
import { museumPublicPages } from '../museum/public-pages.tsx';
import { objectPages } from '../museum/object-pages.tsx';
import { iiifRoutes } from '../museum/iiif/routes.ts';
import { iiifAssets } from '../museum/iiif/page-parts.tsx';
import { vocabularyPages } from '../museum/vocabulary-pages.tsx';
import { collectionPages } from '../museum/collection-pages.tsx';
import { museumBookingPages } from '../museum/booking-pages.tsx';
import { culturePages as clubPages } from '../culture/pages.tsx';
import { socialisationPages } from '../socialisation/pages.tsx';
import { portalPages } from '../portal/pages.tsx';
import { placePages, portalAssets } from '../portal/place-pages.tsx';
export { rememberPlace } from '../portal/place-memory.ts';
import { recordPages } from '../portal/record-pages.tsx';
import { searchPages } from '../portal/search-page.tsx';

/** The citizens' branch pages (events, museum, culture, portal, socialisation), mounted by app.tsx. */
export function mountCulturePages(app: Hono<AppEnv>): void {
  app.route('/', eventPages);
  app.route('/', checkinPages);
  app.route('/', museumPublicPages);
  app.route('/', museumBookingPages);
  app.route('/', museumManagePages);
  app.route('/', objectPages);
  app.route('/', iiifRoutes);
  app.route('/', vocabularyPages);
  app.route('/', collectionPages);
  app.route('/', clubPages);
  app.route('/', socialisationPages);
  app.route('/', placePages);
  app.route('/', portalPages);
  app.route('/', recordPages);
  app.route('/', searchPages);
}
export const cultureApis = [eventsApi, museumApi];
export const cultureUploads = museumUploads;
/** The branch's static files (core/web/assets.ts). */
export const cultureAssets = { ...portalAssets, ...iiifAssets };
