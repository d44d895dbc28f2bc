import type { Messages } from '../i18n/index.ts';

/** The year picker of the dashboards and the data pages (a GET form: works without JavaScript). */
export function YearForm(props: { action: string; year: number; years: number[]; t: Messages; extra?: Record<string, string> }) {
  return (
    <form method="get" action={props.action} class="inline">
      {Object.entries(props.extra ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <div>
        <label for="nam">{props.t.year}</label>
        <select id="nam" name="nam">
          {props.years.map((y) => (
            <option value={String(y)} selected={y === props.year}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{props.t.show}</button>
    </form>
  );
}
