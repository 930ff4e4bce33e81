/**
 * Every message that crosses the wire between institutions, as a TypeBox schema (architecture
 * principle 5). A receiver validates the verified claims against the schema of the message it
 * expects before it reads a field; a few rules JSON Schema cannot state (a NISS or KBO check digit,
 * a parseable date) sit beside the schema in `rules`. Schemas are open (`additionalProperties`
 * allowed): the claims also carry iss, aud, iat and jti, and a newer sender may add a field.
 *
 * Flows: integration (node → hub), consultation (node → hub → providers → hub → node), correction
 * (node → hub, then hub → every recipient), person access (portal → hub → node → hub → portal).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { isValidNiss } from '../niss.ts';
import { isValidKbo } from '../kbo.ts';

/** A rule beyond the schema (method syntax keeps definitions assignable to `MessageDefinition`). */
type Rule<S extends TSchema> = { check(message: Static<S>): string | null }['check'];

export type MessageDefinition<S extends TSchema = TSchema> = {
  /** A name for logs and tests (the `type` claim when the message has one). */
  name: string;
  schema: S;
  check: TypeCheck<S>;
  /** Rules beyond the schema; each returns the path of the first field it refuses, or null. */
  rules: readonly Rule<S>[];
};

export type MessageError = { path: string; message: string };
export type ParseMessageResult<S extends TSchema> = { ok: true; message: Static<S> } | { ok: false; errors: MessageError[] };

export function defineMessage<S extends TSchema>(name: string, schema: S, rules: readonly Rule<S>[] = []): MessageDefinition<S> {
  return { name, schema, check: TypeCompiler.Compile(schema), rules };
}

const MAX_ERRORS = 10;

/** Validates claims against a message definition. Error messages name the rule, never a value (it may be a NISS). */
export function parseMessage<S extends TSchema>(definition: MessageDefinition<S>, value: unknown): ParseMessageResult<S> {
  if (!definition.check.Check(value)) {
    const errors = [...definition.check.Errors(value)]
      .slice(0, MAX_ERRORS)
      .map((error) => ({ path: error.path || '/', message: error.message }));
    return { ok: false, errors };
  }
  for (const rule of definition.rules) {
    const path = rule(value);
    if (path !== null) return { ok: false, errors: [{ path, message: 'does not satisfy the rule of this field' }] };
  }
  return { ok: true, message: value };
}

// ---- Building blocks -------------------------------------------------------------------------

// F7: text on the wire never holds a NUL character (PostgreSQL text cannot), nor runs unbounded;
// references (file, worker, purpose, quality code) are short.
const NO_NUL = '^[^\\u0000]*$';
const Str = Type.String({ maxLength: 100_000, pattern: NO_NUL });
const Ref = Type.String({ minLength: 1, maxLength: 200, pattern: NO_NUL });
const Uuid = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const LeafIndex = Type.Integer({ minimum: 0 });
export const InstitutionRef = Type.Object({ kbo: Str, name: Str });
const CorrectionStatus = Type.Union([Type.Literal('corrected'), Type.Literal('annulled')]);

const validNiss = (message: { niss: string }) => (isValidNiss(message.niss) ? null : '/niss');
const parseableDate = (field: string, value: string | undefined) =>
  value === undefined || !Number.isNaN(Date.parse(value)) ? null : field;
/** A calendar day that exists (not 2024-02-30, not year 0 or beyond 9999): the pattern alone lets those through. */
export function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const realDay = (field: string, value: string | null | undefined) =>
  value === undefined || value === null || isRealDay(value) ? null : field;

// ---- Integration (flow 1): node → hub, POST /hub/v1/integrations --------------------------------

export const IntegrationMessage = defineMessage(
  'integration',
  Type.Object({
    action: Type.Union([Type.Literal('register'), Type.Literal('end')]),
    niss: Str,
    qualityCode: Ref,
    fileRef: Ref,
    start: IsoDate,
    end: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  }),
  [validNiss, (message) => realDay('/start', message.start), (message) => realDay('/end', message.end)],
);
export type IntegrationMessage = Static<typeof IntegrationMessage.schema>;

