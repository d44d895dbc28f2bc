import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { copyingPool } from './copy-pool.ts';
import type { Store } from './database.ts';
import type { Database } from './schema.ts';
import { logLine } from '../log.ts';

/**
 * Read replicas (`DATABASE_REPLICA_URLS`, issue 23): PostgreSQL streaming replicas take the reading that needs no
 * read-your-writes — an anonymous visitor's public pages, dashboards, analytics, search — while every write, and
 * everything a signed-in person sees, stays on the primary (the routing is the app's: server/app.tsx).
 *
 * A replica is used only while it is fresh: every CHECK_MS its replayed WAL position is compared with the
 * primary's position of `maxLagMs` ago; behind that, or not answering, it is skipped until it catches up. A
 * query on a replica that fails because the replica went away (or because it wrote, which a standby refuses)
 * runs again on the primary: a reader sees no error when a replica stops mid-load.
 */
export interface ReadReplicas {
  /** The store that reads: a fresh replica's, else the primary's. */
  store: Store;
  /** How many connections were taken from a replica and from the primary (fallbacks counted on the primary). */
  served(): { replica: number; primary: number };
  close(): Promise<void>;
}

/** Connection lost, server shutting down or starting, or a write refused on a standby: worth the primary. */
const RETRY_ON_PRIMARY = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '25006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const shouldRetry = (err: unknown) => {
  const e = err as { code?: string; message?: string };
  return RETRY_ON_PRIMARY.has(e.code ?? '') || /Connection terminated|connection.*(ended|closed)/i.test(e.message ?? '');
};

/** `X/Y` WAL positions as one number (bigint: they pass 2^53). */
const lsn = (text: string) => {
  const [hi, lo] = text.split('/');
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
};

interface Replica {
  url: string;
  pool: pg.Pool;
  reads: PostgresPool;
  fresh: boolean;
}

export function openReplicas(
  primaryUrl: string,
  replicaUrls: readonly string[],
  opts: { maxLagMs?: number; checkMs?: number; poolSize?: number } = {},
): ReadReplicas {
  const maxLagMs = opts.maxLagMs ?? Number(process.env.LIFELONG_REPLICA_MAX_LAG_MS ?? 2000);
  const checkMs = opts.checkMs ?? Math.max(100, Math.min(1000, maxLagMs / 2));
  const size = opts.poolSize ?? Number(process.env.PG_POOL_SIZE ?? 10);
  const quiet = (pool: pg.Pool) => {
    pool.on('error', () => undefined); // an idle connection ended (a replica stopped): the health check says so
    // a connection in use that ends says so to its query (which fails over); unheard, the event would end the process
    pool.on('connect', (client) => client.on('error', () => undefined));
    return pool;
  };
  const primaryPool = quiet(new pg.Pool({ connectionString: primaryUrl, max: size, application_name: 'lifelong-reads' }));
  const primary = copyingPool(primaryPool);
  const replicas: Replica[] = replicaUrls.map((url) => {
    const pool = quiet(new pg.Pool({ connectionString: url, max: size, connectionTimeoutMillis: 2000, application_name: 'lifelong-replica' }));
    return { url, pool, reads: copyingPool(pool), fresh: false };
  });
  const counts = { replica: 0, primary: 0 };

  // the primary's WAL position over the last moments: a replica is fresh when it has replayed what the primary had maxLagMs ago
  const history: { at: number; lsn: bigint }[] = [];
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const now = Date.now();
      const p = await primaryPool.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      history.push({ at: now, lsn: lsn(p.rows[0]!.lsn) });
      while (history.length > 2 && history[1]!.at <= now - maxLagMs) history.shift();
      const due = history[0]!.at <= now - maxLagMs ? history[0]!.lsn : undefined;
      await Promise.all(
        replicas.map(async (r) => {
          const was = r.fresh;
          try {
            const res = await r.pool.query<{ lsn: string | null }>('SELECT pg_last_wal_replay_lsn()::text AS lsn');
            const replayed = res.rows[0]?.lsn;
            r.fresh = due !== undefined && replayed != null && lsn(replayed) >= due;
          } catch {
            r.fresh = false;
          }
          if (was !== r.fresh)
            logLine(r.fresh ? 'info' : 'warn', r.fresh ? 'read replica in use' : 'read replica skipped (behind or not answering)', { replica: redact(r.url) });
        }),
      );
    } catch {
      for (const r of replicas) r.fresh = false; // the primary does not answer: nothing to compare with
    } finally {
      checking = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), checkMs);
  timer.unref();

  let next = 0;
  const pick = (): Replica | undefined => {
    for (let i = 0; i < replicas.length; i++) {
      const r = replicas[(next + i) % replicas.length]!;
      if (r.fresh) {
        next = (next + i + 1) % replicas.length;
        return r;
      }
    }
    return undefined;
  };

  const routing: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      const replica = pick();
      let client: PostgresPoolClient | undefined;
      if (replica) {
        try {
          client = await replica.reads.connect();
          counts.replica++;
        } catch {
          replica.fresh = false;
        }
      }
      if (!client) {
        counts.primary++;
        return primary.connect();
      }
      let current = client;
      let onReplica = true;
      return {
        async query(text: never, params: never) {
          try {
            return await current.query(text, params);
          } catch (err) {
            if (!onReplica || !shouldRetry(err)) throw err;
            if (replica) replica.fresh = false;
            (current.release as (e?: unknown) => void)(err);
            onReplica = false;
            counts.primary++;
            current = await primary.connect();
            return current.query(text, params);
          }
        },
        release() {
          current.release();
        },
      } as PostgresPoolClient;
    },
    async end() {
      await Promise.all([primaryPool.end(), ...replicas.map((r) => r.pool.end())]);
    },
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: routing }) });
  return {
    store: { db, engine: 'postgres', close: () => db.destroy() },
    served: () => ({ ...counts }),
    async close() {
      clearInterval(timer);
      await db.destroy();
    },
  };
}

/** A URL for the log, without its password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'replica';
  }
}
