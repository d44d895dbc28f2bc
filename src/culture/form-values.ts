/** A posted form's field as text ('' when absent or a file). */
export const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** A typed year of birth: null when blank, else the number (NaN for the service to refuse). */
export const yearOf = (v: unknown) => (str(v).trim() === '' ? null : Number(str(v).trim()));
/** The ticked boxes of a list (one value, several, or none) as ids. */
export const ids = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(Number);
