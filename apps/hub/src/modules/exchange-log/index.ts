/** The exchange log: legs, the Merkle log with its signed tree heads and proofs, its verification and usage report. */
export { createExchangeLog, createNodeStore, type ExchangeLogService, type SignedTreeHead } from './exchange-log.service.ts';
export { encodeLeg, type ExchangeLog, type LogLeg, type LegType } from './leg.ts';
export { signTreeHead, verifyTreeHead, type TreeHead } from './tree-head.ts';
export { verifyWholeLog, type LogVerification } from './verify-log.ts';
export { institutionUsage, DEFAULT_USAGE_THRESHOLDS, type UsageThresholds, type InstitutionUsage } from './usage-report.ts';
export { registerExchangeLogRoutes } from './exchange-log.routes.ts';
