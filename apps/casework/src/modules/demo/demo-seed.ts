/**
 * Seeds the demo federation through the same use cases the API uses (audit log included), once:
 * a marker in each tenant's settings makes a restart keep the data instead of seeding again.
 * Dates are relative to the day of seeding so that deadlines are meaningful whenever it runs.
 */
import type { Actor, TenantRegistry, User } from '../../tenant.ts';
import { hashPassword } from '../auth/index.ts';
import { toUser, type UserRow } from '../auth/index.ts';
import type { CaseworkServices } from '../../routes.ts';
import { seedParkedOutboxDemo } from '../outbox/index.ts';
import { brusselsHour, dayInBrussels } from '#platform/brussels-time.ts';
import { seedFindPerson } from './find-person-seed.ts';
import { seedFileWorkflow } from './file-workflow-seed.ts';
import { seedExchangeFileDemo, seedPersonRequestsDemo } from './demo-exchange-file.ts';
import { seedDecideDemo } from './demo-decide.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PERSONS, DEMO_TENANTS, FOREST, GENT, MOLENBEEK } from './demo-federation.ts';
import { seedLetterDemo } from './demo-letters.ts';
import { createSettingsService } from '../settings/index.ts';

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
const dateOf = (date: Date) => date.toISOString().slice(0, 10);

const COMPLETE_REPORT = {
  identification: {
    civilStatus: 'isolée',
    householdComposition: 'Personne isolée',
    residenceStatus: 'Inscrite au registre de la population',
  },
  request: { description: 'Demande de revenu d’intégration.' },
  homeVisit: { visitedAt: '', findings: 'Résidence effective constatée.' },
  resources: { items: [{ holder: 'applicant' as const, kind: 'Aucun revenu', monthlyAmountCents: 0 }], assessment: 'Pas de ressources.' },
  residualCharacter: { otherBenefits: 'Pas de droit au chômage.', maintenanceDebtors: 'Aucun débiteur d’aliments.' },
  willingnessToWork: { assessment: 'Inscrite comme demandeuse d’emploi.' },
  situationSummary: { text: 'Situation de besoin établie.' },
  proposal: { text: 'Octroi du revenu d’intégration au taux isolé.' },
};

