/**
 * Batch signatures over HTTP (ADR 0023): concurrent consultations from one CPAS signed with one
 * signature over a Merkle root, a batch with one altered message refused for that message only, the
 * hub's and the provider's answers batch-signed only for a requester whose `Accept` names the form,
 * every answer verifiable on its own (the root with jose, the proof with RFC 9162), and an outside
 * client that speaks plain compact JWS served exactly as before.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as jose from 'jose';
import { startTestFederation, type TestFederation } from './federation.ts';
import { FOREST, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { createHubLink } from '#contracts/protocol/hub-link.ts';
import { BATCH_MEDIA_TYPE, isBatchForm, openBatchForm } from '#contracts/protocol/batch-signature.ts';
import { ConsultationResult } from '#contracts/protocol/messages.ts';
import { openSummaryAnswer } from '#contracts/protocol/summary-answer.ts';
import { hashLeaf } from '#contracts/merkle/hashes.ts';
import { verifyInclusion } from '#contracts/merkle/verify.ts';
import { verifyAuditChain } from '#casework/modules/audit/audit.ts';

let fed: TestFederation;
let link: ReturnType<typeof createHubLink>;
let nadiaRequestId: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 5_000 });
  const marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`);
  nadiaRequestId = requests.body.items[0].id;
  await fed.services.relay.flush();
  link = createHubLink({
    hubUrl: () => `${fed.baseUrl}/hub`,
    clock: () => new Date(),
    transport: fetch,
    replayEntries: 10_000,
    unreachable: (cause) => new Error(`hub unreachable: ${String(cause)}`),
  });
});

after(async () => {
  await fed.close();
});

const forest = () => ({ id: FOREST.kbo, signing: fed.tenants.byKbo(FOREST.kbo)!.keys.signing });
const consultation = () => ({
  niss: nadia.niss,
  purpose: 'social-investigation',
  fileRef: nadiaRequestId,
  workerRef: 'w',
  personInformedAt: new Date().toISOString(),
});

async function post(body: string, accept?: string) {
  const response = await fetch(`${fed.baseUrl}/hub/v1/consultations`, {
    method: 'POST',
    headers: { 'content-type': isBatchForm(body) ? BATCH_MEDIA_TYPE : 'application/jose', ...(accept ? { accept } : {}) },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** The hub's signatures and the messages they covered, from its metrics. */
