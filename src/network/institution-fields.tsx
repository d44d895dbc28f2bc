import { sayIn, type Lang } from '../core/i18n/index.ts';
import { type formProblems, SelectField, TextField } from '../core/web/problems.tsx';
import { KINDS, OWNERSHIPS } from './catalogue.ts';
import { institutionAdminText } from './messages.ts';

/** A kind of institution by its name in the language, or its code when unknown. */
export function kindName(lang: Lang, code: string): string {
  const k = KINDS.find((x) => x.code === code);
  return k ? sayIn(lang, { vi: k.vi, en: k.en }) : code;
}

/** The details of an institution (name, kind, ownership, address, contact, opening hours, location), as typed. */
export function DetailFields(props: { lang: Lang; typed: (f: string, d?: string) => string; p: ReturnType<typeof formProblems> }) {
  const { lang, typed, p } = props;
  const s = institutionAdminText(lang);
  return (
    <>
      <TextField problems={p} name="name" label={s.name} value={typed('name')} maxlength={300} />
      <SelectField
        problems={p}
        name="kind"
        label={s.kind}
        value={typed('kind')}
        options={KINDS.map((k) => ({ value: k.code, label: kindName(lang, k.code) }))}
      />
      <SelectField
        problems={p}
        name="ownership"
        label={s.ownership}
        value={typed('ownership', 'public')}
        options={OWNERSHIPS.map((o) => ({ value: o, label: o === 'public' ? s.ownershipPublic : s.ownershipNonPublic }))}
      />
      <TextField problems={p} name="address" label={s.address} value={typed('address')} maxlength={500} />
      <label for="contact">{s.contact}</label>
      <input id="contact" name="contact" value={typed('contact')} maxlength={300} />
      <label for="openingHours">{s.openingHours}</label>
      <input id="openingHours" name="openingHours" value={typed('openingHours')} maxlength={300} aria-describedby="hours-hint" />
      <p id="hours-hint" class="muted">
        {s.openingHoursHint}
      </p>
      <p id="location-hint" class="muted">
        {s.locationHint}
      </p>
      <TextField problems={p} name="latitude" label={s.latitude} value={typed('latitude')} inputmode="decimal" hintId="location-hint" />
      <TextField problems={p} name="longitude" label={s.longitude} value={typed('longitude')} inputmode="decimal" hintId="location-hint" />
    </>
  );
}

/** The words naming the forms' fields, for the error summary's links. */
export const labelsOf = (lang: Lang): Record<string, string> => {
  const s = institutionAdminText(lang);
  return {
    code: s.code,
    name: s.name,
    kind: s.kind,
    ownership: s.ownership,
    address: s.address,
    latitude: s.latitude,
    longitude: s.longitude,
    unit: s.unit,
    since: s.since,
    from: s.from,
    closedOn: s.closeOn,
  };
};
