/** The social report (R16): the module's public surface (other modules import only this file). */
export * from './social-report.ts';
export * from './social-reports.routes.ts';
export * from './social-reports.service.ts';