export async function seedDemo(tenants: TenantRegistry, services: CaseworkServices, now: Date): Promise<boolean> {
  const first = tenants.byKbo(FOREST.kbo);
  if (!first) return false;
  const seeded = await first.db.one(`SELECT 1 FROM settings WHERE key = 'demo-seeded'`);
  if (seeded) return false;
  const interrupted = await first.db.one(`SELECT 1 FROM users WHERE is_demo LIMIT 1`);
  if (interrupted) {
    // A previous start was stopped while seeding: seeding again would collide with what is there.
    // Keep what exists and say how to start afresh.
    await markSeeded(tenants, now, 'interrupted');
    throw new DemoSeedInterrupted();
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, { user: User; kbo: string }>();
  for (const spec of DEMO_TENANTS) {
    const tenant = tenants.byKbo(spec.kbo)!;
    for (const account of DEMO_ACCOUNTS.filter((a) => a.kbo === spec.kbo)) {
      const supervisorId = account.supervisor ? users.get(account.supervisor)!.user.id : null;
      const row = await tenant.db.one<UserRow>(
        `INSERT INTO users (username, display_name, role, is_qualified_social_worker, supervisor_id, language, password_hash, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true) ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING *`,
        [account.username, account.displayName, account.role, account.isQualified, supervisorId, account.language, passwordHash],
      );
      users.set(account.username, { user: toUser(row!), kbo: spec.kbo });
    }
  }
  const actorFor = (username: string, at = now): Actor => {
    const entry = users.get(username)!;
    return { tenant: tenants.byKbo(entry.kbo)!, user: entry.user, requestId: 'demo-seed', now: at };
  };
  const person = (key: string) => DEMO_PERSONS.find((p) => p.key === key)!;
  const register = (actor: Actor, key: string) => {
    const p = person(key);
    return services.persons.registerPerson(actor, {
      niss: p.niss,
      familyName: p.familyName,
      givenNames: p.givenNames,
      birthDate: p.birthDate,
      language: p.language,
    });
  };
  const decide = async (
    actor: Actor,
    requestId: string,
    decidedAt: Date,
    aidType = 'ris',
    notifiedAfterDays: number | null = 3,
    motivationText = 'Les ressources du demandeur sont insuffisantes.',
  ) => {
    await services.reports.saveReport(actor, requestId, {
      ...COMPLETE_REPORT,
      homeVisit: { ...COMPLETE_REPORT.homeVisit, visitedAt: dateOf(daysAgo(decidedAt, 5)) },
    });
    await services.reports.signReport(actor, requestId);
    const decision = await services.decisions.recordDecision(actor, requestId, {
      decidedAt: dateOf(decidedAt),
      body: 'special-committee',
      aidType,
      outcome: 'granted',
      amountCents: 129_874,
      period: { from: dateOf(decidedAt) },
      legalBasis: 'ris-law-2002',
      motivationCategory: 'state-of-need-established',
      motivationText,
    });
    if (notifiedAfterDays !== null) {
      // Recorded on the day it was sent: a notification is never dated after the day it is recorded (R10).
      const sentAt = new Date(decidedAt.getTime() + notifiedAfterDays * 86_400_000);
      await services.decisions.recordNotification({ ...actor, now: sentAt }, decision.id, {
        sentAt: dateOf(sentAt),
        method: 'registered-letter',
        proofRef: 'DEMO-RECOMMANDE',
      });
    }
    return decision;
  };

  // "moved": decided RIS at Molenbeek (with a confidential note that must never leave Molenbeek),
  // now an open request at Forest assigned to Marie, person not yet recorded as informed.
  const sarah = actorFor('sarah.molenbeek', daysAgo(now, 120));
  const nadiaAtMolenbeek = await register(sarah, 'nadia');
  const oldRequest = await services.aidRequests.registerRequest(
    sarah,
    { personId: nadiaAtMolenbeek.id, kind: 'ris', receivedAt: daysAgo(now, 120).toISOString() },
    null,
  );
  await services.notes.addNote(sarah, oldRequest.view.id, {
    text: 'DEMO — confidence : difficultés familiales évoquées en entretien.',
    visibility: 'team',
  });
  await decide(
    actorFor('sarah.molenbeek', daysAgo(now, 100)),
    oldRequest.view.id,
    daysAgo(now, 100),
    'ris',
    3,
    'Motivation locale de Molenbeek : ressources inférieures au montant du revenu d’intégration.',
  );

  const marie = actorFor('marie.forest');
  const nadiaAtForest = await register(marie, 'nadia');
  await services.aidRequests.registerRequest(
    marie,
    { personId: nadiaAtForest.id, kind: 'ris', receivedAt: daysAgo(now, 2).toISOString() },
    null,
  );

  // "notification-overdue": decided 12 days ago at Forest, not notified.
  const jean = await register(marie, 'jean');
  const jeanRequest = await services.aidRequests.registerRequest(
    actorFor('marie.forest', daysAgo(now, 30)),
    { personId: jean.id, kind: 'financial-aid', receivedAt: daysAgo(now, 30).toISOString() },
    null,
  );
  await decide(actorFor('marie.forest', daysAgo(now, 12)), jeanRequest.view.id, daysAgo(now, 12), 'financial-aid', null);

  // "decision-due": received 26 days ago, report in progress.
  const fatou = await register(marie, 'fatou');
  const fatouRequest = await services.aidRequests.registerRequest(
    actorFor('marie.forest', daysAgo(now, 26)),
    { personId: fatou.id, kind: 'ris', receivedAt: daysAgo(now, 26).toISOString() },
    null,
  );
  await services.reports.saveReport(marie, fatouRequest.view.id, {
    request: { description: 'Demande de RIS, étudiante.' },
    identification: { civilStatus: 'célibataire' },
  });

  // "colleague-file": Luc's file, which Marie must not open.
  const luc = actorFor('luc.forest');
  const thomas = await register(luc, 'thomas');
  await services.aidRequests.registerRequest(
    luc,
    { personId: thomas.id, kind: 'heating-allowance', receivedAt: daysAgo(now, 4).toISOString() },
    null,
  );

  // "new-request": German-speaking person, fresh request at Forest.
  const klaus = await register(marie, 'klaus');
  await services.aidRequests.registerRequest(
    marie,
    { personId: klaus.id, kind: 'urgent-medical-aid', receivedAt: daysAgo(now, 1).toISOString() },
    null,
  );

  // "gent-open": Dutch-speaking file in Gent.
  const pieter = actorFor('pieter.gent');
  const lotte = await register(pieter, 'lotte');
  await services.aidRequests.registerRequest(pieter, { personId: lotte.id, kind: 'ris', receivedAt: daysAgo(now, 6).toISOString() }, null);

  // Oversight examples for the security advisor (anchors §3.5): nine days ago, late in the evening,
  // Luc looked eight persons up by name instead of by NISS — the indicators and that month's report
  // show it; and a staff member of the CPAS who is also a client is under watch.
  const lateEvening = actorFor('luc.forest', brusselsHour(dayInBrussels(daysAgo(now, 9)), 23));
  // Each search is its own request, as it would be through the API (the indicators count actions).
  for (const [index, familyName] of ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Schmitz'].entries()) {
    await services.persons.searchByName(
      { ...lateEvening, requestId: `demo-seed-search-${index}`, now: new Date(lateEvening.now.getTime() + index * 47_000) },
      familyName,
    );
  }
  await services.oversight.setSensitivity(actorFor('anne.forest'), klaus.id, {
    isSensitive: true,
    reason: 'DEMO — membre du personnel du CPAS',
  });

  await seedParkedOutboxDemo(tenants.byKbo(FOREST.kbo)!.db, now);
  await seedFindPerson(tenants, services, actorFor, now);
  // The file's workflow on Fatou's file: documents, a home visit, a hearing, a PIIS, a grant, a sharing.
  await seedFileWorkflow(
    services,
    { now, worker: marie, supervisor: actorFor('sophie.forest'), colleagueId: users.get('luc.forest')!.user.id },
    fatouRequest.view.id,
  );
  await seedExchangeFileDemo(services, { forestWorker: actorFor('marie.forest'), forestSupervisor: actorFor('sophie.forest') }, now);
  await seedPersonRequestsDemo(services, actorFor('marie.forest'));
  await seedDecideDemo(services, { actorFor, now });

  await seedLetterDemo(tenants);
  // What CPAS de Forest shares, as its administrator confirmed it (issue 12: /admin/settings shows the history).
  await createSettingsService().update(actorFor('admin.forest'), 'sharing', {
    windowMonths: 24,
    sharePiis: false,
    reason: 'DEMO — délibération du conseil de l’action sociale : 24 mois, montants partagés, PIIS non partagé',
  });
  await markSeeded(tenants, now, 'complete');
  return true;
}

async function markSeeded(tenants: TenantRegistry, now: Date, state: 'complete' | 'interrupted'): Promise<void> {
  for (const spec of [FOREST, MOLENBEEK, GENT]) {
    await tenants
      .byKbo(spec.kbo)!
      .db.query(`INSERT INTO settings (key, value) VALUES ('demo-seeded', $1) ON CONFLICT (key) DO NOTHING`, [
        JSON.stringify({ at: now.toISOString(), state }),
      ]);
  }
}

/** The demo seed of an earlier start did not finish; the data kept is partial. */
export class DemoSeedInterrupted extends Error {
  constructor() {
    super(
      'The demo seed of an earlier start was interrupted; the demo data is incomplete. ' +
        'Stop the app, delete the data directory (DATA_DIR) and start again for a complete demo.',
    );
    this.name = 'DemoSeedInterrupted';
  }
}

export function describeDemo() {
  return {
    label: 'DEMO — synthetic data only',
    accounts: DEMO_ACCOUNTS.map((account) => {
      const tenant = DEMO_TENANTS.find((t) => t.kbo === account.kbo)!;
      return {
        username: account.username,
        password: DEMO_PASSWORD,
        role: account.role,
        displayName: account.displayName,
        institution: { kbo: tenant.kbo, name: tenant.name },
      };
    }),
    persons: DEMO_PERSONS.map((p) => ({ niss: p.niss, familyName: p.familyName, givenNames: p.givenNames, scenario: p.scenario })),
    /** Each demo CPAS's own host name (*.localhost): its login page there asks no choice of CPAS. */
    hosts: DEMO_TENANTS.flatMap((tenant) => tenant.hosts ?? []),
  };
}
