/** The CPAS itself (one row per tenant database): what its letters print as sender. */
import type { Queryable } from '#platform/db.ts';

export type InstitutionRow = {
  name: string;
  kbo: string;
  address: string | null;
  service_phone: string | null;
  service_email: string | null;
  labour_court: string | null;
};

export const readInstitution = async (db: Queryable): Promise<InstitutionRow> =>
  (await db.one<InstitutionRow>('SELECT * FROM institution'))!;
