/**
 * The offline proof in a letter about an exchange (ADR 0017): the transfer notice prints, on an
 * appendix page, a real C2SP tlog-proof (signed by a log key, cosigned by two witnesses with long
 * names, so its signature lines are folded) and embeds it as `tlog-proof.txt`; both verify. Without
 * a proof, the page says it will be in the portal; a transfer sent by post has no such page.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { signCheckpoint } from '#contracts/tlog/checkpoint.ts';
import { cosign } from '#contracts/tlog/cosignature.ts';
import { formatTlogProof, verifyTlogProof } from '#contracts/tlog/proof.ts';
import { hashLeaf } from '#contracts/merkle/hashes.ts';
import { rootFromLeafHashes } from '#contracts/merkle/verify.ts';
import { extractPdfAttachments, extractPdfText, printedProofLines } from '../../../../../test/pdf-text.ts';
import { foldProofLines, PROOF_LINE_WIDTH, unfoldProofLines } from './exchange-proof.ts';
import { renderTransferNotice, type TransferNoticeInput } from './transfer-notice.ts';

const notice: TransferNoticeInput = {
  language: 'fr',
  institution: { name: 'CPAS de Forest', kbo: '0212344876', serviceContact: { phone: '02 123 45 67' } },
  person: { familyName: 'Dupont', givenNames: 'Samira', address: 'Rue de la Paix 1\n1190 Forest' },
  fileRef: 'ACK-2026-000123',
  kind: 'ris',
  originalReceivedAt: '2026-11-28',
  startedAt: '2026-12-01',
  to: { name: 'CPAS de Molenbeek-Saint-Jean', kbo: '0212344777' },
  reason: 'Résidence habituelle à Molenbeek.',
  generatedAt: '2026-12-02T10:00:00.000Z',
};

/** A real proof of entry 2 in a log of 3, cosigned by two witnesses. */
function aProof() {
  const origin = 'hub.rse.example/exchange-log';
  const log = generateKeyPairSync('ed25519');
  const witnesses = ['witness.cpas-federations.example/rse', 'witness.data-protection-authority.example/rse'].map((name) => ({
    name,
    ...generateKeyPairSync('ed25519'),
  }));
  const entry = Buffer.from('{"v":2,"type":"transfer.forwarded","requester":"0212344876","provider":"0212344777"}');
  const hashes = [Buffer.from('a'), Buffer.from('b'), entry].map((leaf) => hashLeaf(leaf));
  const note = signCheckpoint({ origin, treeSize: 3, rootHash: rootFromLeafHashes(hashes) }, { name: origin, privateKey: log.privateKey });
  const text = note.slice(0, note.lastIndexOf('\n\n') + 1);
  const cosigned = note + witnesses.map((witness, i) => cosign(text, 1_764_000_000 + i, witness)).join('');
  const proof = formatTlogProof({ extra: entry, index: 2, proof: [rootFromLeafHashes(hashes.slice(0, 2))], checkpoint: cosigned });
  const trust = { origin, logKey: log.publicKey, witnesses: witnesses.map(({ name, publicKey }) => ({ name, publicKey })), quorum: 2 };
  return { proof, trust, entry };
}

describe('the offline proof in the transfer notice', () => {
  test('is printed on an appendix page, folded to the page, and embedded as tlog-proof.txt; both verify', async () => {
    const { proof, trust, entry } = aProof();
    assert.ok(
      proof.split('\n').some((line) => line.length > PROOF_LINE_WIDTH),
      'the cosignature lines are longer than a printed line',
    );
    const pdf = await renderTransferNotice({ ...notice, exchangeProof: { text: proof } });
    const text = await extractPdfText(pdf);
    const words = text.replace(/\s+/g, ' ');
    assert.match(words, /Preuve dans le registre public des échanges/);
    assert.match(words, /sans devoir faire confiance à notre CPAS ni au hub/);
    assert.match(words, /vérificateur de preuves « C2SP tlog-proof »/);
    const attachments = await extractPdfAttachments(pdf);
    const file = attachments.get('tlog-proof.txt');
    assert.ok(file, 'embedded');
    assert.equal(file.content.toString('utf8'), proof, 'the exact proof');
    assert.deepEqual(verifyTlogProof(file.content.toString('utf8'), trust), { ok: true, entry, index: 2, treeSize: 3 });
    assert.deepEqual(
      printedProofLines(text),
      proof.split('\n').filter((line) => line !== ''),
      'the printed lines, unfolded, are the proof’s',
    );
    assert.equal(
      await renderTransferNotice({ ...notice, exchangeProof: { text: proof } }).then((again) => again.equals(pdf)),
      true,
      'same bytes for the same input',
    );
  });

  test('says in each language that the proof will be in the portal when it was not available', async () => {
    const expected = {
      fr: /Vous la trouverez dans le portail/,
      nl: /U vindt het in het portaal/,
      de: /Sie finden ihn im Portal/,
      en: /You will find it in the portal/,
    } as const;
    for (const language of ['fr', 'nl', 'de', 'en'] as const) {
      const pdf = await renderTransferNotice({ ...notice, language, exchangeProof: { pending: true } });
      const text = (await extractPdfText(pdf)).replace(/\s+/g, ' ');
      assert.match(text, expected[language], language);
      assert.doesNotMatch(text, /c2sp\.org\/tlog-proof@v1/, 'no proof printed');
      assert.equal((await extractPdfAttachments(pdf)).size, 0, 'nothing embedded');
    }
  });

  test('is absent from a notice of a transfer that did not go through the hub', async () => {
    const text = await extractPdfText(await renderTransferNotice(notice));
    assert.doesNotMatch(text, /registre public des échanges|portail/);
  });

  test('folds only long lines, never starting a continuation with a space, and unfolds to the same text', () => {
    const line = `— w.example ${'A'.repeat(PROOF_LINE_WIDTH - 13)} ${'B'.repeat(150)}`;
    const text = `c2sp.org/tlog-proof@v1\nindex 2\n\n${line}\n`;
    const folded = foldProofLines(text);
    assert.ok(
      folded.every((piece) => piece.length <= PROOF_LINE_WIDTH),
      'every piece fits the printed line',
    );
    assert.ok(
      folded.slice(1).every((piece) => !piece.startsWith(' ')),
      'no continuation starts with a space',
    );
    assert.equal(unfoldProofLines(folded), text);
  });
});
