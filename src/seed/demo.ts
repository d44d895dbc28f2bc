import type { Store } from '../core/db/database.ts';
import { createUser } from '../accounts/users.ts';
import { rebuildClosure } from '../network/closure.ts';
import { insertUnits, setPopulation } from '../network/unit-writes.ts';
import { resetCounts } from '../network/counts.ts';
import { buildDemoAttributes, buildDemoValues } from './demo-activity.ts';
import { buildDemoInstitutions } from './demo-institutions.ts';
import { buildDemoUnits } from './demo-network.ts';
import { insertSeedPlans } from './seed-plans.ts';
import { seedDemoLibrary } from './demo-library.ts';
import { seedCultureDemo } from './demo-culture.ts';
import { seedDemoRules } from './demo-rules.ts';

export const DEMO_PASSWORD = 'lifelong-demo';

/**
 * The demo network, the same on every run: four provinces the seed plans come from on the
 * real map before and after the 2025 reform, ~500 institutions of every kind, monthly values
 * 2022 – Oct 2026, yearly status attributes, the seed plans' targets, and a user per role.
 */
export async function seedDemo(store: Store): Promise<string> {
  const started = Date.now();
  const counts = await store.db.transaction().execute(async (db) => {
    if (await db.selectFrom('units').select('id').limit(1).executeTakeFirst())
      throw new Error('The database already has units: seed demo data into an empty database.');
    const units = await buildDemoUnits(db);
    // Quảng Nghiệp (seed 001) is not on the 2025 maps; the demo keeps it as a stand-alone commune
    const [qn] = await insertUnits(db, [
      {
        code: 'QUANG-NGHIEP',
        officialCode: null,
        name: 'Quảng Nghiệp',
        fullName: 'Xã Quảng Nghiệp (không có trong bản đồ 2025)',
        level: 'commune',
        parentId: units.vn,
      },
    ]);
    await rebuildClosure(db);
    await setPopulation(
      db,
      [2022, 2023, 2024, 2025, 2026].map((year) => ({ unitId: qn!, year, total: 9800 + 90 * (year - 2022), rural: 8100, disadvantaged: 900 })),
    );
    const institutions = await buildDemoInstitutions(db, units, [{ unitId: qn!, place: 'Quảng Nghiệp', code: 'QN' }]);
    const id = (code: string) => institutions.find((i) => i.code === code)?.id ?? null;
    const unit = async (code: string) => (await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const admin = await createUser(db, { username: 'admin', password: DEMO_PASSWORD, displayName: 'Quản trị hệ thống', role: 'admin' });
    await createUser(db, { username: 'canbo.hue', password: DEMO_PASSWORD, displayName: 'Sở VH&TT Huế', role: 'official', unitId: await unit('46') });
    await createUser(db, { username: 'canbo.kontum', password: DEMO_PASSWORD, displayName: 'Sở VHTTDL Kon Tum', role: 'official', unitId: await unit('62') });
    await createUser(db, {
      username: 'canbo.dakha',
      password: DEMO_PASSWORD,
      displayName: 'Phòng VH-TT huyện Đắk Hà',
      role: 'official',
      unitId: await unit('615'),
    });
    const firstDakHaCommune = units.oldCommunes.find((c) => units.oldDistricts.find((d) => d.code === '615')?.id === c.districtId)!;
    await createUser(db, {
      username: 'canbo.xa',
      password: DEMO_PASSWORD,
      displayName: `UBND xã ${firstDakHaCommune.name}`,
      role: 'official',
      unitId: firstDakHaCommune.id,
    });
    await createUser(db, {
      username: 'thuvien.hue',
      password: DEMO_PASSWORD,
      displayName: 'Thư viện tỉnh Thừa Thiên Huế',
      role: 'staff',
      institutionId: id('TVTINH-46'),
    });
    await createUser(db, { username: 'xem', password: DEMO_PASSWORD, displayName: 'Người xem', role: 'viewer', unitId: units.vn });
    const values = await buildDemoValues(db, institutions, admin);
    const attributes = await buildDemoAttributes(db, institutions, admin);
    const plans = await insertSeedPlans(db, admin);
    await seedDemoRules(db, admin);
    await seedDemoLibrary(db, id);
    await seedCultureDemo(db, admin, DEMO_PASSWORD);
    await resetCounts(db); // institutions were inserted in bulk: counts are materialised afresh on first use
    return { units: units.oldCommunes.length + units.newCommuneIds.length, institutions: institutions.length, values, attributes, plans };
  });
  return `Demo: ${counts.units} communes (before and after the 2025 reform), ${counts.institutions} institutions, ${counts.values} data values, ${counts.attributes} status attributes, ${counts.plans} plans in ${((Date.now() - started) / 1000).toFixed(1)} s. Users: admin, canbo.hue, canbo.kontum, canbo.dakha, canbo.xa, thuvien.hue, baotang.hue, congdan, xem — password "${DEMO_PASSWORD}".`;
}
