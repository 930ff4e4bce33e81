/**
 * The person's record (issue "the social file a worker lives in", item 2): address, sex, contact,
 * account, residence and civil status, edited with a history (who, when, what) and audited; the
 * household, whose members linked to registered persons are integrated as cohabitants (17-5) on the
 * person's open files (R19–R21). Everything here is case-based (R23): only a worker who may open one
 * of the person's files reads or changes it (`withPersonFile`).
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid } from '../access/index.ts';
import { OPEN_STATUSES } from '../aid-requests/index.ts';
import { addCohabitantIntegration, endCohabitantIntegration } from '../integrations/index.ts';
import { withPersonFile } from '../persons/index.ts';
import { personRecordRepository, type MemberRow } from './person-record.repository.ts';
import { checkDetails, diffDetails, hasControlCharacter, isCurrentMember, type DetailField, type Details } from './person-record.ts';

export type HouseholdMember = {
  id: string;
  person: { id: string; familyName: string; givenNames: string; birthDate: string | null } | null;
  describedName: string | null;
  describedBirthDate: string | null;
  relationship: string;
  fromDate: string;
  toDate: string | null;
  isCurrent: boolean;
  /** A registered person anonymised since by the retention purge (R42): no name is left to show. */
  isRemoved: boolean;
};

export type PersonRecord = {
  personId: string;
  details: Details;
  updatedAt: string | null;
  changes: { id: number; changedAt: string; changedBy: { id: string; displayName: string } | null; changes: Record<string, unknown> }[];
  household: HouseholdMember[];
};

export type NewHouseholdMember = {
  memberPersonId?: string;
  describedName?: string;
  describedBirthDate?: string;
  relationship: string;
  fromDate: string;
  toDate?: string;
};

/** The day after `day` (YYYY-MM-DD): the hub's end dates are exclusive, the household's inclusive. */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function toMember(row: MemberRow, today: string): HouseholdMember {
  return {
    id: row.id,
    person:
      row.member_person_id && row.member_family_name !== null
        ? {
            id: row.member_person_id,
            familyName: row.member_family_name,
            givenNames: row.member_given_names ?? '',
            birthDate: row.member_birth_date,
          }
        : null,
    describedName: row.described_name,
    describedBirthDate: row.described_birth_date,
    relationship: row.relationship,
    fromDate: row.from_date,
    toDate: row.to_date,
    isCurrent: isCurrentMember({ fromDate: row.from_date, toDate: row.to_date }, today),
    isRemoved: row.member_removed,
  };
}

async function readRecord(tx: Queryable, personId: string, today: string): Promise<PersonRecord> {
  const repository = personRecordRepository(tx);
  const { details, updatedAt } = await repository.details(personId);
  const changes = await repository.changes(personId);
  const household = await repository.household(personId);
  return {
    personId,
    details,
    updatedAt: updatedAt?.toISOString() ?? null,
    changes: changes.map((change) => ({
      id: change.id,
      changedAt: change.changed_at.toISOString(),
      changedBy: change.changed_by ? { id: change.changed_by, displayName: change.display_name ?? '' } : null,
      changes: change.changes,
    })),
    household: household.map((row) => toMember(row, today)),
  };
}

