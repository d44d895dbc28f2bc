import { DateHint, DateInput } from '../core/web/date-input.tsx';
import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { Problem } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { indicatorName } from '../indicators/messages.ts';
import { listIndicators } from '../indicators/catalogue.ts';
import { assetPath } from '../core/web/assets.ts';
import { planDocument, planItems } from './drafts.ts';
import { duplicatesOf, planById } from './queries.ts';
import { ItemFields, MarkedText, RestoredNote } from './review-view.tsx';
import { ReaderNotes, readerSaid } from './reader-notes.tsx';
import { plansText } from './messages.ts';

/** What the review form held when refused: a missed target's sentence, the parent plan typed and its choices. */
export interface ReviewTyped {
  sentence?: string;
  /** The plan's day as typed (dd/mm/yyyy), when refused. */
  date?: string;
  parent?: string;
  parentChoices?: { id: number; number: string | null; title: string }[];
}

/** The header's fields whose phrases were restored when read: the text before, what was put back. */
export type HeaderRestored = Record<string, { original?: string; restorations?: { restored: string }[] }>;

/** A draft plan's review: the document with what was read marked, beside the header and items to confirm. */
export async function renderReview(c: AppContext, planId: number, problems: Problem[] = [], typed: ReviewTyped = {}) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const pt = plansText(lang);
  const plan = (await planById(db, planId))!;
  const doc = await planDocument(db, planId);
  const items = await planItems(db, planId);
  const indicators = (await listIndicators(db)).map((i) => ({ code: i.code, name: indicatorName(lang, i) }));
  const duplicates = await duplicatesOf(db, { id: planId, number: plan.number, issuer: plan.issuer, date: plan.date });
  const row = await db.selectFrom('plans').select(['restored', 'parent_plan_id']).where('id', '=', planId).executeTakeFirst();
  const restored = row?.restored ? (JSON.parse(row.restored) as HeaderRestored) : {};
  const parent = row?.parent_plan_id ? await planById(db, row.parent_plan_id) : undefined;
  const parentLabel = parent ? (parent.number ?? parent.title) : '';
  const title = pt.reviewTitle;
  const fieldNames: Record<string, string> = { 'h:date': pt.issueDate, 'h:parent': pt.parentPlan };
  const dateProblem = problems.find((p) => p.field === 'h:date');
  const sentenceProblem = problems.find((p) => p.field === 'sentence');
  return c.html(
    <Layout ctx={ctx} title={title}>
      <h1>
        {title}: {plan.number ?? plan.title}
      </h1>
      {problems.length > 0 ? (
        <div role="alert" class="error">
          <ul>
            {problems.map((p) => (
              <li>
                {p.field && fieldNames[p.field] ? `${fieldNames[p.field]}: ` : ''}
                {sayIn(lang, p.said)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {duplicates.length > 0 ? (
        <p role="status" class="reminder">
          {pt.duplicatePlan}{' '}
          {duplicates.map((d, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/ke-hoach/${d.id}`}>{d.number}</a>
            </>
          ))}
        </p>
      ) : null}
      <ReaderNotes said={readerSaid(doc)} planId={planId} csrf={c.var.csrf} lang={lang} />
      <div class="review">
        <section aria-labelledby="doc-h" class="review-doc">
          <h2 id="doc-h">
            {pt.document}
            {doc ? ` — ${doc.filename}` : ''}
          </h2>
          {doc ? <MarkedText text={doc.text} items={items} /> : null}
          <form method="post" action={`/ke-hoach/${planId}/chi-tieu`} id="add-target" class="add-target">
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <h3>{pt.addMissedTarget}</h3>
            <p class="muted">{pt.addTargetHelp}</p>
            <label for="sentence">{pt.sentence}</label>
            {sentenceProblem ? (
              <span class="field-error" id="sentence-err">
                {sayIn(lang, sentenceProblem.said)}
              </span>
            ) : null}
            <textarea
              id="sentence"
              name="sentence"
              rows={3}
              aria-invalid={sentenceProblem ? 'true' : undefined}
              aria-describedby={sentenceProblem ? 'sentence-err' : undefined}
              autofocus={sentenceProblem !== undefined}
            >
              {typed.sentence ?? ''}
            </textarea>
            <p>
              <button type="submit">{pt.addTarget}</button>
            </p>
          </form>
          <script src={assetPath('review-select.js')} defer />
        </section>
        <section aria-labelledby="items-h" class="review-items">
          <h2 id="items-h">{pt.whatWasRead}</h2>
          <form method="post" action={`/ke-hoach/${planId}/duyet`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <fieldset>
              <legend>{pt.planHeader}</legend>
              <label>
                {pt.number} <input name="h:number" value={plan.number ?? ''} />
              </label>
              <label for="h:date">
                {pt.issueDate} <DateHint id="h:date" lang={lang} />
                {dateProblem ? (
                  <span class="field-error" id="h:date-err">
                    {sayIn(lang, dateProblem.said)}
                  </span>
                ) : null}
                <DateInput id="h:date" value={typed.date ?? plan.date} errorId={dateProblem ? 'h:date-err' : undefined} autofocus={dateProblem !== undefined} />
              </label>
              <label>
                {pt.issuer} <input name="h:issuer" value={plan.issuer ?? ''} />
              </label>
              <RestoredNote restored={restored.issuer} name="k:h:issuer" lang={lang} />
              <label class="wide">
                {pt.title} <input name="h:title" value={plan.title} required />
              </label>
              <RestoredNote restored={restored.title} name="k:h:title" lang={lang} />
              <label>
                {pt.fromYear} <input name="h:yearFrom" type="number" value={String(plan.yearFrom)} />
              </label>
              <label>
                {pt.toYear} <input name="h:yearTo" type="number" value={String(plan.yearTo)} />
              </label>
              <label class="wide" for="h:parent">
                {pt.parentPlan}
              </label>
              <input id="h:parent" name="h:parent" value={typed.parent ?? parentLabel} aria-describedby="parent-help" />
              <input type="hidden" name="h:parentWas" value={parentLabel} />
              <p id="parent-help" class="muted">
                {pt.parentHelp}
              </p>
              {typed.parentChoices?.length ? (
                <fieldset id="h:parentId">
                  <legend>{pt.chooseOne}</legend>
                  {typed.parentChoices.map((x) => (
                    <label class="block">
                      <input type="radio" name="h:parentId" value={String(x.id)} /> {x.number ? `${x.number} — ` : ''}
                      {x.title}
                    </label>
                  ))}
                </fieldset>
              ) : null}
            </fieldset>
            {items.map((i) => (
              <ItemFields item={i} indicators={indicators} t={t} lang={lang} />
            ))}
            <p>
              <button class="primary" type="submit">
                {pt.savePlan}
              </button>
            </p>
          </form>
        </section>
      </div>
    </Layout>,
    problems.length > 0 ? 422 : 200,
  );
}
