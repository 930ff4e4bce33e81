/**
 * Corrections (flow 3, R39). A provider that corrects or annuls a decision it shared sends a signed
 * `correction` message; the hub finds, in its own exchange log, every institution that received an
 * answered summary from that provider about that person inside the notice window, and sends each a
 * signed correction notice. The hub learns no content: only the provider, the pseudonymised person,
 * the decision reference and the new status. Notices wait in `correction_notices` until the
 * recipient acknowledges them; a recipient that is down receives them later (nothing is lost).
 * Every step is a leg of the exchange log: the correction received and each notice delivered.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import { signMessage, verifyMessage, type ReplayGuard } from '#contracts/protocol/envelope.ts';
import { isValidNiss } from '#contracts/niss.ts';
import type { Registry } from '../registry/registry.service.ts';
import type { Pseudonymiser } from '../directory/pseudonym.ts';
import type { ExchangeLog, LogLeg } from '../exchange-log/leg.ts';

export type CorrectionDeps = {
  db: Database;
  registry: Registry;
  pseudonymise: Pseudonymiser;
  exchangeLog: ExchangeLog;
  replay: ReplayGuard;
  signing: { kid: string; privateKey: KeyObject };
  log: Logger;
  clock: () => Date;
  fetch: typeof fetch;
  /** Recipients of the provider's summaries within this many months are notified (R39's "last N months"). */
  noticeMonths: number;
  /** How long a recipient may take to acknowledge one notice. */
  deliveryTimeoutMs: number;
};

type CorrectionMessage = { iss: string; niss?: unknown; decisionRef?: unknown; status?: unknown; correctedAt?: unknown };
type NoticeRow = {
  id: string;
  correction_id: string;
  provider_kbo: string;
  recipient_kbo: string;
  person_pseudonym: Buffer;
  decision_ref: string;
  status: 'corrected' | 'annulled';
  corrected_at: Date;
  consultation_ids: string[];
  attempts: number;
};

const DECISION_REF = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const monthsBefore = (date: Date, months: number) => {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy;
};

/** Who received an answered summary from `provider` about `subject` since `since`: recipient → consultation ids. */
export async function findRecipients(db: Database, subject: Buffer, provider: string, since: Date): Promise<Map<string, string[]>> {
  const rows = await db.query<{ leaf: Buffer }>(
    'SELECT leaf FROM log_leaves WHERE person_pseudonym = $1 AND appended_at >= $2 ORDER BY leaf_index',
    [subject, since],
  );
  const recipients = new Map<string, string[]>();
  for (const row of rows) {
    const leg = JSON.parse(row.leaf.toString('utf8')) as LogLeg;
    if (leg.type !== 'summary.answered' || leg.provider !== provider || leg.outcome !== 'answered' || !leg.requester || !leg.consultationId)
      continue;
    if (leg.requester === provider) continue;
    const ids = recipients.get(leg.requester) ?? [];
    if (!ids.includes(leg.consultationId)) ids.push(leg.consultationId);
    recipients.set(leg.requester, ids);
  }
  return recipients;
}

