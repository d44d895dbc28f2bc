import { Layout } from '../core/web/layout.tsx';
import type { pageContext } from '../core/web/page-context.ts';
import type { FoundPlace } from '../network/place-finder.ts';
import { plansText } from './messages.ts';

/** What the upload form shows again: the unit and institution typed, the refusal, the places to choose among. */
export interface UploadTyped {
  unit: string;
  institution?: string;
  error?: string;
  units?: FoundPlace[];
  institutions?: { code: string; name: string; unitName: string }[];
}

/** `/ke-hoach/moi`: a plan's file, for a unit or an institution named in words. */
export function UploadForm(props: { ctx: ReturnType<typeof pageContext> } & UploadTyped) {
  const pt = plansText(props.ctx.lang);
  const title = pt.uploadPlan;
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p>{pt.uploadHelp}</p>
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action="/ke-hoach/moi" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={props.ctx.csrf} />
        <label for="unit">{pt.unitByName}</label>
        <input id="unit" name="unit" value={props.unit} />
        {props.units?.length ? (
          <fieldset>
            <legend>{pt.chooseOne}</legend>
            {props.units.map((u) => (
              <label class="block">
                <input type="radio" name="unit" value={u.code} /> {u.fullName}
                {u.parentName ? ` — ${u.parentName}` : ''}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label for="institution">{pt.institutionByName}</label>
        <input id="institution" name="institution" value={props.institution ?? ''} aria-describedby="institution-help" />
        <p id="institution-help" class="muted">
          {pt.institutionHelp}
        </p>
        {props.institutions?.length ? (
          <fieldset>
            <legend>{pt.chooseOne}</legend>
            {props.institutions.map((i) => (
              <label class="block">
                <input type="radio" name="institution" value={i.code} /> {i.name} — {i.unitName}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label for="file">{pt.planDocument}</label>
        <input id="file" name="file" type="file" accept=".docx,.pdf,.txt,.png,.jpg,.jpeg,.tif,.tiff" required />
        <p>
          <button class="primary" type="submit">
            {props.ctx.t.upload}
          </button>
        </p>
      </form>
    </Layout>
  );
}
