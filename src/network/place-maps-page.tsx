import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden } from '../core/errors.ts';
import { formatNumber, type Lang } from '../core/i18n/index.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { StatusNote } from '../core/web/status-note.tsx';
import { builtinMaps, previewBuiltinMap, type MapPreview } from './map-preview.ts';
import type { BuiltinMap } from './map-import.ts';
import { placeAdminText } from './messages.ts';
import { MAPS_PATH, PLACES_BASE } from './place-paths.ts';

const MAP_WORDS = { '2025-06': 'map2025_06', '2025-07': 'map2025_07', mergers: 'mapMergers' } as const satisfies Record<BuiltinMap, string>;
export const mapName = (lang: Lang, map: BuiltinMap) => placeAdminText(lang)[MAP_WORDS[map]];

function Sample(props: { lang: Lang; n: number; items: string[] }) {
  const s = placeAdminText(props.lang);
  if (props.items.length === 0) return null;
  return (
    <ul>
      {props.items.map((i) => (
        <li>{i}</li>
      ))}
      {props.n > props.items.length ? <li class="muted">{s.andMore({ n: formatNumber(props.lang, props.n - props.items.length) })}</li> : null}
    </ul>
  );
}

function PreviewOf(props: { lang: Lang; preview: MapPreview; csrf: string }) {
  const { lang, preview: v } = props;
  const s = placeAdminText(lang);
  const n = (x: number) => formatNumber(lang, x);
  const nothing = v.added.n + v.ended.n + v.renamed.n + v.merged.n + v.recoded === 0;
  return (
    <section aria-labelledby="preview-h" id="preview" data-map={v.map}>
      <h2 id="preview-h">{s.previewOf({ map: mapName(lang, v.map) })}</h2>
      {nothing ? (
        <p role="status">{s.nothingChanges}</p>
      ) : (
        <>
          <h3 data-count="added">{s.added({ n: n(v.added.n) })}</h3>
          <Sample lang={lang} n={v.added.n} items={v.added.sample} />
          <h3 data-count="ended">{s.ended({ n: n(v.ended.n) })}</h3>
          <Sample lang={lang} n={v.ended.n} items={v.ended.sample} />
          <h3 data-count="renamed">{s.renamed({ n: n(v.renamed.n) })}</h3>
          <Sample lang={lang} n={v.renamed.n} items={v.renamed.sample.map((r) => `${r.from} → ${r.to}`)} />
          <h3 data-count="merged">{s.merged({ n: n(v.merged.n) })}</h3>
          <Sample lang={lang} n={v.merged.n} items={v.merged.sample.map((r) => `${r.from} → ${r.to}`)} />
          {v.recoded > 0 ? <p>{s.recoded({ n: n(v.recoded) })}</p> : null}
        </>
      )}
      <form method="post" action={MAPS_PATH}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="map" value={v.map} />
        <button class="primary" type="submit">
          {s.confirm}
        </button>
      </form>
    </section>
  );
}

/** The shipped maps, each with a preview link; a preview asked for, with its confirmation. */
export async function mapsPage(c: AppContext, done?: string) {
  const who = signedIn(c);
  if (who.role !== 'admin') throw forbidden();
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const asked = c.req.query('xem');
  const preview = asked ? await previewBuiltinMap(c.var.store.db, who, asked) : undefined;
  return c.html(
    <Layout ctx={ctx} title={s.mapsTitle}>
      <p>
        <a href={PLACES_BASE}>← {s.back}</a>
      </p>
      <h1>{s.mapsTitle}</h1>
      <p>{s.mapsIntro}</p>
      <StatusNote said={done} />
      <ul>
        {builtinMaps().map((m) => (
          <li>
            {mapName(lang, m)} —{' '}
            <a href={`${MAPS_PATH}?xem=${m}#preview`}>
              {s.preview}
              <span class="vh">: {mapName(lang, m)}</span>
            </a>
          </li>
        ))}
      </ul>
      {preview ? <PreviewOf lang={lang} preview={preview} csrf={ctx.csrf} /> : null}
    </Layout>,
  );
}
