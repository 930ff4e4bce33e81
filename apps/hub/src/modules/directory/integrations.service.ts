/** `POST /hub/v1/integrations`: a node registers or ends an integration (flow 1), signed. */
import { AppError } from '#platform/errors.ts';
import type { Database, Queryable } from '#platform/db.ts';
import { IntegrationMessage } from '#contracts/protocol/messages.ts';
import type { HubChannel } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import type { Pseudonymiser } from './pseudonym.ts';
import { applyIntegration } from './directory.service.ts';

export type IntegrationDeps = {
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  channel: Pick<HubChannel, 'receive' | 'sign'>;
  /** Applies the change in one transaction (directory.service.ts on the hub's database). */
  apply: (pseudonym: Buffer, institutionKbo: string, message: IntegrationMessage) => ReturnType<typeof applyIntegration>;
};

export type IntegrationService = ReturnType<typeof createIntegrationService>;

/** `apply` on the hub's database, in a transaction. */
export function applyIn(db: Database): IntegrationDeps['apply'] {
  return (pseudonym, institutionKbo, message) =>
    db.transaction((tx: Queryable) => applyIntegration(tx, pseudonym, institutionKbo, message));
}

export function createIntegrationService(deps: IntegrationDeps) {
  return {
    async handle(jws: unknown): Promise<string> {
      const received = await deps.channel.receive(jws, IntegrationMessage);
      const institution = await deps.registry.find(received.claims.iss);
      if (institution?.kind !== 'cpas') throw new AppError('integration.not-a-cpas', 403, 'Only a CPAS registers integrations.');
      if (!received.ok)
        throw new AppError('integration.malformed', 422, 'action, niss, qualityCode, start (YYYY-MM-DD) and fileRef are required.');
      const claims = received.claims;
      const outcome = await deps.apply(deps.pseudonymise(claims.niss), claims.iss, claims);
      if (!outcome.ok) throw new AppError(outcome.code, outcome.code === 'integration.not-found' ? 404 : 422, outcome.message);
      return deps.channel.sign(claims.iss, { type: 'integration-result', status: outcome.status, fileRef: claims.fileRef });
    },
  };
}