export const IntegrationResult = defineMessage(
  'integration-result',
  Type.Object({
    type: Type.Literal('integration-result'),
    status: Type.Union([Type.Literal('registered'), Type.Literal('ended')]),
    fileRef: Str,
  }),
);

/** Both numbers of a replacement are valid NISS, and the new one is another number. */
function nissReplacementChecks<M extends { oldNiss: string; newNiss: string }>(): Array<(message: M) => string | null> {
  return [
    (message) => (isValidNiss(message.oldNiss) ? null : '/oldNiss'),
    (message) => (isValidNiss(message.newNiss) && message.newNiss !== message.oldNiss ? null : '/newNiss'),
  ];
}

/**
 * node → hub, POST /hub/v1/niss-replacements (R4): the person's number changed (a BIS number replaced
 * by a national-register number, or a replaced number). The hub moves the person's integrations and
 * blocks to the new pseudonym and resolves the old one to it from then on.
 */
export const NissReplacementMessage = defineMessage(
  'niss-replacement',
  Type.Object({ oldNiss: Str, newNiss: Str }),
  nissReplacementChecks(),
);
export type NissReplacementMessage = Static<typeof NissReplacementMessage.schema>;

export const NissReplacementResult = defineMessage(
  'niss-replacement-result',
  Type.Object({ type: Type.Literal('niss-replacement-result'), integrations: Type.Integer({ minimum: 0 }) }),
);

/** hub → every other institution holding an integration of the person: the number changed (R4). */
export const NissReplacementNotice = defineMessage(
  'niss-replacement-notice',
  Type.Object({ type: Type.Literal('niss-replacement-notice'), oldNiss: Str, newNiss: Str }),
  nissReplacementChecks(),
);
export type NissReplacementNotice = Static<typeof NissReplacementNotice.schema>;

export const NissReplacementAck = defineMessage(
  'niss-replacement-ack',
  Type.Object({ type: Type.Literal('niss-replacement-ack'), matched: Type.Integer({ minimum: 0 }) }),
);

// ---- Consultation (flow 2) ---------------------------------------------------------------------

/** node → hub, POST /hub/v1/consultations. `personInformedAt` is checked by the hub with its own refusal. */
export const ConsultationRequest = defineMessage(
  'consultation',
  Type.Object({
    niss: Str,
    purpose: Ref,
    fileRef: Ref,
    workerRef: Ref,
    personInformedAt: Type.Optional(Str),
    consultationId: Type.Optional(Str),
    /** Ask again only these providers (polling the ones that were pending). */
    providers: Type.Optional(Type.Array(Str)),
  }),
  [validNiss, (message) => parseableDate('/personInformedAt', message.personInformedAt)],
);
export type ConsultationRequest = Static<typeof ConsultationRequest.schema>;

/** hub → provider node: what the requester (a CPAS, or the portal for a person) may receive. */
export const SummaryRequest = defineMessage(
  'summary-request',
  Type.Object({
    type: Type.Literal('summary-request'),
    consultationId: Str,
    niss: Str,
    purpose: Str,
    items: Type.Array(Str),
    requester: InstitutionRef,
  }),
);
export type SummaryRequest = Static<typeof SummaryRequest.schema>;

export const AnswerStatus = Type.Union([Type.Literal('answered'), Type.Literal('no-file'), Type.Literal('withheld')]);

/** provider node → requester, carried by the hub: signed by the provider, the summary encrypted to the requester (JWE). */
export const SummaryAnswer = defineMessage(
  'summary-answer',
  Type.Object({
    type: Type.Literal('summary-answer'),
    consultationId: Str,
    status: AnswerStatus,
    reasonCode: Type.Optional(Str),
    summary: Type.Optional(Str),
  }),
);
export type SummaryAnswer = Static<typeof SummaryAnswer.schema>;

export const ProviderStatus = Type.Union([
  Type.Literal('answered'),
  Type.Literal('no-file'),
  Type.Literal('withheld'),
  Type.Literal('pending'),
  Type.Literal('error'),
]);
export type ProviderStatus = Static<typeof ProviderStatus>;

