import type { Lang } from '../core/i18n/lang.ts';
import type { EventView } from './events.ts';
import { formatLocalDateTime as when } from '../core/i18n/format.ts';
import { eventsText, kindName } from './messages.ts';

export { kindName } from './messages.ts';
export { formatLocalDateTime as when } from '../core/i18n/format.ts';

export function EventList(props: { events: EventView[]; lang: Lang; dayNames: Map<string, string>; level?: 2 | 3 }) {
  const { lang } = props;
  const s = eventsText(lang);
  if (props.events.length === 0) return <p>{s.none}</p>;
  return (
    <ul class="cards">
      {props.events.map((e) => (
        <li>
          {props.level === 2 ? (
            <h2>
              <a href={`/su-kien/${e.id}`}>{e.title}</a>
            </h2>
          ) : (
            <h3>
              <a href={`/su-kien/${e.id}`}>{e.title}</a>
            </h3>
          )}
          <p>
            <span>{kindName(e.kind, lang)}</span> · <time datetime={e.startsAt}>{when(e.startsAt)}</time> · {e.place} · {e.institution}
          </p>
          {e.days.length > 0 ? (
            <p>
              {e.days.map((d) => (
                <span class="tag">{props.dayNames.get(d) ?? d}</span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
