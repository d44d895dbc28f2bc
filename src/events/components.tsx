import type { EventView } from './events.ts';
import { EVENT_KINDS } from './catalogue.ts';
import type { Strings } from './strings.ts';

export const kindName = (code: string, lang: string) => {
  const k = EVENT_KINDS.find((x) => x.code === code);
  return k ? (lang === 'en' ? k.en : k.vi) : code;
};

/** `2027-04-21T08:00` → `08:00 21/04/2027`. */
export function when(local: string): string {
  const [d, t] = local.split('T');
  const [y, m, day] = (d ?? '').split('-');
  return `${t ?? ''} ${day}/${m}/${y}`;
}

export function EventList(props: { events: EventView[]; s: Strings; lang: string; dayNames: Map<string, string>; level?: 2 | 3 }) {
  const { s, lang } = props;
  if (props.events.length === 0) return <p>{s.none}</p>;
  return (
    <ul class="cards">
      {props.events.map((e) => (
        <li>
          {props.level === 2 ? <h2><a href={`/su-kien/${e.id}`}>{e.title}</a></h2> : <h3><a href={`/su-kien/${e.id}`}>{e.title}</a></h3>}
          <p>
            <span>{kindName(e.kind, lang)}</span> · <time datetime={e.startsAt}>{when(e.startsAt)}</time> · {e.place} · {e.institution}
          </p>
          {e.days.length > 0 ? <p>{e.days.map((d) => <span class="tag">{props.dayNames.get(d) ?? d}</span>)}</p> : null}
        </li>
      ))}
    </ul>
  );
}
