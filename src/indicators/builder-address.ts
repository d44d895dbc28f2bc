/**
 * `/quan-tri/chi-so`: the indicator builder (issue 19). An admin composes numerator and denominator from terms —
 * a data element (this year or the year before, for a growth), a registry count (kinds, an attribute), population —
 * and a factor; "Xem trước" evaluates the formula for a unit and a year chosen by name and shows the page again with
 * everything typed; "Lưu" defines it (indicators/definitions.ts checks, stores and audits). Indicators are changed
 * and retired from their own page. Works without JavaScript.
 */
export const INDICATORS_BASE = '/quan-tri/chi-so';
