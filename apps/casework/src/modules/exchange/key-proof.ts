/**
 * Key transparency at the provider (issue 13, scope 3; ADR 0017): before a summary is encrypted to a
 * requester, the key the hub's registry handed over must be proven in a witnessed checkpoint of the
 * hub's log (contracts/tlog/key-proof.ts). A proven key stays proven (the log is append-only), so the
 * proof is fetched once per key and remembered.
 */
import type { KeyObject } from 'node:crypto';
import type { RequestText } from '#platform/http-client.ts';
import type { Logger } from '#platform/logger.ts';
import { verifyKeyProof, type LogTrust } from '#contracts/tlog/key-proof.ts';

export type KeyProofChecker = {
  /** True when the key is registered for `kbo` in a checkpoint signed by the hub and cosigned by a quorum. */
  isProven(kbo: string, key: { kid: string; publicKey: KeyObject }, use: 'sig' | 'enc'): Promise<boolean>;
};

const MAX_REMEMBERED = 10_000;

export function createKeyProofChecker(deps: {
  hubUrl: () => string;
  transport: RequestText;
  trust: () => Promise<LogTrust | null>;
  log: Logger;
}): KeyProofChecker {
  const proven = new Set<string>();
  // The registry cache keeps its KeyObjects: export each one's `x` once, not once per summary request.
  const exported = new WeakMap<KeyObject, string>();
  const xOf = (publicKey: KeyObject): string => {
    let x = exported.get(publicKey);
    if (x === undefined) {
      x = publicKey.export({ format: 'jwk' }).x ?? '';
      exported.set(publicKey, x);
    }
    return x;
  };
  return {
    async isProven(kbo, key, use) {
      const x = xOf(key.publicKey);
      const id = `${kbo} ${use} ${key.kid} ${x}`;
      if (proven.has(id)) return true;
      const trust = await deps.trust();
      if (!trust) {
        deps.log.error({ kbo }, 'key transparency: no trusted hub log key (HUB_LOG_KEY) configured; refusing to encrypt');
        return false;
      }
      let body: unknown = null;
      let status = 0;
      try {
        const response = await deps.transport(
          `${deps.hubUrl()}/tlog/key-proof?kbo=${encodeURIComponent(kbo)}&kid=${encodeURIComponent(key.kid)}`,
        );
        status = response.status;
        body = response.ok ? await response.json() : null;
      } catch {
        body = null;
      }
      const check = verifyKeyProof(body, { kbo, use, kid: key.kid, x }, trust);
      if (!check.ok) {
        // Loud, without secrets: which institution's key, and why it is not proven.
        deps.log.error(
          { kbo, kid: key.kid, reason: check.reason, hubStatus: status },
          'KEY TRANSPARENCY: the key the hub gave is not proven in a witnessed checkpoint; refusing to encrypt',
        );
        return false;
      }
      if (proven.size >= MAX_REMEMBERED) proven.clear();
      proven.add(id);
      return true;
    },
  };
}