async function hubSignatures() {
  const text = await (await fetch(`${fed.baseUrl}/hub/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`\\n${name} (\\d+)`).exec(text)?.[1] ?? 0);
  return { signatures: value('rse_hub_signatures_total'), messages: value('rse_hub_signed_messages_total') };
}

/** The hub's answer verified as Forest, and the provider's summary in it opened with Forest's key. */
async function openResult(text: string) {
  const received = await link.channel.receive(text, { audience: FOREST.kbo, message: ConsultationResult, from: 'hub' });
  assert.ok(received.ok, JSON.stringify(received));
  const tenant = fed.tenants.byKbo(FOREST.kbo)!;
  const context = {
    channel: link.channel,
    audience: FOREST.kbo,
    decryptionKey: tenant.keys.encryption.privateKey,
    niss: nadia.niss,
    consultationId: received.claims.consultationId,
  };
  const opened = await Promise.all(received.claims.results.map((result) => openSummaryAnswer(result, context)));
  return { claims: received.claims, opened };
}

describe('batch signatures between a CPAS, the hub and a provider', () => {
  test('concurrent consultations signed in one batch are each answered, batch-signed, with a summary that opens', async () => {
    const before = await hubSignatures();
    const tokens = await Promise.all(Array.from({ length: 6 }, () => link.channel.signInBatch(forest(), 'hub', consultation())));
    assert.ok(tokens.every(isBatchForm), 'the six requests share one root');
    const replies = await Promise.all(tokens.map((token) => post(token, `application/jose, ${BATCH_MEDIA_TYPE}`)));
    const after = await hubSignatures();
    // The hub signed six summary requests and six results with fewer signatures (its metrics count both).
    assert.ok(after.messages - before.messages >= 12, JSON.stringify({ before, after }));
    assert.ok(after.signatures - before.signatures < after.messages - before.messages, JSON.stringify({ before, after }));
    for (const reply of replies) {
      assert.equal(reply.status, 200, reply.text);
      const { opened } = await openResult(reply.text);
      assert.equal(opened[0]!.status, 'answered');
      assert.equal(opened[0]!.summary?.person.niss, nadia.niss);
    }
    // Six answers signed in the same turns: at least some share a root (the batch form), and each verified alone above.
    assert.ok(
      replies.some((reply) => reply.type.startsWith(BATCH_MEDIA_TYPE)),
      'replies.some((reply) => reply.type.startsWith(BATCH_MEDIA_TYPE))',
    );
  });

  test('a batch with one altered message refuses only that one', async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => link.channel.signInBatch(forest(), 'hub', consultation())));
    const parts = tokens[2]!.split('.');
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as Record<string, unknown>;
    parts[1] = Buffer.from(JSON.stringify({ ...claims, purpose: 'aid-assessment' })).toString('base64url');
    tokens[2] = parts.join('.');
    const replies = await Promise.all(tokens.map((token) => post(token, BATCH_MEDIA_TYPE)));
    assert.deepEqual(
      replies.map((reply) => reply.status),
      [200, 200, 401, 200, 200],
    );
    assert.equal((JSON.parse(replies[2]!.text) as { code: string }).code, 'signature.invalid');
    for (const reply of [replies[0]!, replies[1]!, replies[3]!, replies[4]!])
      assert.equal((await openResult(reply.text)).opened[0]!.status, 'answered');
  });

  test('every batch-signed answer is evidence on its own: the root verifies with jose, the proof with RFC 9162', async () => {
    const tokens = await Promise.all(Array.from({ length: 4 }, () => link.channel.signInBatch(forest(), 'hub', consultation())));
    const replies = await Promise.all(tokens.map((token) => post(token, BATCH_MEDIA_TYPE)));
    const hubJwk = (await fed.hub.registry.list()).find((i) => i.kind === 'hub')!.jwks.keys.find((k) => k.use === 'sig')!;
    const hubKey = await jose.importJWK({ ...hubJwk, alg: 'EdDSA' }, 'EdDSA');
    const batched = replies.filter((reply) => isBatchForm(reply.text));
    assert.ok(batched.length > 0, 'some answers were signed in a batch');
    for (const reply of batched) {
      const opened = openBatchForm(reply.text.split('.'));
      assert.ok(opened.ok, 'opened.ok');
      const { payload } = await jose.compactVerify(opened.rootJws, hubKey);
      const root = JSON.parse(new TextDecoder().decode(payload)) as { iss: string; size: number; root: string };
      assert.equal(root.iss, 'hub');
      const isIncluded = verifyInclusion({
        leafHash: hashLeaf(Buffer.from(opened.signingInput, 'ascii')),
        leafIndex: opened.leafIndex,
        treeSize: root.size,
        auditPath: opened.auditPath,
        rootHash: Buffer.from(root.root, 'base64url'),
      });
      assert.ok(isIncluded, 'isIncluded');
    }
  });

  test('a client that does not name the batch form gets plain compact JWS, from the hub and from the provider', async () => {
    const tokens = await Promise.all(Array.from({ length: 4 }, () => link.channel.signInBatch(forest(), 'hub', consultation())));
    const replies = await Promise.all(tokens.map((token) => post(token)));
    for (const reply of replies) {
      assert.equal(reply.status, 200, reply.text);
      assert.match(reply.type, /^application\/jose/);
      assert.equal(reply.text.split('.').length, 3);
      const { claims, opened } = await openResult(reply.text);
      assert.equal(claims.results[0]!.answer!.split('.').length, 3, "the provider's answer too");
      assert.equal(opened[0]!.status, 'answered');
    }
  });

  test('concurrent consultations from the worker API, signed by the node in batches, are each answered', async () => {
    const marie = await fed.login('marie.forest');
    const informed = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/person-informed`, {
      informedAt: new Date().toISOString(),
      method: 'in-person',
    });
    assert.equal(informed.status, 201);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, { purpose: 'social-investigation' }),
      ),
    );
    for (const response of responses) {
      assert.equal(response.status, 201, response.text);
      assert.equal(response.body.responses[0].status, 'answered');
    }
    // Stored together (ADR 0024), each consultation has its own rows and its own audit events, and the chain holds.
    const ids = responses.map((response) => response.body.id as string);
    assert.equal(new Set(ids).size, 5);
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    for (const response of responses) {
      const stored = await fed.api(marie, 'GET', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations/${response.body.id}`);
      assert.deepEqual(stored.body.responses, response.body.responses);
    }
    const created = await db.query<{ record_id: string }>(
      `SELECT record_id FROM audit_events WHERE action = 'rse-consultation.create' AND record_id = ANY($1::text[])`,
      [ids],
    );
    assert.deepEqual(created.map((row) => row.record_id).sort(), [...ids].sort(), 'one create event per consultation');
    assert.deepEqual(await verifyAuditChain(db), {
      isIntact: true,
      count: (await db.one<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))!.n,
    });
  });
});
