/**
 * The offline proof in the transfer notice (issue 13, scope 4; ADR 0017), on a real federation: the
 * hub's signed answer to the transfer names its `transfer.forwarded` entry, the node keeps that index,
 * and once a checkpoint is published with its two witnesses the notice to the person carries the
 * entry's C2SP tlog-proof — printed and embedded — which verifies offline against the hub's log key
 * and the witnesses. An entry not yet covered by a checkpoint: the letter says the proof will be in
 * the portal, and is printed all the same.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfAttachments, extractPdfText, printedProofLines } from './pdf-text.ts';
import { FOREST, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { verifyTlogProof } from '#contracts/tlog/proof.ts';

let fed: TestFederation;
let marie: string;

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 1_500 });
  marie = await fed.login('marie.forest');
  await fed.services.relay.flush();
});
after(async () => fed?.close());

const today = () => new Date().toISOString().slice(0, 10);

async function pdfOf(url: string) {
  const response = await fetch(`${fed.baseUrl}${url}`, { headers: { authorization: `Bearer ${marie}` } });
  assert.equal(response.status, 200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the transfer notice carries the offline proof of its exchange log entry', () => {
  let requestId: string;
  let noticeLetter: string;

  test('the hub names the transfer.forwarded entry in its signed answer, and the node keeps its index', async () => {
    const niss = generateNiss({ birthDate: '1988-03-02', sequence: 733 });
    const person = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss,
      familyName: 'Preuve-Transfert',
      givenNames: 'Inès',
      birthDate: '1988-03-02',
      language: 'fr',
    });
    assert.equal(person.status, 201, person.text);
    const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'ris',
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    assert.equal(request.status, 201, request.text);
    requestId = request.body.id;
    const transfer = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/transfer`, {
      toKbo: MOLENBEEK.kbo,
      toName: MOLENBEEK.name,
      reason: 'Domicile à Molenbeek depuis le mois dernier.',
      startedAt: today(),
      applicantInformedAt: today(),
    });
    assert.equal(transfer.status, 201, transfer.text);
    noticeLetter = transfer.body.noticeLetter;
    await fed.services.relay.flush();
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    const kept = await forest.db.one<{ hub_leaf_index: string | null }>(
      'SELECT hub_leaf_index::text FROM transfers WHERE request_id = $1',
      [requestId],
    );
    assert.ok(kept?.hub_leaf_index, 'the index is kept');
    const leaf = await fed.hub.db.one<{ leaf: Buffer }>('SELECT leaf FROM log_leaves WHERE leaf_index = $1', [Number(kept.hub_leaf_index)]);
    const entry = JSON.parse(leaf!.leaf.toString('utf8'));
    assert.equal(entry.type, 'transfer.forwarded');
    assert.equal(entry.requester, FOREST.kbo);
    assert.equal(entry.provider, MOLENBEEK.kbo);
  });

  test('a transfer sent again after its answer was lost gets the same entry back, logged once', async () => {
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    const before = await forest.db.one<{ id: string; hub_leaf_index: string }>(
      'SELECT id, hub_leaf_index::text FROM transfers WHERE request_id = $1',
      [requestId],
    );
    const countForwarded = async () =>
      (await fed.hub.db.one<{ n: number }>(
        `SELECT count(*)::int AS n FROM log_leaves WHERE convert_from(leaf, 'UTF8')::jsonb->>'type' = 'transfer.forwarded'`,
      ))!.n;
    const logged = await countForwarded();
    // The node lost the hub's answer: it forgets the index and its outbox sends the transfer again.
    await forest.db.query('UPDATE transfers SET hub_leaf_index = NULL WHERE id = $1', [before!.id]);
    const requeued = await forest.db.query(
      `UPDATE outbox SET sent_at = NULL, next_attempt_at = now() - interval '1 minute' WHERE topic = 'transfer' AND payload->>'transferId' = $1 RETURNING id`,
      [before!.id],
    );
    assert.equal(requeued.length, 1, 'the transfer’s outbox message is sent again');
    await fed.services.relay.flush();
    const after = await forest.db.one<{ hub_leaf_index: string | null }>('SELECT hub_leaf_index::text FROM transfers WHERE id = $1', [
      before!.id,
    ]);
    assert.equal(after?.hub_leaf_index, before!.hub_leaf_index, 'the same entry, for the letter’s proof');
    assert.equal(await countForwarded(), logged, 'not logged a second time');
  });

  test('once a witnessed checkpoint covers it, the notice prints the proof and embeds it; it verifies offline', async () => {
    const published = await fed.hub.tlog.publish();
    assert.equal(published.published, true);
    const trust = fed.hub.tlog.trust();
    assert.ok(trust.quorum >= 2 && trust.witnesses.length >= 2, 'the demo publishes with two witnesses');
    const pdf = await pdfOf(noticeLetter);
    const text = await extractPdfText(pdf);
    assert.match(text.replace(/\s+/g, ' '), /Preuve dans le registre public des échanges/);
    const file = (await extractPdfAttachments(pdf)).get('tlog-proof.txt');
    assert.ok(file, 'the proof is embedded as tlog-proof.txt');
    const proof = file.content.toString('utf8');
    const check = verifyTlogProof(proof, trust);
    assert.ok(check.ok, JSON.stringify(check));
    const entry = JSON.parse(check.entry.toString('utf8'));
    assert.equal(entry.type, 'transfer.forwarded', 'the entry is the transfer');
    assert.equal(entry.requester, FOREST.kbo);
    assert.equal(entry.provider, MOLENBEEK.kbo);
    assert.ok(!('subject' in entry) && typeof entry.subjectCommitment === 'string', 'no pseudonym of the person in the entry');
    const kept = await fed.tenants
      .byKbo(FOREST.kbo)!
      .db.one<{ hub_leaf_index: string }>('SELECT hub_leaf_index::text FROM transfers WHERE request_id = $1', [requestId]);
    assert.equal(check.index, Number(kept!.hub_leaf_index), 'the proof of the kept entry');
    // The printed text is the same proof (a reader of the paper can check it too).
    assert.deepEqual(
      printedProofLines(text),
      proof.split('\n').filter((line) => line !== ''),
    );
    const oneWitness = verifyTlogProof(proof, { ...trust, witnesses: trust.witnesses.slice(0, 1) });
    assert.equal(oneWitness.ok, false, 'one witness is not the quorum');
    const dutch = await extractPdfText(await pdfOf(`${noticeLetter}?lang=nl`));
    assert.match(dutch.replace(/\s+/g, ' '), /Bewijs in het openbare register van uitwisselingen/);
  });

  test('an entry no published checkpoint covers yet: the notice says the proof will be in the portal', async () => {
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    await forest.db.query('UPDATE transfers SET hub_leaf_index = 999999999 WHERE request_id = $1', [requestId]);
    const pdf = await pdfOf(noticeLetter);
    const text = (await extractPdfText(pdf)).replace(/\s+/g, ' ');
    assert.match(text, /Transmission de votre demande au CPAS compétent/, 'the letter is printed');
    assert.match(text, /Vous la trouverez dans le portail/);
    assert.equal((await extractPdfAttachments(pdf)).size, 0);
  });
});
