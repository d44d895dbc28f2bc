import { Hono } from 'hono';
import type { DB } from '../core/db/database.ts';
import type { AppEnv } from '../core/web/env.ts';
import { MARC21, marcOf, marcXml, type StoredBib } from './oai-marc21.ts';
import { nowIso } from '../core/time.ts';

/**
 * OAI-PMH 2.0 (oai_dc and marc21, i.e. MARCXML) over the network catalogue, so other catalogues can harvest it: Identify,
 * ListMetadataFormats, ListSets (none), ListIdentifiers, ListRecords (100 a page, resumption tokens), GetRecord.
 * Identifiers are `oai:lifelong:book/<id>`; datestamps the records' last change.
 */
const PAGE = 100;
const PREFIX = 'oai:lifelong:book/';
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const stamp = (iso: string) => `${iso.slice(0, 19)}Z`;

type Row = StoredBib & { updated_at: string };
const COLUMNS = [
  'id',
  'title',
  'author',
  'publisher',
  'year',
  'language',
  'isbn',
  'subjects',
  'material',
  'notes',
  'control_number',
  'marc',
  'updated_at',
] as const;

/** The formats served: oai_dc (every OAI-PMH repository must) and MARCXML. */
const FORMATS: Record<string, { schema: string; namespace: string; write: (r: Row) => string }> = {
  oai_dc: { schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd', namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/', write: (r) => dc(r) },
  [MARC21.prefix]: { schema: MARC21.schema, namespace: MARC21.namespace, write: (r) => marcXml(marcOf(r)) },
};
const formatList = Object.keys(FORMATS).join(', ');
const formatOf = (p: string | undefined) => (p !== undefined && Object.hasOwn(FORMATS, p) ? FORMATS[p] : undefined);

function dc(r: Row): string {
  const el = (name: string, v: string | number | null | undefined) =>
    v === null || v === undefined || v === '' ? '' : `<dc:${name}>${esc(String(v))}</dc:${name}>`;
  return `<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">${el('title', r.title)}${el('creator', r.author)}${el('publisher', r.publisher)}${el('date', r.year)}${el('language', r.language)}${el('type', r.material === 'book' ? 'Text' : r.material)}${el('identifier', r.isbn ? `ISBN ${r.isbn}` : null)}${(JSON.parse(r.subjects) as string[]).map((s) => el('subject', s)).join('')}${el('description', r.notes)}</oai_dc:dc>`;
}

const header = (r: Row) => `<header><identifier>${PREFIX}${r.id}</identifier><datestamp>${stamp(r.updated_at)}</datestamp></header>`;

interface Token {
  after: number;
  /** The metadata prefix (tokens made before marc21 had none: oai_dc). */
  p?: string;
  from?: string;
  until?: string;
}

function envelope(_base: string, request: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"><responseDate>${stamp(nowIso())}</responseDate>${request}${body}</OAI-PMH>`;
}

const error = (code: string, text: string) => `<error code="${code}">${esc(text)}</error>`;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/;

async function list(db: DB, verb: string, t: Token): Promise<string> {
  let q = db
    .selectFrom('lib_records')
    .select([...COLUMNS])
    .where('id', '>', t.after);
  const from = t.from && t.from.length > 10 ? t.from.replace('Z', '.000Z') : t.from;
  if (from) q = q.where('updated_at', '>=', from);
  const until = t.until && (t.until.length === 10 ? `${t.until}T23:59:59.999Z` : t.until.replace('Z', '.999Z'));
  if (until) q = q.where('updated_at', '<=', until);
  const rows = (await q
    .orderBy('id')
    .limit(PAGE + 1)
    .execute()) as Row[];
  if (rows.length === 0) return error('noRecordsMatch', 'No records match.');
  const page = rows.slice(0, PAGE);
  let total = db.selectFrom('lib_records').select((eb) => eb.fn.countAll<number>().as('n'));
  if (from) total = total.where('updated_at', '>=', from);
  if (until) total = total.where('updated_at', '<=', until);
  const more = rows.length > PAGE;
  const token = more ? Buffer.from(JSON.stringify({ ...t, after: page.at(-1)!.id })).toString('base64url') : '';
  const size = Number((await total.executeTakeFirst())?.n ?? 0);
  const format = formatOf(t.p ?? 'oai_dc')!;
  const items = page.map((r) => (verb === 'ListIdentifiers' ? header(r) : `<record>${header(r)}<metadata>${format.write(r)}</metadata></record>`)).join('');
  const resumption = more || t.after > 0 ? `<resumptionToken completeListSize="${size}">${token}</resumptionToken>` : '';
  return `<${verb}>${items}${resumption}</${verb}>`;
}

async function byIdentifier(db: DB, identifier: string): Promise<Row | undefined> {
  const id = identifier.startsWith(PREFIX) ? Number(identifier.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(id)) return undefined;
  return (await db
    .selectFrom('lib_records')
    .select([...COLUMNS])
    .where('id', '=', id)
    .executeTakeFirst()) as Row | undefined;
}

