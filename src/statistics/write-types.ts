import type { AuditContext } from './write-sql.ts';
/** A value ready to be stored: every code resolved, the period checked. */
export interface ResolvedValue {
  institutionId: number;
  elementId: number;
  period: string;
  year: number;
  /** The unit the institution belonged to during the period. */
  unitId: number;
  kind: string;
  value: number;
}

export interface WriteOptions {
  userId: number | null;
  /** `set` stores the value as given (forms, imports); `add` adds it to what is there (operations). */
  mode: 'set' | 'add';
  /**
   * How changes reach the audit log, old and new value each: `each` one entry per changed value
   * (forms, API; the default for `set`), `batch` one entry per 2,000 changed values listing them
   * (file imports: the same facts at a fraction of the cost), `none` (operations modules, whose
   * own records say who did what; the default for `add`).
   */
  audit?: 'each' | 'batch' | 'none';
  /** What the batch entries name as their source (a file name). */
  source?: string;
  /**
   * PostgreSQL: the rows were resolved from the memory of codes at this `map_version` (resolve.ts): the write is
   * refused with `StaleResolution`, writing nothing, when the version has moved since.
   */
  resolvedAt?: number;
}

/** A write whose codes were resolved from a memory older than the database's map: nothing was written; resolve again. */
export class StaleResolution extends Error {
  constructor() {
    super('the codes were resolved from a memory older than the map');
  }
}

export type AuditMode = NonNullable<WriteOptions['audit']>;

/**
 * One small write waiting to be written with others (SQLite's group commit, write-group.ts; PostgreSQL's queue,
 * write-queue.ts): its rows, how they are stored and audited, and its caller's promise.
 */
export interface WaitingWrite {
  rows: ResolvedValue[];
  mode: WriteOptions['mode'];
  audit: AuditMode;
  ctx: AuditContext;
  /** `WriteOptions.resolvedAt`. */
  version?: number;
  done: () => void;
  failed: (e: unknown) => void;
}
