/**
 * The disclosure of a lawful written request, as domain (R26, R27; domain §4.1–4.2): its states,
 * the closed catalogue of items an officer may select, and the closed schema of the exported
 * document. Pure: no I/O.
 *
 * What may be selected is decided here, by construction (R25): the person's identity (name, NISS,
 * birth date — the node keeps no address), an aid request (its kind, dates and status) and a
 * decision (its coded fields, dates and amount). There is no item type for a confidential note, a
 * document, the local motivation text of a decision or the social report: those are free text
 * written by the worker and may hold confidences (art. 458 Criminal Code; UFAS code, "confidences
 * are always secret", domain §4.1). A judge who needs what a worker knows hears the worker, who
 * then decides what the law obliges them to say (art. 458, testimony in court).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export type DisclosureStatus = 'recorded' | 'approved' | 'refused' | 'exported';
export const DISCLOSURE_STATUSES: readonly DisclosureStatus[] = ['recorded', 'approved', 'refused', 'exported'];

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Id = Type.String({ minLength: 1, maxLength: 64 });

/** One selectable item: a closed union. Adding a type here is a decision about professional secrecy. */
export const itemSchema = Type.Union([
  strict({ type: Type.Literal('identity') }),
  strict({ type: Type.Literal('aid-request'), id: Id }),
  strict({ type: Type.Literal('decision'), ref: Id }),
]);
export type DisclosureItem = Static<typeof itemSchema>;
export const ITEM_TYPES = ['identity', 'aid-request', 'decision'] as const;

export const itemKey = (item: DisclosureItem): string =>
  item.type === 'identity' ? 'identity' : item.type === 'aid-request' ? `aid-request:${item.id}` : `decision:${item.ref}`;

/** Parses `identity`, `aid-request:<id>`, `decision:<ref>` (the web form's checkbox values). */
export function parseItemKey(key: string): DisclosureItem | null {
  if (key === 'identity') return { type: 'identity' };
  const match = /^(aid-request|decision):(.{1,64})$/.exec(key);
  if (!match) return null;
  return match[1] === 'aid-request' ? { type: 'aid-request', id: match[2]! } : { type: 'decision', ref: match[2]! };
}

/** The same items once each, in catalogue order (identity, requests, decisions). */
export function normaliseItems(items: readonly DisclosureItem[]): DisclosureItem[] {
  const seen = new Map<string, DisclosureItem>();
  for (const item of items) seen.set(itemKey(item), item);
  const rank = (item: DisclosureItem) => ITEM_TYPES.indexOf(item.type);
  return [...seen.values()].sort((a, b) => rank(a) - rank(b) || itemKey(a).localeCompare(itemKey(b)));
}

const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** The exported content of each item type: coded fields and dates, no free text written by a worker. */
export const exportedItemSchema = Type.Union([
  strict({
    type: Type.Literal('identity'),
    familyName: Type.String(),
    givenNames: Type.String(),
    niss: Nullable(Type.String({ pattern: '^\\d{11}$' })),
    birthDate: Nullable(DateString),
  }),
  strict({
    type: Type.Literal('aid-request'),
    id: Type.String(),
    kind: Type.String(),
    status: Type.String(),
    receivedAt: DateString,
    acknowledgementNumber: Type.String(),
    closedAt: Nullable(DateString),
  }),
  strict({
    type: Type.Literal('decision'),
    ref: Type.String(),
    requestId: Type.String(),
    decidedAt: DateString,
    body: Type.String(),
    aidType: Type.String(),
    outcome: Type.String(),
    amountCents: Nullable(Type.Integer()),
    period: Nullable(strict({ from: DateString, to: Nullable(DateString) })),
    legalBasis: Type.String(),
    motivationCategory: Type.String(),
    status: Type.String(),
  }),
]);
export type ExportedItem = Static<typeof exportedItemSchema>;

/** `rse.disclosure/1`: the document sent to the recipient, closed at every level (R25). */
export const disclosureDocumentSchema = strict({
  schema: Type.Literal('rse.disclosure/1'),
  disclosureId: Type.String(),
  institution: strict({ kbo: Type.String(), name: Type.String() }),
  recipient: strict({ authority: Type.String(), name: Nullable(Type.String()) }),
  legalBasis: strict({ code: Type.String(), reference: Nullable(Type.String()) }),
  writtenRequest: strict({ reference: Type.String(), date: DateString }),
  approval: strict({ approvedBy: Type.String(), approvedAt: Type.String() }),
  exportedAt: Type.String(),
  items: Type.Array(exportedItemSchema, { minItems: 1 }),
});
export type DisclosureDocument = Static<typeof disclosureDocumentSchema>;

/** Throws when a document would carry anything outside the schema (a bug, never a user error). */
export function assertDocument(document: unknown): asserts document is DisclosureDocument {
  if (!Value.Check(disclosureDocumentSchema, document)) {
    const first = [...Value.Errors(disclosureDocumentSchema, document)][0];
    throw new Error(`disclosure document outside rse.disclosure/1 at ${first?.path ?? '/'}`);
  }
}

/** Whether the person's access report shows the disclosure today (anchors §7: deferred disclosure with legal basis). */
export function isVisibleToPerson(disclosure: { exportedAt: string | null; deferredUntil: string | null }, today: string): boolean {
  return disclosure.exportedAt !== null && (disclosure.deferredUntil === null || disclosure.deferredUntil <= today);
}
