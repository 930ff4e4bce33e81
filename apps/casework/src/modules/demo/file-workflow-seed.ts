/**
 * The demo's file workflow (issue "the social file a worker lives in", item 3), on Fatou's RIS file at
 * Forest (a student, report in progress): documents (a lease and an enrolment certificate as small PDFs,
 * a Tx25 result from a BCSS flow with its provenance), a home visit, a hearing she asked for (scheduled),
 * a PIIS "studies" with objectives and a first evaluation, Sophie's temporary grant to Luc (expired), and one
 * sharing with the school's social service under the four conditions of shared secrecy.
 */
import PDFDocument from 'pdfkit';
import { dayInBrussels } from '#platform/brussels-time.ts';
import type { Actor } from '../../tenant.ts';
import type { CaseworkServices } from '../../routes.ts';

const daysFrom = (now: Date, days: number) => dayInBrussels(new Date(now.getTime() + days * 86_400_000));

/** A one-page PDF with a title and a few lines (synthetic: every document says DEMO). */
function demoPdf(title: string, lines: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: title, Creator: 'RSE demo' }, lang: 'fr-BE', displayTitle: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(16).text(title).moveDown();
  doc.font('Helvetica').fontSize(11);
  for (const line of [...lines, '', 'DEMO — document synthétique, aucune donnée réelle.']) doc.text(line);
  doc.end();
  return done;
}

export async function seedFileWorkflow(
  services: CaseworkServices,
  at: { now: Date; worker: Actor; supervisor: Actor; colleagueId: string },
  requestId: string,
): Promise<void> {
  const { now, worker, supervisor } = at;
  const { homeVisits, hearings, piis, secrecy } = services.fileWorkflow;
  const lease = await demoPdf('Bail de résidence principale', [
    'Bailleur : DEMO Immo SPRL, avenue Van Volxem 100, 1190 Forest',
    'Locataire : Fatou Diallo',
    'Loyer mensuel : 520,00 EUR, charges comprises',
  ]);
  await services.documents.addDocument(worker, requestId, {
    type: 'lease',
    title: 'Bail du logement',
    documentDate: daysFrom(now, -200),
    source: 'person',
    retentionClass: 'supporting-document',
    mediaType: 'application/pdf',
    filename: 'bail.pdf',
    contentBase64: lease.toString('base64'),
  });
  const enrolment = await demoPdf('Attestation d’inscription', [
    'Haute École DEMO — bachelier en soins infirmiers, première année',
    'Année académique en cours, inscription régulière',
  ]);
  await services.documents.addDocument(worker, requestId, {
    type: 'attestation',
    title: 'Attestation d’inscription aux études',
    documentDate: daysFrom(now, -40),
    source: 'person',
    retentionClass: 'supporting-document',
    mediaType: 'application/pdf',
    filename: 'inscription.pdf',
    contentBase64: enrolment.toString('base64'),
  });
  await services.documents.addDocument(worker, requestId, {
    type: 'attestation',
    title: 'Résultat Tx25 (registre national)',
    documentDate: daysFrom(now, -20),
    source: 'bcss-flow',
    flowName: 'Tx25',
    flowDate: daysFrom(now, -20),
    flowTicket: 'DEMO-BCSS-000417',
    retentionClass: 'supporting-document',
    mediaType: 'text/plain',
    contentBase64: Buffer.from('DEMO — Tx25 : inscrite au registre de la population à Forest ; ménage : isolée.', 'utf8').toString(
      'base64',
    ),
  });
  await homeVisits.recordVisit(worker, requestId, {
    visitedAt: daysFrom(now, -10),
    findings: 'Résidence effective constatée. Studio de 25 m² en bon état ; vit seule.',
  });
  await hearings.requestHearing(worker, requestId, { requestedAt: daysFrom(now, -5), scheduledAt: daysFrom(now, 3) });
  await piis.signPiis(worker, requestId, {
    signedAt: daysFrom(now, -20),
    kind: 'studies',
    durationMonths: 12,
    objectives: [
      'Réussir la première année de bachelier en soins infirmiers',
      'Trouver un job étudiant de 10 heures par semaine au plus',
      'Faire valoir ses droits aux allocations d’études',
    ],
  });
  await piis.addEvaluation(worker, requestId, {
    evaluatedAt: daysFrom(now, -2),
    outcome: 'on-track',
    summary: 'Présente aux cours ; demande d’allocation d’études introduite.',
  });
  // A grant that has run its course (twenty days ago, for 48 hours): the file's access history shows it.
  await services.aidRequests.grantAccess({ ...supervisor, now: new Date(now.getTime() - 20 * 86_400_000) }, requestId, {
    userId: at.colleagueId,
    reason: 'Luc a repris le suivi pendant deux jours de congé de Marie',
    hours: 48,
  });
  await secrecy.recordShare(worker, requestId, {
    recipientName: 'Claire Hoste',
    recipientOrganisation: 'Service social de la Haute École DEMO',
    recipientProfession: 'assistante sociale',
    personInformedAt: daysFrom(now, -3),
    personInformedMethod: 'in-person',
    personAgrees: true,
    recipientBoundBySecrecy: true,
    commonMission: 'Accompagner la réussite des études de Mme Diallo (allocation d’études, horaire compatible)',
    onlyNecessary: true,
    items: ['aid-granted', 'piis-objectives'],
    sharedAt: daysFrom(now, -2),
  });
}
