import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { Lang } from '../core/i18n/index.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { parseInput, text } from '../core/validate.ts';
import { fold } from '../core/text/vietnamese.ts';
import { museumErrors as E } from './messages.ts';

/** The vocabularies an object is described with, in the order the forms show them. */
export const VOCABULARIES = ['type', 'material', 'period', 'ethnic'] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];
/** The object's column that holds each vocabulary's term. */
export const TERM_COLUMN = {
  type: 'type_term_id',
  material: 'material_term_id',
  period: 'period_term_id',
  ethnic: 'ethnic_term_id',
} as const satisfies Record<Vocabulary, string>;
/** The object form's field of each vocabulary's term. */
export const TERM_FIELD = { type: 'typeTerm', material: 'materialTerm', period: 'periodTerm', ethnic: 'ethnicTerm' } as const satisfies Record<
  Vocabulary,
  string
>;

export interface Term {
  id: number;
  vocabulary: Vocabulary;
  code: string;
  labelVi: string;
  labelEn: string;
  position: number;
  retired: boolean;
}

/** A term's label in the reader's language (the Vietnamese one when no English was given). */
export const termLabel = (t: { labelVi: string; labelEn: string }, lang: Lang) => (lang === 'en' && t.labelEn ? t.labelEn : t.labelVi);

/** Every term, by vocabulary and position; retired ones only when asked (the object form offers the others). */
export async function listTerms(db: DB, o: { withRetired?: boolean } = {}): Promise<Record<Vocabulary, Term[]>> {
  let q = db.selectFrom('museum_terms').select(['id', 'vocabulary', 'code', 'label_vi', 'label_en', 'position', 'retired']);
  if (!o.withRetired) q = q.where('retired', '=', 0);
  const rows = await q.orderBy('vocabulary').orderBy('position').orderBy('id').execute();
  const out = { type: [], material: [], period: [], ethnic: [] } as Record<Vocabulary, Term[]>;
  for (const r of rows) {
    if (!(VOCABULARIES as readonly string[]).includes(r.vocabulary)) continue;
    out[r.vocabulary as Vocabulary].push({
      id: r.id,
      vocabulary: r.vocabulary as Vocabulary,
      code: r.code,
      labelVi: r.label_vi,
      labelEn: r.label_en,
      position: r.position,
      retired: r.retired === 1,
    });
  }
  return out;
}

/** The terms of these ids (an object's, retired ones too), by id. */
export async function termsById(db: DB, ids: (number | null | undefined)[]): Promise<Map<number, Term>> {
  const wanted = [...new Set(ids.filter((x): x is number => typeof x === 'number'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('museum_terms')
    .select(['id', 'vocabulary', 'code', 'label_vi', 'label_en', 'position', 'retired'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        vocabulary: r.vocabulary as Vocabulary,
        code: r.code,
        labelVi: r.label_vi,
        labelEn: r.label_en,
        position: r.position,
        retired: r.retired === 1,
      },
    ]),
  );
}

/**
 * Checks that a term chosen for an object's vocabulary is a term of that vocabulary still offered (a retired term
 * an object already has may stay: `keep`). Refused beside the field otherwise.
 */
export async function checkTerm(db: DB, vocabulary: Vocabulary, id: number | null, keep: number | null = null): Promise<void> {
  if (id === null || id === keep) return;
  const t = await db.selectFrom('museum_terms').select(['vocabulary', 'retired']).where('id', '=', id).executeTakeFirst();
  if (!t || t.vocabulary !== vocabulary || t.retired === 1)
    throw new UserError(E.termNotInVocabulary(), 422, [{ field: TERM_FIELD[vocabulary], said: E.chooseFromList() }]);
}

/** Who may change the vocabularies: administrators and the staff of a museum (the lists are the museums' shared ones). */
export async function mayEditVocabularies(db: DB, p: Principal | undefined): Promise<boolean> {
  if (!p) return false;
  if (p.role === 'admin') return true;
  if (p.role !== 'staff' || p.institutionId === null) return false;
  const inst = await db.selectFrom('institutions').select('kind').where('id', '=', p.institutionId).executeTakeFirst();
  return !!inst?.kind.startsWith('museum');
}

const TermSchema = z.object({
  vocabulary: z.enum(VOCABULARIES),
  labelVi: text(200),
  labelEn: z.string().trim().max(200).default(''),
});

/** A code made from the Vietnamese label (folded, words joined by '-'); a number added while it is taken. */
async function freeCode(trx: DB, vocabulary: Vocabulary, label: string): Promise<string> {
  const base =
    fold(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'muc';
  const taken = new Set((await trx.selectFrom('museum_terms').select('code').where('vocabulary', '=', vocabulary).execute()).map((r) => r.code));
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
  return code;
}

/** The same label (folded) twice in a vocabulary is refused beside it: "Gốm" and "gom" are one term. */
async function refuseTwice(trx: DB, vocabulary: Vocabulary, labelVi: string, except: number | null) {
  const rows = await trx.selectFrom('museum_terms').select(['id', 'label_vi']).where('vocabulary', '=', vocabulary).execute();
  const same = rows.find((r) => r.id !== except && fold(r.label_vi) === fold(labelVi));
  if (same) throw new UserError(E.termExists({ label: same.label_vi }), 409, [{ field: 'labelVi', said: E.exists() }]);
}

/** Adds a term at the end of its vocabulary. */
export async function addTerm(db: DB, p: Principal, input: z.input<typeof TermSchema>): Promise<number> {
  if (!(await mayEditVocabularies(db, p))) throw noAccess();
  const v = parseInput(TermSchema, input, 'Danh mục');
  return inTransaction(db, async (trx) => {
    await refuseTwice(trx, v.vocabulary, v.labelVi, null);
    const last = await trx
      .selectFrom('museum_terms')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('vocabulary', '=', v.vocabulary)
      .executeTakeFirst();
    const row = await trx
      .insertInto('museum_terms')
      .values({
        vocabulary: v.vocabulary,
        code: await freeCode(trx, v.vocabulary, v.labelVi),
        label_vi: v.labelVi,
        label_en: v.labelEn,
        position: Number(last?.p ?? 0) + 1,
        retired: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: p.userId, action: 'create', entity: 'museum_term', key: String(row.id), newValue: v });
    return row.id;
  });
}

/** Renames a term (both labels) or retires it / offers it again; objects that have it show the new label. */
export async function updateTerm(db: DB, p: Principal, id: number, input: { labelVi: string; labelEn: string; retired: boolean }): Promise<void> {
  if (!(await mayEditVocabularies(db, p))) throw noAccess();
  const v = parseInput(z.object({ labelVi: text(200), labelEn: z.string().trim().max(200).default(''), retired: z.boolean() }), input, 'Danh mục');
  await inTransaction(db, async (trx) => {
    const old = await trx.selectFrom('museum_terms').selectAll().where('id', '=', id).executeTakeFirst();
    if (!old) throw notFound('mục danh mục', 'Term');
    await refuseTwice(trx, old.vocabulary as Vocabulary, v.labelVi, id);
    const retired = v.retired ? 1 : 0;
    if (old.label_vi === v.labelVi && old.label_en === v.labelEn && old.retired === retired) return;
    await trx.updateTable('museum_terms').set({ label_vi: v.labelVi, label_en: v.labelEn, retired }).where('id', '=', id).execute();
    await audit(trx, {
      userId: p.userId,
      action: 'update',
      entity: 'museum_term',
      key: String(id),
      oldValue: { labelVi: old.label_vi, labelEn: old.label_en, retired: old.retired === 1 },
      newValue: v,
    });
  });
}
