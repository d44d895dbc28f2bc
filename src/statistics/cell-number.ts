import type { Lang } from '../core/i18n/index.ts';

/**
 * A number as a person types it in a cell of the entry form, the way the page writes numbers (core/i18n/format.ts):
 * in Vietnamese "1.234" is one thousand two hundred and thirty-four and "25,5" twenty-five and a half; in English
 * "1,234" and "25.5". Thousands come in groups of three, after a dot (a comma in English), a space or a non-breaking
 * space; one decimal mark at most. Anything else ("1,2,3", "1.2", "abc") is not a number: `undefined`.
 *
 * Note: the entry form's own reading, kept small; core/i18n/parse-number.ts (being written in another session) is
 * the shared parser to move to once it is there. Files and the API keep their strict plain integers (resolve.ts):
 * a CSV's "1.234" could be either.
 */
export function parseCellNumber(text: string, lang: Lang): number | undefined {
  const [group, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  const t = text.trim();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = sign < 0 ? t.slice(1).trimStart() : t;
  const comma = body.indexOf(decimal);
  const whole = comma < 0 ? body : body.slice(0, comma);
  const fraction = comma < 0 ? '' : body.slice(comma + 1);
  if (comma >= 0 && !/^\d+$/.test(fraction)) return undefined;
  // the whole part: plain digits, or 1–3 digits then groups of three, each after a separator
  const groups = whole.split(group === '.' ? /[\s\u00a0\u202f.]/ : /[\s\u00a0\u202f,]/);
  if (groups.length === 1 ? !/^\d+$/.test(whole) : !/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return undefined;
  return sign * Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
}
