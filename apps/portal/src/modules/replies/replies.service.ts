/**
 * The way back to the person (R39, R40): the CPAS's answer to their statement and the outcome of their
 * contest. The portal asks the hub for the replies to the person's requests (each encrypted by the CPAS
 * to the portal's key, the hub blind), opens and checks each one, keeps it (migration 0005) and lists
 * the person's replies. A reply that does not open or does not fit its schema is left out, never shown.
 */
import type { KeyObject } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import { decryptJsonWith } from '#contracts/protocol/encryption.ts';
import { parseMessage, PersonReplies, PersonReplyContent } from '#contracts/protocol/messages.ts';
import type { PortalHubClient } from '../hub/index.ts';

export type PersonReply = {
  id: string;
  kind: 'statement-reply' | 'contest-outcome';
  provider: { kbo: string; name: string };
  decisionRef: string;
  outcome: 'upheld' | 'corrected' | 'rejected' | null;
  text: string;
  repliedAt: string;
};

export type ReplyDeps = {
  db: Database;
  hub: Pick<PortalHubClient, 'send'>;
  keys: { encryption: { privateKey: KeyObject } };
  log: Pick<Logger, 'warn'>;
};

type ReplyRow = {
  id: string;
  kind: PersonReply['kind'];
  provider_kbo: string;
  provider_name: string;
  decision_ref: string;
  outcome: PersonReply['outcome'];
  text: string;
  replied_at: Date;
};

export function createReplyService(deps: ReplyDeps) {
  /** Fetches the new replies from the hub and keeps those that open and fit; a redelivered one is kept once. */
  async function fetchFromHub(niss: string): Promise<void> {
    const answer = await deps.hub.send('/v1/person-access/replies', { niss }, PersonReplies);
    for (const reply of answer.replies) {
      const opened = decryptJsonWith(deps.keys.encryption.privateKey, reply.content);
      const content = opened.ok ? parseMessage(PersonReplyContent, opened.value) : null;
      if (!content?.ok || (reply.kind === 'contest-outcome') !== (content.message.outcome !== undefined)) {
        deps.log.warn(
          { replyId: reply.replyId, code: opened.ok ? 'person-reply.malformed' : opened.code },
          'a reply to a person was left out',
        );
        continue;
      }
      await deps.db.query(
        `INSERT INTO person_replies (id, niss, request_id, kind, provider_kbo, provider_name, decision_ref, outcome, text, replied_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [
          reply.replyId,
          niss,
          reply.requestId,
          reply.kind,
          reply.provider.kbo,
          reply.provider.name,
          content.message.decisionRef,
          content.message.outcome ?? null,
          content.message.text,
          content.message.at,
        ],
      );
    }
  }

  return {
    /** The person's replies, the newest last; the hub is asked first (when it cannot be reached, what is kept is shown). */
    async listReplies(niss: string): Promise<{ items: PersonReply[] }> {
      try {
        await fetchFromHub(niss);
      } catch (error) {
        deps.log.warn({ code: (error as { code?: string }).code ?? 'hub.unreachable' }, 'replies could not be fetched from the hub');
      }
      const rows = await deps.db.query<ReplyRow>(
        `SELECT id, kind, provider_kbo, provider_name, decision_ref, outcome, text, replied_at FROM person_replies
          WHERE niss = $1 ORDER BY replied_at, id`,
        [niss],
      );
      return {
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          provider: { kbo: row.provider_kbo.trim(), name: row.provider_name },
          decisionRef: row.decision_ref,
          outcome: row.outcome,
          text: row.text,
          repliedAt: row.replied_at.toISOString(),
        })),
      };
    },
  };
}

export type ReplyService = ReturnType<typeof createReplyService>;
