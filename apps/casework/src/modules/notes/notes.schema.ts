/** Request schemas of the note routes. */
import { Type } from '@sinclair/typebox';
import { strict, Text } from '../../http-context.ts';

export const NewNoteBody = strict({ text: Text(20_000), visibility: Type.Union([Type.Literal('private'), Type.Literal('team')]) });
