/** A log's client of one witness over HTTP (C2SP tlog-witness): `POST <prefix>/add-checkpoint`. */
import type { KeyObject } from 'node:crypto';
import { parseVerifierKey, SIGNATURE_TYPE_COSIGNATURE_V1 } from './note.ts';

export type WitnessEndpointLike = {
  name: string;
  publicKey: KeyObject;
  addCheckpoint(body: string): Promise<{ status: number; contentType: string; text: string }>;
};

/** `prefix` is read at each call (the embedded federation knows its URL only once it listens). */
export function httpWitnessEndpoint(prefix: () => string, vkey: string, timeoutMs = 5_000): WitnessEndpointLike {
  const key = parseVerifierKey(vkey);
  if (!key || key.type !== SIGNATURE_TYPE_COSIGNATURE_V1) throw new Error('A witness key is a cosignature/v1 vkey (type 0x04).');
  return {
    name: key.name,
    publicKey: key.publicKey,
    async addCheckpoint(body) {
      const response = await fetch(`${prefix()}/add-checkpoint`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
    },
  };
}
