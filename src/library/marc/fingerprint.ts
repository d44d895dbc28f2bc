import { createHash } from 'node:crypto';

/**
 * A record's fingerprint: SHA-256 of its bytes (or text), base64url, the first 22 characters (132 bits). Two
 * records with one fingerprint are the same bytes; a re-import skips a record whose fingerprint it has seen.
 */
export function fingerprint(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 22);
}
