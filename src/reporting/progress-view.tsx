import { formatDate, formatNumber, messages, type Lang } from '../core/i18n/index.ts';
import { levelName } from '../network/messages.ts';
import type { ChildStatus, Completeness } from './completeness.ts';
import { dateTime, reportPath } from './labels.ts';
import { reportingText, statusName } from './messages.ts';
import { percent, rateTone, type LevelRate, type RatesBelow, type RateTone } from './rates.ts';

/** The colour of a tone (the CSS classes of the dashboard's lights) — always beside the tone's word. */
const TONE_CLASS: Record<RateTone, string> = { full: 'met', part: 'near', low: 'behind', none: 'no-data' };

/** One rate: "12/15 (80 %)", a bar, and its word in a coloured light ("Còn thiếu"): never the colour alone. */
function RateCell(props: { lang: Lang; part: number; total: number; label: string }) {
  const { lang, part, total } = props;
  const t = reportingText(lang);
  const pct = percent(part, total);
  const tone = rateTone(part, total);
  const word = tone === 'full' ? t.toneFull : tone === 'part' ? t.tonePart : tone === 'low' ? t.toneLow : '—';
  return (
    <td class="num rate" data-label={props.label} data-part={part} data-total={total}>
      {t.rateOf({ part: formatNumber(lang, part, 0), total: formatNumber(lang, total, 0), percent: formatNumber(lang, pct, 1) })}{' '}
      <span class="bar" aria-hidden="true">
        <span class={`bar-${tone}`} style={`width:${pct ?? 0}%`}></span>
      </span>{' '}
      <span class={`light ${TONE_CLASS[tone]}`}>{word}</span>
    </td>
  );
}

/** Every level below the unit: how many units are expected, and the rates of those that submitted, on time, approved. */
export function RatesTable(props: { lang: Lang; year: number; levels: LevelRate[] }) {
  const { lang, year } = props;
  const t = reportingText(lang);
  return (
    <table class="cards rates">
      <caption>{t.ratesCaption({ year })}</caption>
      <thead>
        <tr>
          <th scope="col">{t.levelColumn}</th>
          <th scope="col">{t.expectedColumn}</th>
          <th scope="col">{t.sentColumn}</th>
          <th scope="col">{t.onTimeColumn}</th>
          <th scope="col">{t.approvedColumn}</th>
        </tr>
      </thead>
      <tbody>
        {props.levels.map((l) => (
          <tr data-level={l.level}>
            <th scope="row">{t.levelRow({ level: levelName(lang, l.level) })}</th>
            <td class="num" data-label={t.expectedColumn}>
              {formatNumber(lang, l.total, 0)}
            </td>
            <RateCell lang={lang} part={l.submitted} total={l.total} label={t.sentColumn} />
            <RateCell lang={lang} part={l.onTime} total={l.total} label={t.onTimeColumn} />
            <RateCell lang={lang} part={l.approved} total={l.total} label={t.approvedColumn} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A report's status in a coloured light: approved green, sent blue, returned amber, missing red once overdue. */
const statusClass = (ch: ChildStatus) =>
  ch.status === 'approved' ? 'met' : ch.status === 'submitted' ? 'sent' : ch.status === 'returned' ? 'near' : ch.daysLate > 0 ? 'behind' : 'no-data';

/** How late, in words: late by n days, overdue and not sent, on time, or not due yet. */
function lateness(lang: Lang, ch: ChildStatus): string {
  const t = reportingText(lang);
  if (ch.status === 'missing') {
    if (ch.daysLate > 0) return t.overdueBy({ days: ch.daysLate });
    return ch.daysLeft === 0 ? t.dueToday : t.notDueYet({ days: ch.daysLeft ?? 0 });
  }
  if (ch.daysLate > 0) return t.lateBy({ days: ch.daysLate });
  return ch.onTime === false ? t.lateCell : t.onTimeColumn;
}

/** The direct children: status in words, deadline, when sent, days late, the levels below each and a link to its own progress. */
export function ChildrenTable(props: { lang: Lang; year: number; p: Completeness; rates: RatesBelow }) {
  const { lang, year, p } = props;
  const t = reportingText(lang);
  const due = formatDate(p.cycle.deadline);
  const withBelow = p.children.some((ch) => (props.rates.byChild.get(ch.unit.id) ?? []).length > 0);
  return (
    <table class="cards children">
      <caption>{t.childrenCaption({ year, due })}</caption>
      <thead>
        <tr>
          <th scope="col">{messages(lang).unit}</th>
          <th scope="col">{t.status}</th>
          <th scope="col">{t.deadlineColumn}</th>
          <th scope="col">{t.sentAt}</th>
          <th scope="col">{t.daysLateColumn}</th>
          {withBelow ? <th scope="col">{t.belowColumn}</th> : null}
        </tr>
      </thead>
      <tbody>
        {p.children.map((ch) => {
          const below = props.rates.byChild.get(ch.unit.id) ?? [];
          return (
            <tr data-unit={ch.unit.code}>
              <th scope="row">{ch.reportId ? <a href={reportPath(ch.unit.code, year)}>{ch.unit.name}</a> : ch.unit.name}</th>
              <td data-label={t.status}>
                <span class={`light ${statusClass(ch)}`}>{statusName(lang, ch.status)}</span>
              </td>
              <td data-label={t.deadlineColumn}>{due}</td>
              <td data-label={t.sentAt}>{dateTime(ch.submittedAt)}</td>
              <td data-label={t.daysLateColumn} data-days-late={ch.daysLate}>
                {lateness(lang, ch)}
              </td>
              {withBelow ? (
                <td data-label={t.belowColumn}>
                  {below.map((l) => (
                    <span class="below-line">
                      {t.belowLine({
                        level: levelName(lang, l.level),
                        submitted: formatNumber(lang, l.submitted, 0),
                        total: formatNumber(lang, l.total, 0),
                        approved: formatNumber(lang, l.approved, 0),
                      })}
                    </span>
                  ))}
                  {below.length > 0 ? (
                    <a href={`${reportPath(ch.unit.code, year)}/tien-do`} class="drill">
                      {t.drillDown({ unit: ch.unit.name })}
                    </a>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
