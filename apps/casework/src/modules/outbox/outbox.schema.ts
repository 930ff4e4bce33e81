/** Request schemas of the parked outbox routes. */
import { Type } from '@sinclair/typebox';
import { strict } from '../../http-context.ts';

export const OutboxIdParams = strict({ id: Type.String({ pattern: '^[1-9][0-9]{0,15}$' }) });
export const ResolveBody = strict({ resolution: Type.Union([Type.Literal('sent-otherwise'), Type.Literal('no-longer-needed')]) });
