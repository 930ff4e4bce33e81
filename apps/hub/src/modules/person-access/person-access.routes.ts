/** The person-facing hub endpoints, called by the citizen portal with the signed protocol (api: hub, flow 4). */
import type { FastifyInstance } from 'fastify';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { PersonAccessService } from './person-access.service.ts';

export function registerPersonAccessRoutes(app: FastifyInstance, service: PersonAccessService): void {
  const endpoint = (path: string, summary: string, handle: (token: unknown) => Promise<string>) =>
    registerJoseEndpoint(app, { path: `/v1/person-access/${path}`, tags: ['person-access'], summary, handle });
  endpoint('exchanges', 'every exchange-log entry about the person, with inclusion proofs against a signed tree head', service.exchanges);
  endpoint('summaries', 'what each CPAS would share about the person, encrypted to the portal', service.summaries);
  endpoint('requests', 'a statement or a contest of the person, forwarded to the CPAS that decided', service.request);
  endpoint('blocks', 'record or list the person’s blocks of named CPAS', service.blocks);
  endpoint(
    'replies',
    'the CPAS’s answers to the person’s statements and the outcomes of their contests, encrypted to the portal',
    service.replies,
  );
  // node → hub: the answer or the outcome, encrypted by the CPAS to the portal that sent the request.
  registerJoseEndpoint(app, { path: '/v1/person-replies', tags: ['person-access'], handle: service.reply });
}
