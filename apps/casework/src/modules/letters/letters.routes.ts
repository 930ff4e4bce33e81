/** `GET`/`PUT /api/v1/me/contact`: the worker's direct line and work e-mail, printed in the letters of their files. */
import type { FastifyInstance } from 'fastify';
import { typed, type ActorOf } from '../../http-context.ts';
import { createLetterService } from './letters.service.ts';
import { WorkerContactBody } from './letters.schema.ts';

export function registerLetterRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const letters = createLetterService();
  const api = typed(app);
  const tags = ['sessions'];

  api.get('/api/v1/me/contact', { schema: { tags } }, async (request) => letters.myContact(await actorOf(request)));

  api.put('/api/v1/me/contact', { schema: { tags, body: WorkerContactBody } }, async (request) =>
    letters.updateMyContact(await actorOf(request), request.body),
  );
}
