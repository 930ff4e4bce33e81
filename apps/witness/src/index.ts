/** A tlog witness (C2SP tlog-witness, tlog-cosignature; ADR 0017): its start, its plugin and its rules. */
export {
  startWitness,
  witnessPlugin,
  witnessDatabaseName,
  WITNESS_MIGRATIONS,
  type RunningWitness,
  type WitnessStartOptions,
} from './start.ts';
export { createWitness, type Witness, type WitnessAnswer } from './witness.service.ts';
export { createWitnessRepository } from './witness.repository.ts';
export type { FollowedLog } from './witness.ts';
export { DEMO_WITNESSES, startDemoWitnesses } from './federation.ts';
