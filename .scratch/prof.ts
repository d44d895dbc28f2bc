import { openPlatform } from '../src/setup.ts';
import { unitById } from '../src/network/units.ts';
import { dashboardFor, indicatorMatrix } from '../src/indicators/evaluate.ts';
import { childUnits } from '../src/network/units.ts';
import { findReport } from '../src/reporting/reports.ts';
import { buildContent } from '../src/reporting/content.ts';
const store = await openPlatform(process.argv[2]!);
const db = store.db;
const u = (await unitById(db, 29))!;
const { openReport } = await import("../src/reporting/reports.ts"); const r = await openReport(db, u, 2024, null);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  await dashboardFor(db, u, 2024); const a = performance.now() - t; t = performance.now();
  await indicatorMatrix(db, 2023, [u.id]); const b = performance.now() - t; t = performance.now();
  const kids = await childUnits(db, u.id, 2024); console.log(kids.length); const c = performance.now() - t; t = performance.now();
  if (kids.length) await indicatorMatrix(db, 2024, kids.map((k) => k.id)); const d = performance.now() - t; t = performance.now();
  await buildContent(db, r); const e = performance.now() - t;
  console.log({ dash: a.toFixed(0), prev: b.toFixed(0), kids: kids.length, kidsMs: c.toFixed(0), matrix: d.toFixed(0), content: e.toFixed(0) });
}
await store.close();
