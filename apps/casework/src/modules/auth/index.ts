/** Accounts, sessions and logins: the module's public surface (other modules import only this file). */
export * from './auth.routes.ts';
export * from './auth.service.ts';
export * from './passwords.ts';
export * from './federated-login.ts';
export * from './refusal-audit.ts';
