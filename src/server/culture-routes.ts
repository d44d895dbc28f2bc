import { eventsApi } from '../events/api.ts';
import { eventPages } from '../events/pages.tsx';

/** Issue 6's pages and API (events, museum, culture, portal, socialisation), mounted by app.tsx. */
export const culturePages = [eventPages];
export const cultureApis = [eventsApi];
