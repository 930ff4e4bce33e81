/**
 * The commitment to a person's pseudonym in a public log entry (issue 13, scope 1): the public tiles
 * show SHA-256("rse/subject-commitment/v1\n" ‖ pseudonym ‖ opening) with a fresh random 32-byte
 * opening per entry, so two entries about the same person look unrelated to a reader of the tiles.
 * The opening goes only to the person (and the parties); with it, the entry is provably theirs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { pooledRandomBytes } from '../random-pool.ts';

const LABEL = Buffer.from('rse/subject-commitment/v1\n', 'utf8');

/** A fresh opening for one entry: 32 bytes from the process's pool of CSPRNG bytes (random-pool.ts). */
export function newOpening(): Buffer {
  return pooledRandomBytes(32);
}

export function subjectCommitment(pseudonym: Uint8Array, opening: Uint8Array): string {
  return createHash('sha256').update(LABEL).update(pseudonym).update(opening).digest('base64');
}

export function opensTo(commitment: unknown, pseudonym: Uint8Array, opening: Uint8Array): boolean {
  if (typeof commitment !== 'string' || opening.length !== 32) return false;
  const expected = Buffer.from(subjectCommitment(pseudonym, opening), 'utf8');
  const given = Buffer.from(commitment, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
