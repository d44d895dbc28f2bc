import { openPlatform } from '../src/setup.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { findUnit } from '../src/network/units.ts';
import { openReport } from '../src/reporting/reports.ts';
import { fullReport } from '../src/reporting/document.ts';
import { reportDocx } from '../src/reporting/export-docx.ts';
import { reportXlsx } from '../src/reporting/export-xlsx.ts';
import { reportHtml } from '../src/reporting/export-html.tsx';
import { writeFileSync } from 'node:fs';
const store = await openPlatform(':memory:');
await seedDemo(store);
for (const code of ['615', '62', '46']) {
  const u = (await findUnit(store.db, code))!;
  const r = await openReport(store.db, u, code === '46' ? 2025 : 2024, null);
  let t = Date.now();
  const f = await fullReport(store.db, r);
  console.log(code, r.cycle, f.content.lines.length, f.content.children.lines.length, Date.now() - t);
  writeFileSync(`/tmp/rep-${code}.docx`, await reportDocx(f));
  writeFileSync(`/tmp/rep-${code}.xlsx`, await reportXlsx(f));
  writeFileSync(`/tmp/rep-${code}.html`, reportHtml(f));
}
