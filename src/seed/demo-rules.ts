import type { DB } from '../core/db/database.ts';
import { createRule } from '../statistics/rules.ts';

/**
 * Two validation rules of the demo (statistics/rules.ts), made by its admin: a museum's student visitors are some
 * of its visitors, never more (blocking: it cannot be true); an event has someone taking part (a warning: a
 * figure typed in the wrong row is the likely cause, but the person may know better and says why).
 */
export async function seedDemoRules(db: DB, adminId: number): Promise<number> {
  const admin = { userId: adminId, username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unitId: null, institutionId: null } as const;
  await createRule(db, admin, {
    name: 'Khách là học sinh, sinh viên không vượt quá tổng lượt khách',
    left: 'MUS_STUDENT_VISITORS',
    operator: '<=',
    right: 'MUS_VISITORS',
    importance: 'high',
    blocking: true,
  });
  await createRule(db, admin, {
    name: 'Số người tham gia không ít hơn số sự kiện',
    left: 'EVENT_PARTICIPANTS',
    operator: '>=',
    right: 'EVENTS',
    importance: 'medium',
    blocking: false,
  });
  return 2;
}
