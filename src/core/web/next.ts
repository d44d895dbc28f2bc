/**
 * Where to go after a login or a sign-up (`next=`): only a path of this site. A browser reads `//host`, `/\host`
 * and `/\t/host` (it drops tabs and newlines) as another site, and `https:`, `javascript:` are schemes: all
 * refused, as is anything with a control character or a backslash, raw or once decoded. Otherwise `fallback`.
 */
export function safeNext(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return fallback;
  }
  for (const s of [next, decoded]) {
    if (!s.startsWith('/') || s.startsWith('//')) return fallback;
    if (/[\\\u0000-\u001f\u007f]/.test(s)) return fallback;
  }
  // the last word: resolved against this site, it stays on it
  const base = 'http://same.invalid';
  return new URL(next, base).origin === base ? next : fallback;
}
