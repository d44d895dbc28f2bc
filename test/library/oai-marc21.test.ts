import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { AppEnv } from '../../src/core/web/env.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { readMarcXml } from '../../src/library/marc/marcxml.ts';
import { catalogueOne } from '../../src/library/record-form.ts';
import { placeByCode } from '../../src/library/places.ts';
import { oaiPmh } from '../../src/library/oai-pmh.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

describe.each(ENGINES)('OAI-PMH marc21 (MARCXML) on %s', (engine) => {
  let store: Store;
  let app: Hono<AppEnv>;
  const get = async (q: string) => (await app.request(`/oai?${q}`)).text();
  /** The `<metadata>` contents of each record in a response. */
  const metadata = (xml: string) => [...xml.matchAll(/<metadata>(.*?)<\/metadata>/gs)].map((m) => m[1]!);

  beforeAll(async () => {
    store = await freshStore(engine);
    await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    const lib = (await placeByCode(store.db, 'LIB-C1'))!;
    await catalogueOne(
      store.db,
      lib,
      { title: 'Sổ tay bạn đọc nhỏ & vui', author: 'Lê Minh', year: '2024', language: 'vie', subjects: 'Thiếu nhi; Đọc sách', notes: 'Biên soạn tại thư viện' },
      null,
    );
    app = new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('store', store);
        await next();
      })
      .route('/', oaiPmh);
  });
  afterAll(() => store.close());

  it('lists marc21 beside oai_dc, for the repository and for one record; an unknown record is idDoesNotExist', async () => {
    const formats = await get('verb=ListMetadataFormats');
    expect(formats).toContain('<metadataPrefix>oai_dc</metadataPrefix>');
    expect(formats).toContain(
      '<metadataPrefix>marc21</metadataPrefix><schema>http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd</schema><metadataNamespace>http://www.loc.gov/MARC21/slim</metadataNamespace>',
    );
    const one = await store.db.selectFrom('lib_records').select('id').orderBy('id').executeTakeFirstOrThrow();
    expect(await get(`verb=ListMetadataFormats&identifier=oai:lifelong:book/${one.id}`)).toContain('<metadataPrefix>marc21</metadataPrefix>');
    expect(await get('verb=ListMetadataFormats&identifier=oai:lifelong:book/999999')).toContain('code="idDoesNotExist"');
  });

  it('serves every imported record as it was imported: the MARCXML read back equals the stored MARC', async () => {
    const xml = await get('verb=ListRecords&metadataPrefix=marc21');
    const records = metadata(xml);
    const stored = await store.db.selectFrom('lib_records').select(['id', 'marc']).where('marc', 'is not', null).orderBy('id').execute();
    expect(stored.length).toBeGreaterThan(5);
    const byId = new Map(
      [...xml.matchAll(/<identifier>oai:lifelong:book\/(\d+)<\/identifier>.*?<metadata>(.*?)<\/metadata>/gs)].map((m) => [Number(m[1]), m[2]!]),
    );
    expect(records.length).toBe(stored.length + 1);
    for (const s of stored) {
      const back = readMarcXml(byId.get(s.id)!);
      expect(back).toHaveLength(1);
      expect(back[0]).toMatchObject({ ok: true, record: JSON.parse(s.marc!) });
    }
    expect(xml).toContain('<subfield code="a">Dế Mèn phiêu lưu ký</subfield>');
    expect(xml).toContain('xmlns="http://www.loc.gov/MARC21/slim"');
  });

  it('re-serialises a record catalogued by form from its stored fields', async () => {
    const r = await store.db.selectFrom('lib_records').select('id').where('source', '=', 'form').executeTakeFirstOrThrow();
    const xml = await get(`verb=GetRecord&metadataPrefix=marc21&identifier=oai:lifelong:book/${r.id}`);
    const [read] = readMarcXml(metadata(xml)[0]!);
    if (!read?.ok) throw new Error('the MARCXML did not read back');
    const sub = (tag: string) => read.record.fields.flatMap((f) => ('subfields' in f && f.tag === tag ? f.subfields.map(([, v]) => v) : []));
    expect(sub('245')).toEqual(['Sổ tay bạn đọc nhỏ & vui']);
    expect(sub('100')).toEqual(['Lê Minh']);
    expect(sub('650')).toEqual(['Thiếu nhi', 'Đọc sách']);
    expect(sub('264')).toContain('2024');
    expect(xml).toContain('nhỏ &amp; vui');
  });

  it('answers OAI-PMH errors: unknown format, missing prefix, bad and foreign resumption tokens', async () => {
    expect(await get('verb=ListRecords&metadataPrefix=marcxml')).toContain('code="cannotDisseminateFormat"');
    expect(await get('verb=ListRecords&metadataPrefix=constructor')).toContain('code="cannotDisseminateFormat"');
    const one = await store.db.selectFrom('lib_records').select('id').orderBy('id').executeTakeFirstOrThrow();
    expect(await get(`verb=GetRecord&metadataPrefix=mods&identifier=oai:lifelong:book/${one.id}`)).toContain('code="cannotDisseminateFormat"');
    expect(await get(`verb=GetRecord&identifier=oai:lifelong:book/${one.id}`)).toContain('code="badArgument"');
    expect(await get('verb=ListIdentifiers')).toContain('code="badArgument"');
    expect(await get('verb=ListRecords&metadataPrefix=marc21&resumptionToken=abc')).toContain('code="badArgument"');
    expect(await get('verb=ListRecords&resumptionToken=%%%')).toContain('code="badResumptionToken"');
    const forged = Buffer.from(JSON.stringify({ after: 0, p: 'mods' })).toString('base64url');
    expect(await get(`verb=ListRecords&resumptionToken=${forged}`)).toContain('code="badResumptionToken"');
    // a token carries its format: the next page is MARCXML again
    const marcToken = Buffer.from(JSON.stringify({ after: one.id, p: 'marc21' })).toString('base64url');
    const next = await get(`verb=ListRecords&resumptionToken=${marcToken}`);
    expect(next).toContain('<leader>');
    expect(next).not.toContain('oai_dc:dc');
  });
});
