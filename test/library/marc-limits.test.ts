import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { importMarc, THREAD_FROM } from '../../src/library/marc-import.ts';
import { MAX_XML_DEPTH, readMarcXml } from '../../src/library/marc/marcxml.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, marcFixture } from './fixture.ts';

const nested = (depth: number) => `<collection>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</collection>`;

describe('MARCXML limits', () => {
  it('refuses a file nested deeper than the limit as soon as it gets there, and reads one at the limit', () => {
    expect(() => readMarcXml(nested(50_000))).toThrow(/^Tệp MARCXML lồng quá sâu: hơn 64 cấp thẻ tại dòng 1/);
    expect(readMarcXml(nested(MAX_XML_DEPTH - 1))).toEqual([]);
  });

  it('refuses a DOCTYPE: no entities of its own', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE collection [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><collection>&b;</collection>`;
    expect(() => readMarcXml(laughs)).toThrow(/DOCTYPE/);
  });

  it('still reads namespaced MARCXML (a prefix or the default namespace)', () => {
    const ok = readMarcXml(new TextDecoder().decode(marcFixture('vietnamese.xml')));
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.every((r) => r.ok)).toBe(true);
  });
});

describe.each(ENGINES)('a deep MARCXML import on %s', (engine) => {
  it('is refused whole with the clear error, also when read on the second thread', async () => {
    const store = await freshStore(engine);
    try {
      await libraryNetwork(store.db);
      const deep = new TextEncoder().encode(nested(Math.ceil(THREAD_FROM / 7) + 1000));
      expect(deep.length).toBeGreaterThan(THREAD_FROM);
      const e = await importMarc(store.db, deep, { libraryCode: 'LIB-C1', onError: 'skip', userId: null }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).code).toBe('E6100');
    } finally {
      await store.close();
    }
  });
});
