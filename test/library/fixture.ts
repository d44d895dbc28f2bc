import { readFileSync } from 'node:fs';
import type { DB } from '../../src/core/db/database.ts';
import { smallNetwork } from '../support/network.ts';

export const vietnameseXml = () => readFileSync(new URL('../fixtures/marc/vietnamese.xml', import.meta.url));
export const sharedMarc = (f: string) => readFileSync(`${process.env.LIFELONG_MARC_FIXTURES ?? '/work/shared/fixtures/marc'}/${f}`);

/** The small network plus a post-office cultural point in N1 (a rotation destination). */
export async function libraryNetwork(db: DB) {
  const net = await smallNetwork(db);
  const { createInstitution } = await import('../../src/network/institutions.ts');
  const post = await createInstitution(db, { code: 'BDVH-N1', name: 'Điểm bưu điện - văn hóa xã Mới', kind: 'post_office_cultural_point', ownership: 'public', unitId: net.n1, since: '2025-07-01' }, null);
  const museum = await createInstitution(db, { code: 'BT-N1', name: 'Nhà trưng bày xã Mới', kind: 'relic_display', ownership: 'public', unitId: net.n1, since: '2025-07-01' }, null);
  return { ...net, post, museum };
}
