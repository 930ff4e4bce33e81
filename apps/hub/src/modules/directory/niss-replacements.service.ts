/** `POST /hub/v1/niss-replacements`: a CPAS tells the hub a person's number changed (R4; finding F1), signed. */
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import { NissReplacementMessage } from '#contracts/protocol/messages.ts';
import type { FastifyInstance } from 'fastify';
import type { HubChannel } from '../channel/index.ts';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import type { Pseudonymiser } from './pseudonym.ts';
import { replacePseudonym, type NissReplacementOutcome } from './directory.service.ts';

export type NissReplacementDeps = {
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  channel: Pick<HubChannel, 'receive' | 'sign'>;
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
      if (!received.ok) throw new AppError('niss-replacement.malformed', 422, 'oldNiss and newNiss (two different valid numbers) are required.');
      const claims = received.claims;
      const outcome = await deps.replace(deps.pseudonymise(claims.oldNiss), deps.pseudonymise(claims.newNiss), claims.iss);
      if (!outcome.ok) throw new AppError(outcome.code, 404, outcome.message);
      return deps.channel.sign(claims.iss, { type: 'niss-replacement-result', integrations: outcome.integrations });
    },
  };
}

export type NissReplacementService = ReturnType<typeof createNissReplacementService>;

export function registerNissReplacementRoutes(app: FastifyInstance, service: NissReplacementService): void {
  registerJoseEndpoint(app, { path: '/v1/niss-replacements', tags: ['directory'], handle: service.handle });
}
