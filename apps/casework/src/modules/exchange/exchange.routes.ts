/**
 * The node's hub-facing endpoint (`POST /exchange/v1/summary-requests`): every message the hub
 * sends to a tenant of this node arrives here, signed by the hub. Two claims are read before
 * verification, only to route: `aud` (which tenant) and `type` (which handler). The message is then
 * verified and validated once, here, against the schema of its type, and its handler receives typed
 * claims; the handler's answer is signed by the tenant. `…/summary-requests/batch` takes several
 * messages in one request (ADR 0025), each answered exactly as alone.
 */
import type { FastifyInstance } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { AppError } from '#platform/errors.ts';
import { acceptsBatchForm, type Claims } from '#contracts/protocol/channel.ts';
import { BATCH_MEDIA_TYPE, mediaTypeOf } from '#contracts/protocol/batch-signature.ts';
import {
  CorrectionNotice,
  NissReplacementNotice,
  PersonRequest,
  SummaryRequest,
  TransferNotice,
  type MessageDefinition,
} from '#contracts/protocol/messages.ts';
import { peekAudience, peekType } from '#contracts/protocol/peek.ts';
import { MAX_TOKEN_LENGTH } from '#contracts/protocol/jose-compact.ts';
import { registerBatchRoute } from '#platform/multiplex.ts';
import type { Tenant } from '../../tenant.ts';
import { identityOf, type HubClient } from './hub-client.ts';
import { applyNissReplacementNotice } from '../persons/index.ts';
import type { createProviderService } from './provider.service.ts';
import type { createCorrectionService } from '../corrections/corrections.service.ts';
import type { createPersonRequestService } from '../person-requests/person-requests.service.ts';
import type { TransferService } from '../transfers/index.ts';

const SUMMARY_REQUESTS_PATH = '/exchange/v1/summary-requests';

export type ExchangeServices = {
  hub: HubClient;
  provider: ReturnType<typeof createProviderService>;
  corrections: ReturnType<typeof createCorrectionService>;
  personRequests: ReturnType<typeof createPersonRequestService>;
  transfers: TransferService;
};

/** What the handler knows of the request besides its body: whether the hub accepts a batch-signed answer (ADR 0023). */
export type ExchangeContext = { requestId: string; acceptsBatch: boolean };

type Handle = (tenant: Tenant, token: unknown, context: ExchangeContext) => Promise<string>;

/** Verifies and validates a hub message for `tenant`, then hands its typed claims to `handle`. */
function handler<S extends TSchema>(
  hub: HubClient,
  message: MessageDefinition<S>,
  malformed: string,
  handle: (tenant: Tenant, claims: Claims<S>, context: ExchangeContext) => Promise<string>,
): Handle {
  return async (tenant, token, context) => {
    const received = await hub.channel.receive(token, { audience: tenant.kbo, from: 'hub', message });
    if (received.ok) return handle(tenant, received.claims, context);
    if (received.reason === 'signature') throw new AppError(received.code, received.status, received.message);
    throw new AppError('exchange.malformed', 422, malformed);
  };
}

/** The one `type → handler` table of the node's inbound messages. */
export function exchangeHandlers(services: ExchangeServices): { handlers: Record<string, Handle>; fallback: Handle } {
  const summaryRequest = handler(
    services.hub,
    SummaryRequest,
    'consultationId, niss, items and requester are required.',
    (tenant, claims, { requestId, acceptsBatch }) => services.provider.answerSummaryRequest(tenant, claims, requestId, acceptsBatch),
  );
  return {
    handlers: {
      'summary-request': summaryRequest,
      'correction-notice': handler(
        services.hub,
        CorrectionNotice,
        'noticeId, provider, decisionRef, status, correctedAt and consultationIds are required.',
        (tenant, claims, { requestId }) => services.corrections.receiveNotice(tenant, claims, requestId),
      ),
      'person-request': handler(
        services.hub,
        PersonRequest,
        'requestId, kind, niss, decisionRef and content are required.',
        (tenant, claims, { requestId }) => services.personRequests.receive(tenant, claims, requestId),
      ),
      // R4: a person this CPAS holds got a new number at another CPAS.
      'niss-replacement-notice': handler(
        services.hub,
        NissReplacementNotice,
        'oldNiss and newNiss are required.',
        async (tenant, claims, { requestId }) => {
          const matched = await applyNissReplacementNotice(tenant, claims, requestId, new Date());
          return services.hub.channel.sign(identityOf(tenant), 'hub', { type: 'niss-replacement-ack', matched });
        },
      ),
      'transfer-notice': handler(
        services.hub,
        TransferNotice,
        'kind, transferId, from and content are required.',
        (tenant, claims, { requestId }) => services.transfers.receive(tenant, claims, requestId),
      ),
    },
    // A message without a known type is read as a summary request (and refused if it is not one).
    fallback: summaryRequest,
  };
}

export function registerExchangeRoutes(app: FastifyInstance, services: ExchangeServices): void {
  const { handlers, fallback } = exchangeHandlers(services);
  /** One message, alone or carried in a batch (ADR 0025): routed by its audience and type, answered signed. */
  async function answer(body: unknown, accept: string | string[] | undefined, requestId: string): Promise<string> {
    const tenant = services.provider.recipient(peekAudience(body) ?? '');
    if (!tenant) throw new AppError('exchange.unknown-recipient', 404, 'No such institution on this node.');
    const handle = handlers[peekType(body) ?? ''] ?? fallback;
    return handle(tenant, body, { requestId, acceptsBatch: acceptsBatchForm(accept) });
  }
  app.register(async (exchange) => {
    exchange.addContentTypeParser(['application/jose', BATCH_MEDIA_TYPE], { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    exchange.post(
      SUMMARY_REQUESTS_PATH,
      { schema: { tags: ['exchange'], body: { type: 'string', description: 'compact JWS signed by the hub, or its batch form' } } },
      async (request, reply) => {
        const token = await answer(request.body, request.headers.accept, request.id);
        return reply.type(mediaTypeOf(token)).send(token);
      },
    );
    registerBatchRoute(exchange, {
      path: SUMMARY_REQUESTS_PATH,
      tags: ['exchange'],
      maxMessageLength: MAX_TOKEN_LENGTH,
      handle: async (message, _request, requestId) => {
        const token = await answer(message.body, message.accept, requestId);
        return { type: mediaTypeOf(token), body: token };
      },
    });
  });
}
