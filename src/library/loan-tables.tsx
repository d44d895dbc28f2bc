import { formatDate, type Lang } from '../core/i18n/index.ts';
import type { HistoryLine } from './holds.ts';
import { deskText } from './desk-messages.ts';
import { patronText } from './patron-messages.ts';

interface LoanLine {
  title: string;
  barcode: string;
  dueAt: string;
}

/**
 * Loans as the desk's pages, the reader's file and the overdue letter show them: title, barcode, due day and state,
 * and a last column when one is given. `stack`: on a phone each row stacks, each cell named (`table.stack`).
 */
export function LoanTable<L extends LoanLine>(props: {
  lang: Lang;
  loans: L[];
  state: (l: L) => string;
  /** The state in red (class `late`). */
  late: (l: L) => boolean;
  labelledBy?: string;
  stack?: boolean;
  last?: { head: string; cell: (l: L) => string };
}) {
  const { last, stack } = props;
  const t = deskText(props.lang);
  const named = (head: string) => (stack ? `${head}: ` : undefined);
  return (
    <table class={stack ? 'compact stack' : 'compact'} aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t.title}</th>
          <th scope="col">{t.barcode}</th>
          <th scope="col">{t.due}</th>
          <th scope="col">{patronText(props.lang).loanState}</th>
          {last ? <th scope="col">{last.head}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.loans.map((l) => (
          <tr>
            <td>{l.title}</td>
            <td data-h={named(t.barcode)}>{l.barcode}</td>
            <td data-h={named(t.due)}>{formatDate(l.dueAt)}</td>
            <td class={props.late(l) ? 'late' : undefined}>{props.state(l)}</td>
            {last ? <td data-h={named(last.head)}>{last.cell(l)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The loans a reader has brought back: title, the day borrowed, the day returned (the desk's file and the reader's own page). */
export function ReturnedLoans(props: { lang: Lang; lines: HistoryLine[]; labelledBy?: string }) {
  const t = deskText(props.lang);
  const back = props.lines.filter((l) => l.returnedAt !== null);
  if (back.length === 0) return <p>{patronText(props.lang).noHistory}</p>;
  return (
    <table class="compact" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t.title}</th>
          <th scope="col">{patronText(props.lang).borrowed}</th>
          <th scope="col">{t.returnedOnDay}</th>
        </tr>
      </thead>
      <tbody>
        {back.map((l) => (
          <tr>
            <td>{l.title}</td>
            <td>{formatDate(l.outAt)}</td>
            <td>{formatDate(l.returnedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
