/** `POST /hub/v1/niss-replacements`: a CPAS tells the hub a person's number changed (R4; finding F1), signed. */
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import { NissReplacementAck, NissReplacementMessage } from '#contracts/protocol/messages.ts';
import type { Logger } from '#platform/logger.ts';
import type { FastifyInstance } from 'fastify';
import type { HubChannel } from '../channel/index.ts';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import type { Pseudonymiser } from './pseudonym.ts';
import { replacePseudonym, type NissReplacementOutcome } from './directory.service.ts';

export type NissReplacementDeps = {
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  channel: Pick<HubChannel, 'receive' | 'sign' | 'deliver'>;
  log: Logger;
  /** Moves the pseudonym in one transaction (directory.service.ts on the hub's database). */
  replace: (oldPseudonym: Buffer, newPseudonym: Buffer, institutionKbo: string) => Promise<NissReplacementOutcome>;
};

export function replaceIn(db: Database): NissReplacementDeps['replace'] {
  return (oldPseudonym, newPseudonym, kbo) => db.transaction((tx) => replacePseudonym(tx, oldPseudonym, newPseudonym, kbo));
}

export function createNissReplacementService(deps: NissReplacementDeps) {
  return {
    async handle(jws: unknown): Promise<string> {
      const received = await deps.channel.receive(jws, NissReplacementMessage);
      const institution = await deps.registry.find(received.claims.iss);
      if (institution?.kind !== 'cpas') throw new AppError('niss-replacement.not-a-cpas', 403, 'Only a CPAS reports a new number.');
      if (!received.ok)
        throw new AppError('niss-replacement.malformed', 422, 'oldNiss and newNiss (two different valid numbers) are required.');
      const claims = received.claims;
      const outcome = await deps.replace(deps.pseudonymise(claims.oldNiss), deps.pseudonymise(claims.newNiss), claims.iss);
      if (!outcome.ok) throw new AppError(outcome.code, outcome.code === 'niss-replacement.no-integration' ? 404 : 422, outcome.message);
      // The other institutions that hold the person learn the new number, so that they still find their file when
      // asked under it (their summary-request carries the requester's number). Best effort: the old number keeps
      // resolving at the hub whatever they answer.
      for (const kbo of outcome.otherHolders) {
        const holder = await deps.registry.find(kbo);
        if (!holder) continue;
        const delivery = await deps.channel.deliver(
          holder,
          { type: 'niss-replacement-notice', oldNiss: claims.oldNiss, newNiss: claims.newNiss },
          NissReplacementAck,
          { role: 'recipient', malformedCode: 'recipient.malformed-ack' },
        );
        if (!delivery.ok) deps.log.warn({ recipient: kbo, reason: delivery.reasonCode }, 'NISS replacement notice not delivered');
      }
      return deps.channel.sign(claims.iss, { type: 'niss-replacement-result', integrations: outcome.integrations });
    },
  };
}

export type NissReplacementService = ReturnType<typeof createNissReplacementService>;

export function registerNissReplacementRoutes(app: FastifyInstance, service: NissReplacementService): void {
  registerJoseEndpoint(app, { path: '/v1/niss-replacements', tags: ['directory'], handle: service.handle });
}
