/**
 * The person's three actions: add a statement to a decision (R40, right of reply), contest a
 * decision (R39), and ask that a named CPAS no longer receive their summary (a block at the hub).
 * The person's words for a statement or a contest are encrypted here to the deciding CPAS's
 * registered key, so the hub forwards them without reading them (principle 4).
 */
import { AppError, invalid } from '#platform/errors.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { PortalHubClient } from '../hub/hub-client.ts';

type RequestResult = { requestId: string; status: string; reasonCode: string | null; leafIndex: number };

export function createRequestService(deps: { hub: PortalHubClient }) {
  function requireKbo(kbo: string, path: string) {
    if (!isValidKbo(kbo))
      throw invalid('kbo.invalid', 'This is not a valid enterprise number.', [
        { path, code: 'invalid-format', message: 'not a valid KBO/BCE number' },
      ]);
  }

  async function sendToProvider(
    niss: string,
    kind: 'statement' | 'contest',
    input: { providerKbo: string; decisionRef: string; text: string },
  ) {
    requireKbo(input.providerKbo, '/providerKbo');
    const provider = await deps.hub.institution(input.providerKbo);
    const key = provider?.kind === 'cpas' ? await deps.hub.encryptionKey(input.providerKbo) : undefined;
    if (!key) throw new AppError('person-request.no-file', 404, 'This CPAS holds no file on you that it could share.');
    const content = encryptFor(key.publicKey, key.kid, { text: input.text });
    const result = (await deps.hub.send('/v1/person-access/requests', {
      kind,
      niss,
      providerKbo: input.providerKbo,
      decisionRef: input.decisionRef,
      content,
    })) as unknown as RequestResult;
    if (result.status === 'recorded')
      return {
        id: result.requestId,
        status: 'recorded',
        provider: { kbo: input.providerKbo, name: provider!.name },
        decisionRef: input.decisionRef,
        leafIndex: result.leafIndex,
      };
    if (result.status === 'pending')
      throw new AppError(
        'person-request.provider-unreachable',
        503,
        'The CPAS cannot be reached right now; nothing was recorded. Try again later.',
      );
    if (result.reasonCode === 'person-request.decision-not-found')
      throw new AppError('person-request.decision-not-found', 404, 'This CPAS has no such decision about you.');
    throw new AppError('person-request.failed', 502, 'The CPAS could not record your message; nothing was recorded. Try again later.');
  }

  return {
    addStatement: (niss: string, input: { providerKbo: string; decisionRef: string; text: string }) =>
      sendToProvider(niss, 'statement', input),
    contest: (niss: string, input: { providerKbo: string; decisionRef: string; reason: string }) =>
      sendToProvider(niss, 'contest', { providerKbo: input.providerKbo, decisionRef: input.decisionRef, text: input.reason }),
    async block(niss: string, input: { institutionKbo: string; reason: string }) {
      requireKbo(input.institutionKbo, '/institutionKbo');
      const result = (await deps.hub.send('/v1/person-access/blocks', {
        action: 'add',
        niss,
        institutionKbo: input.institutionKbo,
        reason: input.reason,
      })) as unknown as {
        status: 'recorded' | 'exists';
        institution: { kbo: string; name: string };
        leafIndex: number | null;
      };
      return { status: result.status, institution: result.institution, leafIndex: result.leafIndex };
    },
    async listBlocks(niss: string) {
      const result = (await deps.hub.send('/v1/person-access/blocks', { action: 'list', niss })) as unknown as {
        blocks: { institutionKbo: string; reason: string; createdAt: string }[];
      };
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