export const oaiPmh = new Hono<AppEnv>().get('/oai', async (c) => {
  const db = c.var.store.db;
  const base = new URL('/oai', c.req.url).toString();
  const args = c.req.queries();
  const one = (k: string) => args[k]?.[0];
  const verb = one('verb') ?? '';
  const reply = (body: string, request = `<request>${esc(base)}</request>`) =>
    c.body(envelope(base, request, body), 200, { 'content-type': 'text/xml; charset=utf-8' });
  if (Object.values(args).some((v) => v.length > 1)) return reply(error('badArgument', 'Repeated argument.'));
  const request = `<request verb="${esc(verb)}"${one('metadataPrefix') ? ` metadataPrefix="${esc(one('metadataPrefix')!)}"` : ''}>${esc(base)}</request>`;
  const allowed: Record<string, string[]> = {
    Identify: [],
    ListMetadataFormats: ['identifier'],
    ListSets: ['resumptionToken'],
    ListIdentifiers: ['metadataPrefix', 'from', 'until', 'set', 'resumptionToken'],
    ListRecords: ['metadataPrefix', 'from', 'until', 'set', 'resumptionToken'],
    GetRecord: ['identifier', 'metadataPrefix'],
  };
  if (!(verb in allowed)) return reply(error('badVerb', 'Unknown or missing verb.'));
  const extra = Object.keys(args).filter((k) => k !== 'verb' && k !== 'lang' && !allowed[verb]!.includes(k));
  if (extra.length) return reply(error('badArgument', `Unexpected argument(s): ${extra.join(', ')}.`), request);

  if (verb === 'Identify') {
    const first = await db.selectFrom('lib_records').select('updated_at').orderBy('updated_at').limit(1).executeTakeFirst();
    return reply(
      `<Identify><repositoryName>Lifelong — Mục lục chung các thư viện</repositoryName><baseURL>${esc(base)}</baseURL><protocolVersion>2.0</protocolVersion><adminEmail>${esc(process.env.LIFELONG_ADMIN_EMAIL ?? 'admin@lifelong.invalid')}</adminEmail><earliestDatestamp>${stamp(first?.updated_at ?? '2000-01-01T00:00:00Z')}</earliestDatestamp><deletedRecord>no</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>`,
      request,
    );
  }
  if (verb === 'ListMetadataFormats') {
    // every record is served in every format; an identifier given must exist
    if (one('identifier') !== undefined && !(await byIdentifier(db, one('identifier')!))) return reply(error('idDoesNotExist', 'No such record.'), request);
    const formats = Object.entries(FORMATS).map(
      ([p, f]) =>
        `<metadataFormat><metadataPrefix>${p}</metadataPrefix><schema>${f.schema}</schema><metadataNamespace>${f.namespace}</metadataNamespace></metadataFormat>`,
    );
    return reply(`<ListMetadataFormats>${formats.join('')}</ListMetadataFormats>`, request);
  }
  if (verb === 'ListSets') return reply(error('noSetHierarchy', 'This repository has no sets.'), request);
  if (verb === 'GetRecord') {
    if (!one('identifier') || !one('metadataPrefix')) return reply(error('badArgument', 'GetRecord needs identifier and metadataPrefix.'), request);
    const format = formatOf(one('metadataPrefix'));
    if (!format) return reply(error('cannotDisseminateFormat', `Formats: ${formatList}.`), request);
    const r = await byIdentifier(db, one('identifier')!);
    if (!r) return reply(error('idDoesNotExist', 'No such record.'), request);
    return reply(`<GetRecord><record>${header(r)}<metadata>${format.write(r)}</metadata></record></GetRecord>`, request);
  }
  // ListIdentifiers / ListRecords
  const tokenText = one('resumptionToken');
  let token: Token;
  if (tokenText) {
    if (Object.keys(args).some((k) => k !== 'verb' && k !== 'resumptionToken')) return reply(error('badArgument', 'resumptionToken is exclusive.'), request);
    try {
      const t = JSON.parse(Buffer.from(tokenText, 'base64url').toString('utf8')) as Token;
      if (!Number.isInteger(t.after) || t.after < 0 || (t.p !== undefined && !formatOf(t.p))) throw new Error('bad');
      token = t;
    } catch {
      return reply(error('badResumptionToken', 'The resumption token is invalid.'), request);
    }
  } else {
    if (!one('metadataPrefix')) return reply(error('badArgument', 'metadataPrefix is required.'), request);
    if (!formatOf(one('metadataPrefix'))) return reply(error('cannotDisseminateFormat', `Formats: ${formatList}.`), request);
    if (one('set')) return reply(error('noSetHierarchy', 'This repository has no sets.'), request);
    const from = one('from');
    const until = one('until');
    if ((from && !DATE.test(from)) || (until && !DATE.test(until)) || (from && until && from.length !== until.length))
      return reply(error('badArgument', 'from/until must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, the same granularity.'), request);
    token = { after: 0, p: one('metadataPrefix'), from, until };
  }
  return reply(await list(db, verb, token), request);
});
