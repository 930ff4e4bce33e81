/**
 * Demo data of the file's exchanges (issue 11, items 3 and 5): a request received at Forest from a
 * person who lives in Molenbeek, transferred to Molenbeek within the five days (R7) — once the outbox
 * has reached the hub, Molenbeek finds it among its transfers received, to accept or dispute; and a
 * person whose summary Forest withholds from other CPAS to protect him (R31).
 */
import { generateNiss } from '#contracts/niss.ts';
import type { Actor } from '../../tenant.ts';
import type { CaseworkServices } from '../../routes.ts';
import { DEMO_PERSONS, MOLENBEEK } from './demo-federation.ts';
import { createWithholdingService } from '../withholdings/index.ts';

export const DEMO_TRANSFERRED_PERSON = {
  niss: generateNiss({ birthDate: '1987-10-08', sequence: 233 }),
  familyName: 'Haddad',
  givenNames: 'Yasmina',
  birthDate: '1987-10-08',
  language: 'fr' as const,
};

export async function seedExchangeFileDemo(
  services: CaseworkServices,
  actors: { forestWorker: Actor; forestSupervisor: Actor },
  now: Date,
): Promise<void> {
  const { forestWorker, forestSupervisor } = actors;
  const person = await services.persons.registerPerson(forestWorker, DEMO_TRANSFERRED_PERSON);
  const received = new Date(now.getTime() - 2 * 86_400_000);
  const request = await services.aidRequests.registerRequest(
    { ...forestWorker, now: received },
    { personId: person.id, kind: 'ris', receivedAt: received.toISOString() },
    null,
  );
  const today = now.toISOString().slice(0, 10);
  await services.aidRequests.transfer(forestWorker, request.view.id, {
    toKbo: MOLENBEEK.kbo,
    toName: MOLENBEEK.name,
    reason: 'DEMO — La personne réside à Molenbeek-Saint-Jean (inscrite rue de Ribaucourt) ; elle s’est présentée à Forest chez sa sœur.',
    startedAt: today,
    applicantInformedAt: today,
  });

  // R31: Forest no longer shares Thomas Vermeulen's summary (a victim to protect); the explanation stays at Forest.
  const thomas = await forestSupervisor.tenant.db.one<{ person_id: string }>('SELECT person_id FROM person_identifiers WHERE niss = $1', [
    DEMO_PERSONS.find((p) => p.key === 'thomas')!.niss,
  ]);
  if (thomas)
    await createWithholdingService().withhold(forestSupervisor, thomas.person_id, {
      reasonCode: 'victim-protection',
      note: 'DEMO — Victime de violences intrafamiliales : l’auteur présumé pourrait s’adresser à un autre CPAS.',
    });
}
