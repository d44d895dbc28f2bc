import { sql } from 'kysely';
import type { DB } from './database.ts';

/**
 * Whether the database answers a trivial query within `timeoutMs` (`/readyz`): false when it refuses, fails or
 * keeps silent — never an exception, never a wait longer than the timeout.
 */
export async function databaseAnswers(db: DB, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const silent = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = sql`SELECT 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, silent]);
  } finally {
    clearTimeout(timer);
  }
}
