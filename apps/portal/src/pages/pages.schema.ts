/**
 * The query strings and posted forms of the portal's pages. Every field is optional text: a page
 * answers a missing or empty field with its own message, in the person's language.
 */
import { Type, type Static } from '@sinclair/typebox';

const text = () => Type.Optional(Type.String());

export const PageQuery = Type.Object({ lang: text() });
export const DoneQuery = Type.Object({ lang: text(), done: text() });
export type PageQuery = Static<typeof PageQuery>;

export const DemoLoginBody = Type.Object({ form: text(), niss: text() });
export const LogoutBody = Type.Object({ csrf: text() });
export const DecisionFormBody = Type.Object({ csrf: text(), providerKbo: text(), decisionRef: text(), text: text() });
export const BlockBody = Type.Object({ csrf: text(), institutionKbo: text(), reason: text() });
