import type { Lang } from '../core/i18n/index.ts';
import { placeAdminText } from './messages.ts';
import { treeHref } from './place-paths.ts';
import type { Unit } from './units.ts';

/** The path from the top level down to a unit, each step a link to the tree below it on the day. */
export function Crumbs(props: { lang: Lang; path: Unit[]; day: string; last?: Unit }) {
  const s = placeAdminText(props.lang);
  if (props.path.length === 0 && !props.last) return null;
  return (
    <nav aria-label={s.path}>
      <ol class="crumbs">
        {props.path.map((u) => (
          <li>
            <a href={treeHref(u.code, props.day)}>{u.name}</a>
          </li>
        ))}
        {props.last ? <li aria-current="page">{props.last.name}</li> : null}
      </ol>
    </nav>
  );
}
