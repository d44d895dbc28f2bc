import { formatDate } from '../core/i18n/index.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { AUDIENCES, MATERIALS } from './bib.ts';
import { EDITABLE_STATUSES, marcView, type EditableRecord, type EditItem } from './catalogue-edit.ts';
import { Csrf, ErrorSummary, FormField, type Refusal } from './form-bits.tsx';
import { isControl } from './marc/record.ts';
import { catalogueText, itemStatusText } from './catalogue-messages.ts';
import { deskText } from './desk-messages.ts';
import { searchText } from './search-messages.ts';
import type { Place } from './places.ts';
import { StatusNote } from '../core/web/status-note.tsx';

type T = ReturnType<typeof catalogueText>;

/** The record editor's address. */
export const editRecordPath = (lib: Place, id: number, path = '') => `/thu-vien/${encodeURIComponent(lib.code)}/sach/${id}${path}`;

const CSS = `.edit-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:0 2rem}
.item-card{border-top:1px solid #ccc;padding:.5rem 0}.item-card h3{margin:.25rem 0}
.item-forms{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));gap:0 2rem}
fieldset.plain{border:0;padding:0;margin:0 0 1rem;min-width:0}textarea{width:100%;max-width:24rem;box-sizing:border-box}
.marc{font-size:.95rem}.marc td:first-child,.marc td:nth-child(2){font-family:ui-monospace,monospace}.marc td{vertical-align:top;padding:2px 8px 2px 0;overflow-wrap:anywhere}
.late{color:#8a1710;font-weight:700}`;

