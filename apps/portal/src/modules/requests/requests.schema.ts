/** Bodies of the person's statements, contests and blocks. */
import { Type } from '@sinclair/typebox';
import { MAX_STATEMENT_LENGTH } from '#contracts/summary/summary.schema.ts';
import { MAX_BLOCK_REASON_LENGTH, PERSON_DECISION_REF } from '#contracts/protocol/messages.ts';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Kbo = Type.String({ minLength: 1, maxLength: 20, description: 'enterprise number (KBO/BCE), 10 digits' });
const DecisionRef = Type.String({ pattern: PERSON_DECISION_REF, description: 'the decision reference as shown in the summary' });
const Words = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const StatementBody = strict({ providerKbo: Kbo, decisionRef: DecisionRef, text: Words(MAX_STATEMENT_LENGTH) });
export const ContestBody = strict({ providerKbo: Kbo, decisionRef: DecisionRef, reason: Words(MAX_STATEMENT_LENGTH) });
export const BlockBody = strict({ institutionKbo: Kbo, reason: Words(MAX_BLOCK_REASON_LENGTH) });
