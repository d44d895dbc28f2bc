import type { DB } from '../../core/db/database.ts';
import { UserError } from '../../core/errors.ts';
import { formatDate } from '../../core/i18n/index.ts';
import { exhibitionKindName, museumText } from '../messages.ts';
import { getExhibition } from '../exhibitions.ts';
import { getObject } from '../objects.ts';
import { findInstitutionAnyCase } from '../../network/institutions.ts';
import { iiifErrors as E, iiifText } from './messages.ts';

/**
 * IIIF Presentation 3 manifests of the museum's published objects and exhibitions, so Mirador, Universal Viewer or a
 * harvester (Omeka S's IIIF modules) can open them. Each image is a canvas of its stored size, painted by the image
 * itself with its level 0 image service (`/iiif/images/<id>`) for deep zoom.
 *
 * Languages: what the platform names (field names, kinds of exhibition) is given in Vietnamese and English; what a
 * museum typed (title, description, values) is tagged Vietnamese, the language it was written in — a viewer set to
 * English shows it as it is rather than a wrong English tag.
 */

export const PRESENTATION_CONTEXT = 'http://iiif.io/api/presentation/3/context.json';
export const IMAGE_CONTEXT = 'http://iiif.io/api/image/3/context.json';

/**
 * The rights statement when the museum gave none as a link: RightsStatements.org's "Copyright Not Evaluated",
 * which says exactly that (the platform never guesses a licence).
 */
export const RIGHTS_NOT_EVALUATED = 'http://rightsstatements.org/vocab/CNE/1.0/';
const RIGHTS_URI = /^https?:\/\/(creativecommons\.org\/(licenses|publicdomain)\/|rightsstatements\.org\/(vocab|page)\/)\S*$/i;

/** A rights field that is a Creative Commons or RightsStatements.org link, as the `rights` property needs it (http, vocab). */
export function rightsUri(rights: string | null): string | undefined {
  const r = rights?.trim() ?? '';
  if (!RIGHTS_URI.test(r)) return undefined;
  return r
    .replace(/^https:/i, 'http:')
    .replace('rightsstatements.org/page/', 'rightsstatements.org/vocab/')
    .replace(/\?.*$/, '');
}

type LangMap = { vi: string[]; en?: string[] };
type Words = ReturnType<typeof iiifText>;
type MuseumWords = ReturnType<typeof museumText>;
const VI = { iiif: iiifText('vi'), museum: museumText('vi') };
const EN = { iiif: iiifText('en'), museum: museumText('en') };
const both = (pick: (w: { iiif: Words; museum: MuseumWords }) => string): LangMap => ({ vi: [pick(VI)], en: [pick(EN)] });
const typed = (v: string): LangMap => ({ vi: [v] });

interface Img {
  id: number;
  alt: string;
  width: number;
  height: number;
}

/** A canvas painted by one image: its size, its JPEG and its image service. */
function canvas(origin: string, base: string, m: Img, label: string, summary?: string) {
  const id = `${base}/canvas/${m.id}`;
  const service = `${origin}/iiif/images/${m.id}`;
  return {
    id,
    type: 'Canvas',
    label: typed(label),
    ...(summary ? { summary: typed(summary) } : {}),
    width: m.width,
    height: m.height,
    thumbnail: [{ id: `${origin}/anh/${m.id}/nho.jpg`, type: 'Image', format: 'image/jpeg' }],
    items: [
      {
        id: `${id}/page`,
        type: 'AnnotationPage',
        items: [
          {
            id: `${id}/page/image`,
            type: 'Annotation',
            motivation: 'painting',
            label: typed(m.alt),
            body: {
              id: `${service}/full/max/0/default.jpg`,
              type: 'Image',
              format: 'image/jpeg',
              width: m.width,
              height: m.height,
              service: [{ id: service, type: 'ImageService3', profile: 'level0' }],
            },
            target: id,
          },
        ],
      },
    ],
  };
}

function attribution(institution: string, rights: string | null) {
  return {
    requiredStatement: { label: both((w) => w.iiif.attribution), value: typed(rights && !rightsUri(rights) ? `${institution}. ${rights}` : institution) },
    rights: rightsUri(rights) ?? RIGHTS_NOT_EVALUATED,
  };
}

async function publishedObject(db: DB, id: number) {
  try {
    return await getObject(db, id);
  } catch (e) {
    if (e instanceof UserError && e.status === 404) throw new UserError(E.objectNotFound({ id }), 404);
    throw e;
  }
}

