/**
 * An error the user caused and can fix: bad input, a forbidden action, something missing.
 * `where` points at the place (row, column or field); `message` is Vietnamese, `messageEn` English.
 */
export interface Problem {
  message: string;
  messageEn?: string;
  row?: number;
  field?: string;
}

export class UserError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 = 400,
    readonly problems: Problem[] = [],
    readonly messageEn?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const notFound = (what: string, whatEn = what) => new UserError(`Không tìm thấy ${what}.`, 404, [], `${whatEn} not found.`);
export const forbidden = (why = 'Bạn không có quyền thực hiện thao tác này.', whyEn = 'You are not allowed to do this.') =>
  new UserError(why, 403, [], whyEn);
