/** The person's record (details, history, household): the module's public surface. */
export { registerPersonRecordRoutes } from './person-record.routes.ts';
export { createPersonRecordService, type PersonRecord, type PersonRecordService, type HouseholdMember } from './person-record.service.ts';
export * from './person-record.ts';
