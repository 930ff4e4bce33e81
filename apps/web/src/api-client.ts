/**
 * Every page goes through the casework REST API, in process, with the session's bearer token
 * (`app.inject`): the same routes, validation, access control (R23) and audit log (R43) as any
 * outside client — there is no second path to the data.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';

export type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export type ApiResult = { status: number; body: unknown; raw: Buffer; contentType: string };

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

export function createApiCall(inject: Inject, context: { token: string | null; language: string; requestId: string }): ApiCall {
  return async (method, url, body, headers = {}) => {
    const response = await inject({
      method,
      url,
      headers: {
        ...(context.token ? { authorization: `Bearer ${context.token}` } : {}),
        'accept-language': context.language,
        'x-request-id': context.requestId,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
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
    return { status: response.statusCode, body: parsed, raw: response.rawPayload, contentType };
  };
}
