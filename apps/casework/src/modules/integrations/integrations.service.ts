/**
 * The node's integrations at the hub (flow 1, R19–R21). Each change is written to the outbox in
 * the same transaction: when the hub is down nothing is lost, the relay delivers it later.
 */
import type { Queryable } from '#platform/db.ts';

export type IntegrationChange = {
  requestId: string;
  personId: string;
  role: 'applicant' | 'cohabitant';
  qualityCode: string;
  start: string;
};

async function enqueue(
  tx: Queryable,
  action: 'register' | 'end',
  integration: { request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null },
) {
  const person = await tx.one<{ niss: string | null }>('SELECT niss FROM persons WHERE id = $1', [integration.person_id]);
  // A person without a number cannot be known at the hub; the integration stays local (R5).
  if (!person?.niss) return;
  await tx.query(`INSERT INTO outbox (topic, payload) VALUES ('integration', $1)`, [
    {
      action,
      niss: person.niss,
      qualityCode: integration.quality_code,
      start: integration.start_date,
      end: integration.end_date,
      fileRef: integration.request_id,
    },
  ]);
}

export async function enqueueIntegration(tx: Queryable, change: IntegrationChange): Promise<void> {
  const row = await tx.one<{ request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null }>(
    `INSERT INTO integrations (request_id, person_id, role, quality_code, start_date) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (request_id, person_id) DO UPDATE SET quality_code = EXCLUDED.quality_code, hub_status = 'pending', updated_at = now()
     RETURNING request_id, person_id, quality_code, start_date, end_date`,
    [change.requestId, change.personId, change.role, change.qualityCode, change.start],
  );
  await enqueue(tx, 'register', row!);
}

/** A decision moves the applicant's integration to the matching quality code (17-2 RIS, …). */
export async function moveIntegration(tx: Queryable, requestId: string, qualityCode: string, start: string): Promise<void> {
  const current = await tx.one<{
    request_id: string;
    person_id: string;
    quality_code: string;
    start_date: string;
    end_date: string | null;
  }>(
    `SELECT request_id, person_id, quality_code, start_date, end_date FROM integrations WHERE request_id = $1 AND role = 'applicant' AND end_date IS NULL`,
    [requestId],
  );
  if (!current || current.quality_code === qualityCode) return;
  await tx.query(
    `UPDATE integrations SET quality_code = $2, start_date = $3, hub_status = 'pending', updated_at = now() WHERE request_id = $1 AND role = 'applicant'`,
    [requestId, qualityCode, start],
  );
  await enqueue(tx, 'end', { ...current, end_date: start });
  await enqueue(tx, 'register', { ...current, quality_code: qualityCode, start_date: start });
}

export async function endIntegrations(tx: Queryable, requestId: string, endDate: string): Promise<void> {
  const rows = await tx.query<{ request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null }>(
    `UPDATE integrations SET end_date = $2, hub_status = 'pending', updated_at = now() WHERE request_id = $1 AND end_date IS NULL
     RETURNING request_id, person_id, quality_code, start_date, end_date`,
    [requestId, endDate],
  );
  for (const row of rows) await enqueue(tx, 'end', row);
}

/**
 * A stop of an ongoing aid (issue 11, item 4): the applicant's integration for the aid ends on the day
 * the stop takes effect (the hub's end dates are exclusive), so the hub knows the aid no longer runs; it
 * stays a recent integration there (the hub's window), so other CPAS still receive the summary showing
 * the aid ended. The file's later closing finds nothing left to end.
 */
export async function endApplicantIntegration(tx: Queryable, requestId: string, endDate: string): Promise<void> {
  const rows = await tx.query<{ request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null }>(
    `UPDATE integrations SET end_date = GREATEST(start_date, $2::date), hub_status = 'pending', updated_at = now()
      WHERE request_id = $1 AND role = 'applicant' AND end_date IS NULL
      RETURNING request_id, person_id, quality_code, start_date::text, end_date::text`,
    [requestId, endDate],
  );
  for (const row of rows) await enqueue(tx, 'end', row);
}

/**
 * A request reopened (migration 0051): the integrations its closing ended (from the day it closed) are
 * registered again at the hub with their start date, which clears the hub's end date.
 */
export async function reopenIntegrations(tx: Queryable, requestId: string, closedOn: string): Promise<void> {
  const rows = await tx.query<{ request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null }>(
    `UPDATE integrations SET end_date = NULL, hub_status = 'pending', updated_at = now()
      WHERE request_id = $1 AND end_date IS NOT NULL AND end_date >= $2::date
      RETURNING request_id, person_id, quality_code, start_date::text, end_date::text`,
    [requestId, closedOn],
  );
  for (const row of rows) await enqueue(tx, 'register', row);
}

/** A person who now has a number (R5 → R4): their integrations kept local so far are registered at the hub. */
export async function registerPendingIntegrations(tx: Queryable, personId: string): Promise<void> {
  const rows = await tx.query<{ request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null }>(
    `SELECT request_id, person_id, quality_code, start_date, end_date FROM integrations WHERE person_id = $1 AND end_date IS NULL`,
    [personId],
  );
  for (const row of rows) await enqueue(tx, 'register', row);
}

/** A cohabitant joins a file (household composition, R19): integrated with quality code 17-5 from `start`. */
export async function addCohabitantIntegration(tx: Queryable, requestId: string, personId: string, start: string): Promise<void> {
  await tx.query('INSERT INTO aid_request_cohabitants (request_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    requestId,
    personId,
  ]);
  await enqueueIntegration(tx, { requestId, personId, role: 'cohabitant', qualityCode: '17-5', start });
}

/** A cohabitant leaves the household: their 17-5 integration on the file ends (exclusive end date). */
export async function endCohabitantIntegration(tx: Queryable, requestId: string, personId: string, endDate: string): Promise<void> {
  const rows = await tx.query<{ request_id: string; person_id: string; quality_code: string; start_date: string; end_date: string | null }>(
    `UPDATE integrations SET end_date = GREATEST(start_date, $3::date), hub_status = 'pending', updated_at = now()
      WHERE request_id = $1 AND person_id = $2 AND role = 'cohabitant' AND end_date IS NULL
      RETURNING request_id, person_id, quality_code, start_date::text, end_date::text`,
    [requestId, personId, endDate],
  );
  for (const row of rows) await enqueue(tx, 'end', row);
}
