import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { reportingText } from './messages.ts';

/**
 * The step before a change that cannot simply be undone (approving, returning, closing a cycle): "Bạn có chắc…?",
 * what will happen, and a form that posts the same fields again with `confirm=1`. It needs no JavaScript: the buttons
 * on the pages post without `confirm`, and the handlers answer with this page instead of acting.
 */
export function confirmPage(
  c: AppContext,
  p: {
    action: string;
    verb: string;
    effect: string;
    fields: Record<string, string>;
    quote?: string;
    back: string;
    /** Said above the question, in place: why the step is asked again (data changed since the page was drawn). */
    alert?: string;
    /** What the step reaches, shown before the buttons (who a reminder goes to, what changed). */
    details?: unknown;
    /** Another way out, after the buttons (return the report instead). */
    alternative?: unknown;
    status?: 200 | 409;
  },
): Response | Promise<Response> {
  const ctx = pageContext(c);
  const t = reportingText(ctx.lang);
  const title = t.confirmTitle({ action: p.verb });
  return c.html(
    <Layout ctx={ctx} title={title}>
      {p.alert ? (
        <p class="error" role="alert">
          {p.alert}
        </p>
      ) : null}
      <h1>{t.areYouSure({ action: p.verb })}</h1>
      <p data-effect="">{p.effect}</p>
      {(p.details as never) ?? null}
      {p.quote ? (
        <blockquote>
          {p.quote.split('\n').map((line) => (
            <p>{line}</p>
          ))}
        </blockquote>
      ) : null}
      <form method="post" action={p.action} class="confirm">
        <input type="hidden" name="_csrf" value={c.var.csrf} />
        {Object.entries(p.fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirm" value="1" />
        <button type="submit">{t.confirmYes({ action: p.verb })}</button> <a href={p.back}>{t.confirmNo}</a>
      </form>
      {(p.alternative as never) ?? null}
    </Layout>,
    p.status ?? 200,
  );
}

/** Whether a posted form carries the confirmation. */
export const confirmed = (body: Record<string, unknown>): boolean => body.confirm === '1';
