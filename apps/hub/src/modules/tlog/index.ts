/** The exchange log as a C2SP tiled log with a witnessed checkpoint (ADR 0017). */
export { createTlog, type TlogService, type WitnessEndpoint, type PublishResult } from './tlog.service.ts';
export { createTlogRepository, type PublishedCheckpoint } from './tlog.repository.ts';
export { registerKeyTransparencyRoutes, registerTlogRoutes } from './tlog.routes.ts';
export { createKeyTransparency, type KeyTransparency, type KeyProof } from './key-transparency.ts';
export { readLogState, type LogState } from './log-state.ts';
