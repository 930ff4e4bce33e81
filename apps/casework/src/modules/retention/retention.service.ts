/**
 * The purge job (R42, principle 8). For one CPAS, what its retention settings say is due:
 * - received summaries past their expiry lose their content (provenance and dates stay, R35);
 * - closed or transferred files past `closedFileMonths` are purged: notes, documents, the social
 *   report's sections, the local motivation and the person's statements are deleted; the coded
 *   decision fields stay for anonymous statistics (R49); a person with no other file left is
 *   anonymised (name, NISS, identifiers, birth date);
 * - integrations still open at the hub for a closed file are ended, through the outbox;
 * - every other record class has its period too (migration 0018): documents by their retention class
 *   (years after the file closed), expired sessions, sent outbox messages, handled worklist notices,
 *   old purge records, disputed transfers received from another CPAS (migration 0050), and the oldest
 *   part of the audit log (R45: `auditLogMonths`, never less than 12), removed as a prefix of the hash
 *   chain with a checkpoint so the rest still verifies.
 * Every run is recorded in `purge_runs` with its counts and the files concerned; a dry run lists what
 * would go and changes nothing else. Each file is purged in its own transaction, with its audit event.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { logPurgeRun, type PurgeRunLog } from '#platform/retention.ts';
import { refreshAuditRollups } from '../oversight/index.ts';
import { readSetting } from '../../settings.ts';
import type { Database, Queryable } from '#platform/db.ts';
import type { Tenant } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { endIntegrations } from '../integrations/index.ts';

export type RetentionSettings = {
  closedFileMonths: number;
  purgeIntervalHours: number;
  auditLogMonths: number;
  sessionDays: number;
  outboxSentDays: number;
  handledNoticeMonths: number;
  purgeRunMonths: number;
  /** Transfers received from another CPAS and disputed (migration 0050; R7, R42). */
  incomingTransferMonths: number;
};
export type PurgeCounts = {
  expiredSummaries: number;
  purgedFiles: number;
  anonymisedPersons: number;
  endedIntegrations: number;
  documents: number;
  sessions: number;
  outboxMessages: number;
  notices: number;
  purgeRuns: number;
  incomingTransfers: number;
  auditEvents: number;
};

/** R45: access logs are kept one year at least, whatever the setting says. */
export const MIN_AUDIT_LOG_MONTHS = 12;
export type PurgeRun = { id: string; isDryRun: boolean; counts: PurgeCounts; items: { requestId: string; closedAt: string }[] };

export async function readRetention(tx: Queryable): Promise<RetentionSettings> {
  const row = await tx.one<{ value: RetentionSettings }>(`SELECT value FROM settings WHERE key = 'retention'`);
  if (!row) throw new Error('Setting retention is missing: run the migrations');
  return row.value;
}

const monthsBefore = (date: Date, months: number) => {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy;
};

