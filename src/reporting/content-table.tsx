import type { Block } from './sections.ts';

export type TableBlock = Extract<Block, { type: 'table' }>;

/** A figure written in a cell: right-aligned in the print view (`numbers`). */
const numeric = (s: string) => /^[−\-+]?[\d.,]+$/.test(s) || s === '—';

/**
 * One table of the report's content, as the report page and its print view both draw it: caption, column heads, each
 * row headed by its first cell. Each cell carries its column's head (`data-label`): on a phone a `cards` table shows
 * each row as a card of "head: value" lines instead of columns wider than the screen.
 */
export function ContentTable(props: { block: TableBlock; class?: string; numbers?: boolean }) {
  const b = props.block;
  return (
    <table class={props.class}>
      <caption>{b.caption}</caption>
      <thead>
        <tr>
          {b.head.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {b.rows.map((r) => (
          <tr>
            {r.map((cell, i) =>
              i === 0 ? (
                <th scope="row" data-label={b.head[i]}>
                  {cell}
                </th>
              ) : (
                <td class={props.numbers && numeric(cell) ? 'n' : undefined} data-label={b.head[i]}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
