/** Request schemas of the settings routes: the body is checked against the key's closed schema by the service. */
import { Type } from '@sinclair/typebox';
import { strict } from '../../http-context.ts';

export const KeyParams = strict({ key: Type.String({ maxLength: 64 }) });
export const SettingChangesBody = Type.Object(
  {},
  { additionalProperties: true, description: 'the fields to change; each key has a closed schema (docs/architecture.md)' },
);
