/** `POST /hub/v1/integrations`: a node registers or ends an integration (flow 1), signed. */
import type { KeyObject } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import { signMessage, verifyMessage, type ReplayGuard } from '#contracts/protocol/envelope.ts';
import { isValidNiss } from '#contracts/niss.ts';
import type { Registry } from '../registry/registry.service.ts';
import type { Pseudonymiser } from './pseudonym.ts';
import { applyIntegration, type IntegrationMessage } from './directory.service.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createIntegrationService(deps: {
  db: Database;
  registry: Registry;
  pseudonymise: Pseudonymiser;
  replay: ReplayGuard;
  signing: { kid: string; privateKey: KeyObject };
  clock: () => Date;
}) {
  return {
    async handle(jws: unknown): Promise<string> {
      const verified = await verifyMessage(jws, {
        resolveKey: (iss, kid) => deps.registry.signingKey(iss, kid),
        expectedAudience: 'hub',
        replay: deps.replay,
        now: deps.clock(),
      });
      if (!verified.ok)
        throw new AppError(
          verified.code,
          verified.code === 'signature.malformed' ? 400 : verified.code === 'signature.replayed' ? 409 : 401,
          verified.message,
        );
      const claims = verified.claims as unknown as IntegrationMessage & { iss: string; niss: unknown };
      const institution = await deps.registry.find(claims.iss);
      if (institution?.kind !== 'cpas') throw new AppError('integration.not-a-cpas', 403, 'Only a CPAS registers integrations.');
      if (
        !['register', 'end'].includes(claims.action) ||
        typeof claims.niss !== 'string' ||
        !isValidNiss(claims.niss) ||
        typeof claims.qualityCode !== 'string' ||
        typeof claims.fileRef !== 'string' ||
        typeof claims.start !== 'string' ||
        !DATE.test(claims.start) ||
        (claims.end != null && (typeof claims.end !== 'string' || !DATE.test(claims.end)))
      ) {
        throw new AppError('integration.malformed', 422, 'action, niss, qualityCode, start (YYYY-MM-DD) and fileRef are required.');
      }
      const outcome = await deps.db.transaction((tx) => applyIntegration(tx, deps.pseudonymise(claims.niss as string), claims.iss, claims));
      if (!outcome.ok) throw new AppError(outcome.code, outcome.code === 'integration.not-found' ? 404 : 422, outcome.message);
      return signMessage({
        payload: { type: 'integration-result', status: outcome.status, fileRef: claims.fileRef },
        issuer: 'hub',
        audience: claims.iss,
        signingKey: deps.signing.privateKey,
        kid: deps.signing.kid,
        now: deps.clock(),
      });
    },
  };
}
