import { eventsApi } from '../events/api.ts';
import { museumApi } from '../museum/api.ts';
export { microCache } from '../portal/micro-cache.ts';
import { eventPages } from '../events/pages.tsx';
import { museumManagePages } from '../museum/manage-pages.tsx';
import { museumPublicPages } from '../museum/public-pages.tsx';
import { museumBookingPages } from '../museum/booking-pages.tsx';
import { culturePages as clubPages } from '../culture/pages.tsx';
import { socialisationPages } from '../socialisation/pages.tsx';
import { portalPages } from '../portal/pages.tsx';
import { recordPages } from '../portal/record-pages.tsx';
import { searchPages } from '../portal/search-page.tsx';

/** Issue 6's pages and API (events, museum, culture, portal, socialisation), mounted by app.tsx. */
export const culturePages = [eventPages, museumPublicPages, museumBookingPages, museumManagePages, clubPages, socialisationPages, portalPages, recordPages, searchPages];
export const cultureApis = [eventsApi, museumApi];
