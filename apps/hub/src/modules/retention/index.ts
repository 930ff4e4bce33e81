export { blockReasonBinding, hubRecordClasses, MIN_ENDED_INTEGRATION_DAYS } from './retention.ts';
