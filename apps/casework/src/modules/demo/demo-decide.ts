/**
 * The demo of "decide and revise" at Forest (issue 11, item 4): a closed committee session a week
 * ago with its attendance and decisions (the members' access has lapsed), and a session in three days
 * with a signed report on its agenda that Karim, the committee member, can read now. Through the same
 * use cases as the API, so the audit log is written as for real work. Łukasz Kowalczyk-Şahin's letters show a
 * name outside Latin-1 printed as written (ADR 0029).
 */
import { generateNiss } from '#contracts/niss.ts';
import { dayInBrussels } from '#platform/brussels-time.ts';
import type { Actor } from '../../tenant.ts';
import type { CaseworkServices } from '../../routes.ts';

type DemoPerson = { familyName: string; givenNames: string; birthDate: string; sequence: number; language: 'fr' | 'nl' | 'de' };

const PERSONS: Record<'amina' | 'lukasz' | 'julie', DemoPerson> = {
  amina: { familyName: 'Haddad', givenNames: 'Amina', birthDate: '1988-02-14', sequence: 212, language: 'fr' },
  lukasz: { familyName: 'Kowalczyk-Şahin', givenNames: 'Łukasz', birthDate: '1969-09-30', sequence: 131, language: 'fr' },
  julie: { familyName: 'Mertens', givenNames: 'Julie', birthDate: '1995-06-21', sequence: 94, language: 'nl' },
};

const REPORT = (visitedAt: string, proposal: string, ris?: 'cohabiting' | 'isolated' | 'family') => ({
  identification: {
    civilStatus: 'célibataire',
    householdComposition: 'Vit seule avec un enfant mineur',
    residenceStatus: 'Inscrite au registre de la population',
  },
  request: { description: 'Demande de revenu d’intégration.' },
  homeVisit: { visitedAt, findings: 'Résidence effective constatée ; logement exigu.' },
  resources: {
    items: [{ holder: 'applicant' as const, kind: 'Allocations familiales', monthlyAmountCents: 18_500 }],
    assessment: 'Ressources insuffisantes.',
  },
  residualCharacter: {
    otherBenefits: 'Pas de droit aux allocations de chômage.',
    maintenanceDebtors: 'Père de l’enfant sans ressources connues.',
  },
  willingnessToWork: { assessment: 'Suit une formation d’aide-soignante.' },
  situationSummary: { text: 'Situation de besoin établie.' },
  proposal: { text: proposal, ...(ris ? { proposedAidType: 'ris', proposedRisCategory: ris } : {}) },
});

