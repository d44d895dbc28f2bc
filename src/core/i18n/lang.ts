/** The languages of the interface: Vietnamese first, English when asked for. */
export type Lang = 'vi' | 'en';

export function pickLang(query: string | undefined, cookie: string | undefined): Lang {
  const v = query ?? cookie;
  return v === 'en' ? 'en' : 'vi';
}