export function createCorrectionService(deps: CorrectionDeps) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function deliver(notice: NoticeRow): Promise<boolean> {
    const recipient = await deps.registry.find(notice.recipient_kbo);
    const provider = await deps.registry.find(notice.provider_kbo);
    const fail = async (reason: string) => {
      const delaySeconds = Math.min(3_600, 2 ** Math.min(notice.attempts + 1, 12));
      await deps.db.query('UPDATE correction_notices SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1', [
        notice.id,
        reason,
        new Date(deps.clock().getTime() + delaySeconds * 1000),
      ]);
      return false;
    };
    if (!recipient?.endpoint) return fail('recipient.no-endpoint');
    const message = signMessage({
      payload: {
        type: 'correction-notice',
        noticeId: notice.id,
        provider: { kbo: notice.provider_kbo, name: provider?.name ?? notice.provider_kbo },
        decisionRef: notice.decision_ref,
        status: notice.status,
        correctedAt: notice.corrected_at.toISOString(),
        consultationIds: notice.consultation_ids,
      },
      issuer: 'hub',
      audience: notice.recipient_kbo,
      signingKey: deps.signing.privateKey,
      kid: deps.signing.kid,
      now: deps.clock(),
    });
    let text: string;
    try {
      const response = await deps.fetch(recipient.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body: message,
        signal: AbortSignal.timeout(deps.deliveryTimeoutMs),
      });
      text = await response.text();
      if (response.status !== 200) return fail(`recipient.http-${response.status}`);
    } catch {
      return fail('recipient.unreachable');
    }
    const verified = await verifyMessage(text, {
      resolveKey: (iss, kid) => (iss === notice.recipient_kbo ? deps.registry.signingKey(iss, kid) : undefined),
      expectedAudience: 'hub',
      replay: deps.replay,
      now: deps.clock(),
    });
    const claims = verified.ok ? (verified.claims as { type?: unknown; noticeId?: unknown }) : null;
    if (!claims || claims.type !== 'correction-ack' || claims.noticeId !== notice.id)
      return fail(verified.ok ? 'recipient.malformed-ack' : verified.code);
    await deps.db.query('UPDATE correction_notices SET delivered_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1', [
      notice.id,
      deps.clock(),
    ]);
    await deps.exchangeLog.append(
      [
        {
          type: 'correction.notified',
          at: deps.clock().toISOString(),
          requester: notice.recipient_kbo,
          provider: notice.provider_kbo,
          outcome: notice.status,
          subject: notice.person_pseudonym.toString('base64'),
        },
      ],
      [notice.person_pseudonym],
    );
    return true;
  }

  /** Delivers every notice that is due; returns how many were acknowledged. One run at a time. */
  async function deliverDue(): Promise<number> {
    if (running) return running;
    running = (async () => {
      const due = await deps.db.query<NoticeRow>(
        'SELECT * FROM correction_notices WHERE delivered_at IS NULL AND next_attempt_at <= $1 ORDER BY created_at LIMIT 500',
        [deps.clock()],
      );
      let delivered = 0;
      for (const notice of due) if (await deliver(notice)) delivered += 1;
      return delivered;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    deliverDue,
    /** Handles `POST /hub/v1/corrections`; answers the provider with the number of institutions to notify. */
    async receive(jws: unknown): Promise<string> {
      const verified = await verifyMessage(jws, {
        resolveKey: (iss, kid) => deps.registry.signingKey(iss, kid),
        expectedAudience: 'hub',
        replay: deps.replay,
        now: deps.clock(),
      });
      if (!verified.ok)
        throw new AppError(
          verified.code,
          verified.code === 'signature.malformed' ? 400 : verified.code === 'signature.replayed' ? 409 : 401,
          verified.message,
        );
      const claims = verified.claims as unknown as CorrectionMessage;
      const provider = await deps.registry.find(claims.iss);
      if (provider?.kind !== 'cpas') throw new AppError('correction.not-a-cpas', 403, 'Only a CPAS corrects the decisions it shared.');
      if (
        typeof claims.niss !== 'string' ||
        !isValidNiss(claims.niss) ||
        typeof claims.decisionRef !== 'string' ||
        !DECISION_REF.test(claims.decisionRef) ||
        (claims.status !== 'corrected' && claims.status !== 'annulled') ||
        typeof claims.correctedAt !== 'string' ||
        Number.isNaN(Date.parse(claims.correctedAt))
      ) {
        throw new AppError(
          'correction.malformed',
          422,
          'niss, decisionRef, status ("corrected" or "annulled") and correctedAt are required.',
        );
      }
      const subject = deps.pseudonymise(claims.niss);
      const now = deps.clock();
      const recipients = await findRecipients(deps.db, subject, claims.iss, monthsBefore(now, deps.noticeMonths));
      const correctionId = randomUUID();
      await deps.db.transaction(async (tx) => {
        for (const [recipient, consultationIds] of recipients) {
          await tx.query(
            `INSERT INTO correction_notices (id, correction_id, provider_kbo, recipient_kbo, person_pseudonym, decision_ref, status, corrected_at, consultation_ids)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              randomUUID(),
              correctionId,
              claims.iss,
              recipient,
              subject,
              claims.decisionRef,
              claims.status,
              claims.correctedAt,
              consultationIds,
            ],
          );
        }
      });
      await deps.exchangeLog.append(
        [
          {
            type: 'correction.received',
            at: now.toISOString(),
            provider: claims.iss,
            outcome: `recipients:${recipients.size}`,
            subject: subject.toString('base64'),
          },
        ],
        [subject],
      );
      deps.log.info({ correctionId, recipients: recipients.size }, 'correction received');
      // Delivered at once when the recipients are up; otherwise by the retry loop.
      void deliverDue().catch((error: unknown) => deps.log.warn({ err: error }, 'correction notices not delivered yet'));
      return signMessage({
        payload: { type: 'correction-result', correctionId, recipients: recipients.size },
        issuer: 'hub',
        audience: claims.iss,
        signingKey: deps.signing.privateKey,
        kid: deps.signing.kid,
        now: deps.clock(),
      });
    },
    start(intervalMs = 5_000) {
      timer = setInterval(() => {
        deliverDue().catch((error: unknown) => deps.log.warn({ err: error }, 'correction notices not delivered yet'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running.catch(() => 0);
    },
  };
}
