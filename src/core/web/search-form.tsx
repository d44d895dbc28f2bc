import type { Child } from 'hono/jsx';

/**
 * A search on a list page (`role=search`, sent by GET as `q`): the words box with its label and hint, any other
 * fields of the search before it (the children), the button. The box grows to the line's width.
 */
export function SearchForm(props: {
  action: string;
  label: string;
  hint: string;
  value: string;
  button: string;
  primary?: boolean;
  /** The hint between the label and the box rather than under it. */
  hintFirst?: boolean;
  children?: Child;
}) {
  const hint = (
    <span id="q-hint" class="muted hint">
      {props.hint}
    </span>
  );
  return (
    <form method="get" action={props.action} class="inline" role="search">
      {props.children}
      <div class="grow">
        <label for="q">{props.label}</label>
        {props.hintFirst ? hint : null}
        <input id="q" name="q" value={props.value} aria-describedby="q-hint" />
        {props.hintFirst ? null : hint}
      </div>
      <div>
        <button class={props.primary ? 'primary' : undefined} type="submit">
          {props.button}
        </button>
      </div>
    </form>
  );
}
