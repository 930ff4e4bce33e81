/**
 * The per-CPAS letter settings (settings key `letters`, edited by the CPAS's administrator through
 * the settings API): each field optional, `null` clears it.
 */
import { Type } from '@sinclair/typebox';
import { strict } from '../../http-context.ts';
import { JUDICIAL_DISTRICTS } from './messages.ts';

const text = (maxLength: number) => Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength }), Type.Null()]));
const gender = Type.Optional(Type.Union([Type.Literal('female'), Type.Literal('male'), Type.Null()]));

export const LETTER_SETTINGS = {
  /** The signature block: the president of the council and the director general. */
  presidentName: text(120),
  presidentGender: gender,
  directorGeneralName: text(120),
  directorGeneralGender: gender,
  /** The judicial district that names the competent labour court. */
  judicialDistrict: Type.Optional(Type.Union([...JUDICIAL_DISTRICTS.map((district) => Type.Literal(district)), Type.Null()])),
  /** The court registry's address, per letter language. */
  labourCourtAddressFr: text(300),
  labourCourtAddressNl: text(300),
  labourCourtAddressDe: text(300),
  /** The CPAS's name and address in letters of each language, where they differ from the registered ones. */
  nameFr: text(200),
  nameNl: text(200),
  nameDe: text(200),
  addressFr: text(300),
  addressNl: text(300),
  addressDe: text(300),
};

export type LetterSettings = { [K in keyof typeof LETTER_SETTINGS]?: string | null };

/** `PUT /api/v1/me/contact`: the direct line and work e-mail letters print under the worker's name; `null` clears one. */
export const WorkerContactBody = strict({
  phone: Type.Optional(Type.Union([Type.String({ minLength: 6, maxLength: 40, pattern: '^\\+?[0-9 ./()-]{6,40}$' }), Type.Null()])),
  email: Type.Optional(Type.Union([Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }), Type.Null()])),
});