/** One provider's outcome in a consultation result: its signed answer (a SummaryAnswer JWS) when it answered. */
export const ProviderResult = Type.Object({
  provider: InstitutionRef,
  status: ProviderStatus,
  answer: Type.Union([Str, Type.Null()]),
  reasonCode: Type.Union([Str, Type.Null()]),
  leafIndex: LeafIndex,
});
export type ProviderResult = Static<typeof ProviderResult>;

/** hub → requesting node: the answer to POST /hub/v1/consultations. */
export const ConsultationResult = defineMessage(
  'consultation-result',
  Type.Object({
    type: Type.Literal('consultation-result'),
    consultationId: Str,
    leafIndex: LeafIndex,
    results: Type.Array(ProviderResult),
  }),
);
export type ConsultationResult = Static<typeof ConsultationResult.schema>;

// ---- Correction (flow 3, R39) ------------------------------------------------------------------

/** node → hub, POST /hub/v1/corrections. */
export const CorrectionMessage = defineMessage(
  'correction',
  Type.Object({
    niss: Str,
    decisionRef: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' }),
    status: CorrectionStatus,
    correctedAt: Str,
  }),
  [validNiss, (message) => parseableDate('/correctedAt', message.correctedAt)],
);
export type CorrectionMessage = Static<typeof CorrectionMessage.schema>;

export const CorrectionResult = defineMessage(
  'correction-result',
  Type.Object({ type: Type.Literal('correction-result'), correctionId: Str, recipients: Type.Integer({ minimum: 0 }) }),
);

/** hub → every institution that received the provider's summary. */
export const CorrectionNotice = defineMessage(
  'correction-notice',
  Type.Object({
    type: Type.Literal('correction-notice'),
    noticeId: Uuid,
    provider: InstitutionRef,
    decisionRef: Str,
    status: CorrectionStatus,
    correctedAt: Str,
    consultationIds: Type.Array(Uuid),
  }),
);
export type CorrectionNotice = Static<typeof CorrectionNotice.schema>;

export const CorrectionAck = defineMessage(
  'correction-ack',
  Type.Object({ type: Type.Literal('correction-ack'), noticeId: Str, matched: Type.Optional(Type.Integer({ minimum: 0 })) }),
);

// ---- Outside anchors (ADR 0017): node → hub ------------------------------------------------------

/** A CPAS commits the head of its audit chain (R44) to the hub's log: the last event id and its hash. */
export const AuditAnchorMessage = defineMessage(
  'audit-anchor',
  Type.Object({ type: Type.Literal('audit-anchor'), eventId: Type.Integer({ minimum: 1 }), head: Str }),
);
export const AuditAnchorAck = defineMessage(
  'audit-anchor-ack',
  Type.Object({ type: Type.Literal('audit-anchor-ack'), leafIndex: Type.Integer({ minimum: 0 }) }),
);

// ---- Person access (flow 4): portal → hub → node ------------------------------------------------

/** Every portal → hub message names the person the portal authenticated. */
export const PersonAccessQuery = defineMessage('person-access', Type.Object({ niss: Str }), [validNiss]);

export const PERSON_DECISION_REF = '^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$';
export const MAX_PERSON_CONTENT_LENGTH = 64 * 1024;
export const MAX_BLOCK_REASON_LENGTH = 1_000;

/** portal → hub, POST /hub/v1/person-access/requests: the person's words, encrypted by the portal to that CPAS. */
export const PersonRequestSubmission = defineMessage(
  'person-request-submission',
  Type.Object({
    kind: Type.Union([Type.Literal('statement'), Type.Literal('contest')]),
    providerKbo: Str,
    decisionRef: Type.String({ pattern: PERSON_DECISION_REF }),
    content: Type.String({ minLength: 1, maxLength: MAX_PERSON_CONTENT_LENGTH }),
  }),
  [(message) => (isValidKbo(message.providerKbo) ? null : '/providerKbo')],
);

