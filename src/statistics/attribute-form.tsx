import type { PageContext } from '../core/web/layout.tsx';
import type { Said } from '../core/errors.ts';
import { formatBytes, formatDate, formatDateTime, sayIn } from '../core/i18n/index.ts';
import type { EntrySheet } from './entry.ts';
import { evidenceHref, fieldId, named } from './entry-fields.ts';
import { statisticsText } from './messages.ts';

/**
 * The entry page's yearly status attributes: one group per attribute (its status, the evidence in words, a file
 * proving it and the file stored), stacked on a phone, side by side on a wide screen. A multipart form: the files
 * travel with the statuses, all saved or none (entry.ts `saveEntryAttributes`).
 */
export function AttributeForm(props: {
  ctx: PageContext;
  sheet: EntrySheet;
  typed: (name: string, stored: string) => string;
  bad: ReadonlyMap<string, Said>;
  /** The field that gets the focus (the first refused). */
  first: string | undefined;
}) {
  const { ctx, sheet, typed, bad, first } = props;
  const { t, lang } = ctx;
  const s = statisticsText(lang);
  const { institution: inst, year, canWrite } = sheet;
  return (
    <>
      <h2 id="attr-h">
        {t.attributes} {year}
      </h2>
      <form method="post" action={`/co-so/${encodeURIComponent(inst.code)}/thuoc-tinh?nam=${year}`} enctype="multipart/form-data" aria-labelledby="attr-h">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {sheet.attributes.map((a) => {
          const status = typed(`a:${a.code}`, String(a.value ?? ''));
          const file = sheet.files.get(a.code);
          const fileField = `f:${a.code}`;
          const said = bad.get(fileField);
          return (
            <fieldset class="attr">
              <legend>{named(lang, a.name_vi, a.name_en)}</legend>
              <div class="attr-fields">
                <div>
                  <label for={`a-${a.code}`}>{t.status}</label>
                  <select id={`a-${a.code}`} name={`a:${a.code}`} disabled={!canWrite}>
                    <option value="" selected={status === ''}>
                      {t.notSet}
                    </option>
                    <option value="1" selected={status === '1'}>
                      {t.yes}
                    </option>
                    <option value="0" selected={status === '0'}>
                      {t.no}
                    </option>
                  </select>
                </div>
                <div>
                  <label for={`e-${a.code}`}>{s.evidenceText}</label>
                  <input id={`e-${a.code}`} name={`e:${a.code}`} value={typed(`e:${a.code}`, a.evidence ?? '')} disabled={!canWrite} />
                </div>
                <div>
                  <label for={fieldId(fileField)}>{s.evidenceFile}</label>
                  {said ? (
                    <span id={`${fieldId(fileField)}-err`} class="field-error">
                      {sayIn(lang, said)}
                    </span>
                  ) : null}
                  {canWrite ? (
                    <input
                      id={fieldId(fileField)}
                      name={fileField}
                      type="file"
                      accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                      aria-invalid={said ? 'true' : undefined}
                      autofocus={first === fileField}
                      aria-describedby={
                        [said ? `${fieldId(fileField)}-err` : '', file ? `${fieldId(fileField)}-stored` : ''].filter(Boolean).join(' ') || undefined
                      }
                    />
                  ) : null}
                  {file ? (
                    <p id={`${fieldId(fileField)}-stored`} class="muted">
                      {s.evidenceStored} <a href={evidenceHref(inst.code, a.code, year)}>{file.fileName}</a> ({formatBytes(lang, file.size)}
                      {file.uploadedBy ? `; ${s.uploadedBy({ by: file.uploadedBy, at: formatDateTime(file.uploadedAt) })}` : ''}).
                      {canWrite ? ` ${s.evidenceReplace}` : ''}
                    </p>
                  ) : null}
                </div>
              </div>
              {a.set_by ? (
                <p class="muted">
                  {t.setBy}: {a.set_by} {a.set_at ? formatDate(a.set_at) : ''}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        {canWrite ? (
          <p>
            <button class="primary" type="submit">
              {t.save}
            </button>
          </p>
        ) : null}
      </form>
    </>
  );
}
