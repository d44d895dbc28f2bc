/**
 * Structured logs: one JSON object per line (what log collectors — journald, Loki, CloudWatch — read without a
 * pattern), with the time, a level, and the request's id where there is one so a person's "mã yêu cầu" finds
 * the line. Written to standard error; the process's own greeting stays a sentence on standard output.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export function logLine(level: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}

/** An error's message and stack for the log (never for the page). */
export function errorFields(err: unknown): Record<string, unknown> {
  return err instanceof Error ? { error: err.message, stack: err.stack } : { error: String(err) };
}