export function createPersonRecordService() {
  return {
    /** The record, its history and the household; an audited read of the person's data. */
    record(actor: Actor, personId: string): Promise<PersonRecord> {
      return withPersonFile(actor, personId, { action: 'person.record-read', mode: 'read' }, (tx) =>
        readRecord(tx, personId, dayInBrussels(actor.now)),
      );
    },

    /** Changes the fields given; the history keeps each change with its author. Nothing is written when a field is refused. */
    async update(actor: Actor, personId: string, input: Partial<Record<DetailField, string | null>>): Promise<PersonRecord> {
      return withPersonFile(actor, personId, { action: 'person.update', mode: 'write' }, async (tx) => {
        const repository = personRecordRepository(tx);
        const { details } = await repository.details(personId);
        const checked = checkDetails(input, details);
        if (!checked.ok) throw invalid('person.details-invalid', 'Some of the person’s details are not valid.', checked.errors);
        const changes = diffDetails(details, checked.values);
        if (Object.keys(changes).length > 0) {
          await repository.update(personId, checked.values, actor.now);
          await repository.recordChange(personId, actor.now, actor.user.id, changes);
        }
        return readRecord(tx, personId, dayInBrussels(actor.now));
      });
    },

    /**
     * A member of the household: a registered person (then integrated as cohabitant, 17-5, on each open
     * file of the person from the later of the move-in date and the file's date) or someone described by name.
     */
    async addMember(actor: Actor, personId: string, input: NewHouseholdMember): Promise<PersonRecord> {
      const linked = input.memberPersonId !== undefined;
      if (linked === (input.describedName !== undefined && input.describedName.trim() !== ''))
        throw invalid('household.member-required', 'Choose a registered person or describe the member, not both.', [
          { path: linked ? '/describedName' : '/memberPersonId', code: 'one-of', message: 'a registered person or a name' },
        ]);
      if (input.toDate !== undefined && input.toDate < input.fromDate)
        throw invalid('household.invalid-period', 'The member leaves before moving in.', [
          { path: '/toDate', code: 'before-start', message: 'on or after the move-in date' },
        ]);
      if (input.describedName !== undefined && hasControlCharacter(input.describedName))
        throw invalid('household.member-required', 'The name contains control characters.', [
          { path: '/describedName', code: 'invalid-character', message: 'control characters are not allowed' },
        ]);
      return withPersonFile(actor, personId, { action: 'person.household-add', mode: 'write' }, async (tx) => {
        const repository = personRecordRepository(tx);
        const today = dayInBrussels(actor.now);
        if (linked) {
          const memberId = input.memberPersonId!;
          if (!isUuid(memberId) || memberId === personId || !(await repository.isActivePerson(memberId)))
            throw invalid('household.unknown-person', 'The member is not a registered person (or is the person themselves).', [
              { path: '/memberPersonId', code: 'unknown', message: 'no such person' },
            ]);
          if (await repository.isCurrentMember(personId, memberId))
            throw conflict('household.already-member', 'This person already lives in the household.');
        }
        await repository.addMember({
          personId,
          memberPersonId: linked ? input.memberPersonId! : null,
          describedName: linked ? null : input.describedName!.trim(),
          describedBirthDate: linked ? null : (input.describedBirthDate ?? null),
          relationship: input.relationship,
          fromDate: input.fromDate,
          toDate: input.toDate ?? null,
          createdBy: actor.user.id,
        });
        if (linked && (input.toDate === undefined || input.toDate >= today)) {
          for (const request of await repository.openRequests(personId, OPEN_STATUSES)) {
            const start = input.fromDate > request.original_received_at ? input.fromDate : request.original_received_at;
            await addCohabitantIntegration(tx, request.id, input.memberPersonId!, start);
            if (input.toDate !== undefined) await endCohabitantIntegration(tx, request.id, input.memberPersonId!, dayAfter(input.toDate));
          }
        }
        return readRecord(tx, personId, today);
      });
    },

    /** The member left the household on `toDate` (last day together): their cohabitant integrations end the day after. */
    async endMember(actor: Actor, personId: string, memberId: string, input: { toDate: string }): Promise<PersonRecord> {
      return withPersonFile(actor, personId, { action: 'person.household-end', mode: 'write' }, async (tx) => {
        const repository = personRecordRepository(tx);
        const member = isUuid(memberId) ? await repository.member(personId, memberId) : undefined;
        if (!member) throw notFound('household.member-not-found', 'No such member of this household.');
        if (member.to_date !== null) throw conflict('household.already-ended', 'This member has already left the household.');
        if (input.toDate < member.from_date)
          throw invalid('household.invalid-period', 'The member leaves before moving in.', [
            { path: '/toDate', code: 'before-start', message: 'on or after the move-in date' },
          ]);
        await repository.endMember(member.id, input.toDate, actor.user.id);
        if (member.member_person_id) {
          for (const request of await repository.openRequests(personId, OPEN_STATUSES))
            await endCohabitantIntegration(tx, request.id, member.member_person_id, dayAfter(input.toDate));
        }
        return readRecord(tx, personId, dayInBrussels(actor.now));
      });
    },
  };
}

export type PersonRecordService = ReturnType<typeof createPersonRecordService>;
