import type { Child } from 'hono/jsx';
import type { Problem } from '../core/errors.ts';
import { formatDate, formatNumber, sayIn } from '../core/i18n/index.ts';
import type { Lang } from '../core/i18n/lang.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import type { ReportContent } from './content.ts';
import { ContentTable, type TableBlock } from './content-table.tsx';
import { dateTime, reportPath } from './labels.ts';
import { actionName, reportingText, sectionTitle, statusName } from './messages.ts';
import { SECTIONS, type Narrative } from './narrative.ts';
import { amountInput, type FORM_FIELDS, type FormValues } from './report-form.ts';
import type { commentsOf, Report } from './reports.ts';
import { outline } from './sections.ts';

/** What a refused form sends back to the page: what was typed, the problems beside their fields, a line at the top. */
export interface ReportForm {
  values?: FormValues & { comment?: string };
  problems?: Problem[];
  alert?: string;
}

type Comment = Awaited<ReturnType<typeof commentsOf>>[number];
type Text = ReturnType<typeof reportingText>;
type FieldName = (typeof FORM_FIELDS)[number] | 'comment';
/** What the page says after a step. */
export type Done = 'saved' | 'submitted' | 'approvedDone' | 'returnedDone';

/**
 * The report page of a unit for a year: its state, the reason it came back, its history, the narrative (a form while
 * the unit may still edit it, else text), the reviewer's buttons and the figures. Only shows: the handlers
 * (report-page.tsx) decide who is who and what the form said.
 */
