import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createEvent } from '../../src/events/events.ts';
import { cancelEvent } from '../../src/events/cancel.ts';
import '../../src/events/tasks.ts';
import { taskEvidence } from '../../src/plans/task-evidence.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createApp } from '../../src/server/app.tsx';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { insertPlan, insertTasks } from '../support/plan-rows.ts';
import { Client, TEST_SECRET } from '../support/server.ts';

describe('plans import nothing of the operations modules', () => {
  it('src/plans/** has no import from events, museum, culture, library, portal', () => {
    const dir = join(import.meta.dirname, '../../src/plans');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files)
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from '\.\.\/(\.\.\/)?(events|museum|culture|library|portal|socialisation)\//);
  });
});

describe.each(ENGINES)('plan-task evidence from providers on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store?.close());

  it('lists the events tagged with each task, by date, with their status; a task without any has none', async () => {
    const plan = await insertPlan(store.db, {
      unitId: net.p9,
      number: '12/KH-UBND',
      date: '2026-01-10',
      issuer: 'UBND tỉnh Chín',
      title: 'Kế hoạch 2026',
      year: 2026,
      createdAt: '2026-01-10',
    });
    const [reading, training] = await insertTasks(store.db, [
      { planId: plan, text: 'Tổ chức Ngày Sách và Văn hóa đọc', updatedAt: '2026-01-10' },
      { planId: plan, text: 'Tập huấn cán bộ', updatedAt: '2026-01-10' },
    ]);
    const ev = (title: string, day: string) =>
      createEvent(
        store.db,
        { institutionId: net.lib, kind: 'reading_festival', title, place: 'Sân', startsAt: `${day}T08:00`, endsAt: `${day}T11:00`, taskIds: [reading!] },
        null,
      );
    const late = await ev('Ngày hội đọc sách tháng 4', '2026-04-21');
    const early = await ev('Tọa đàm văn hóa đọc', '2026-03-02');
    await cancelEvent(store.db, early, { note: 'Hoãn' }, null);
    const found = await taskEvidence(store.db, [reading!, training!]);
    expect(found.get(reading!)).toEqual([
      { taskId: reading!, kind: 'event', title: 'Tọa đàm văn hóa đọc', date: '2026-03-02T08:00', status: 'cancelled', url: `/su-kien/${early}` },
      { taskId: reading!, kind: 'event', title: 'Ngày hội đọc sách tháng 4', date: '2026-04-21T08:00', status: 'published', url: `/su-kien/${late}` },
    ]);
    expect(found.get(training!)).toEqual([]);

    // the plan's task page lists them under the task, for an official of the plan's province
    await createUser(store.db, { username: 'canbo.p9', password: 'mat-khau-dai', displayName: 'Cán bộ tỉnh Chín', role: 'official', unitId: net.p9 });
    const app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    try {
      const official = new Client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await official.login('canbo.p9', 'mat-khau-dai');
      const res = await official.get(`/ke-hoach/${plan}/nhiem-vu`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<a href="/su-kien/${late}">Ngày hội đọc sách tháng 4</a> (21/04/2026, sắp diễn ra)`);
      expect(html).toContain('(02/03/2026, đã hủy)');
    } finally {
      await new Promise<void>((r) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => r());
      });
    }
  });
});
