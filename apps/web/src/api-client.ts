/**
 * Every page goes through the casework REST API, in process, with the session's bearer token
 * (`app.inject`): the same routes, validation, access control (R23) and audit log (R43) as any
 * outside client — there is no second path to the data.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export type ApiResult = {
  status: number;
  body: unknown;
  raw: Buffer;
  contentType: string;
  /** The API's `Retry-After` (a refused login: when to try again). */
  retryAfter?: string;
};

/** The API said 401: the session ended (idle timeout, logout elsewhere); the page sends the user to the login. */
export class SessionEndedError extends Error {
  constructor() {
    super('session ended');
    this.name = 'SessionEndedError';
  }
}

export type ApiCall = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<ApiResult>;

export function createApiCall(
  inject: Inject,
  context: { token: string | null; language: string; requestId: string; clientAddress?: string; host?: string },
): ApiCall {
  return async (method, url, body, headers = {}) => {
    const response = await inject({
      method,
      url,
      headers: {
        ...(context.token ? { authorization: `Bearer ${context.token}` } : {}),
        'accept-language': context.language,
        'x-request-id': context.requestId,
        // The address the browser asked for: the CPAS of that host name is the one logged into (TENANTS_FILE `hosts`).
        ...(context.host ? { host: context.host } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      // The browser's address, not the loopback of the in-process call: the login throttle counts per client (F5).
      ...(context.clientAddress ? { remoteAddress: context.clientAddress } : {}),
    });
    const contentType = String(response.headers['content-type'] ?? '');
    let parsed: unknown = null;
    if (contentType.includes('json')) {
      try {
        parsed = response.json();
      } catch {
        parsed = null;
      }
    }
    if (response.statusCode === 401 && context.token) throw new SessionEndedError();
    const retryAfter = response.headers['retry-after'];
    return {
      status: response.statusCode,
      body: parsed,
      raw: response.rawPayload,
      contentType,
      ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
    };
  };
}