/** `/iiif/objects/<id>/manifest.json`: the object, each of its images a canvas, its fields as metadata. */
export async function objectManifest(db: DB, id: number, origin: string) {
  const o = await publishedObject(db, id);
  const base = `${origin}/iiif/objects/${o.id}`;
  const fields: [(w: { iiif: Words; museum: MuseumWords }) => string, string | null][] = [
    [(w) => w.museum.identifier, o.identifier],
    [(w) => w.museum.creator, o.creator],
    [(w) => w.museum.subject, o.subject],
    [(w) => w.museum.dateText, o.date_text],
    [(w) => w.museum.type, o.type],
    [(w) => w.museum.format, o.format],
    [(w) => w.museum.provenance, o.provenance],
    [(w) => w.museum.ethnicGroup, o.ethnic_group],
    [(w) => w.museum.rights, o.rights],
    [(w) => w.iiif.institution, o.institution],
  ];
  const first = o.images[0];
  const museum = await db.selectFrom('institutions').select('code').where('id', '=', o.institution_id).executeTakeFirstOrThrow();
  return {
    '@context': PRESENTATION_CONTEXT,
    id: `${base}/manifest.json`,
    type: 'Manifest',
    label: typed(o.title),
    ...(o.description ? { summary: typed(o.description) } : {}),
    metadata: fields.filter(([, v]) => v).map(([k, v]) => ({ label: both(k), value: typed(v as string) })),
    ...attribution(o.institution, o.rights),
    homepage: [{ id: `${origin}/hien-vat/${o.id}`, type: 'Text', label: typed(o.title), format: 'text/html', language: ['vi'] }],
    ...(first ? { thumbnail: [{ id: `${origin}/anh/${first.id}/nho.jpg`, type: 'Image', format: 'image/jpeg' }] } : {}),
    items: o.images.map((m) => canvas(origin, base, m, m.caption || o.title)),
    partOf: [{ id: collectionId(origin, museum.code), type: 'Collection' }],
  };
}

/** `/iiif/exhibitions/<id>/manifest.json`: a published exhibition's objects in its order, each image a canvas, each object a range. */
export async function exhibitionManifest(db: DB, id: number, origin: string) {
  const x = await getExhibition(db, id).catch((e) => {
    if (e instanceof UserError && e.status === 404) throw new UserError(E.exhibitionNotFound({ id }), 404);
    throw e;
  });
  if (!x.published) throw new UserError(E.exhibitionNotFound({ id }), 404);
  const base = `${origin}/iiif/exhibitions/${x.id}`;
  const canvases = x.items.flatMap((it) =>
    it.images.map((m) => ({
      ...canvas(origin, base, m, it.title, it.caption || undefined),
      partOf: [{ id: `${origin}/iiif/objects/${it.id}/manifest.json`, type: 'Manifest' }],
    })),
  );
  const first = canvases[0];
  return {
    '@context': PRESENTATION_CONTEXT,
    id: `${base}/manifest.json`,
    type: 'Manifest',
    label: typed(x.title),
    ...(x.intro ? { summary: typed(x.intro) } : {}),
    metadata: [
      { label: both((w) => w.iiif.exhibitionKind), value: { vi: [exhibitionKindName('vi', x.kind)], en: [exhibitionKindName('en', x.kind)] } },
      { label: both((w) => w.iiif.institution), value: typed(x.institution) },
      { label: both((w) => w.iiif.opens), value: { none: [formatDate(x.opens_on)] } },
      ...(x.closes_on ? [{ label: both((w) => w.iiif.closes), value: { none: [formatDate(x.closes_on)] } }] : []),
    ],
    ...attribution(x.institution, null),
    navDate: `${x.opens_on}T00:00:00Z`,
    homepage: [{ id: `${origin}/trien-lam/${x.id}`, type: 'Text', label: typed(x.title), format: 'text/html', language: ['vi'] }],
    ...(first ? { thumbnail: first.thumbnail } : {}),
    items: canvases,
    structures: x.items
      .filter((it) => it.images.length > 0)
      .map((it) => ({
        id: `${base}/range/${it.id}`,
        type: 'Range',
        label: typed(it.title),
        items: it.images.map((m) => ({ id: `${base}/canvas/${m.id}`, type: 'Canvas' })),
      })),
  };
}

const collectionId = (origin: string, code: string) => `${origin}/iiif/museums/${encodeURIComponent(code)}/collection.json`;

/**
 * `/iiif/museums/<code>/collection.json`: every manifest a museum publishes, its published exhibitions first, then
 * its objects by identifier — what a harvester (Omeka S's IIIF importers) reads to take a whole museum at once.
 */
export async function museumCollection(db: DB, code: string, origin: string) {
  const inst = await findInstitutionAnyCase(db, code);
  if (!inst?.kind.startsWith('museum')) throw new UserError(E.museumNotFound({ code }), 404);
  const [exhibitions, objects] = await Promise.all([
    db
      .selectFrom('exhibitions')
      .select(['id', 'title'])
      .where('institution_id', '=', inst.id)
      .where('published', '=', 1)
      .orderBy('opens_on', 'desc')
      .orderBy('id')
      .execute(),
    db.selectFrom('museum_objects').select(['id', 'title']).where('institution_id', '=', inst.id).orderBy('identifier').execute(),
  ]);
  return {
    '@context': PRESENTATION_CONTEXT,
    id: collectionId(origin, inst.code),
    type: 'Collection',
    label: typed(inst.name),
    ...attribution(inst.name, null),
    items: [
      ...exhibitions.map((x) => ({ id: `${origin}/iiif/exhibitions/${x.id}/manifest.json`, type: 'Manifest', label: typed(x.title) })),
      ...objects.map((o) => ({ id: `${origin}/iiif/objects/${o.id}/manifest.json`, type: 'Manifest', label: typed(o.title) })),
    ],
  };
}
