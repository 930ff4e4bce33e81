/** The hub's SQL for the person-facing side: the person's providers, blocks, log leaves and the portal's policy. */
import type { Database } from '#platform/db.ts';
import type { Sealer } from '#platform/sealing.ts';
import type { BlockEntry } from '#contracts/protocol/messages.ts';
import { blockReasonBinding } from '../retention/index.ts';

export type PersonAccessRepository = ReturnType<typeof createPersonAccessRepository>;

/** A block's reason is the person's own words: sealed at rest (issue 12, F6), opened only to answer the person. */
export function createPersonAccessRepository(db: Database, sealer: Sealer) {
  return {
    /** Every active CPAS with a current or recent (ended since `since`) integration of the person. */
    async providersOf(subject: Buffer, since: string): Promise<string[]> {
      const rows = await db.query<{ institution_kbo: string }>(
        `SELECT DISTINCT i.institution_kbo FROM integrations i JOIN institutions n ON n.kbo = i.institution_kbo
          WHERE i.person_pseudonym = $1 AND n.kind = 'cpas' AND n.is_active AND (i.end_date IS NULL OR i.end_date >= $2::date)
          ORDER BY i.institution_kbo`,
        [subject, since],
      );
      return rows.map((row) => row.institution_kbo.trim());
    },
    async activeBlocks(subject: Buffer): Promise<BlockEntry[]> {
      const rows = await db.query<{ institution_kbo: string; reason: string | null; reason_sealed: Buffer | null; created_at: Date }>(
        `SELECT institution_kbo, reason, reason_sealed, created_at FROM blocks
          WHERE person_pseudonym = $1 AND lifted_at IS NULL ORDER BY created_at`,
        [subject],
      );
      return rows.map((row) => ({
        institutionKbo: row.institution_kbo.trim(),
        reason: (row.reason_sealed ? sealer.open(row.reason_sealed, blockReasonBinding(subject, row.institution_kbo)) : row.reason) ?? '',
        createdAt: row.created_at.toISOString(),
      }));
    },
    /** The person's leaves below `treeSize`, as stored. */
    async leavesAbout(subject: Buffer, treeSize: number): Promise<{ leafIndex: number; leaf: Buffer; opening: Buffer | null }[]> {
      const rows = await db.query<{ leaf_index: string; leaf: Buffer; subject_opening: Buffer | null }>(
        'SELECT leaf_index, leaf, subject_opening FROM log_leaves WHERE person_pseudonym = $1 AND leaf_index < $2 ORDER BY leaf_index',
        [subject, treeSize],
      );
      return rows.map((row) => ({ leafIndex: Number(row.leaf_index), leaf: row.leaf, opening: row.subject_opening }));
    },
    /** The items the policy lets an institution kind receive for a purpose, or undefined when it has no rule. */
    async kindPolicyItems(kind: string, purpose: string): Promise<string[] | undefined> {
      const row = await db.one<{ items: string[] }>('SELECT items FROM kind_policy_rules WHERE requester_kind = $1 AND purpose = $2', [
        kind,
        purpose,
      ]);
      return row?.items;
    },
    /** The person's request as forwarded (migration 0017): the way back for the CPAS's reply. */
    async recordRequest(row: { requestId: string; subject: Buffer; providerKbo: string; portalKbo: string; kind: string }) {
      await db.query(
        `INSERT INTO person_requests (request_id, person_pseudonym, provider_kbo, portal_kbo, kind) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (request_id) DO NOTHING`,
        [row.requestId, row.subject, row.providerKbo, row.portalKbo, row.kind],
      );
    },
    async requestById(requestId: string) {
      const row = await db.one<{ person_pseudonym: Buffer; provider_kbo: string; portal_kbo: string; kind: string }>(
        'SELECT person_pseudonym, provider_kbo, portal_kbo, kind FROM person_requests WHERE request_id = $1',
        [requestId],
      );
      return row ? { ...row, provider_kbo: row.provider_kbo.trim(), portal_kbo: row.portal_kbo.trim() } : undefined;
    },
    /** A reply, once per request and kind (a redelivery is harmless). */
    async addReply(requestId: string, kind: string, content: string): Promise<void> {
      await db.query(
        'INSERT INTO person_replies (request_id, kind, content) VALUES ($1, $2, $3) ON CONFLICT (request_id, kind) DO NOTHING',
        [requestId, kind, content],
      );
    },
    /** The replies to the person's requests sent through this portal; marked fetched. */
    async repliesFor(subject: Buffer, portalKbo: string, now: Date) {
      const rows = await db.query<{
        id: string;
        request_id: string;
        kind: string;
        provider_kbo: string;
        content: string;
        created_at: Date;
      }>(
        `UPDATE person_replies r SET delivered_at = coalesce(r.delivered_at, $3) FROM person_requests q
          WHERE q.request_id = r.request_id AND q.person_pseudonym = $1 AND q.portal_kbo = $2
          RETURNING r.id, r.request_id, r.kind, q.provider_kbo, r.content, r.created_at`,
        [subject, portalKbo, now],
      );
      return rows
        .map((row) => ({ ...row, provider_kbo: row.provider_kbo.trim() }))
        .sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    },
    /** Records a block unless one is active; returns when it was recorded, or undefined when it already existed. */
    async addBlock(subject: Buffer, institutionKbo: string, reason: string, requestedBy: string): Promise<Date | undefined> {
      const row = await db.one<{ created_at: Date }>(
        `INSERT INTO blocks (person_pseudonym, institution_kbo, reason_sealed, requested_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_pseudonym, institution_kbo) WHERE lifted_at IS NULL DO NOTHING RETURNING created_at`,
        [subject, institutionKbo, sealer.seal(reason, blockReasonBinding(subject, institutionKbo)), requestedBy],
      );
      return row?.created_at;
    },
  };
}
