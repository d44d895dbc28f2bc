import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../core/i18n/lang.ts';
import { assetPath } from '../../core/web/assets.ts';
import { iiifText } from './messages.ts';

/** The deep zoom's files, served by core/web/assets.ts: our small script, and OpenSeadragon's, fetched by it on demand. */
export const iiifAssets = {
  'deep-zoom.js': new URL('./deep-zoom.js', import.meta.url),
  'openseadragon.min.js': pathToFileURL(createRequire(import.meta.url).resolve('openseadragon/build/openseadragon/openseadragon.min.js')),
};

/** The page's few rules for the zoom: the viewer's box fits a phone, the IIIF link reads as the logo's letters. */
export const IIIF_CSS =
  '.zoom-view{width:100%;max-height:min(75vh,40rem);aspect-ratio:4/3;background:#222}.zoom-controls{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}' +
  '.iiif-link .iiif-badge{display:inline-block;font-weight:700;letter-spacing:.05em;color:#fff;background:#2873ab;padding:0 .35em;border-radius:.2em;margin-right:.35em}';

/**
 * An image of the object: without JavaScript the thumbnail linked to the full image; with it, deep-zoom.js adds a
 * button that opens the image's IIIF service in OpenSeadragon (the words it needs are on the figure).
 */
export function ZoomableImage(props: { lang: Lang; image: { id: number; alt: string; width: number; height: number }; caption?: string | null }) {
  const t = iiifText(props.lang);
  const m = props.image;
  const shown = Math.min(320, m.width);
  return (
    <figure
      data-iiif-info={`/iiif/images/${m.id}/info.json`}
      data-script={assetPath('openseadragon.min.js')}
      data-zoom={t.zoom}
      data-zoom-out={t.zoomOut}
      data-home={t.zoomHome}
      data-open={t.zoomOpen({ alt: m.alt })}
      data-viewer={t.zoomViewer}
    >
      <a class="zoom-plain" href={`/anh/${m.id}.jpg`}>
        <img src={`/anh/${m.id}/nho.jpg`} alt={m.alt} width={shown} height={Math.round((shown * m.height) / Math.max(1, m.width))} />
      </a>
      {props.caption ? <figcaption>{props.caption}</figcaption> : null}
    </figure>
  );
}

/** The link to a manifest, for IIIF viewers and harvesters, marked with the IIIF letters. */
export function ManifestLink(props: { lang: Lang; href: string; exhibition?: boolean }) {
  const t = iiifText(props.lang);
  return (
    <p>
      <a class="iiif-link" href={props.href} type="application/ld+json">
        <span class="iiif-badge" aria-hidden="true">
          IIIF
        </span>
        {props.exhibition ? t.exhibitionManifest : t.manifest}
      </a>
    </p>
  );
}

/** The zoom's script, deferred: small; OpenSeadragon itself is fetched only when a zoom is asked for. */
export const DeepZoomScript = () => <script src={assetPath('deep-zoom.js')} defer />;
