export { portalRecordClasses } from './retention.ts';
