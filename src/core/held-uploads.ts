import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomToken, sha256 } from './auth/tokens.ts';
import { UserError, type Said } from './errors.ts';
import { nowIso, type Moment } from './time.ts';

/** What a module says when a kept file is gone (expired, taken), another user's, or changed on disk. */
export interface HeldSaid {
  gone: (p: { minutes: number }) => Said;
  notYours: () => Said;
  damaged: () => Said;
}

/** What is kept with a checked file: whose it is, what it was, and what the check saw. */
export interface HeldMeta {
  userId: number;
  name: string;
  /** SHA-256 of the file's bytes (hex): the file confirmed is the file checked. */
  sha256: string;
  /** The stored value of each cell the check saw, in the file's order, and their fingerprint (value-diff.ts). */
  olds: (number | null)[];
  fingerprint: string;
  /** When the file is no longer kept (UTC ISO). */
  expiresAt: string;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Checked uploads (value files, MARC files previewed) kept for a short time, so the person confirms the import from the page of the check without
 * choosing the file again: each under an unguessable token (32 random bytes) that only the user who checked it may
 * use, stored as files named by the token's hash (a listing of the folder gives no token away), readable by the
 * server's user only. A file is taken once (a second confirmation of the same check finds it gone), and every
 * expired one is removed when another file is kept.
 */
export class HeldUploads {
  constructor(
    readonly dir: string,
    readonly minutes: number,
    private readonly said: HeldSaid,
  ) {}

  private path(token: string, ext: 'bin' | 'json' | 'taken') {
    return join(this.dir, `${sha256(token)}.${ext}`);
  }

  /** Keeps a checked file; returns its token. */
  async hold(bytes: Uint8Array, meta: Omit<HeldMeta, 'expiresAt' | 'sha256'>, now: Moment = Date.now()): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.sweep(now);
    const token = randomToken();
    const at = typeof now === 'number' ? now : now.getTime();
    const full: HeldMeta = { ...meta, sha256: createHash('sha256').update(bytes).digest('hex'), expiresAt: nowIso(at + this.minutes * 60_000) };
    await writeFile(this.path(token, 'bin'), bytes, { mode: 0o600 });
    await writeFile(this.path(token, 'json'), JSON.stringify(full), { mode: 0o600 });
    return token;
  }

  /**
   * Takes a kept file for the user (it is no longer kept, whatever happens next): refused when the token is unknown,
   * expired or already taken, another user's, or the bytes are no longer those checked.
   */
  async take(token: string, userId: number, now: Moment = Date.now()): Promise<{ bytes: Uint8Array; meta: HeldMeta }> {
    const gone = () => new UserError(this.said.gone({ minutes: this.minutes }), 409);
    if (!TOKEN.test(token)) throw gone();
    let meta: HeldMeta;
    try {
      meta = JSON.parse(await readFile(this.path(token, 'json'), 'utf8')) as HeldMeta;
    } catch {
      throw gone();
    }
    if (meta.userId !== userId) throw new UserError(this.said.notYours(), 403);
    // taken once: of two confirmations at the same moment, one renames the file, the other finds it gone
    try {
      await rename(this.path(token, 'json'), this.path(token, 'taken'));
    } catch {
      throw gone();
    }
    try {
      if (meta.expiresAt <= nowIso(now)) throw gone();
      const bytes = new Uint8Array(await readFile(this.path(token, 'bin')).catch(() => Promise.reject(gone())));
      if (createHash('sha256').update(bytes).digest('hex') !== meta.sha256) throw new UserError(this.said.damaged(), 409);
      return { bytes, meta };
    } finally {
      await this.drop(token);
    }
  }

  /** Forgets a kept file. */
  async drop(token: string): Promise<void> {
    await Promise.all((['bin', 'json', 'taken'] as const).map((ext) => rm(this.path(token, ext), { force: true })));
  }

  /** Removes what has expired (a file whose check is older than the time kept, or left half written). */
  async sweep(now: Moment = Date.now()): Promise<number> {
    const at = typeof now === 'number' ? now : now.getTime();
    let removed = 0;
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const file = join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs + this.minutes * 60_000 < at) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** The folder of the server's kept files: `LIFELONG_HELD_UPLOADS`, else a folder of the system's temporary one. */
export const heldUploadsDir = (): string => process.env.LIFELONG_HELD_UPLOADS ?? join(tmpdir(), 'lifelong-held-uploads');
