import { formatDate, type Lang } from '../core/i18n/index.ts';
import { localDateTime } from '../core/time.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { Csrf, ErrorSummary, type Refusal } from './form-bits.tsx';
import { deskText } from './desk-messages.ts';
import { noticeText } from './notice-messages.ts';
import { patronText } from './patron-messages.ts';
import type { NoticeLoan, NoticeReader } from './notices.ts';
import { patronPath, patronsPath } from './patron-view.tsx';
import { LoanTable } from './loan-tables.tsx';
import type { Place } from './places.ts';

/** The notices pages show the desk's links and fields and a loan's days overdue beside the notices' own words. */
const words = (lang: Lang) => ({ ...deskText(lang), ...patronText(lang), ...noticeText(lang) });
type T = ReturnType<typeof words>;

/** The notices pages' addresses. */
export const noticesPath = (lib: Place, path = '') => `/thu-vien/${encodeURIComponent(lib.code)}/nhac-tra${path}`;

const CSS = `.notice-reader{border-top:1px solid #ccc;padding:.5rem 0}.notice-reader legend{font-weight:600;padding:0}
.notice-reader fieldset{border:0;margin:0;padding:0;min-width:0}.late{color:#8a1710;font-weight:700}
table.compact td,table.compact th{padding:4px 6px}.notice-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}
@media (max-width:40rem){table.stack thead{display:none}table.stack tr{display:block;border-bottom:1px solid #ddd;padding:.25rem 0}table.stack td{display:block;padding:2px 0}table.stack td[data-h]::before{content:attr(data-h);font-weight:600}}`;

/** When a loan was last noticed, in words: the day, the time, by whom, how. */
export function lastNoticeWords(t: T, l: NoticeLoan): string {
  if (!l.last) return t.neverNoticed;
  const local = localDateTime(l.last.at);
  const words = { date: formatDate(l.last.on), time: local.slice(11, 16), who: l.last.by ?? t.someone };
  return l.last.mailed ? t.noticeByMail(words) : t.noticeOnPaper(words);
}

/** The notices page: overdue loans by reader, each reader a checkbox (checked unless noticed today), send or print. */
export function noticesView(p: { ctx: PageContext; lib: Place; readers: NoticeReader[]; mail: boolean; notice: string | null; paper: number[]; r?: Refusal }) {
  const { ctx, lib, r } = p;
  const t = words(ctx.lang);
  const code = encodeURIComponent(lib.code);
  const chosen = r ? new Set((r.typed.patron ?? '').split(',')) : null;
  const problem = r?.fields.patron;
  return (
    <Layout ctx={ctx} title={`${t.noticesTitle} · ${lib.name}`}>
      <style>{CSS}</style>
      <h1>{t.noticesTitle}</h1>
      <p>
        {lib.name} · <a href={`/thu-vien/${code}/quay`}>{t.scanDesk}</a> · <a href={patronsPath(lib)}>{t.findPatron}</a> ·{' '}
        <a href={`/thu-vien/${code}/dat-truoc`}>{t.pickupList}</a>
      </p>
      {p.notice ? (
        <p class="ok" role="status">
          {p.notice}
          {p.paper.length ? (
            <>
              {' '}
              <a href={`${noticesPath(lib, '/in')}?${p.paper.map((id) => `ban-doc=${id}`).join('&')}`}>{t.printThese}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <ErrorSummary lang={ctx.lang} r={r} />
      <p class="muted">{p.mail ? t.noticesByMail : t.noticesNoMail}</p>
      {p.readers.length === 0 ? (
        <p>{t.noOverdueReaders}</p>
      ) : (
        <form method="post" action={noticesPath(lib)}>
          <Csrf token={ctx.csrf} />
          <h2 id="notice-patron">{t.overdueReadersH({ n: p.readers.length })}</h2>
          {problem ? (
            <p class="field-error" id="notice-patron-err">
              {problem}
            </p>
          ) : null}
          {p.readers.map((x) => (
            <div class="notice-reader">
              <fieldset>
                <legend>
                  <label>
                    <input
                      type="checkbox"
                      name="patron"
                      value={String(x.patronId)}
                      checked={chosen ? chosen.has(String(x.patronId)) : !x.noticedToday}
                      aria-describedby={problem ? 'notice-patron-err' : undefined}
                    />{' '}
                    {t.noticeChoose({ name: x.name, card: x.card })}
                  </label>
                </legend>
                <p class="muted" style="margin:.25rem 0">
                  <a href={patronPath(lib, x.patronId)}>{t.patronFile}</a> · {x.email ?? t.noEmail}
                  {x.noticedToday ? ` · ${t.noticedToday}` : ''}
                </p>
                <LoanTable
                  lang={ctx.lang}
                  loans={x.loans}
                  state={(l) => t.overdueDays({ days: l.days })}
                  late={() => true}
                  stack
                  last={{ head: t.lastNotice, cell: (l) => lastNoticeWords(t, l) }}
                />
              </fieldset>
            </div>
          ))}
          <div class="notice-actions">
            <button class="primary" type="submit">
              {t.sendNoticesButton}
            </button>
            <button type="submit" formmethod="get" formaction={noticesPath(lib, '/in')} name="in" value="1">
              {t.printNoticesButton}
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}

const PRINT_CSS = `@media print{header,footer,.skip,.no-print{display:none!important}main{max-width:none;margin:0}.letter{break-after:page}}
.letter{border-top:1px solid #ccc;padding-top:1rem;margin-bottom:2rem}table.compact td,table.compact th{padding:4px 6px}`;

/** The print view: one letter per reader, each on its own sheet. */
export function noticesPrintView(p: { ctx: PageContext; lib: Place; readers: NoticeReader[]; today: string }) {
  const { ctx, lib } = p;
  const t = words(ctx.lang);
  return (
    <Layout ctx={ctx} title={`${t.noticeLetterH} · ${lib.name}`}>
      <style>{PRINT_CSS}</style>
      <p class="no-print">
        <a href={noticesPath(lib)}>{t.backToNotices}</a>
      </p>
      <h1 class="no-print">{t.noticeLetterH}</h1>
      {p.readers.length === 0 ? <p>{t.noOverdueReaders}</p> : null}
      {p.readers.map((x) => (
        <section class="letter" aria-label={`${t.noticeLetterH}: ${x.name}`}>
          <p>
            <strong>{lib.name}</strong>
            <br />
            {t.noticeDated({ date: formatDate(p.today) })}
          </p>
          <h2>{t.noticeLetterH}</h2>
          <p>{t.noticeGreeting({ name: x.name })}</p>
          <p>{t.noticeIntro({ library: lib.name, card: x.card })}</p>
          <LoanTable lang={ctx.lang} loans={x.loans} state={(l) => t.overdueDays({ days: l.days })} late={() => false} />
          <p>{t.noticeClosing({ library: lib.name })}</p>
        </section>
      ))}
    </Layout>
  );
}
