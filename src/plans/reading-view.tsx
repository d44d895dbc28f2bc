import { formatDateTime, formatNumber } from '../core/i18n/index.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { plansText } from './messages.ts';
import type { ReadingState } from './readings.ts';

/** How often the progress page asks again (a page of OCR takes some seconds). */
const REFRESH_SECONDS = 3;

/**
 * A scan being read: pages done of pages to read, and when it started. The page reloads itself (a meta refresh:
 * no script needed) and turns into the review when the reading is done, or the form with the refusal.
 */
export function ReadingProgress(props: { ctx: PageContext; reading: Extract<ReadingState, { state: 'reading' }>; path: string }) {
  const { ctx, reading } = props;
  const pt = plansText(ctx.lang);
  const total = reading.pagesTotal;
  const pages = (n: number) => formatNumber(ctx.lang, n, 0);
  return (
    <Layout ctx={ctx} title={pt.readingTitle} refreshSeconds={REFRESH_SECONDS}>
      <h1>{pt.readingTitle}</h1>
      <p>{pt.readingWhat({ filename: reading.filename })}</p>
      <p role="status">
        {total === null ? (
          pt.readingStarting
        ) : (
          <>
            <progress id="reading-progress" max={total} value={reading.pagesDone} aria-labelledby="reading-pages" />{' '}
            <span id="reading-pages">{pt.readingPages({ done: pages(reading.pagesDone), total: pages(total) })}</span>
          </>
        )}
      </p>
      <p class="muted">{pt.readingSince({ time: formatDateTime(reading.startedAt) })}</p>
      <p class="muted">{pt.readingLeave}</p>
      <p>
        <a href={props.path}>{pt.readingRefresh}</a>
      </p>
    </Layout>
  );
}
