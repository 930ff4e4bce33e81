/** Shared professional secrecy (R28): the four conditions recorded before a finding is shared, and the list of sharings. */
import { dayInBrussels } from '#platform/brussels-time.ts';
import type { Actor } from '../../tenant.ts';
import { withRequest } from '../access/index.ts';
import { requireConditions } from './shared-secrecy.ts';

type ShareRow = {
  id: string;
  recipient_name: string;
  recipient_organisation: string;
  recipient_profession: string;
  person_informed_at: string;
  person_informed_method: string;
  common_mission: string;
  items: string[];
  shared_at: string;
  created_by_name: string;
  created_at: Date;
};

const toShare = (row: ShareRow) => ({
  id: row.id,
  recipient: { name: row.recipient_name, organisation: row.recipient_organisation, profession: row.recipient_profession },
  personInformedAt: row.person_informed_at,
  personInformedMethod: row.person_informed_method,
  personAgrees: true,
  recipientBoundBySecrecy: true,
  commonMission: row.common_mission,
  onlyNecessary: true,
  items: row.items,
  sharedAt: row.shared_at,
  recordedBy: row.created_by_name,
  recordedAt: row.created_at.toISOString(),
});

const SELECT = `SELECT s.id, s.recipient_name, s.recipient_organisation, s.recipient_profession, s.person_informed_at, s.person_informed_method,
       s.common_mission, s.items, s.shared_at, u.display_name AS created_by_name, s.created_at
  FROM secrecy_shares s JOIN users u ON u.id = s.created_by`;

export type NewShare = {
  recipientName: string;
  recipientOrganisation: string;
  recipientProfession: string;
  personInformedAt: string;
  personInformedMethod: string;
  personAgrees: boolean;
  recipientBoundBySecrecy: boolean;
  commonMission: string;
  onlyNecessary: boolean;
  items: string[];
  sharedAt: string;
};

export function createSharedSecrecyService(deps: { withRequest: typeof withRequest } = { withRequest }) {
  return {
    async recordShare(actor: Actor, requestId: string, input: NewShare) {
      requireConditions(input, dayInBrussels(actor.now));
      return deps.withRequest(
        actor,
        requestId,
        { action: 'secrecy-share.record', mode: 'write', recordType: 'secrecy-share' },
        async (tx, request) => {
          const inserted = await tx.one<{ id: string }>(
            `INSERT INTO secrecy_shares (request_id, recipient_name, recipient_organisation, recipient_profession, person_informed_at,
             person_informed_method, person_agrees, recipient_bound_by_secrecy, common_mission, items, only_necessary, shared_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
            [
              request.id,
              input.recipientName.trim(),
              input.recipientOrganisation.trim(),
              input.recipientProfession.trim(),
              input.personInformedAt,
              input.personInformedMethod,
              input.personAgrees,
              input.recipientBoundBySecrecy,
              input.commonMission.trim(),
              input.items,
              input.onlyNecessary,
              input.sharedAt,
              actor.user.id,
            ],
          );
          return toShare((await tx.one<ShareRow>(`${SELECT} WHERE s.id = $1`, [inserted!.id]))!);
        },
      );
    },

    async listShares(actor: Actor, requestId: string) {
      return deps.withRequest(
        actor,
        requestId,
        { action: 'secrecy-share.list', mode: 'read', recordType: 'secrecy-share' },
        async (tx, request) => ({
          items: (
            await tx.query<ShareRow>(`${SELECT} WHERE s.request_id = $1 ORDER BY s.shared_at DESC, s.created_at DESC`, [request.id])
          ).map(toShare),
        }),
      );
    },
  };
}

export type SharedSecrecyService = ReturnType<typeof createSharedSecrecyService>;
