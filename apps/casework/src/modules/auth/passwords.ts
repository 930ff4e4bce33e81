/** Password hashing: the platform's scrypt (shared with the hub's operator accounts). */
export { hashPassword, verifyPassword } from '#platform/passwords.ts';