export async function runPurge(
  tenant: Tenant,
  options: { now: Date; isDryRun: boolean; trigger: 'cli' | 'scheduler' | 'api'; onProgress?: (done: number, total: number) => void },
): Promise<PurgeRun> {
  const { db } = tenant;
  const settings = await readRetention(db);
  const cutoff = monthsBefore(options.now, settings.closedFileMonths);
  const today = dayInBrussels(options.now);
  const run = (await db.one<{ id: string }>(
    `INSERT INTO purge_runs (started_at, is_dry_run, trigger, status) VALUES ($1, $2, $3, 'running') RETURNING id`,
    [options.now, options.isDryRun, options.trigger],
  ))!;
  const counts: PurgeCounts = {
    expiredSummaries: 0,
    purgedFiles: 0,
    anonymisedPersons: 0,
    endedIntegrations: 0,
    documents: 0,
    sessions: 0,
    outboxMessages: 0,
    notices: 0,
    purgeRuns: 0,
    incomingTransfers: 0,
    auditEvents: 0,
  };
  try {
    const due = await db.query<{ id: string; person_id: string; closed_at: Date }>(
      `SELECT id, person_id, coalesce(closed_at, updated_at) AS closed_at FROM aid_requests
        WHERE status IN ('closed', 'transferred') AND purged_at IS NULL AND coalesce(closed_at, updated_at) <= $1 ORDER BY closed_at`,
      [cutoff],
    );
    const stale = await db.query<{ request_id: string }>(
      `SELECT DISTINCT i.request_id FROM integrations i JOIN aid_requests r ON r.id = i.request_id
        WHERE i.end_date IS NULL AND r.status IN ('closed', 'transferred')`,
    );
    const items = due.map((row) => ({ requestId: row.id, closedAt: row.closed_at.toISOString() }));
    if (options.isDryRun) {
      counts.expiredSummaries = Number(
        (await db.one<{ n: string }>('SELECT count(*) AS n FROM consultation_responses WHERE summary IS NOT NULL AND expires_at <= $1', [
          options.now,
        ]))!.n,
      );
      counts.purgedFiles = due.length;
      counts.endedIntegrations = stale.length;
      const persons = new Set(due.map((row) => row.person_id));
      for (const personId of persons) {
        const others = await db.one(
          `SELECT 1 FROM aid_requests WHERE person_id = $1 AND purged_at IS NULL AND NOT (id = ANY($2::uuid[]))`,
          [personId, due.map((row) => row.id)],
        );
        if (!others) counts.anonymisedPersons += 1;
      }
    } else {
      counts.expiredSummaries = (
        await db.query('UPDATE consultation_responses SET summary = NULL WHERE summary IS NOT NULL AND expires_at <= $1 RETURNING 1', [
          options.now,
        ])
      ).length;
      for (const { request_id: requestId } of stale) {
        await db.transaction(async (tx) => {
          await endIntegrations(tx, requestId, today);
          await appendAudit(
            tx,
            { requestId: `purge-${run.id}`, user: null },
            { action: 'retention.integration-ended', recordType: 'aid-request', recordId: requestId },
          );
        });
        counts.endedIntegrations += 1;
      }
      let done = 0;
      for (const file of due) {
        const anonymised = await db.transaction((tx) => purgeFile(tx, file, run.id, options.now, today));
        counts.purgedFiles += 1;
        if (anonymised) counts.anonymisedPersons += 1;
        done += 1;
        if (done % 100 === 0 || done === due.length) options.onProgress?.(done, due.length);
      }
    }
    Object.assign(counts, await purgeRecordClasses(db, settings, { now: options.now, isDryRun: options.isDryRun, runId: run.id }));
    await db.query(`UPDATE purge_runs SET finished_at = now(), status = 'completed', counts = $2, items = $3 WHERE id = $1`, [
      run.id,
      counts,
      JSON.stringify(items),
    ]);
    return { id: run.id, isDryRun: options.isDryRun, counts, items };
  } catch (error) {
    await db.query(`UPDATE purge_runs SET finished_at = now(), status = 'failed', counts = $2, error = $3 WHERE id = $1`, [
      run.id,
      counts,
      error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
    ]);
    throw error;
  }
}

type ClassCounts = Pick<
  PurgeCounts,
  'documents' | 'sessions' | 'outboxMessages' | 'notices' | 'purgeRuns' | 'incomingTransfers' | 'auditEvents'
>;

/**
 * The record classes with a period of their own. Each class is one statement (a dry run counts with
 * the same condition), audited as one system event; the audit log goes last, so the events of this
 * run are never removed by it.
 */
