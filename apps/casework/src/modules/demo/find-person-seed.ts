/**
 * Demo data of "find, follow and know the person": postal addresses, contacts, accounts and statuses
 * (with a change history: Fatou moved), a household with cohabitants (Jean's partner, registered and
 * so integrated as 17-5, and a child described by name), a second file for Luc so the team view has
 * two workloads, and a request registered at the desk by each supervisor and not yet assigned.
 * Everything goes through the use cases, so the audit log and the outbox are those of real work.
 */
import { generateNiss } from '#contracts/niss.ts';
import type { Actor, TenantRegistry } from '../../tenant.ts';
import type { CaseworkServices } from '../../routes.ts';
import { createPersonRecordService } from '../person-record/index.ts';
import { DEMO_PERSONS, FOREST, GENT, MOLENBEEK } from './demo-federation.ts';

type ActorFor = (username: string, at?: Date) => Actor;

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
const dateOf = (date: Date) => date.toISOString().slice(0, 10);

export async function seedFindPerson(tenants: TenantRegistry, services: CaseworkServices, actorFor: ActorFor, now: Date): Promise<void> {
  const records = createPersonRecordService();
  const idAt = async (kbo: string, key: string) => {
    const niss = DEMO_PERSONS.find((p) => p.key === key)!.niss;
    return (await tenants.byKbo(kbo)!.db.one<{ person_id: string }>('SELECT person_id FROM person_identifiers WHERE niss = $1', [niss]))!
      .person_id;
  };

  // Forest (Marie): addresses, contacts, accounts; Fatou moved within Forest last week (the history shows both).
  const marie = actorFor('marie.forest', daysAgo(now, 20));
  const nadia = await idAt(FOREST.kbo, 'nadia');
  await records.update(actorFor('marie.forest', daysAgo(now, 1)), nadia, {
    sex: 'female',
    addressStreet: 'Avenue Van Volxem 312',
    addressPostalCode: '1190',
    addressMunicipality: 'Forest',
    phone: '+32 470 12 34 56',
    email: 'nadia.elamrani@example.org',
    iban: 'BE71 0961 2345 6769',
    residenceStatus: 'belgian',
    civilStatus: 'single',
  });
  const jean = await idAt(FOREST.kbo, 'jean');
  await records.update(marie, jean, {
    sex: 'male',
    addressStreet: 'Rue du Croissant 45 bte 3',
    addressPostalCode: '1190',
    addressMunicipality: 'Forest',
    phone: '02 345 67 89',
    iban: 'BE68 5390 0754 7034',
    residenceStatus: 'belgian',
    civilStatus: 'legal-cohabitation',
  });
  const fatou = await idAt(FOREST.kbo, 'fatou');
  await records.update(marie, fatou, {
    sex: 'female',
    addressStreet: 'Chaussée de Neerstalle 88',
    addressPostalCode: '1190',
    addressMunicipality: 'Forest',
    phone: '+32 488 76 54 32',
    residenceStatus: 'recognised-refugee',
    civilStatus: 'single',
  });
  await records.update(actorFor('marie.forest', daysAgo(now, 6)), fatou, {
    addressStreet: 'Rue Saint-Denis 19',
    email: 'fatou.diallo@example.org',
    iban: 'BE62 5100 0754 7061',
  });
  const klaus = await idAt(FOREST.kbo, 'klaus');
  await records.update(actorFor('marie.forest', now), klaus, {
    sex: 'male',
    addressStreet: 'Rue de Mérode 210',
    addressPostalCode: '1190',
    addressMunicipality: 'Forest',
    phone: '+32 496 11 22 33',
    residenceStatus: 'eu-citizen',
    civilStatus: 'divorced',
  });

  // Jean's household: his legal cohabitant, registered (17-5 on his open file), and her daughter, described.
  const sylvie = await services.persons.registerPerson(marie, {
    niss: generateNiss({ birthDate: '1978-10-02', sequence: 264 }),
    familyName: 'Mathieu',
    givenNames: 'Sylvie',
    birthDate: '1978-10-02',
    language: 'fr',
  });
  await records.addMember(marie, jean, { memberPersonId: sylvie.id, relationship: 'partner', fromDate: dateOf(daysAgo(now, 900)) });
  await records.addMember(marie, jean, {
    describedName: 'Chloé Mathieu',
    describedBirthDate: '2012-03-14',
    relationship: 'other-relative',
    fromDate: dateOf(daysAgo(now, 900)),
  });

  // Luc (Forest): Thomas's address, and a second file so the team view compares two workloads.
  const luc = actorFor('luc.forest', daysAgo(now, 3));
  await records.update(luc, await idAt(FOREST.kbo, 'thomas'), {
    sex: 'male',
    addressStreet: 'Boulevard de la Deuxième Armée Britannique 601',
    addressPostalCode: '1190',
    addressMunicipality: 'Forest',
    residenceStatus: 'belgian',
    civilStatus: 'married',
  });
  const amina = await services.persons.registerPerson(luc, {
    niss: generateNiss({ birthDate: '1984-01-23', sequence: 318 }),
    familyName: 'Benhaddou',
    givenNames: 'Amina',
    birthDate: '1984-01-23',
    language: 'fr',
  });
  await services.aidRequests.registerRequest(
    luc,
    { personId: amina.id, kind: 'rental-guarantee', receivedAt: daysAgo(now, 3).toISOString() },
    null,
  );

  // Gent (Pieter): Lotte's address in Dutch-speaking Flanders.
  const pieter = actorFor('pieter.gent', daysAgo(now, 5));
  await records.update(pieter, await idAt(GENT.kbo, 'lotte'), {
    sex: 'female',
    addressStreet: 'Sint-Pietersnieuwstraat 27',
    addressPostalCode: '9000',
    addressMunicipality: 'Gent',
    phone: '+32 9 123 45 67',
    iban: 'BE43 0689 9999 9501',
    residenceStatus: 'belgian',
    civilStatus: 'single',
  });

  // Molenbeek (Sarah): Nadia's former address.
  await records.update(actorFor('sarah.molenbeek', daysAgo(now, 100)), await idAt(MOLENBEEK.kbo, 'nadia'), {
    sex: 'female',
    addressStreet: 'Rue Ransfort 27',
    addressPostalCode: '1080',
    addressMunicipality: 'Molenbeek-Saint-Jean',
    residenceStatus: 'belgian',
  });

  // A request registered at the desk by each supervisor, not yet assigned: on the team view, to assign.
  const desk = [
    {
      username: 'sophie.forest',
      niss: generateNiss({ birthDate: '1962-12-05', sequence: 91 }),
      familyName: 'Dumont',
      givenNames: 'Kevin',
      kind: 'food-aid',
    },
    {
      username: 'els.gent',
      niss: generateNiss({ birthDate: '1999-06-18', sequence: 233 }),
      familyName: 'Vandenbroucke',
      givenNames: 'Jana',
      kind: 'ris',
    },
  ] as const;
  for (const spec of desk) {
    const supervisor = actorFor(spec.username, daysAgo(now, 1));
    const person = await services.persons.registerPerson(supervisor, {
      niss: spec.niss,
      familyName: spec.familyName,
      givenNames: spec.givenNames,
      language: spec.username === 'els.gent' ? 'nl' : 'fr',
    });
    await services.aidRequests.registerRequest(
      supervisor,
      { personId: person.id, kind: spec.kind, receivedAt: daysAgo(now, 1).toISOString() },
      null,
    );
  }
}
