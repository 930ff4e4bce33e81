/** Per-CPAS settings stored as data (deadline rules, sharing window, thresholds). */
import type { Queryable } from '#platform/db.ts';

export type Settings = {
  deadlines: {
    decisionDays: number;
    socialAidDecisionRule: 'one-month' | 'days';
    alertDaysBeforeDecision: number;
    notificationDays: number;
    appealMonths: number;
    transferDays: number;
    homeVisitMonths: number;
    piisMonths: number;
  };
  sharing: { windowMonths: number; sharePiis: boolean; shareAmounts: boolean; excludedAidTypes: string[] };
  integration: { graceDays: number };
  access: { grantMaxHours: number; breakGlassMinutes: number; committeeAccessDays?: number };
  /** How a person reaches the CPAS's data protection officer (printed in the break-glass notice); null: the service's address. */
  dataProtection: { dpoContact: string | null };
  statistics: { smallCellThreshold: number };
  exchange: { receivedSummaryDays: number };
  oversight: {
    officeHoursStart: number;
    officeHoursEnd: number;
    nameSearchThreshold: number;
    outOfHoursThreshold: number;
    volumeThreshold: number;
    denialThreshold: number;
    volumeOutlierFactor: number;
    personUsersThreshold: number;
    sensitivePersonThreshold: number;
    rankingSize: number;
    consultationThreshold: number;
    requesterInstitutionsThreshold: number;
  };
};

export async function readSetting<K extends keyof Settings>(tx: Queryable, key: K): Promise<Settings[K]> {
  const row = await tx.one<{ value: Settings[K] }>('SELECT value FROM settings WHERE key = $1', [key]);
  if (!row) throw new Error(`Setting ${key} is missing: run the migrations`);
  return row.value;
}

export async function readCode(
  tx: Queryable,
  list: string,
  code: string,
): Promise<{ code: string; attributes: Record<string, unknown> } | undefined> {
  return tx.one<{ code: string; attributes: Record<string, unknown> }>(
    'SELECT code, attributes FROM code_lists WHERE list = $1 AND code = $2 AND is_active',
    [list, code],
  );
}

export async function listCodes(tx: Queryable, list: string): Promise<string[]> {
  const rows = await tx.query<{ code: string }>('SELECT code FROM code_lists WHERE list = $1 AND is_active ORDER BY code', [list]);
  return rows.map((row) => row.code);
}
