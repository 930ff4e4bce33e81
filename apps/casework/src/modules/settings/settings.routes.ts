/** `GET /api/v1/settings`, `PUT /api/v1/settings/{key}`, `GET /api/v1/settings/{key}/history`. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { createSettingsService } from './settings.service.ts';

const KeyParams = Type.Object({ key: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

export function registerSettingsRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const settings = createSettingsService();
  const tags = ['settings'];
  app.get('/api/v1/settings', { schema: { tags } }, async (request) => settings.list(await actorOf(request)));
  app.put(
    '/api/v1/settings/:key',
    {
      schema: {
        tags,
        params: KeyParams,
        body: Type.Object(
          {},
          { additionalProperties: true, description: 'the fields to change; each key has a closed schema (docs/architecture.md)' },
        ),
      },
    },
    async (request) => settings.update(await actorOf(request), (request.params as { key: string }).key, request.body),
  );
  app.get('/api/v1/settings/:key/history', { schema: { tags, params: KeyParams } }, async (request) =>
    settings.history(await actorOf(request), (request.params as { key: string }).key),
  );
}