export async function seedDecideDemo(
  services: CaseworkServices,
  helpers: { actorFor: (username: string, at?: Date) => Actor; now: Date },
): Promise<void> {
  const { actorFor, now } = helpers;
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
  const day = (days: number) => dayInBrussels(at(days));
  const karim = await actorFor('karim.forest').tenant.db.one<{ id: string }>(`SELECT id FROM users WHERE username = 'karim.forest'`);

  /** A request of a new person at Forest, received `receivedDaysAgo` ago, its report signed `signedDaysAgo` ago by Marie. */
  const signedRequest = async (
    key: keyof typeof PERSONS,
    kind: string,
    receivedDaysAgo: number,
    signedDaysAgo: number,
    proposal: string,
    ris?: 'cohabiting' | 'isolated' | 'family',
  ) => {
    const p = PERSONS[key];
    const marie = actorFor('marie.forest', at(-receivedDaysAgo));
    const person = await services.persons.registerPerson(marie, {
      niss: generateNiss({ birthDate: p.birthDate, sequence: p.sequence }),
      familyName: p.familyName,
      givenNames: p.givenNames,
      birthDate: p.birthDate,
      language: p.language,
    });
    const request = await services.aidRequests.registerRequest(
      marie,
      { personId: person.id, kind, receivedAt: at(-receivedDaysAgo).toISOString() },
      null,
    );
    const signer = actorFor('marie.forest', at(-signedDaysAgo));
    await services.reports.saveReport(signer, request.view.id, REPORT(day(-signedDaysAgo - 2), proposal, ris));
    await services.reports.signReport(signer, request.view.id);
    return request.view.id;
  };

  // A week ago: the special committee sat, Karim present; two decisions recorded by Sophie, its secretary.
  const amina = await signedRequest('amina', 'ris', 24, 12, 'Octroi du revenu d’intégration au taux famille à charge.', 'family');
  const lukasz = await signedRequest('lukasz', 'heating-allowance', 20, 10, 'Refus : ressources supérieures au plafond.');
  const planner = actorFor('sophie.forest', at(-14));
  const past = await services.committee.plan(planner, {
    sessionDate: day(-7),
    body: 'special-committee',
    place: 'DEMO — Salle du conseil, rue du Curé 2, Forest',
    memberIds: [karim!.id],
  });
  await services.committee.addItem(actorFor('sophie.forest', at(-9)), past.id, amina);
  await services.committee.addItem(actorFor('sophie.forest', at(-9)), past.id, lukasz);
  const secretary = actorFor('sophie.forest', at(-7));
  await services.committee.recordAttendance(secretary, past.id, [{ userId: karim!.id, attendance: 'present' }]);
  const aminaDecision = await services.committee.recordDecision(secretary, past.id, amina, {
    aidType: 'ris',
    risCategory: 'family',
    outcome: 'granted',
    amountCents: 173_089,
    period: { from: day(-7) },
    legalBasis: 'ris-law-2002',
    motivationCategory: 'state-of-need-established',
    motivationText: 'Le comité constate l’état de besoin ; le revenu d’intégration est accordé au taux famille à charge.',
  });
  const lukaszDecision = await services.committee.recordDecision(secretary, past.id, lukasz, {
    aidType: 'heating-allowance',
    outcome: 'refused',
    legalBasis: 'organic-law-1976-art57',
    motivationCategory: 'resources-above-threshold',
    motivationText: 'Les revenus du ménage dépassent le plafond prévu pour l’allocation de chauffage.',
  });
  await services.committee.close(secretary, past.id);

  // Both notified five days ago by Marie, the files' worker.
  const notifier = actorFor('marie.forest', at(-5));
  for (const decision of [aminaDecision, lukaszDecision])
    await services.decisions.recordNotification(notifier, decision.id, {
      sentAt: day(-5),
      method: 'registered-letter',
      proofRef: 'DEMO-RECOMMANDE',
    });

  // Amina's aid revised two days ago: her eldest started work, the amount goes down from the 1st of next month.
  await services.decisions.reviseAid(actorFor('marie.forest', at(-2)), aminaDecision.id, {
    kind: 'revision',
    decidedAt: day(-2),
    body: 'special-committee',
    effectiveFrom: day(5),
    amountCents: 150_000,
    legalBasis: 'ris-law-2002',
    motivationCategory: 'resources-below-threshold',
    motivationText: 'Les revenus du ménage ont augmenté : le montant du revenu d’intégration est revu à la baisse.',
  });

  // Łukasz asked for an internal review (upheld yesterday), then appealed to the labour court (pending);
  // the refusal's motivation was corrected for a material error.
  await services.decisions.recordAppeal(actorFor('marie.forest', at(-4)), lukaszDecision.id, { kind: 'internal-review', filedAt: day(-4) });
  const lukaszRequest = lukasz;
  const review = await services.decisions.listAppeals(actorFor('marie.forest', at(-1)), lukaszRequest);
  await services.decisions.recordAppealOutcome(actorFor('marie.forest', at(-1)), lukaszRequest, review.items[0]!.id, {
    outcome: 'upheld',
    outcomeAt: day(-1),
  });
  await services.decisions.recordAppeal(actorFor('marie.forest'), lukaszDecision.id, { kind: 'labour-court', filedAt: day(0) });
  await services.corrections.correctDecision(actorFor('marie.forest'), lukaszDecision.id, {
    kind: 'corrected',
    reasonCode: 'material-error',
    changes: { motivationText: 'Les revenus du ménage (1 912,40 € par mois) dépassent le plafond prévu pour l’allocation de chauffage.' },
  });

  // In three days: the next session, with Julie's signed report on its agenda (Karim reads it now).
  const julie = await signedRequest('julie', 'ris', 15, 2, 'Octroi du revenu d’intégration au taux isolé.');
  const next = await services.committee.plan(actorFor('sophie.forest', at(-1)), {
    sessionDate: day(3),
    body: 'special-committee',
    place: 'DEMO — Salle du conseil, rue du Curé 2, Forest',
    memberIds: [karim!.id],
  });
  await services.committee.addItem(actorFor('sophie.forest', at(-1)), next.id, julie);
}
