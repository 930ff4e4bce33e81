/** Request schemas of the access-grant routes. */
import { Id, strict } from '../../http-context.ts';

export const GrantParams = strict({ id: Id, grantId: Id });
