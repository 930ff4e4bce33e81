/** Colleagues, the user's preferences and user administration: the module's public surface (other modules import only this file). */
export * from './users.routes.ts';
export { createUserService, type UserService } from './users.service.ts';
export { roleFromGroups, isValidUsername, sameRoleAs } from './users.ts';
export { usersRepository, type OidcRoleMapping } from './users.repository.ts';
