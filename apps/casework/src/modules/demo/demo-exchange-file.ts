/**
 * Demo data of the file's exchanges (issue 11, items 3 and 5): a request received at Forest from a
 * person who lives in Molenbeek, transferred to Molenbeek within the five days (R7) — once the outbox
 * has reached the hub, Molenbeek finds it among its transfers received, to accept or dispute; and a
 * person whose summary Forest withholds from other CPAS to protect him (R31); and, on Jean Lemaire's
 * decision at Forest, a statement and a contest he sent from the portal, waiting for an answer.
 */
import { randomUUID } from 'node:crypto';
import { generateNiss } from '#contracts/niss.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
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

/** What Jean Lemaire wrote from the portal, as the hub delivers it (the text encrypted to Forest). */
export async function seedPersonRequestsDemo(services: CaseworkServices, forest: Actor): Promise<void> {
  const tenant = forest.tenant;
  const jean = DEMO_PERSONS.find((p) => p.key === 'jean')!;
  const decision = await tenant.db.one<{ ref: string }>(
    `SELECT d.ref FROM decisions d JOIN aid_requests r ON r.id = d.request_id JOIN person_identifiers i ON i.person_id = r.person_id
      WHERE i.niss = $1 ORDER BY d.decided_at DESC LIMIT 1`,
    [jean.niss],
  );
  if (!decision) return;
  const send = (kind: 'statement' | 'contest', text: string) =>
    services.personRequests.receive(
      tenant,
      {
        type: 'person-request',
        requestId: randomUUID(),
        kind,
        niss: jean.niss,
        decisionRef: decision.ref,
        content: encryptFor(tenant.keys.encryption.publicKey, tenant.keys.encryption.kid, { text }),
      },
      'demo-seed',
    );
  await send(
    'statement',
    'DEMO — J’ai bien reçu l’aide financière, merci. Je précise que mon fils habite chez moi depuis mars : il faudra en tenir compte.',
  );
  await send(
    'contest',
    'DEMO — Le montant ne tient pas compte de ma facture de régularisation d’énergie de 412 euros, que j’avais pourtant déposée à l’accueil.',
  );
}
