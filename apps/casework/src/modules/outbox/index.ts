/** Parked outbox messages for the CPAS's administrator: the module's public surface. */
export * from './outbox.routes.ts';
export { describeParked, RESOLUTIONS, type ParkedMessage, type Resolution } from './outbox.ts';
export { seedParkedOutboxDemo } from './outbox.demo.ts';
