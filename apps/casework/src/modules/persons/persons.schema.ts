/** Request schemas of the person routes. */
import { Type } from '@sinclair/typebox';
import { DateString, LanguageCode, strict, Text } from '../../http-context.ts';

export const NewPersonBody = strict({
  niss: Type.Optional(Type.String({ maxLength: 32, description: '11 digits; dots, dashes and spaces accepted' })),
  familyName: Text(200),
  givenNames: Text(200),
  birthDate: Type.Optional(DateString),
  nationality: Type.Optional(Text(100)),
  language: Type.Optional(LanguageCode),
});
export const PersonQuery = strict({
  niss: Type.Optional(Type.String({ maxLength: 32 })),
  familyName: Type.Optional(Text(200)),
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'a NISS, a provisional id (P-…) or words of the name (accents and case ignored)' }),
  ),
  birthDate: Type.Optional(DateString),
  provisionalId: Type.Optional(Type.String({ maxLength: 32 })),
});
export const NissReplacementBody = strict({ niss: Type.String({ maxLength: 32 }), reason: Text(500) });
