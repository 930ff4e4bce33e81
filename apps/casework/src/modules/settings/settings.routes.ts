/** `GET /api/v1/settings`, `PUT /api/v1/settings/{key}`, `GET /api/v1/settings/{key}/history`. */
import type { FastifyInstance } from 'fastify';
import { typed, type ActorOf } from '../../http-context.ts';
import { createSettingsService } from './settings.service.ts';
import { KeyParams, SettingChangesBody } from './settings.schema.ts';

export function registerSettingsRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const settings = createSettingsService();
  const api = typed(app);
  const tags = ['settings'];

  api.get('/api/v1/settings', { schema: { tags } }, async (request) => settings.list(await actorOf(request)));

  api.put('/api/v1/settings/:key', { schema: { tags, params: KeyParams, body: SettingChangesBody } }, async (request) =>
    settings.update(await actorOf(request), request.params.key, request.body),
  );

  api.get('/api/v1/settings/:key/history', { schema: { tags, params: KeyParams } }, async (request) =>
    settings.history(await actorOf(request), request.params.key),
  );
}
