import { formatNumber, parseNumber, type Lang } from '../core/i18n/index.ts';
import type { InstitutionRecord } from './institution-admin.ts';

/** What an institution form holds, as typed. */
export type Typed = Readonly<Record<string, string>>;
const DETAIL_FIELDS = ['name', 'kind', 'ownership', 'address', 'contact', 'openingHours', 'latitude', 'longitude'] as const;

/** A number typed the Vietnamese way ("21,0285"); empty: none; not a number: NaN (refused at its field). */
function typedNumber(text: string | undefined, lang: Lang): number | null {
  if (!text || text.trim() === '') return null;
  const n = parseNumber(text, lang);
  return n.ok ? n.value : Number.NaN;
}

const coordinate = (lang: Lang, v: number | null) =>
  v === null
    ? ''
    : formatNumber(lang, v, 6)
        .replace(/(,\d*?)0+$/, '$1')
        .replace(/,$/, '');

/** An institution's details as its form shows them. */
export const detailsOf = (lang: Lang, r: InstitutionRecord): Record<string, string> => ({
  name: r.name,
  kind: r.kind,
  ownership: r.ownership,
  address: r.address ?? '',
  contact: r.contact ?? '',
  openingHours: r.openingHours ?? '',
  latitude: coordinate(lang, r.latitude),
  longitude: coordinate(lang, r.longitude),
});

/** The fields of the details form as the service takes them. */
export function inputOf(typed: Typed, lang: Lang) {
  const text = (f: (typeof DETAIL_FIELDS)[number]) => typed[f] ?? '';
  return {
    code: (typed.code ?? '').trim(),
    name: text('name'),
    kind: text('kind'),
    ownership: text('ownership'),
    address: text('address'),
    contact: text('contact'),
    openingHours: text('openingHours'),
    latitude: typedNumber(typed.latitude, lang),
    longitude: typedNumber(typed.longitude, lang),
  };
}
