import { readFileSync } from 'node:fs';
import type { Said } from '../core/errors.ts';
import { accountsErrors } from './messages.ts';

/**
 * The password policy (OWASP ASVS V2.1, NIST SP 800-63B): at least {@link MIN_LENGTH} characters (any characters:
 * spaces, Vietnamese letters; no rule of "one digit, one capital"), at most {@link MAX_LENGTH}, not a common password,
 * not the username nor containing it. Why 12 and which list: docs/decisions.md.
 */
export const MIN_LENGTH = 12;
export const MAX_LENGTH = 200;

let common: Set<string> | undefined;
/**
 * The common passwords (common-passwords.txt, beside this file): every password of 8 characters or more of the
 * list of @zxcvbn-ts/language-common (MIT; drawn from the most frequent of 10 million leaked passwords), with a few
 * Vietnamese ones, lower-cased. Loaded once, on first use (~18,000 lines).
 */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );
  return common;
}

/** What is wrong with a password chosen by `username`, or undefined when it will do. */
export function passwordProblem(password: string, username: string): Said | undefined {
  const pw = password.normalize('NFC');
  const length = [...pw].length;
  if (length < MIN_LENGTH) return accountsErrors.passwordTooShort({ min: MIN_LENGTH });
  if (length > MAX_LENGTH) return accountsErrors.passwordTooLong({ max: MAX_LENGTH });
  const lower = pw.toLowerCase();
  if (commonPasswords().has(lower)) return accountsErrors.passwordCommon();
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return accountsErrors.passwordHasUsername();
  return undefined;
}