/** The record's fields, as the cataloguing form has them; a refusal keeps what was typed. */
function RecordFields(props: { ctx: PageContext; rec: EditableRecord; r: Refusal | undefined; t: T }) {
  const { rec, r, t } = props;
  const st = searchText(props.ctx.lang);
  const d = deskText(props.ctx.lang);
  const mine = r?.form === 'record' ? r : undefined;
  const v = (name: string, now: string) => (mine ? (mine.typed[name] ?? '') : now);
  const b = rec.bib;
  const material = v('material', b.material);
  const audience = mine ? (mine.typed.audience ?? '').split(',') : b.audience;
  const problem = (f: string) => mine?.fields[f];
  return (
    <form method="post" action={editRecordPath(rec.lib, rec.id)}>
      <Csrf token={props.ctx.csrf} />
      <div class="edit-grid">
        <div>
          <FormField form="record" name="title" label={d.title} r={r} value={b.title} required />
          <FormField form="record" name="author" label={st.by} r={r} value={b.author ?? ''} />
          <FormField form="record" name="isbn" label="ISBN" r={r} value={b.isbn ?? ''} />
          <FormField form="record" name="publisher" label={st.publisher} r={r} value={b.publisher ?? ''} />
          <FormField form="record" name="year" label={t.yearLabel} r={r} value={b.year === null ? '' : String(b.year)} inputmode="numeric" />
        </div>
        <div>
          <FormField form="record" name="language" label={t.languageCodeHint} r={r} value={b.language ?? ''} />
          <FormField form="record" name="material" label={t.materialLabel} r={r}>
            <select
              id="record-material"
              name="material"
              style="display:block;max-width:100%"
              aria-invalid={problem('material') ? 'true' : undefined}
              aria-describedby={problem('material') ? 'record-material-err' : undefined}
            >
              {MATERIALS.map((m) => (
                <option value={m} selected={m === material}>
                  {t[`m_${m}`]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField form="record" name="subjects" label={d.subjects} r={r}>
            <textarea id="record-subjects" name="subjects" rows={2}>
              {v('subjects', b.subjects.join('; '))}
            </textarea>
          </FormField>
          <fieldset class="plain" id="record-audience">
            <legend>{st.f_audience}</legend>
            {problem('audience') ? <span class="field-error">{problem('audience')}</span> : null}
            {AUDIENCES.map((a) => (
              <label style="display:block">
                <input type="checkbox" name="audience" value={a} checked={audience.includes(a)} /> {st[`a_${a}`]}
              </label>
            ))}
          </fieldset>
          <FormField form="record" name="notes" label={t.notesLabel} r={r}>
            <textarea id="record-notes" name="notes" rows={2}>
              {v('notes', b.notes ?? '')}
            </textarea>
          </FormField>
        </div>
      </div>
      <button class="primary" type="submit">
        {t.saveRecordButton}
      </button>
    </form>
  );
}

/** A copy: its details form, and the withdrawal (with a reason) — or, withdrawn, when and why. */
function Item(props: { ctx: PageContext; lang: PageContext['lang']; rec: EditableRecord; it: EditItem; r: Refusal | undefined; t: T }) {
  const { rec, it, r, t } = props;
  const form = `item-${it.id}`;
  const statusWord = (s: string) => itemStatusText(props.lang)[s as keyof ReturnType<typeof itemStatusText>] ?? s;
  const mine = r?.form === form ? r : undefined;
  const status = mine ? (mine.typed.status ?? it.status) : it.status;
  const choices = EDITABLE_STATUSES.includes(it.status) ? EDITABLE_STATUSES : [it.status];
  const statusProblem = mine?.fields.status;
  return (
    <section class="item-card" aria-labelledby={`${form}-h`}>
      <h3 id={`${form}-h`}>{t.itemH({ barcode: it.barcode })}</h3>
      {it.status === 'withdrawn' ? <p class="late">{t.withdrawnOnBecause({ date: formatDate(it.withdrawnOn), reason: it.withdrawnReason ?? '' })}</p> : null}
      <div class="item-forms">
        <form method="post" action={editRecordPath(rec.lib, rec.id, `/ban/${it.id}`)}>
          <Csrf token={props.ctx.csrf} />
          <FormField form={form} name="barcode" label={deskText(props.lang).barcode} r={r} value={it.barcode} required />
          <FormField form={form} name="callNumber" label={t.callNumber} r={r} value={it.callNumber ?? ''} />
          <FormField form={form} name="location" label={t.shelf} r={r} value={it.location ?? ''} />
          <FormField form={form} name="status" label={t.itemStatus} r={r}>
            <select
              id={`${form}-status`}
              name="status"
              style="display:block;max-width:100%"
              aria-invalid={statusProblem ? 'true' : undefined}
              aria-describedby={statusProblem ? `${form}-status-err` : undefined}
            >
              {choices.map((s) => (
                <option value={s} selected={s === status}>
                  {statusWord(s)}
                </option>
              ))}
            </select>
          </FormField>
          <button type="submit">{t.saveItemButton({ barcode: it.barcode })}</button>
        </form>
        {it.status === 'withdrawn' ? null : (
          <form method="post" action={editRecordPath(rec.lib, rec.id, `/ban/${it.id}/thanh-ly`)}>
            <Csrf token={props.ctx.csrf} />
            <FormField form={`withdraw-${it.id}`} name="reason" label={t.withdrawReason({ barcode: it.barcode })} r={r} required />
            <button type="submit">{t.withdrawButton({ barcode: it.barcode })}</button>
          </form>
        )}
      </div>
    </section>
  );
}

/** The MARC 21 view: tag, indicators, subfields ($a …). */
function Marc(props: { rec: EditableRecord; t: T }) {
  const { t } = props;
  const m = marcView(props.rec);
  return (
    <table class="marc" aria-labelledby="marc-h">
      <thead>
        <tr>
          <th scope="col">{t.marcTag}</th>
          <th scope="col">{t.marcInd}</th>
          <th scope="col">{t.marcContent}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>LDR</td>
          <td />
          <td>{m.leader}</td>
        </tr>
        {m.fields.map((f) =>
          isControl(f) ? (
            <tr>
              <td>{f.tag}</td>
              <td />
              <td>{f.value}</td>
            </tr>
          ) : (
            <tr>
              <td>{f.tag}</td>
              <td>{`${f.ind1.replace(' ', '#')}${f.ind2.replace(' ', '#')}`}</td>
              <td>{f.subfields.map(([c, v]) => `$${c} ${v}`).join(' ')}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

export function catalogueEditView(p: { ctx: PageContext; rec: EditableRecord; notice: string | null; r?: Refusal }) {
  const { ctx, rec, r } = p;
  const t = catalogueText(ctx.lang);
  const code = encodeURIComponent(rec.lib.code);
  return (
    <Layout ctx={ctx} title={t.editRecordTitle({ title: rec.bib.title })}>
      <style>{CSS}</style>
      <p>
        {rec.lib.name} · <a href={`/thu-vien/${code}`}>{deskText(ctx.lang).desk}</a> · <a href={`/tra-cuu/sach/${rec.id}`}>{t.backToTitle}</a>
      </p>
      <h1>{t.editRecordTitle({ title: rec.bib.title })}</h1>
      <StatusNote said={p.notice} />
      <ErrorSummary lang={ctx.lang} r={r} />
      <h2>{t.recordFieldsH}</h2>
      <RecordFields ctx={ctx} rec={rec} r={r} t={t} />
      <h2>{t.itemsH({ n: rec.items.length })}</h2>
      {rec.items.length === 0 ? <p>{t.noItemsHere}</p> : null}
      {rec.items.map((it) => (
        <Item ctx={ctx} lang={ctx.lang} rec={rec} it={it} r={r} t={t} />
      ))}
      <h2 id="marc-h">{t.marcViewH}</h2>
      <p class="muted">{t.marcViewHint}</p>
      <div class="scroll">
        <Marc rec={rec} t={t} />
      </div>
    </Layout>
  );
}
