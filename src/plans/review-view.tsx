import type { Child } from 'hono/jsx';
import type { Lang, Messages } from '../core/i18n/index.ts';
import { parseDate } from '../core/i18n/parse-date.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { itemTypeName, plansText } from './messages.ts';

export interface ReviewItem {
  id: number;
  type: string;
  status: string;
  data: Record<string, unknown>;
  span_start: number | null;
  span_end: number | null;
}

/** The document with each extracted item's source highlighted; a mark links back to its item. */
export function MarkedText(props: { text: string; items: ReviewItem[] }) {
  const spans = props.items
    .filter((i) => i.span_start !== null && i.span_end !== null && i.span_end > i.span_start)
    .sort((a, b) => a.span_start! - b.span_start!);
  const parts: Child[] = [];
  let at = 0;
  for (const i of spans) {
    if (i.span_start! < at) continue; // overlapping spans: the first one is shown
    parts.push(props.text.slice(at, i.span_start!));
    parts.push(
      <mark id={`src-${i.id}`} class={`m-${i.type}`}>
        <a href={`#item-${i.id}`}>{props.text.slice(i.span_start!, i.span_end!)}</a>
      </mark>,
    );
    at = i.span_end!;
  }
  parts.push(props.text.slice(at));
  return <pre class="doc">{parts}</pre>;
}

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** What was restored in a field: each phrase marked, the text as read, and a box that puts it back. */
export function RestoredNote(props: { restored: { original?: string; restorations?: { restored: string }[] } | undefined; name: string; lang: Lang }) {
  const r = props.restored;
  if (!r?.original || !r.restorations?.length) return null;
  const pt = plansText(props.lang);
  return (
    <div class="restored-note">
      <p>
        {pt.restoredMarks}{' '}
        {r.restorations.map((x, i) => (
          <>
            {i > 0 ? ', ' : ''}
            <mark class="restored">{x.restored}</mark>
          </>
        ))}
      </p>
      <p class="muted">
        {pt.originalWas} «{r.original}»
      </p>
      <label class="inline">
        <input type="checkbox" name={props.name} value="1" /> {pt.keepOriginal}
      </label>
    </div>
  );
}

type Restored = Record<string, { original?: string; restorations?: { restored: string }[] }>;

/** One extracted item with accept / drop and its fields to correct. */
export function ItemFields(props: { item: ReviewItem; indicators: { code: string; name: string }[]; t: Messages; lang: Lang }) {
  const { item, t } = props;
  const pt = plansText(props.lang);
  const d = item.data;
  const f = (name: string) => `f:${item.id}:${name}`;
  const input = (name: string, label: string, type = 'text') => (
    <label>
      {label} <input name={f(name)} type={type} value={s(d[name])} step={type === 'number' ? 'any' : undefined} />
    </label>
  );
  return (
    <fieldset id={`item-${item.id}`}>
      <legend>
        {itemTypeName(props.lang, item.type)} #{item.id}
        {item.span_start !== null ? (
          <>
            {' '}
            · <a href={`#src-${item.id}`}>{pt.inTheText}</a>
          </>
        ) : null}
      </legend>
      {item.type === 'target' ? (
        <p class="muted">
          {s(d.text)}
          {d.added === true ? ` (${pt.addedByReviewer})` : ''}
        </p>
      ) : null}
      <div class="choice">
        <label>
          <input type="radio" name={`s:${item.id}`} value="accepted" checked={item.status !== 'dropped'} /> {pt.accept}
        </label>
        <label>
          <input type="radio" name={`s:${item.id}`} value="dropped" checked={item.status === 'dropped'} /> {pt.drop}
        </label>
      </div>
      {item.type === 'target' ? (
        <>
          <label>
            {t.indicator}{' '}
            <select name={f('indicator')}>
              <option value="" selected={!d.indicator}>
                {pt.chooseIndicator}
              </option>
              {props.indicators.map((i) => (
                <option value={i.code} selected={d.indicator === i.code}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
          {input('year', t.year, 'number')}
          {input('value', t.target, 'number')}
          {input('min', pt.from, 'number')}
          {input('max', pt.to, 'number')}
        </>
      ) : null}
      {item.type === 'task' ? (
        <>
          {input('agency', pt.agency)}
          <RestoredNote restored={(d.restored as Restored | undefined)?.agency} name={`k:${item.id}:agency`} lang={props.lang} />
          {input('text', pt.itemTask)}
          <RestoredNote restored={(d.restored as Restored | undefined)?.text} name={`k:${item.id}:text`} lang={props.lang} />
        </>
      ) : null}
      {item.type === 'basis' ? (
        <>
          {input('number', pt.number)}
          <label for={f('date')}>
            {pt.date} <DateHint id={f('date')} lang={props.lang} /> <DateInput id={f('date')} value={s(d.date)} />
          </label>
          {input('issuer', pt.issuer)}
        </>
      ) : null}
      {item.type === 'deadline' ? (
        <>
          {input('day', pt.day, 'number')}
          {input('month', t.month, 'number')}
        </>
      ) : null}
      {item.type === 'day' ? input('day', pt.dayMonth) : null}
    </fieldset>
  );
}

const NUMERIC = new Set(['year', 'value', 'min', 'max', 'day', 'month']);

/** Reads the review form back into decisions: `s:<id>` status, `f:<id>:<field>` corrected fields. */
export function decisionsFrom(body: Record<string, unknown>, items: ReviewItem[]) {
  return items.map((item) => {
    const status = body[`s:${item.id}`] === 'dropped' ? ('dropped' as const) : ('accepted' as const);
    const data: Record<string, unknown> = { ...item.data };
    for (const [k, v] of Object.entries(body)) {
      const m = /^f:(\d+):(\w+)$/.exec(k);
      if (!m || Number(m[1]) !== item.id || typeof v !== 'string') continue;
      const field = m[2]!;
      if (item.type === 'day' && field === 'day') data.day = v.trim();
      // (a basis document's day, typed dd/mm/yyyy, kept as the ISO day; what does not read as a day is kept as typed)
      else if (item.type === 'basis' && field === 'date') data.date = parseDate(v) ?? (v.trim() === '' ? null : v.trim());
      else data[field] = NUMERIC.has(field) ? (v.trim() === '' ? null : Number(v)) : v.trim() === '' ? null : v.trim();
    }
    // "Keep as read": the field goes back to the text the reader found, before its phrases were restored
    const restored = item.data.restored as Restored | undefined;
    for (const [field, r] of Object.entries(restored ?? {})) if (body[`k:${item.id}:${field}`] && r.original !== undefined) data[field] = r.original;
    return { itemId: item.id, status, data };
  });
}
