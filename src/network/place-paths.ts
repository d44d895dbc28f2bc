import { formatDate } from '../core/i18n/index.ts';

/**
 * `/quan-tri/dia-ban`: the administration of places (issue 19, part 2). The dated map browsed from the top level by
 * level on any day and searched by name; each unit's page with its code, dates, parent, lineage and population by
 * year (edited there, or imported from a CSV file after a check); the official maps shipped with the platform loaded
 * after a preview (admins). Everything works without JavaScript; a refused form keeps what was typed, each reason
 * beside its field.
 */
export const PLACES_BASE = '/quan-tri/dia-ban';
export const UNIT_BASE = `${PLACES_BASE}/don-vi`;
export const IMPORT_PATH = `${PLACES_BASE}/dan-so`;
export const MAPS_PATH = `${PLACES_BASE}/ban-do`;

/** A unit's own page. */
export const unitHref = (code: string) => `${UNIT_BASE}/${encodeURIComponent(code)}`;
/** The tree below a unit on a day. */
export const treeHref = (code: string, day: string) => `${PLACES_BASE}?don-vi=${encodeURIComponent(code)}&ngay=${encodeURIComponent(formatDate(day))}`;
