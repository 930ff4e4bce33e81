/** Outside anchors of the audit chain in the hub's log (ADR 0017, R44). */
export { createAuditAnchoring, checkAgainstAnchors, type AuditAnchoring, type AnchorCheck } from './audit-anchors.service.ts';
export { compareWithAnchors, readAnchors, type Anchor, type AnchorProblem } from './audit-anchors.ts';
