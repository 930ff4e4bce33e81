/**
 * The person's three actions: add a statement to a decision (R40, right of reply), contest a
 * decision (R39), and ask that a named CPAS no longer receive their summary (a block at the hub).
 * The person's words for a statement or a contest are encrypted here to the deciding CPAS's
 * registered key, so the hub forwards them without reading them (principle 4).
 */
import { AppError, invalid } from '#platform/errors.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
import { PersonBlockResult, PersonBlocks, PersonRequestResult } from '#contracts/protocol/messages.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { PortalHubClient } from '../hub/index.ts';
import { recordedOrProblem } from './requests.ts';

export type RequestDeps = { hub: Pick<PortalHubClient, 'send' | 'institution' | 'encryptionKey' | 'names'> };

function requireKbo(kbo: string, path: string) {
  if (!isValidKbo(kbo))
    throw invalid('kbo.invalid', 'This is not a valid enterprise number.', [
      { path, code: 'invalid-format', message: 'not a valid KBO/BCE number' },
    ]);
}

export function createRequestService(deps: RequestDeps) {
  async function sendToProvider(
    niss: string,
    kind: 'statement' | 'contest',
    input: { providerKbo: string; decisionRef: string; text: string },
  ) {
    requireKbo(input.providerKbo, '/providerKbo');
    const provider = await deps.hub.institution(input.providerKbo);
    const key = provider?.kind === 'cpas' ? await deps.hub.encryptionKey(input.providerKbo) : undefined;
    if (!provider || !key) throw new AppError('person-request.no-file', 404, 'This CPAS holds no file on you that it could share.');
    const content = encryptFor(key.publicKey, key.kid, { text: input.text });
    const result = await deps.hub.send(
      '/v1/person-access/requests',
      { kind, niss, providerKbo: input.providerKbo, decisionRef: input.decisionRef, content },
      PersonRequestResult,
    );
    return recordedOrProblem(result, { kbo: input.providerKbo, name: provider.name }, input.decisionRef);
  }

  return {
    addStatement: (niss: string, input: { providerKbo: string; decisionRef: string; text: string }) =>
      sendToProvider(niss, 'statement', input),
    contest: (niss: string, input: { providerKbo: string; decisionRef: string; reason: string }) =>
      sendToProvider(niss, 'contest', { providerKbo: input.providerKbo, decisionRef: input.decisionRef, text: input.reason }),
    async block(niss: string, input: { institutionKbo: string; reason: string }) {
      requireKbo(input.institutionKbo, '/institutionKbo');
      const result = await deps.hub.send(
        '/v1/person-access/blocks',
        { action: 'add', niss, institutionKbo: input.institutionKbo, reason: input.reason },
        PersonBlockResult,
      );
      return { status: result.status, institution: result.institution, leafIndex: result.leafIndex };
    },
    async listBlocks(niss: string) {
      const result = await deps.hub.send('/v1/person-access/blocks', { action: 'list', niss }, PersonBlocks);
      const names = await deps.hub.names();
      return {
        items: result.blocks.map((block) => ({
          institution: { kbo: block.institutionKbo, name: names.get(block.institutionKbo) ?? block.institutionKbo },
          reason: block.reason,
          createdAt: block.createdAt,
        })),
      };
    },
  };
}
