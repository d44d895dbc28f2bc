/** A posted form's field as text ('' when absent or a file). */
export const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** A posted form's field as a number (NaN when blank, for the service to refuse). */
export const num = (v: unknown) => (str(v).trim() === '' ? NaN : Number(v));
