/**
 * Errors with stable string codes. Domain code throws these (or returns unions); exactly one HTTP
 * mapper (http.ts) turns them into RFC 9457 problem+json. Codes are listed in docs/errors.md.
 */
export type FieldError = { path: string; code: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    /** Seconds after which the client may try again (429, 503): sent as `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 404: unknown, or not visible to this user (never reveals that a file exists elsewhere). */
export const notFound = (code = 'resource.not-found', message = 'Not found.') => new AppError(code, 404, message);
/** 403: authenticated but not allowed. */
export const forbidden = (code = 'access.forbidden', message = 'You are not allowed to do this.') => new AppError(code, 403, message);
/** 401: no valid session. */
export const unauthenticated = (code = 'auth.required', message = 'Log in first.') => new AppError(code, 401, message);
/** 409: the state of the record does not allow this now. */
export const conflict = (code: string, message: string) => new AppError(code, 409, message);
/** 422: a value is invalid. */
export const invalid = (code: string, message: string, errors?: FieldError[]) => new AppError(code, 422, message, errors);
/** 400: the request itself is malformed. */
export const badRequest = (code: string, message: string) => new AppError(code, 400, message);
/** 429: too many requests. */
export const tooMany = (code: string, message: string, retryAfterSeconds?: number) =>
  new AppError(code, 429, message, undefined, retryAfterSeconds);