/** portal → hub, POST /hub/v1/person-access/blocks with `action: "add"`. */
export const PersonBlockAddition = defineMessage(
  'person-block',
  Type.Object({ action: Type.Literal('add'), institutionKbo: Str, reason: Type.String({ maxLength: MAX_BLOCK_REASON_LENGTH }) }),
  [
    (message) => (isValidKbo(message.institutionKbo) ? null : '/institutionKbo'),
    (message) => (message.reason.trim().length > 0 ? null : '/reason'),
  ],
);

/** hub → the deciding CPAS's node. */
export const PersonRequest = defineMessage(
  'person-request',
  Type.Object({
    type: Type.Literal('person-request'),
    requestId: Uuid,
    kind: Type.Union([Type.Literal('statement'), Type.Literal('contest')]),
    niss: Str,
    decisionRef: Str,
    content: Str,
    portal: Type.Optional(InstitutionRef),
  }),
);
export type PersonRequest = Static<typeof PersonRequest.schema>;

export const PersonRequestAck = defineMessage(
  'person-request-ack',
  Type.Object({
    type: Type.Literal('person-request-ack'),
    requestId: Str,
    status: Type.Union([Type.Literal('recorded'), Type.Literal('refused')]),
    reasonCode: Type.Optional(Str),
  }),
);

/**
 * node → hub, POST /hub/v1/person-replies (R39, R40): the CPAS's answer to the person's statement or
 * the outcome of their contest, back to the portal that sent it. `requestId` is the hub's id of the
 * person's request; `content` is encrypted by the node to that portal (`toKbo`): the hub stays blind.
 */
export const PERSON_REPLY_KINDS = ['statement-reply', 'contest-outcome'] as const;
export const PersonReplyMessage = defineMessage(
  'person-reply',
  Type.Object({
    requestId: Uuid,
    kind: Type.Union([Type.Literal('statement-reply'), Type.Literal('contest-outcome')]),
    toKbo: Str,
    content: Type.String({ minLength: 1, maxLength: MAX_PERSON_CONTENT_LENGTH }),
  }),
  [(message) => (isValidKbo(message.toKbo) ? null : '/toKbo')],
);
export type PersonReplyMessage = Static<typeof PersonReplyMessage.schema>;

export const PersonReplyResult = defineMessage(
  'person-reply-result',
  Type.Object({ type: Type.Literal('person-reply-result'), requestId: Str, status: Type.Literal('queued') }),
);

/** What the portal decrypts from a reply's content. */
export const PersonReplyContent = defineMessage(
  'person-reply-content',
  Type.Object({
    decisionRef: Type.String({ pattern: PERSON_DECISION_REF }),
    text: Type.String({ minLength: 1, maxLength: 2000, pattern: NO_NUL }),
    outcome: Type.Optional(Type.Union([Type.Literal('upheld'), Type.Literal('corrected'), Type.Literal('rejected')])),
    at: Type.String({ maxLength: 40 }),
  }),
  [(message) => parseableDate('/at', message.at)],
);
export type PersonReplyContent = Static<typeof PersonReplyContent.schema>;

/** hub → portal, the answer to POST /hub/v1/person-access/replies: the replies to the person's requests. */
export const PersonReplies = defineMessage(
  'person-replies',
  Type.Object({
    type: Type.Literal('person-replies'),
    replies: Type.Array(
      Type.Object({
        replyId: Uuid,
        requestId: Uuid,
        kind: Type.Union([Type.Literal('statement-reply'), Type.Literal('contest-outcome')]),
        provider: InstitutionRef,
        content: Str,
        createdAt: Str,
      }),
    ),
  }),
);
export type PersonReplies = Static<typeof PersonReplies.schema>;

const BlockEntry = Type.Object({ institutionKbo: Str, reason: Str, createdAt: Str });
export type BlockEntry = Static<typeof BlockEntry>;

