/**
 * The hub operator's view and changes of the policy (ADR 0020): quality codes (in use or not),
 * purposes, the rules per quality code and purpose, the portal's rule per kind (read only). Every
 * change is one transaction with its row in `policy_changes` (who, when, why, the previous value).
 */
import type { Database } from '#platform/db.ts';
import { normaliseItems, PERSON_ACCESS_PURPOSE } from './policy.ts';

type Labels = Record<string, string>;
export type PolicyProblem = 'unknown-item' | 'unknown-rule' | 'unknown-code' | 'reason-required' | 'code-in-use';

export function createPolicyService(db: Database) {
  const record = (
    tx: Pick<Database, 'query'>,
    kind: string,
    target: string,
    previous: unknown,
    value: unknown,
    operator: string,
    reason: string,
  ) =>
    tx.query('INSERT INTO policy_changes (target_kind, target, previous, value, operator, reason) VALUES ($1, $2, $3, $4, $5, $6)', [
      kind,
      target,
      previous === null ? null : JSON.stringify(previous),
      JSON.stringify(value),
      operator.slice(0, 100),
      reason.trim().slice(0, 500),
    ]);
  return {
    async overview() {
      const [codes, purposes, rules, kindRules] = await Promise.all([
        db.query<{ code: string; labels: Labels; is_active: boolean; integrations: number }>(
          `SELECT q.code, q.labels, q.is_active,
                  (SELECT count(*)::int FROM integrations i WHERE i.quality_code = q.code AND (i.end_date IS NULL OR i.end_date > now())) AS integrations
             FROM quality_codes q ORDER BY string_to_array(q.code, '-')::int[]`,
        ),
        db.query<{ code: string; labels: Labels }>('SELECT code, labels FROM purposes ORDER BY code'),
        db.query<{ requester_quality_code: string; purpose: string; items: string[] }>(
          `SELECT requester_quality_code, purpose, items FROM policy_rules ORDER BY string_to_array(requester_quality_code, '-')::int[], purpose`,
        ),
        db.query<{ requester_kind: string; purpose: string; items: string[] }>(
          'SELECT requester_kind, purpose, items FROM kind_policy_rules ORDER BY 1, 2',
        ),
      ]);
      return { codes, purposes, rules, kindRules };
    },

    /** Sets the items of an existing rule (quality code × purpose); an empty list allows nothing. */
    async setRuleItems(
      qualityCode: string,
      purpose: string,
      items: readonly string[],
      operator: string,
      reason: string,
    ): Promise<PolicyProblem | null> {
      const normalised = normaliseItems(items);
      if (!normalised) return 'unknown-item';
      if (reason.trim().length === 0) return 'reason-required';
      if (purpose === PERSON_ACCESS_PURPOSE) return 'unknown-rule';
      return db.transaction(async (tx) => {
        const current = await tx.one<{ items: string[] }>(
          'SELECT items FROM policy_rules WHERE requester_quality_code = $1 AND purpose = $2 FOR UPDATE',
          [qualityCode, purpose],
        );
        if (!current) return 'unknown-rule' as const;
        await tx.query('UPDATE policy_rules SET items = $3 WHERE requester_quality_code = $1 AND purpose = $2', [
          qualityCode,
          purpose,
          normalised,
        ]);
        await record(tx, 'policy-rule', `${qualityCode}/${purpose}`, { items: current.items }, { items: normalised }, operator, reason);
        return null;
      });
    },

    /** A quality code no longer accepted for new integrations (or accepted again); one with current integrations stays in use. */
    async setCodeActive(code: string, isActive: boolean, operator: string, reason: string): Promise<PolicyProblem | null> {
      if (reason.trim().length === 0) return 'reason-required';
      return db.transaction(async (tx) => {
        const current = await tx.one<{ is_active: boolean }>('SELECT is_active FROM quality_codes WHERE code = $1 FOR UPDATE', [code]);
        if (!current) return 'unknown-code' as const;
        if (!isActive) {
          const inUse = await tx.one(
            `SELECT 1 FROM integrations WHERE quality_code = $1 AND (end_date IS NULL OR end_date > now()) LIMIT 1`,
            [code],
          );
          if (inUse) return 'code-in-use' as const;
        }
        await tx.query('UPDATE quality_codes SET is_active = $2 WHERE code = $1', [code, isActive]);
        await record(tx, 'quality-code', code, { isActive: current.is_active }, { isActive }, operator, reason);
        return null;
      });
    },

    history: () =>
      db.query<{
        target_kind: string;
        target: string;
        previous: unknown;
        value: unknown;
        operator: string;
        reason: string;
        changed_at: Date;
      }>('SELECT target_kind, target, previous, value, operator, reason, changed_at FROM policy_changes ORDER BY id DESC LIMIT 50'),
  };
}

export type PolicyService = ReturnType<typeof createPolicyService>;
