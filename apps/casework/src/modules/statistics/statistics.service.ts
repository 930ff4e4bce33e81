/** Statistics that identify nobody (R49): aggregated counts, small cells suppressed. */
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/audit.ts';
import { requireRole } from '../access/roles.ts';
import { parsePeriod } from '../../period.ts';
import { readSetting } from '../../settings.ts';

export function createStatisticsService() {
  return {
    /** R49: aggregated counts, no NISS, no name; cells below the threshold are suppressed. */
    async statistics(actor: Actor, period: { from?: string; to?: string }) {
      requireRole(actor, ['supervisor', 'security-advisor', 'admin']);
      const { start, end } = parsePeriod(period.from, period.to, actor.now);
      return actor.tenant.db.transaction(async (tx) => {
        const { smallCellThreshold } = await readSetting(tx, 'statistics');
        const requests = await tx.query<{ kind: string; count: number }>(
          'SELECT kind, count(*)::int AS count FROM aid_requests WHERE received_at BETWEEN $1 AND $2 GROUP BY kind ORDER BY kind', [start, end]);
        const decisions = await tx.query<{ aid_type: string; outcome: string; count: number }>(
          `SELECT aid_type, outcome, count(*)::int AS count FROM decisions WHERE decided_at BETWEEN $1::date AND $2::date GROUP BY aid_type, outcome ORDER BY aid_type, outcome`, [start, end]);
        const compliance = await tx.query<{ is_on_time: boolean; count: number }>(
          `SELECT (n.sent_at <= d.decided_at + 8) AS is_on_time, count(*)::int AS count FROM decisions d JOIN notifications n ON n.decision_id = d.id
            WHERE d.decided_at BETWEEN $1::date AND $2::date GROUP BY 1`, [start, end]);
        const suppress = (count: number) => (count < smallCellThreshold ? null : count);
        const cells = [
          ...requests.map((r) => ({ dimensions: { measure: 'requests', kind: r.kind }, count: suppress(r.count) })),
          ...decisions.map((d) => ({ dimensions: { measure: 'decisions', aidType: d.aid_type, outcome: d.outcome }, count: suppress(d.count) })),
          ...compliance.map((c) => ({ dimensions: { measure: 'notification-within-8-days', onTime: c.is_on_time ? 'yes' : 'no' }, count: suppress(c.count) })),
        ];
        await appendAudit(tx, actor, { action: 'statistics.read', recordType: 'statistics' });
        return { from: start.toISOString(), to: end.toISOString(), smallCellThreshold, cells };
      });
    },
  };
}
