/**
 * Whether an error says the database cannot be reached for now (PostgreSQL restarting, a failover, the network
 * between): the connection refused, reset or timed out, or the server's own "shutting down" and "starting up"
 * (SQLSTATE class 08, connection exceptions, and 57P01–57P03). Such a request is answered 503 with a time to try
 * again, not 500: nothing is wrong with it, and the pool connects again by itself when the server is back.
 */
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03']);
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/i;

export function databaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CODES.has(code) || code.startsWith('08'))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
