/** The hub's policy and quality codes as the operator sees and changes them (ADR 0020). */
export * from './policy.ts';
export { createPolicyService, type PolicyService, type PolicyProblem } from './policy.service.ts';
