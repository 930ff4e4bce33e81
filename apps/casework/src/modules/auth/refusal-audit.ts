/**
 * F7: a request refused for its input (a NUL byte, an out-of-range number, an unknown field…) by
 * an authenticated user is a denial like any other (R43): the audit log records who tried which
 * route — the route's pattern and the refusal's code, never the input itself (it may be a NISS or
 * an attack string).
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '#platform/errors.ts';
import { readToken } from '../../http-context.ts';
import { recordDenial } from '../audit/index.ts';
import type { AuthService } from './auth.service.ts';

const INPUT_CODES = new Set(['request.invalid-characters', 'request.invalid-value']);

export function auditRefusedRequests(app: FastifyInstance, auth: AuthService): void {
  app.addHook('onError', async (request, _reply, error: FastifyError) => {
    const code = error instanceof AppError ? error.code : error.validation ? 'validation.failed' : null;
    if (code === null || (!error.validation && !INPUT_CODES.has(code))) return;
    const token = readToken(request);
    if (!token) return;
    const session = await auth.authenticate(token).catch(() => null);
    if (!session) return;
    await recordDenial(
      session.tenant.db,
      { requestId: request.id, user: { id: session.user.id, role: session.user.role } },
      {
        action: 'request.refused',
        recordType: 'route',
        recordId: `${request.method} ${request.routeOptions.url ?? '(unknown)'}`.slice(0, 200),
        reason: code,
      },
    ).catch((failure: unknown) => request.log.warn({ err: failure }, 'refusal not audited'));
  });
}
