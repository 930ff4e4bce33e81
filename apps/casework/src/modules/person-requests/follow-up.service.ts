/**
 * The person's statements (R40) and contests (R39) in the file: read in full, a statement answered
 * (which handles its worklist notice), a contest put under review and given its outcome with a
 * motivation. Everything goes through the file's access rule (withRequest) and is audited.
 */
import type { Queryable } from '#platform/db.ts';
import { notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { isUuid, withRequest } from '../access/index.ts';
import { decisionStatusAfter, requireReviewable, requireUnanswered, requireUndecided, type ContestOutcome } from './follow-up.ts';

type StatementRow = {
  id: string;
  decision_id: string;
  decision_ref: string;
  text: string;
  created_at: Date;
  reply: string | null;
  replied_at: Date | null;
  replied_by_name: string | null;
  hub_request_id: string | null;
  portal_kbo: string | null;
};
type ContestRow = {
  id: string;
  decision_id: string;
  decision_ref: string;
  decision_status: string;
  reason: string;
  status_before: string;
  created_at: Date;
  review_status: string;
  review_started_at: Date | null;
  motivation: string | null;
  decided_at: Date | null;
  decided_by_name: string | null;
  hub_request_id: string | null;
  portal_kbo: string | null;
};

async function statements(tx: Queryable, requestId: string, id?: string) {
  return tx.query<StatementRow>(
    `SELECT s.id, s.decision_id, d.ref AS decision_ref, s.text, s.created_at, s.reply, s.replied_at, u.display_name AS replied_by_name,
            s.hub_request_id, s.portal_kbo
       FROM person_statements s JOIN decisions d ON d.id = s.decision_id LEFT JOIN users u ON u.id = s.replied_by
      WHERE d.request_id = $1 AND ($2::uuid IS NULL OR s.id = $2) ORDER BY s.created_at DESC`,
    [requestId, id ?? null],
  );
}

async function contests(tx: Queryable, requestId: string, id?: string) {
  return tx.query<ContestRow>(
    `SELECT c.id, c.decision_id, d.ref AS decision_ref, d.status AS decision_status, c.reason, c.status_before, c.created_at, c.review_status,
            c.review_started_at, c.motivation, c.decided_at, u.display_name AS decided_by_name, c.hub_request_id, c.portal_kbo
       FROM person_contests c JOIN decisions d ON d.id = c.decision_id LEFT JOIN users u ON u.id = c.decided_by
      WHERE d.request_id = $1 AND ($2::uuid IS NULL OR c.id = $2) ORDER BY c.created_at DESC`,
    [requestId, id ?? null],
  );
}

const viewStatement = (row: StatementRow) => ({
  id: row.id,
  kind: 'statement' as const,
  decisionRef: row.decision_ref,
  text: row.text,
  receivedAt: row.created_at.toISOString(),
  status: row.replied_at ? ('answered' as const) : ('received' as const),
  reply: row.reply,
  repliedAt: row.replied_at?.toISOString() ?? null,
  repliedBy: row.replied_by_name,
  /** Came through the citizen portal: the answer goes back to the person there (R40). */
  isAnsweredInPortal: row.hub_request_id !== null && row.portal_kbo !== null,
});

const viewContest = (row: ContestRow) => ({
  id: row.id,
  kind: 'contest' as const,
  decisionRef: row.decision_ref,
  decisionStatus: row.decision_status,
  text: row.reason,
  receivedAt: row.created_at.toISOString(),
  status: row.review_status,
  reviewStartedAt: row.review_started_at?.toISOString() ?? null,
  motivation: row.motivation,
  decidedAt: row.decided_at?.toISOString() ?? null,
  decidedBy: row.decided_by_name,
  /** Came through the citizen portal: the outcome goes back to the person there (R39). */
  isAnsweredInPortal: row.hub_request_id !== null && row.portal_kbo !== null,
});

/**
 * R39, R40: what the CPAS answers goes back to the person, through the hub to the portal that sent the
 * request (outbox topic `person-reply`, in this transaction; the content is encrypted to the portal when
 * it is sent). A statement or contest that did not come through the portal has no one to send it to.
 */
async function queueReplyToPerson(
  tx: Queryable,
  row: { hub_request_id: string | null; portal_kbo: string | null },
  kind: 'statement-reply' | 'contest-outcome',
  content: { decisionRef: string; text: string; outcome?: string; at: string },
) {
  if (!row.hub_request_id || !row.portal_kbo) return;
  await tx.query(`INSERT INTO outbox (topic, payload) VALUES ('person-reply', $1)`, [
    { requestId: row.hub_request_id, kind, toKbo: row.portal_kbo, content },
  ]);
}

/** Closes the worklist notices of this statement or contest (they quote its decision and text). */
async function handleNotices(tx: Queryable, actor: Actor, requestId: string, kind: string, decisionRef: string, text: string) {
  await tx.query(
    `UPDATE worklist_notices SET handled_at = $5, handled_by = $6
      WHERE request_id = $1 AND kind = $2 AND handled_at IS NULL AND details->>'decisionRef' = $3 AND details->>'text' = $4`,
    [requestId, kind, decisionRef, text, actor.now, actor.user.id],
  );
}

export function createPersonFollowUpService(deps: { withRequest: typeof withRequest } = { withRequest }) {
  return {
    async list(actor: Actor, requestId: string) {
      return deps.withRequest(actor, requestId, { action: 'person-request.list', mode: 'read' }, async (tx, request) => ({
        statements: (await statements(tx, request.id)).map(viewStatement),
        contests: (await contests(tx, request.id)).map(viewContest),
      }));
    },

    /** R40: the CPAS answers the person's statement; the answer is kept with it and the notice is handled. */
    async replyToStatement(actor: Actor, requestId: string, statementId: string, input: { reply: string }) {
      return deps.withRequest(actor, requestId, { action: 'person-statement.reply', mode: 'write' }, async (tx, request) => {
        const row = isUuid(statementId) ? (await statements(tx, request.id, statementId))[0] : undefined;
        if (!row) throw notFound('person-statement.not-found', 'No such statement on this file.');
        requireUnanswered(row.replied_at);
        await tx.query('UPDATE person_statements SET reply = $2, replied_at = $3, replied_by = $4 WHERE id = $1', [
          row.id,
          input.reply.trim(),
          actor.now,
          actor.user.id,
        ]);
        await handleNotices(tx, actor, request.id, 'person-statement', row.decision_ref, row.text);
        await queueReplyToPerson(tx, row, 'statement-reply', {
          decisionRef: row.decision_ref,
          text: input.reply.trim(),
          at: actor.now.toISOString(),
        });
        return viewStatement({ ...row, reply: input.reply.trim(), replied_at: actor.now, replied_by_name: actor.user.displayName });
      });
    },

    async reviewContest(actor: Actor, requestId: string, contestId: string) {
      return deps.withRequest(actor, requestId, { action: 'person-contest.review', mode: 'write' }, async (tx, request) => {
        const row = isUuid(contestId) ? (await contests(tx, request.id, contestId))[0] : undefined;
        if (!row) throw notFound('person-contest.not-found', 'No such contest on this file.');
        requireReviewable(row.review_status);
        await tx.query(`UPDATE person_contests SET review_status = 'under-review', review_started_at = $2 WHERE id = $1`, [
          row.id,
          actor.now,
        ]);
        return viewContest({ ...row, review_status: 'under-review', review_started_at: actor.now });
      });
    },

    /** R39: the contest's outcome with its motivation; a rejected contest gives the decision back its status. */
    async decideContest(actor: Actor, requestId: string, contestId: string, input: { outcome: ContestOutcome; motivation: string }) {
      return deps.withRequest(actor, requestId, { action: 'person-contest.decide', mode: 'write' }, async (tx, request) => {
        const row = isUuid(contestId) ? (await contests(tx, request.id, contestId))[0] : undefined;
        if (!row) throw notFound('person-contest.not-found', 'No such contest on this file.');
        requireUndecided(row.review_status);
        const motivation = input.motivation.trim();
        await tx.query(
          `UPDATE person_contests SET review_status = $2, motivation = $3, decided_at = $4, decided_by = $5,
             review_started_at = coalesce(review_started_at, $4) WHERE id = $1`,
          [row.id, input.outcome, motivation, actor.now, actor.user.id],
        );
        const status = decisionStatusAfter(input.outcome, row.decision_status, row.status_before);
        if (status !== row.decision_status) await tx.query('UPDATE decisions SET status = $2 WHERE id = $1', [row.decision_id, status]);
        await handleNotices(tx, actor, request.id, 'person-contest', row.decision_ref, row.reason);
        await queueReplyToPerson(tx, row, 'contest-outcome', {
          decisionRef: row.decision_ref,
          text: motivation,
          outcome: input.outcome,
          at: actor.now.toISOString(),
        });
        await appendAudit(tx, actor, {
          action: `person-contest.${input.outcome}`,
          recordType: 'decision',
          recordId: row.decision_id,
          personId: request.person_id,
        });
        return viewContest({
          ...row,
          review_status: input.outcome,
          motivation,
          decided_at: actor.now,
          decided_by_name: actor.user.displayName,
          decision_status: status,
          review_started_at: row.review_started_at ?? actor.now,
        });
      });
    },
  };
}

export type PersonFollowUpService = ReturnType<typeof createPersonFollowUpService>;
