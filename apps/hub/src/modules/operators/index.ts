/** The hub operator's accounts and sessions (ADR 0020). */
export { createOperatorService, OperatorError, type OperatorService, type OperatorSession } from './operators.service.ts';
export { isValidOperatorName, oneTimePassword } from './operators.ts';