/** hub → portal answers. */
export const PersonExchanges = defineMessage(
  'person-exchanges',
  Type.Object({
    type: Type.Literal('person-exchanges'),
    subject: Str,
    treeHead: Type.Object({ treeSize: Type.Integer({ minimum: 0 }), rootHash: Str, timestamp: Str, signature: Str }),
    // `opening`: the secret of the entry's commitment to the person's pseudonym (leaf version 2, ADR 0017).
    entries: Type.Array(Type.Object({ leafIndex: LeafIndex, leaf: Str, auditPath: Type.Array(Str), opening: Type.Optional(Str) })),
    blocks: Type.Array(BlockEntry),
  }),
);
export type PersonExchanges = Static<typeof PersonExchanges.schema>;

export const PersonSummaries = defineMessage(
  'person-summaries',
  Type.Object({ type: Type.Literal('person-summaries'), consultationId: Str, results: Type.Array(ProviderResult) }),
);

export const PersonRequestResult = defineMessage(
  'person-request-result',
  Type.Object({
    type: Type.Literal('person-request-result'),
    requestId: Str,
    status: Type.Union([Type.Literal('recorded'), Type.Literal('refused'), Type.Literal('pending'), Type.Literal('error')]),
    reasonCode: Type.Union([Str, Type.Null()]),
    leafIndex: LeafIndex,
  }),
);

export const PersonBlocks = defineMessage(
  'person-blocks',
  Type.Object({ type: Type.Literal('person-blocks'), blocks: Type.Array(BlockEntry) }),
);

export const PersonBlockResult = defineMessage(
  'person-block-result',
  Type.Object({
    type: Type.Literal('person-block-result'),
    status: Type.Union([Type.Literal('recorded'), Type.Literal('exists')]),
    institution: InstitutionRef,
    leafIndex: Type.Union([LeafIndex, Type.Null()]),
    blocks: Type.Array(BlockEntry),
  }),
);

// ---- Transfer to the competent CPAS (flow 5, R7): node → hub → node ----------------------------

/**
 * node → hub, POST /hub/v1/transfers. `transfer`: the first CPAS forwards a request it believes it is
 * not competent for (law of 2 April 1965, art. 9bis; domain §3.2); `transfer-answer`: the receiving CPAS
 * accepts it or disputes its competence (and then refers the conflict to the SPP IS). The person's
 * data travel in `content`, encrypted by the sender to the recipient (the hub stays blind); the NISS
 * is also given to the hub, which keeps only its pseudonym, so the person sees the transfer in the
 * portal's log of exchanges.
 */
export const TransferMessage = defineMessage(
  'transfer',
  Type.Object({
    kind: Type.Union([Type.Literal('transfer'), Type.Literal('transfer-answer')]),
    transferId: Uuid,
    toKbo: Str,
    niss: Str,
    content: Type.String({ minLength: 1, maxLength: 64 * 1024 }),
  }),
  [validNiss, (message) => (isValidKbo(message.toKbo) ? null : '/toKbo')],
);
export type TransferMessage = Static<typeof TransferMessage.schema>;

/**
 * The hub's answer to a transfer message. `leafIndex` (optional, absent from older hubs and from a
 * retried message): the index of the `transfer.forwarded` entry the hub logged, so the sender can
 * later print the entry's offline proof (C2SP tlog-proof) in its letter to the person (ADR 0017).
 */
export const TransferResult = defineMessage(
  'transfer-result',
  Type.Object({
    type: Type.Literal('transfer-result'),
    transferId: Str,
    status: Type.Literal('queued'),
    leafIndex: Type.Optional(LeafIndex),
  }),
);

/** hub → the receiving CPAS's node (a transfer) or back to the first CPAS (an answer). */
export const TransferNotice = defineMessage(
  'transfer-notice',
  Type.Object({
    type: Type.Literal('transfer-notice'),
    kind: Type.Union([Type.Literal('transfer'), Type.Literal('transfer-answer')]),
    transferId: Uuid,
    from: InstitutionRef,
    content: Str,
  }),
);
export type TransferNotice = Static<typeof TransferNotice.schema>;

export const TransferAck = defineMessage(
  'transfer-ack',
  Type.Object({
    type: Type.Literal('transfer-ack'),
    transferId: Str,
    status: Type.Union([Type.Literal('recorded'), Type.Literal('refused')]),
    reasonCode: Type.Optional(Str),
  }),
);
