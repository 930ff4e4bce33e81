/**
 * `rse hub-usage [--month YYYY-MM]`: the hub operator's monthly report of the federation's use —
 * per requesting institution, consultations accepted and refused (by reason), distinct persons and
 * consultations out of hours, with what is raised (`usage-report.ts`). Default: the previous month.
 */
import type { Config } from '#platform/config.ts';
import { createDatabase } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { hubDatabaseName, institutionUsage } from '#hub/index.ts';
import { monthBounds, previousMonth } from '#platform/brussels-time.ts';

type Output = { out: (line: string) => void; err: (line: string) => void };

export async function hubUsageCommand(config: Config, args: string[], output: Output): Promise<number> {
  const index = args.indexOf('--month');
  const month = index >= 0 ? (args[index + 1] ?? '') : previousMonth(new Date());
  const bounds = monthBounds(month);
  if (!bounds) {
    output.err('Usage: rse hub-usage [--month YYYY-MM]');
    return 2;
  }
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log: createLogger({ level: 'warn' }) });
  const db = createDatabase(await postgres.ensureDatabase(hubDatabaseName(config.databasePrefix)), { max: 2 });
  try {
    const report = await institutionUsage(db, bounds.start, bounds.end);
    output.out(`Use of the RSE in ${month}, from the exchange log (metadata only): ${report.institutions.length} requesting institutions`);
    for (const row of report.institutions) {
      const reasons = Object.entries(row.refusalsByReason)
        .map(([reason, n]) => `${reason} ${n}`)
        .join(', ');
      output.out(
        `${row.kbo} ${row.name ?? '(not registered)'}: ${row.accepted} consultations about ${row.persons} persons, ` +
          `${row.refused} refused${reasons ? ` (${reasons})` : ''}, ` +
          `${row.outOfHours} out of hours${row.raised.length > 0 ? ` — RAISED: ${row.raised.join(', ')}` : ''}`,
      );
    }
    return 0;
  } finally {
    await db.close();
    await postgres.stop();
  }
}