export function ReportView(props: {
  ctx: PageContext;
  csrf: string;
  report: Report;
  content: ReportContent;
  comments: Comment[];
  form?: ReportForm;
  done?: Done;
  isReporter: boolean;
  isReviewer: boolean;
  /** Why the unit is not asked to report this year (then nothing is editable), or null. */
  notAsked: Child | null;
}) {
  const { ctx, report, form, isReporter, isReviewer } = props;
  const { lang } = ctx;
  const t = reportingText(lang);
  const editable = props.notAsked === null && isReporter && (report.status === 'draft' || report.status === 'returned');
  const title = t.reportTitle({ year: report.year, unit: report.unit.name });
  // a returned report says why, at the top, to the unit that must correct it: the last return or reopening
  const sentBack = report.status === 'returned' ? [...props.comments].reverse().find((cm) => cm.action === 'return' || cm.action === 'reopen') : undefined;
  const field = fieldOf(lang, form);
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/don-vi/${encodeURIComponent(report.unit.code)}?nam=${report.year}`}>← {report.unit.name}</a>
      </p>
      <h1>{title}</h1>
      {props.notAsked}
      {props.done ? <p role="status">{props.done === 'saved' ? ctx.t.saved : t[props.done]}</p> : null}
      {form?.alert ? (
        <p class="error" role="alert">
          {form.alert}
        </p>
      ) : null}
      <ReportState t={t} lang={lang} report={report} />
      {sentBack ? <SentBack t={t} comment={sentBack} isReporter={isReporter} /> : null}
      {props.comments.length > 0 ? <History t={t} lang={lang} comments={props.comments} /> : null}
      {editable ? (
        <NarrativeForm t={t} lang={lang} csrf={props.csrf} report={report} typed={form?.values} field={field} />
      ) : (
        <NarrativeText t={t} lang={lang} report={report} />
      )}
      {isReviewer && (report.status === 'submitted' || report.status === 'approved') ? (
        <Review t={t} csrf={props.csrf} report={report} typed={form?.values?.comment} field={field} />
      ) : null}
      <section aria-labelledby="content-h">
        <h2 id="content-h">{t.content}</h2>
        {outline(props.content, report.narrative)
          .filter((b): b is TableBlock => b.type === 'table')
          .map((b) => (
            <ContentTable block={b} class="cards" />
          ))}
      </section>
    </Layout>
  );
}

type Field = (name: FieldName, label: string, control: (a: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => Child) => Child;

/** One field of a form, its error (from the refused form) beside it and tied to it for screen readers. */
const fieldOf =
  (lang: Lang, form?: ReportForm): Field =>
  (name, label, control) => {
    const problem = form?.problems?.find((x) => x.field === name);
    const id = `f-${name}`;
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {control({ id, 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': problem ? `${id}-err` : undefined })}
        {problem ? (
          <span id={`${id}-err`} class="field-error">
            {sayIn(lang, problem.said)}
          </span>
        ) : null}
      </div>
    );
  };

/** Status, deadline, when it was sent and whether on time; the downloads. */
function ReportState({ t, lang, report }: { t: Text; lang: Lang; report: Report }) {
  const base = reportPath(report.unit.code, report.year);
  return (
    <>
      <dl class="report-meta">
        <dt>{t.status}</dt>
        <dd data-status={report.status}>{statusName(lang, report.status)}</dd>
        <dt>{t.due}</dt>
        <dd>
          {formatDate(report.cycle.deadline)}
          {report.cycle.closedAt ? t.cycleClosedNote : ''}
        </dd>
        {report.submittedAt ? (
          <>
            <dt>{t.submittedAt}</dt>
            <dd>
              {dateTime(report.submittedAt)} · {report.onTime ? t.onTime : t.late}
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        {t.download}: <a href={`${base}/tai/docx`}>DOCX</a> · <a href={`${base}/tai/xlsx`}>XLSX</a> · <a href={`${base}/in`}>{t.printView}</a> ·{' '}
        <a href={`${base}/tien-do`}>{t.progressBelow}</a>
      </p>
    </>
  );
}

/** Why the report came back (returned or reopened), in the reviewer's words. */
function SentBack({ t, comment, isReporter }: { t: Text; comment: Comment; isReporter: boolean }) {
  return (
    <div class="returned-notice" data-returned="">
      <p>
        <strong>
          {(comment.action === 'reopen' ? t.reopenedNotice : t.returnedNotice)({ who: comment.who ?? t.theLevelAbove, at: dateTime(comment.at) })}
        </strong>
      </p>
      <blockquote>
        {(comment.text ?? '').split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </blockquote>
      {isReporter ? <p>{t.returnedFix}</p> : null}
    </div>
  );
}

/** Every step of the report, oldest first: when, who, what, and the comment given. */
function History({ t, lang, comments }: { t: Text; lang: Lang; comments: Comment[] }) {
  return (
    <section aria-labelledby="history-h">
      <h2 id="history-h">{t.history}</h2>
      <ol class="history">
        {comments.map((cm) => (
          <li>
            {dateTime(cm.at)} · {cm.who ?? t.commandLine} · {actionName(lang, cm.action)}
            {cm.text ? (
              <>
                : <q>{cm.text}</q>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The narrative as one form: saving, filling from below and submitting all send what is typed (formaction), so
 * nothing typed is lost; after a refusal each field shows what was typed.
 */
function NarrativeForm(props: { t: Text; lang: Lang; csrf: string; report: Report; typed?: FormValues; field: Field }) {
  const { t, lang, report, field } = props;
  const typed = props.typed ?? {};
  const n = report.narrative;
  const base = reportPath(report.unit.code, report.year);
  return (
    <form method="post" action={`${base}/luu`} class="narrative">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {field('number', t.documentNumber, (a) => (
        <input {...a} name="number" value={typed.number ?? report.number ?? ''} placeholder="12" />
      ))}
      {SECTIONS.map((s) =>
        field(s, sectionTitle(lang, s), (a) => (
          <textarea {...a} name={s} rows={8}>
            {typed[s] ?? n[s]}
          </textarea>
        )),
      )}
      {field('budgetState', t.budgetStateLabel({ year: report.year + 1 }), (a) => (
        <input {...a} name="budgetState" inputmode="decimal" value={typed.budgetState ?? amountInput(lang, n.budgetState)} />
      ))}
      {field('budgetSocial', t.budgetSocialLabel({ year: report.year + 1 }), (a) => (
        <input {...a} name="budgetSocial" inputmode="decimal" value={typed.budgetSocial ?? amountInput(lang, n.budgetSocial)} />
      ))}
      {field('signerTitle', t.signerTitle, (a) => (
        <textarea {...a} name="signerTitle" rows={2} maxlength={200} placeholder={t.signerTitleHint}>
          {typed.signerTitle ?? n.signerTitle}
        </textarea>
      ))}
      {field('signerName', t.signerName, (a) => (
        <input {...a} name="signerName" maxlength={200} value={typed.signerName ?? n.signerName} autocomplete="name" />
      ))}
      <p class="actions">
        <button type="submit">{t.saveReport}</button>{' '}
        <button type="submit" formaction={`${base}/dien-tu-cap-duoi`}>
          {t.fillFromBelow}
        </button>{' '}
        <button type="submit" formaction={`${base}/gui`}>
          {t.submit}
        </button>
      </p>
    </form>
  );
}

/** The narrative as text, for those who read it (and for a report no longer editable). */
function NarrativeText({ t, lang, report }: { t: Text; lang: Lang; report: Report }) {
  const n: Narrative = report.narrative;
  const amount = (v: number | null) => formatNumber(lang, v, 2);
  return (
    <section aria-labelledby="narrative-h" class="narrative-view">
      <h2 id="narrative-h">{t.narrative}</h2>
      {SECTIONS.map((s) => (
        <div data-section={s}>
          <h3>{sectionTitle(lang, s)}</h3>
          {(n[s].trim() || t.empty).split('\n').map((line) => (
            <p>{line}</p>
          ))}
        </div>
      ))}
      <p>{t.budgetSummary({ year: report.year + 1, state: amount(n.budgetState), social: amount(n.budgetSocial) })}</p>
    </section>
  );
}

/** The reviewer's part: approve a submitted report; return it (or reopen an approved one) with a reason. */
function Review({ t, csrf, report, typed, field }: { t: Text; csrf: string; report: Report; typed?: string; field: Field }) {
  const base = reportPath(report.unit.code, report.year);
  return (
    <section aria-labelledby="review-h">
      <h2 id="review-h">{t.review}</h2>
      {report.status === 'submitted' ? (
        <form method="post" action={`${base}/duyet`}>
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit">{t.approve}</button>
        </form>
      ) : null}
      <form method="post" action={`${base}/tra-lai`} class="narrative">
        <input type="hidden" name="_csrf" value={csrf} />
        {field('comment', report.status === 'approved' ? t.reopenReason : t.returnComment, (a) => (
          <textarea {...a} name="comment" rows={4}>
            {typed ?? ''}
          </textarea>
        ))}
        <button type="submit">{report.status === 'approved' ? t.reopen : t.return}</button>
      </form>
    </section>
  );
}
