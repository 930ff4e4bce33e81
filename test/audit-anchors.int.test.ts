/**
 * Outside anchors (issue 13, scope 5; ADR 0017; R44): each CPAS commits the head of its audit chain to
 * the hub's log; a node administrator who rewrites an anchored event — and recomputes the chain after
 * it, so the chain alone still looks intact — is named by `rse verify-audit`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { startTestFederation, type TestFederation } from './federation.ts';
import { cliEnv, runCli } from './cli.ts';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';
import { appendAudit, verifyAuditChain } from '#casework/modules/audit/audit.ts';
import type { Tenant } from '#casework/tenant.ts';

let fed: TestFederation;

before(async () => {
  fed = await startTestFederation();
});
after(async () => fed?.close());

const verifyAudit = () => runCli(['verify-audit'], { ...cliEnv(fed.config), HUB_URL: `${fed.baseUrl}/hub` });

type EventRow = {
  id: string;
  at: Date;
  user_id: string | null;
  role: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  person_id: string | null;
  outcome: string;
  reason: string | null;
  request_id: string | null;
  prev_hash: Buffer;
};

/** What a clever administrator does: rewrite one event, then recompute every hash after it. */
async function rewriteAndRechain(db: Tenant['db'], id: number) {
  await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
  try {
    await db.query(`UPDATE audit_events SET reason = 'nothing to see' WHERE id = $1`, [id]);
    const rows = await db.query<EventRow>('SELECT * FROM audit_events WHERE id >= $1 ORDER BY id', [id]);
    let previous = rows[0]!.prev_hash;
    for (const row of rows) {
      const fields = [
        row.at.toISOString(),
        row.user_id,
        row.role,
        row.action,
        row.record_type,
        row.record_id,
        row.person_id,
        row.outcome,
        row.reason,
        row.request_id,
      ];
      const hash = createHash('sha256').update(previous).update(JSON.stringify(fields)).digest();
      await db.query('UPDATE audit_events SET prev_hash = $2, hash = $3 WHERE id = $1', [row.id, previous, hash]);
      previous = hash;
    }
  } finally {
    await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
  }
}

test('each CPAS anchors its audit head in the hub log, and verify-audit finds every anchor matching', async () => {
  const forest = fed.tenants.byKbo(FOREST.kbo)!;
  await fed.services.anchoring.anchorOnce();
  const last = await forest.db.one<{ id: string; hash: Buffer }>('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1');
  const anchors = (await fed.api(null, 'GET', `/hub/tlog/anchors?kbo=${FOREST.kbo}`)).body.entries as { leaf: string }[];
  const legs = anchors.map((entry) => JSON.parse(Buffer.from(entry.leaf, 'base64').toString('utf8')));
  assert.ok(
    legs.some(
      (leg) => leg.type === 'audit.anchored' && leg.auditEventId === Number(last!.id) && leg.auditHead === last!.hash.toString('base64'),
    ),
    'the current head is in the log',
  );
  const result = await verifyAudit();
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /anchored heads in the hub's log match the chain/);
});

test('a node administrator who rewrites an audit event after it was anchored: verify-audit names it', async () => {
  const forest = fed.tenants.byKbo(FOREST.kbo)!;
  await fed.services.anchoring.anchorOnce();
  // One event, then its anchor: the event is the only one between two anchors.
  await forest.db.transaction((tx) =>
    appendAudit(
      tx,
      { requestId: randomUUID(), user: null, now: new Date() },
      { action: 'person.read', recordType: 'person', recordId: randomUUID(), reason: 'file review' },
    ),
  );
  const event = Number((await forest.db.one<{ id: string }>('SELECT max(id) AS id FROM audit_events'))!.id);
  assert.equal(await fed.services.anchoring.anchorOnce(), 1, 'Forest anchored its new head');
  await rewriteAndRechain(forest.db, event);
  assert.equal((await verifyAuditChain(forest.db)).isIntact, true, 'the chain alone no longer shows the rewrite');
  const result = await verifyAudit();
  assert.equal(result.code, 1, result.stdout);
  assert.match(
    result.stdout,
    new RegExp(`${FOREST.name.replace(/[()]/g, '\\$&')}: audit event ${event} REWRITTEN after anchoring \\(hub log entry \\d+`),
  );
});
