import type { Child } from 'hono/jsx';

/**
 * What the last action did ("Đã lưu."), said at the top of the page it led to and read out by screen readers;
 * nothing when there is nothing to say.
 */
export function StatusNote(props: { said: Child }) {
  return props.said ? (
    <p class="ok" role="status">
      {props.said}
    </p>
  ) : null;
}
