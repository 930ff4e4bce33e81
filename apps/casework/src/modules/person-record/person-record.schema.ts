/** Request schemas of the person record routes (details, history, household). */
import { Type } from '@sinclair/typebox';
import { DateString, strict } from '../../http-context.ts';
import { CIVIL_STATUSES, RELATIONSHIPS, RESIDENCE_STATUSES, SEXES } from './person-record.ts';

const oneOf = (values: readonly string[]) => Type.Union(values.map((value) => Type.Literal(value)));
const Free = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));
const Choice = (values: readonly string[]) => Type.Optional(Type.Union([oneOf(values), Type.Null()]));

/** Only the fields given change; `null` (or "") clears a field. */
export const PersonDetailsBody = strict({
  sex: Choice(SEXES),
  addressStreet: Free(200),
  addressPostalCode: Free(10),
  addressMunicipality: Free(100),
  addressCountry: Free(2),
  phone: Free(40),
  email: Free(254),
  iban: Free(42),
  residenceStatus: Choice(RESIDENCE_STATUSES),
  civilStatus: Choice(CIVIL_STATUSES),
});

export const HouseholdMemberBody = strict({
  memberPersonId: Type.Optional(Type.String({ maxLength: 64 })),
  describedName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  describedBirthDate: Type.Optional(DateString),
  relationship: oneOf(RELATIONSHIPS),
  fromDate: DateString,
  toDate: Type.Optional(DateString),
});

export const HouseholdEndBody = strict({ toDate: DateString });

export const MemberParams = Type.Object(
  { id: Type.String({ maxLength: 64 }), memberId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
