import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DB } from '../../src/core/db/database.ts';
import { smallNetwork } from '../support/network.ts';

export const vietnameseXml = () => readFileSync(new URL('../fixtures/marc/vietnamese.xml', import.meta.url));
/** The real MARC files in shared/ (beside the repository, or LIFELONG_SHARED_DIR), read by path, never copied. */
export const sharedMarcPath = (f: string) =>
  path.join(process.env.LIFELONG_SHARED_DIR ? path.resolve(process.env.LIFELONG_SHARED_DIR) : path.resolve(process.cwd(), '../shared'), 'fixtures', 'marc', f);
export const sharedMarc = (f: string) => readFileSync(sharedMarcPath(f));

/** The small network plus a post-office cultural point in N1 (a rotation destination). */
export async function libraryNetwork(db: DB) {
  const net = await smallNetwork(db);
  const { createInstitution } = await import('../../src/network/institutions.ts');
  const post = await createInstitution(db, { code: 'BDVH-N1', name: 'Điểm bưu điện - văn hóa xã Mới', kind: 'post_office_cultural_point', ownership: 'public', unitId: net.n1, since: '2025-07-01' }, null);
  const museum = await createInstitution(db, { code: 'BT-N1', name: 'Nhà trưng bày xã Mới', kind: 'relic_display', ownership: 'public', unitId: net.n1, since: '2025-07-01' }, null);
  return { ...net, post, museum };
}