async function purgeRecordClasses(
  db: Database,
  settings: RetentionSettings,
  options: { now: Date; isDryRun: boolean; runId: string },
): Promise<ClassCounts> {
  const { now, isDryRun, runId } = options;
  const since = (unit: 'days' | 'months', amount: number) =>
    new Date(unit === 'days' ? now.getTime() - amount * 86_400_000 : monthsBefore(now, amount).getTime());
  const classes: { key: Exclude<keyof ClassCounts, 'auditEvents'>; from: string; where: string; params: unknown[] }[] = [
    // A document's class gives its years after the file closed (code list `retention-class`).
    {
      key: 'documents',
      from: 'documents d',
      params: [now],
      where: `d.request_id IN (
        SELECT r.id FROM aid_requests r WHERE r.status IN ('closed', 'transferred') AND r.purged_at IS NULL)
      AND EXISTS (SELECT 1 FROM aid_requests r JOIN code_lists c ON c.list = 'retention-class' AND c.code = d.retention_class
                   WHERE r.id = d.request_id AND coalesce(r.closed_at, r.updated_at) + make_interval(years => (c.attributes->>'years')::int) <= $1)`,
    },
    { key: 'sessions', from: 'sessions s', params: [since('days', settings.sessionDays)], where: 's.expires_at <= $1' },
    {
      key: 'outboxMessages',
      from: 'outbox o',
      params: [since('days', settings.outboxSentDays)],
      where: 'o.sent_at IS NOT NULL AND o.sent_at <= $1',
    },
    {
      key: 'notices',
      from: 'worklist_notices n',
      params: [since('months', settings.handledNoticeMonths)],
      where: 'n.handled_at IS NOT NULL AND n.handled_at <= $1',
    },
    {
      key: 'purgeRuns',
      from: 'purge_runs p',
      params: [since('months', settings.purgeRunMonths), runId],
      where: 'p.started_at <= $1 AND p.id <> $2',
    },
    // A transfer received from another CPAS and disputed (R7): this CPAS has no file of the person, so
    // its NISS and name go once the conflict and the appeal window are over (migration 0050). An
    // accepted one goes with the file it opened (purgeFile); an unanswered one stays on the worklist.
    {
      key: 'incomingTransfers',
      from: 'incoming_transfers t',
      params: [since('months', settings.incomingTransferMonths ?? 12)],
      where: `t.status = 'disputed' AND t.decided_at <= $1`,
    },
  ];
  const counts: ClassCounts = {
    documents: 0,
    sessions: 0,
    outboxMessages: 0,
    notices: 0,
    purgeRuns: 0,
    incomingTransfers: 0,
    auditEvents: 0,
  };
  const system = { requestId: `purge-${runId}`, user: null, now };
  for (const item of classes) {
    if (isDryRun) {
      counts[item.key] = Number(
        (await db.one<{ n: string }>(`SELECT count(*) AS n FROM ${item.from} WHERE ${item.where}`, item.params))!.n,
      );
      continue;
    }
    counts[item.key] = await db.transaction(async (tx) => {
      const removed = (await tx.query(`DELETE FROM ${item.from} WHERE ${item.where} RETURNING 1`, item.params)).length;
      if (removed > 0)
        await appendAudit(tx, system, { action: 'retention.records-removed', recordType: item.key, reason: String(removed) });
      return removed;
    });
  }
  // The audit log: the longest prefix of the chain older than the period (events are ordered by id).
  const cutoff = since('months', Math.max(MIN_AUDIT_LOG_MONTHS, settings.auditLogMonths));
  const prefix = `id < coalesce((SELECT min(id) FROM audit_events WHERE at > $1), (SELECT max(id) + 1 FROM audit_events))`;
  if (isDryRun) {
    counts.auditEvents = Number((await db.one<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE ${prefix}`, [cutoff]))!.n);
    return counts;
  }
  counts.auditEvents = await db.transaction(async (tx) => {
    // The chain's lock (as append_audit_events takes it): no event is appended while its start moves.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.audit_events'))`);
    const last = await tx.one<{ id: string; hash: Buffer; n: string }>(
      `SELECT max(id) AS id, (array_agg(hash ORDER BY id DESC))[1] AS hash, count(*) AS n FROM audit_events WHERE ${prefix}`,
      [cutoff],
    );
    if (!last || Number(last.n) === 0) return 0;
    await tx.query(`SELECT set_config('rse.audit_retention', 'on', true)`);
    await tx.query('DELETE FROM audit_events WHERE id <= $1', [last.id]);
    await tx.query(`SELECT set_config('rse.audit_retention', 'off', true)`);
    // The indicators' daily summaries of the removed days go with their events (migration 0046).
    await tx.query('DELETE FROM audit_rollup_days WHERE day < $1::date', [dayInBrussels(cutoff)]);
    await tx.query('INSERT INTO audit_checkpoints (purge_run_id, last_purged_id, last_purged_hash, purged_count) VALUES ($1, $2, $3, $4)', [
      runId,
      last.id,
      last.hash,
      Number(last.n),
    ]);
    await appendAudit(tx, system, {
      action: 'retention.records-removed',
      recordType: 'audit-events',
      reason: `${last.n} up to event ${last.id}`,
    });
    return Number(last.n);
  });
  return counts;
}

