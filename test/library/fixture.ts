import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DB } from '../../src/core/db/database.ts';
import { smallNetwork } from '../support/network.ts';

export const vietnameseXml = () => readFileSync(new URL('../fixtures/marc/vietnamese.xml', import.meta.url));
/** The real MARC files of test/fixtures/marc/ (from pymarc's test data, BSD: LICENSE.pymarc there). */
export const marcFixturePath = (f: string) => fileURLToPath(new URL(`../fixtures/marc/${f}`, import.meta.url));
export const marcFixture = (f: string) => readFileSync(marcFixturePath(f));

/** The small network plus a post-office cultural point in N1 (a rotation destination). */
export async function libraryNetwork(db: DB) {
  const net = await smallNetwork(db);
  const { createInstitution } = await import('../../src/network/institutions.ts');
  const post = await createInstitution(
    db,
    { code: 'BDVH-N1', name: 'Điểm bưu điện - văn hóa xã Mới', kind: 'post_office_cultural_point', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
    null,
  );
  const museum = await createInstitution(
    db,
    { code: 'BT-N1', name: 'Nhà trưng bày xã Mới', kind: 'relic_display', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
    null,
  );
  return { ...net, post, museum };
}
