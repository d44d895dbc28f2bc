import { formatNumber } from '../core/i18n/index.ts';
import * as S from './audit-sources.ts';
import type { Kind } from './audit-object-parts.ts';
import { byId, enc, gone, joined, kind, named, numbered, ownName, periodWords, T, whole } from './audit-object-parts.ts';

/** The audited statistics named in words: a data cell "<element> · <institution> · <period>", an import, an element, an indicator, a rule. */

/** `<institution code>:<element code>:<period>` (a cell): the period is the last part, the element the one before it. */
const cell = (key: string) => {
  const m = /^(.+):([^:]+):(\d{4}(?:-\d{2})?)$/.exec(key);
  return m ? { institution: m[1]!, element: m[2]!, period: m[3]! } : undefined;
};

const cellKind = kind<{ institution: string; element: string; period: string }>({
  parse: cell,
  needs: (k, need) => {
    need(S.institutionsByCode, k.institution);
    need(S.elementsByCode, k.element);
  },
  name: (k, got, s) => {
    const i = got(S.institutionsByCode, k.institution);
    const e = got(S.elementsByCode, k.element);
    const text = joined(e ? named(e, s.lang) : k.element, i?.name ?? k.institution, periodWords(s.lang, k.period));
    return i && e ? { name: text, href: `/co-so/${enc(i.code)}/o/${enc(e.code)}/${k.period}` } : gone(s, text);
  },
});

export const statisticsObjects: Record<string, Kind<unknown>> = {
  data_value: cellKind,
  value_note: cellKind,
  data_values: kind<{ source: string; from: string; to: string; total: string }>({
    parse: (key) => {
      const m = /^(.*) (\d+)–(\d+)\/(\d+)$/.exec(key);
      return m ? { source: m[1]!, from: m[2]!, to: m[3]!, total: m[4]! } : undefined;
    },
    needs: () => {},
    name: (k, _g, s) => {
      const t = T(s.lang);
      const source = k.source === 'form' ? t.sourceForm : k.source === 'api' ? t.sourceApi : t.fileNamed({ name: k.source });
      const n = (x: string) => formatNumber(s.lang, Number(x), 0);
      return { name: t.cellsImported({ source, from: n(k.from), to: n(k.to), total: n(k.total) }) };
    },
  }),
  data_element: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.elementsByCode, k),
    name: (k, got, s) => {
      const e = got(S.elementsByCode, k);
      return e ? { name: named(e, s.lang), href: `/quan-tri/du-lieu/${enc(k)}` } : gone(s, ownName(s.entry) ?? numbered(s, k));
    },
  }),
  indicator: kind<string>({
    parse: whole,
    needs: (k, need) => need(S.indicatorsByCode, k),
    name: (k, got, s) => {
      const e = got(S.indicatorsByCode, k);
      return e ? { name: named(e, s.lang), href: `/quan-tri/chi-so/${enc(k)}` } : gone(s, ownName(s.entry) ?? numbered(s, k));
    },
  }),
  validation_rule: byId(
    S.rulesById,
    (r) => r.name,
    () => '/quan-tri/quy-tac-kiem-tra',
  ),
};
