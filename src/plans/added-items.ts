import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { UserError } from '../core/errors.ts';
import { fold } from '../core/text/vietnamese.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { parsePlan } from './parse/index.ts';
import type { ParsedResult } from './parse/types.ts';
import { plansErrors } from './messages.ts';
import { planDocument } from './drafts.ts';

/**
 * A target the reader missed, added in the review from its sentence (selected in the document or
 * pasted), read by the same grammar with the plan's years: each target the sentence states becomes
 * a pending item, pointing at the sentence in the document when it is found there.
 */
export async function addMissedTargets(db: DB, planId: number, sentence: string, userId: number | null): Promise<number[]> {
  const text = sentence.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '') throw new UserError(plansErrors.sentenceMissing(), 422, [{ said: plansErrors.sentenceMissing(), field: 'sentence' }]);
  return inTransaction(db, async (trx) => {
    const plan = await trx.selectFrom('plans').select(['id', 'status', 'year_to', 'title']).where('id', '=', planId).executeTakeFirst();
    if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
    if (plan.status !== 'draft') throw new UserError(plansErrors.alreadyReviewed(), 409);
    // the sentence alone has no title: the plan's last year stands in for "đến năm …" of the heading
    const read = parsePlan(`${text}\n`);
    // a sentence the reader takes for a past result is a target when the person says so: it is added as one
    const found: ParsedResult[] = read.targets.length > 0 ? read.targets : read.results;
    const targets = found.map((t) => ({ ...t, year: t.year ?? plan.year_to }));
    if (targets.length === 0) throw new UserError(plansErrors.noTargetInSentence(), 422, [{ said: plansErrors.noTargetInSentence(), field: 'sentence' }]);
    const doc = await planDocument(trx, planId);
    const span = doc ? findSpan(doc.text, text) : null;
    const ids: number[] = [];
    for (const t of targets) {
      const { span: _s, valueSpan: _v, ...data } = t;
      const row = await trx
        .insertInto('plan_items')
        .values({
          plan_id: planId,
          type: 'target',
          data: JSON.stringify({ ...data, text, added: true }),
          span_start: span?.start ?? null,
          span_end: span?.end ?? null,
          status: 'pending',
          reviewed_by: null,
          reviewed_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    await audit(trx, { userId, action: 'create', entity: 'plan_item', key: String(planId), newValue: { sentence: text, targets: ids.length } });
    return ids;
  });
}

/** Where the sentence stands in the document, white space and case aside (a selection loses the line breaks). */
function findSpan(doc: string, sentence: string): { start: number; end: number } | null {
  const pattern = sentence
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern, 'iu').exec(doc);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Stored plans (in force) that a typed number or title names: the number exactly, else every word of the title, without diacritics. */
export async function findPlans(
  db: DB,
  typed: string,
  exceptId?: number,
): Promise<{ id: number; number: string | null; title: string; yearFrom: number; yearTo: number }[]> {
  const words = fold(typed).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const rows = await db.selectFrom('plans').select(['id', 'number', 'title', 'year_from', 'year_to']).where('status', '=', 'active').execute();
  const all = rows.filter((r) => r.id !== exceptId).map((r) => ({ id: r.id, number: r.number, title: r.title, yearFrom: r.year_from, yearTo: r.year_to }));
  const byNumber = all.filter((r) => r.number !== null && fold(r.number) === fold(typed));
  if (byNumber.length > 0) return byNumber;
  return all.filter((r) => {
    const hay = fold(`${r.number ?? ''} ${r.title}`);
    return words.every((w) => hay.includes(w));
  });
}
