/** Request schemas of the session routes. */
import { strict, Text } from '../../http-context.ts';

export const LoginBody = strict({ username: Text(200), password: Text(500) });
