/** `/api/v1/aid-requests/{id}/notes`: confidential notes, encrypted at rest (R25). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { NoteService } from './notes.service.ts';
import { NewNoteBody } from './notes.schema.ts';

export function registerNoteRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; notes: NoteService }): void {
  const api = typed(app);
  const { actorOf, notes } = deps;
  const tags = ['notes'];

  api.post('/api/v1/aid-requests/:id/notes', { schema: { tags, params: IdParams, body: NewNoteBody } }, async (request, reply) =>
    reply.code(201).send(await notes.addNote(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/notes', { schema: { tags, params: IdParams } }, async (request) =>
    notes.listNotes(await actorOf(request), request.params.id),
  );
}
