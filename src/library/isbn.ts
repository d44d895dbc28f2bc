/** ISBN checks (kept in core/text/isbn.ts: the search reads ISBNs in queries the same way). */
export { checkIsbn, isbn13, type IsbnCheck } from '../core/text/isbn.ts';