/** Purges one file; returns true when its person, having no other file left, was anonymised. */
async function purgeFile(
  tx: Queryable,
  file: { id: string; person_id: string },
  runId: string,
  now: Date,
  today: string,
): Promise<boolean> {
  await tx.query('DELETE FROM notes WHERE request_id = $1', [file.id]);
  await tx.query('DELETE FROM documents WHERE request_id = $1', [file.id]);
  // The file's workflow records keep their dates; their free text goes (migrations 0025–0027).
  await tx.query(`UPDATE home_visits SET findings = NULL, visited_by = 'purged (R42)' WHERE request_id = $1`, [file.id]);
  await tx.query('UPDATE hearings SET attendees = NULL, assisted_by = NULL, minutes_summary = NULL WHERE request_id = $1', [file.id]);
  await tx.query(
    `UPDATE piis_objectives SET text = 'purged (R42)' WHERE contract_id IN (SELECT id FROM piis_contracts WHERE request_id = $1)`,
    [file.id],
  );
  await tx.query('UPDATE piis_evaluations SET summary = NULL WHERE contract_id IN (SELECT id FROM piis_contracts WHERE request_id = $1)', [
    file.id,
  ]);
  await tx.query(
    `UPDATE piis_amendments SET reason = 'purged (R42)' WHERE contract_id IN (SELECT id FROM piis_contracts WHERE request_id = $1)`,
    [file.id],
  );
  await tx.query(
    `UPDATE secrecy_shares SET recipient_name = 'purged (R42)', recipient_organisation = 'purged (R42)', recipient_profession = 'purged (R42)',
       common_mission = 'purged (R42)' WHERE request_id = $1`,
    [file.id],
  );
  await tx.query('DELETE FROM attached_items WHERE request_id = $1', [file.id]);
  await tx.query(`UPDATE social_reports SET sections = '{}'::jsonb WHERE request_id = $1`, [file.id]);
  await tx.query('DELETE FROM person_statements WHERE decision_id IN (SELECT id FROM decisions WHERE request_id = $1)', [file.id]);
  await tx.query(
    `UPDATE person_contests SET reason = 'purged (R42)', motivation = CASE WHEN motivation IS NULL THEN NULL ELSE 'purged (R42)' END
      WHERE decision_id IN (SELECT id FROM decisions WHERE request_id = $1)`,
    [file.id],
  );
  await tx.query('UPDATE decisions SET motivation_text = NULL WHERE request_id = $1', [file.id]);
  // Free text about the file elsewhere: the reasons of grants and break-glass openings, the advisor's
  // comments, the worklist notices (their details quote texts); the openings themselves stay, counted.
  await tx.query(
    `UPDATE access_grants
        SET reason = 'purged (R42)', review_comment = CASE WHEN review_comment IS NULL THEN NULL ELSE 'purged (R42)' END
      WHERE request_id = $1`,
    [file.id],
  );
  await tx.query('DELETE FROM worklist_notices WHERE request_id = $1', [file.id]);
  // The transfer received from another CPAS that opened this file holds the person's NISS and name (0050).
  await tx.query('DELETE FROM incoming_transfers WHERE request_id = $1', [file.id]);
  await endIntegrations(tx, file.id, today);
  // The reason typed when a request was reopened is free text about the file (migration 0051).
  await tx.query('UPDATE aid_requests SET purged_at = $2, reopen_reason = NULL WHERE id = $1', [file.id, now]);
  await appendAudit(
    tx,
    { requestId: `purge-${runId}`, user: null },
    { action: 'retention.file-purged', recordType: 'aid-request', recordId: file.id, personId: file.person_id },
  );
  const others = await tx.one('SELECT 1 FROM aid_requests WHERE person_id = $1 AND purged_at IS NULL', [file.person_id]);
  if (others) return false;
  await tx.query('DELETE FROM person_identifiers WHERE person_id = $1', [file.person_id]);
  await tx.query('DELETE FROM withholdings WHERE person_id = $1', [file.person_id]);
  await tx.query('DELETE FROM withholding_events WHERE person_id = $1', [file.person_id]);
  await tx.query('DELETE FROM person_changes WHERE person_id = $1', [file.person_id]);
  // R45: the watch reasons the audit chain references (migration 0038) go with the person.
  await tx.query('DELETE FROM person_watch_reasons WHERE person_id = $1', [file.person_id]);
  await tx.query('DELETE FROM household_members WHERE person_id = $1', [file.person_id]);
  await tx.query(
    `UPDATE persons SET niss = NULL, provisional_id = NULL, family_name = 'ANONYMISED', given_names = '', birth_date = NULL, nationality = NULL,
    sex = NULL, address_street = NULL, address_postal_code = NULL, address_municipality = NULL, phone = NULL, email = NULL, iban = NULL,
    residence_status = NULL, civil_status = NULL, anonymised_at = $2 WHERE id = $1 AND anonymised_at IS NULL`,
    [file.person_id, now],
  );
  await appendAudit(
    tx,
    { requestId: `purge-${runId}`, user: null },
    { action: 'retention.person-anonymised', recordType: 'person', recordId: file.person_id, personId: file.person_id },
  );
  return true;
}

/** The scheduled purge of every CPAS of the process, every `purgeIntervalHours` (read at start). */
export function startPurgeSchedule(
  tenants: readonly Tenant[],
  options: { clock: () => Date; log: PurgeRunLog & { error: (o: object, m: string) => void }; intervalMs?: number },
) {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const tenant of tenants) {
        try {
          const now = options.clock();
          const result = await runPurge(tenant, { now, isDryRun: false, trigger: 'scheduler' });
          logPurgeRun(options.log, { kbo: tenant.kbo, runId: result.id }, result.counts);
          // The misuse indicators' daily summaries of the last 40 days (the oversight page and the monthly report).
          const oversight = await readSetting(tenant.db, 'oversight');
          const rollups = await refreshAuditRollups(tenant.db, {
            from: new Date(now.getTime() - 40 * 86_400_000),
            to: now,
            now,
            office: { start: oversight.officeHoursStart, end: oversight.officeHoursEnd },
          });
          options.log.info({ kbo: tenant.kbo, ...rollups }, 'audit summaries refreshed');
        } catch (error) {
          options.log.error({ kbo: tenant.kbo, err: error }, 'purge run failed');
        }
      }
    })().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? 24 * 3_600_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      if (running) await running;
    },
  };
}
