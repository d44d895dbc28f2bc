/**
 * `/quan-tri/co-so`: the administration of institutions (issue 19). A search by name, the form adding one, and each
 * institution's page with its details, a move to another unit from a day, its closing from a day and its unit history.
 * Units are chosen by name (a `<datalist>`, matched on the server without diacritics); every form works without
 * JavaScript and, refused, comes back with everything typed and each reason beside its field.
 */
export const INSTITUTIONS_BASE = '/quan-tri/co-so';
