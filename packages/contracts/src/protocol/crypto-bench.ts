/**
 * Measures the protocol's crypto on this machine, ours against jose's, one core:
 *   node --import tsx packages/contracts/src/protocol/crypto-bench.ts
 * It is the evidence behind using node:crypto directly in envelope.ts and encryption.ts; rerun it
 * when Node or jose changes.
 */
import { CompactEncrypt, CompactSign, compactDecrypt, compactVerify } from 'jose';
import { decryptWith, encryptFor } from './encryption.ts';
import { createMemoryReplayGuard, signMessage, verifyMessage } from './envelope.ts';
import { generateInstitutionKeys } from './keys.ts';

const DURATION_MS = 1500;

async function measure(name: string, operation: () => unknown): Promise<void> {
  for (let i = 0; i < 200; i += 1) await operation();
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < DURATION_MS) {
    for (let i = 0; i < 100; i += 1) await operation();
    count += 100;
  }
  const rate = Math.round(count / ((performance.now() - start) / 1000));
  process.stdout.write(`${name.padEnd(44)} ${String(rate).padStart(7)} /s\n`);
}

const keys = generateInstitutionKeys();
const payload = {
  type: 'consultation',
  niss: '85073003328',
  purpose: 'social-investigation',
  fileRef: 'AR-2026-000123',
  workerRef: 'u-42',
  personInformedAt: '2026-03-03T09:15:00Z',
};
const summary = new TextEncoder().encode(JSON.stringify({ schema: 'rse.summary/1', padding: 'x'.repeat(1500) }));
const encoder = new TextEncoder();
const resolveKey = () => keys.signing.publicKey;
const replay = createMemoryReplayGuard({ maxEntries: 10_000_000 });

const joseToken = await new CompactSign(encoder.encode(JSON.stringify({ ...payload, iss: '0212345678', aud: 'hub', iat: 0, jti: 'x' })))
  .setProtectedHeader({ alg: 'EdDSA', kid: keys.signing.kid, typ: 'rse+jwt' })
  .sign(keys.signing.privateKey);

await measure('rse signMessage', () =>
  signMessage({ payload, issuer: '0212345678', audience: 'hub', signingKey: keys.signing.privateKey, kid: keys.signing.kid }),
);
// Each verification needs a fresh jti, so the replay guard is part of what is measured; signing is excluded.
const fresh: string[] = [];
for (let i = 0; i < 40_000; i += 1)
  fresh.push(signMessage({ payload, issuer: '0212345678', audience: 'hub', signingKey: keys.signing.privateKey, kid: keys.signing.kid }));
let next = 0;
await measure('rse verifyMessage (incl. replay guard)', async () => {
  const result = await verifyMessage(fresh[next++ % fresh.length], { resolveKey, expectedAudience: 'hub', replay, maxSkewSeconds: 3600 });
  return result;
});
await measure('jose CompactSign (EdDSA)', () =>
  new CompactSign(encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'EdDSA', kid: keys.signing.kid })
    .sign(keys.signing.privateKey),
);
await measure('jose compactVerify (EdDSA)', () => compactVerify(joseToken, keys.signing.publicKey));

await measure('rse encryptFor (1.5 kB)', () => encryptFor(keys.encryption.publicKey, keys.encryption.kid, summary));
const jwe = encryptFor(keys.encryption.publicKey, keys.encryption.kid, summary);
await measure('rse decryptWith (1.5 kB)', () => decryptWith(keys.encryption.privateKey, jwe));
await measure('rse encryptFor + decryptWith', () =>
  decryptWith(keys.encryption.privateKey, encryptFor(keys.encryption.publicKey, keys.encryption.kid, summary)),
);
await measure('jose CompactEncrypt + compactDecrypt', async () => {
  const encrypted = await new CompactEncrypt(summary)
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM' })
    .encrypt(keys.encryption.publicKey);
  return compactDecrypt(encrypted, keys.encryption.privateKey);
});
