/** Request schemas of the follow-up of the person's statements and contests. */
import { Type } from '@sinclair/typebox';
import { strict, Text } from '../../http-context.ts';

const Id = Type.String({ maxLength: 64 });
export const StatementParams = strict({ id: Id, statementId: Id });
export const ContestParams = strict({ id: Id, contestId: Id });
export const ReplyBody = strict({ reply: Text(2000) });
export const OutcomeBody = strict({
  outcome: Type.Union([Type.Literal('upheld'), Type.Literal('corrected'), Type.Literal('rejected')]),
  motivation: Text(2000),
});
