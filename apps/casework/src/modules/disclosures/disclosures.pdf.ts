/**
 * The exported disclosure as a PDF in the recipient's language (fr/nl/de; R26, R46). Pure
 * rendering of an `rse.disclosure/1` document, which has no field for a note or any free text
 * written by a worker (R25): the PDF can print nothing else. Deterministic for a given document
 * (the PDF dates come from `exportedAt`), so its SHA-256 identifies what was sent.
 */
import type { Language, NationalLanguage } from '#ui/i18n.ts';
import { BOLD, FONT, formatAmount, formatDate, labelFor, openDocument, toPdfText } from '../letters/index.ts';
import type { DisclosureDocument, ExportedItem } from './disclosure.ts';

type Texts = {
  title: string;
  colon: string;
  intro: (authority: string, date: string, reference: string) => string;
  secrecy: string;
  labels: {
    institution: string;
    recipient: string;
    legalBasis: string;
    reference: string;
    writtenRequest: string;
    approvedBy: string;
    exportedAt: string;
    identity: string;
    name: string;
    niss: string;
    birthDate: string;
    request: string;
    kind: string;
    status: string;
    receivedAt: string;
    closedAt: string;
    ack: string;
    decision: string;
    decidedAt: string;
    body: string;
    aid: string;
    outcome: string;
    amount: string;
    period: string;
    decisionBasis: string;
    motivation: string;
  };
  bases: Record<string, string>;
  period: (from: string, to: string | null) => string;
  items: string;
};

const TEXTS: Record<NationalLanguage, Texts> = {
  fr: {
    title: 'Communication de données sur demande écrite',
    colon: ' : ',
    intro: (authority, date, reference) =>
      `En réponse à la demande écrite de ${authority} du ${date} (référence ${reference}), le CPAS communique les seules données ` +
      `suivantes, sélectionnées et approuvées par un responsable désigné.`,
    secrecy:
      'Les données communiquées restent couvertes par le secret professionnel (art. 458 du Code pénal) ; elles ne peuvent être ' +
      'utilisées qu’aux fins de la demande.',
    labels: {
      institution: 'CPAS',
      recipient: 'Destinataire',
      legalBasis: 'Base légale',
      reference: 'Disposition',
      writtenRequest: 'Demande écrite',
      approvedBy: 'Approuvé par',
      exportedAt: 'Date de la communication',
      identity: 'Identité',
      name: 'Nom',
      niss: 'NISS',
      birthDate: 'Date de naissance',
      request: 'Demande d’aide',
      kind: 'Objet',
      status: 'Statut',
      receivedAt: 'Reçue le',
      closedAt: 'Clôturée le',
      ack: 'Accusé de réception n°',
      decision: 'Décision',
      decidedAt: 'Date',
      body: 'Organe',
      aid: 'Aide',
      outcome: 'Décision',
      amount: 'Montant',
      period: 'Période',
      decisionBasis: 'Base légale',
      motivation: 'Motif (catégorie)',
    },
    bases: {
      'art-46bis1-cic': 'Art. 46bis/1 du Code d’instruction criminelle (demande écrite du procureur du Roi)',
      'court-order': 'Décision ou citation d’une juridiction',
      'art-458ter-case-consultation': 'Concertation de cas (art. 458ter du Code pénal)',
      'person-consent': 'Consentement écrit de la personne',
      'other-legal-obligation': 'Autre obligation légale',
    },
    period: (from, to) => (to ? `du ${from} au ${to}` : `à partir du ${from}`),
    items: 'Données communiquées',
  },
  nl: {
    title: 'Mededeling van gegevens op schriftelijk verzoek',
    colon: ': ',
    intro: (authority, date, reference) =>
      `Als antwoord op het schriftelijk verzoek van ${authority} van ${date} (referentie ${reference}) deelt het OCMW alleen de ` +
      `volgende gegevens mee, geselecteerd en goedgekeurd door een aangewezen verantwoordelijke.`,
    secrecy:
      'De meegedeelde gegevens blijven onder het beroepsgeheim vallen (art. 458 Strafwetboek); ze mogen alleen voor het doel van het verzoek gebruikt worden.',
    labels: {
      institution: 'OCMW',
      recipient: 'Bestemmeling',
      legalBasis: 'Rechtsgrond',
      reference: 'Bepaling',
      writtenRequest: 'Schriftelijk verzoek',
      approvedBy: 'Goedgekeurd door',
      exportedAt: 'Datum van de mededeling',
      identity: 'Identiteit',
      name: 'Naam',
      niss: 'INSZ',
      birthDate: 'Geboortedatum',
      request: 'Hulpaanvraag',
      kind: 'Voorwerp',
      status: 'Status',
      receivedAt: 'Ontvangen op',
      closedAt: 'Afgesloten op',
      ack: 'Ontvangstbewijs nr.',
      decision: 'Beslissing',
      decidedAt: 'Datum',
      body: 'Orgaan',
      aid: 'Hulp',
      outcome: 'Beslissing',
      amount: 'Bedrag',
      period: 'Periode',
      decisionBasis: 'Rechtsgrond',
      motivation: 'Motief (categorie)',
    },
    bases: {
      'art-46bis1-cic': 'Art. 46bis/1 Wetboek van Strafvordering (schriftelijk verzoek van de procureur des Konings)',
      'court-order': 'Beslissing of dagvaarding van een rechtscollege',
      'art-458ter-case-consultation': 'Casusoverleg (art. 458ter Strafwetboek)',
      'person-consent': 'Schriftelijke toestemming van de persoon',
      'other-legal-obligation': 'Andere wettelijke verplichting',
    },
    period: (from, to) => (to ? `van ${from} tot en met ${to}` : `vanaf ${from}`),
    items: 'Meegedeelde gegevens',
  },
  de: {
    title: 'Mitteilung von Daten auf schriftliches Ersuchen',
    colon: ': ',
    intro: (authority, date, reference) =>
      `In Beantwortung des schriftlichen Ersuchens von ${authority} vom ${date} (Referenz ${reference}) teilt das ÖSHZ nur die ` +
      `folgenden Daten mit, die von einem benannten Verantwortlichen ausgewählt und genehmigt wurden.`,
    secrecy:
      'Die mitgeteilten Daten unterliegen weiterhin dem Berufsgeheimnis (Art. 458 Strafgesetzbuch); sie dürfen nur für den Zweck ' +
      'des Ersuchens verwendet werden.',
    labels: {
      institution: 'ÖSHZ',
      recipient: 'Empfänger',
      legalBasis: 'Rechtsgrundlage',
      reference: 'Bestimmung',
      writtenRequest: 'Schriftliches Ersuchen',
      approvedBy: 'Genehmigt von',
      exportedAt: 'Datum der Mitteilung',
      identity: 'Identität',
      name: 'Name',
      niss: 'ENSS',
      birthDate: 'Geburtsdatum',
      request: 'Hilfeantrag',
      kind: 'Gegenstand',
      status: 'Status',
      receivedAt: 'Eingegangen am',
      closedAt: 'Abgeschlossen am',
      ack: 'Empfangsbestätigung Nr.',
      decision: 'Beschluss',
      decidedAt: 'Datum',
      body: 'Organ',
      aid: 'Hilfe',
      outcome: 'Beschluss',
      amount: 'Betrag',
      period: 'Zeitraum',
      decisionBasis: 'Rechtsgrundlage',
      motivation: 'Begründung (Kategorie)',
    },
    bases: {
      'art-46bis1-cic': 'Art. 46bis/1 Strafprozessgesetzbuch (schriftliches Ersuchen des Prokurators des Königs)',
      'court-order': 'Entscheidung oder Ladung eines Gerichts',
      'art-458ter-case-consultation': 'Fallbesprechung (Art. 458ter Strafgesetzbuch)',
      'person-consent': 'Schriftliche Einwilligung der Person',
      'other-legal-obligation': 'Andere gesetzliche Verpflichtung',
    },
    period: (from, to) => (to ? `vom ${from} bis zum ${to}` : `ab dem ${from}`),
    items: 'Mitgeteilte Daten',
  },
};

function itemRows(language: Language, t: Texts, item: ExportedItem): { title: string; rows: [string, string][] } {
  const date = (value: string | null) => (value ? formatDate(language, value) : '—');
  if (item.type === 'identity') {
    return {
      title: t.labels.identity,
      rows: [
        [t.labels.name, `${item.givenNames} ${item.familyName}`],
        [t.labels.niss, item.niss ?? '—'],
        [t.labels.birthDate, date(item.birthDate)],
      ],
    };
  }
  if (item.type === 'aid-request') {
    return {
      title: `${t.labels.request} ${item.acknowledgementNumber}`,
      rows: [
        [t.labels.kind, labelFor(language, 'aid-kind', item.kind)],
        [t.labels.status, labelFor(language, 'request-status', item.status)],
        [t.labels.receivedAt, date(item.receivedAt)],
        [t.labels.closedAt, date(item.closedAt)],
      ],
    };
  }
  return {
    title: `${t.labels.decision} ${item.ref}`,
    rows: [
      [t.labels.decidedAt, date(item.decidedAt)],
      [t.labels.body, labelFor(language, 'deciding-body', item.body)],
      [t.labels.aid, labelFor(language, 'aid-kind', item.aidType)],
      [t.labels.outcome, labelFor(language, 'outcome', item.outcome)],
      [t.labels.amount, item.amountCents === null ? '—' : formatAmount(language, item.amountCents)],
      [t.labels.period, item.period ? t.period(date(item.period.from), item.period.to ? date(item.period.to) : null) : '—'],
      [t.labels.decisionBasis, labelFor(language, 'legal-basis', item.legalBasis)],
      [t.labels.motivation, labelFor(language, 'motivation-category', item.motivationCategory)],
      [t.labels.status, labelFor(language, 'decision-status', item.status)],
    ],
  };
}

/** Renders the document; `language` is the recipient's (fr, nl or de). */
export function renderDisclosurePdf(document: DisclosureDocument, language: NationalLanguage): Promise<Buffer> {
  const t = TEXTS[language];
  const {
    page: { doc, left, width },
    done,
  } = openDocument(`${t.title} – ${document.writtenRequest.reference}`, {
    language,
    institution: document.institution,
    generatedAt: document.exportedAt,
  });
  const paragraph = (text: string, options: { bold?: boolean; size?: number; gap?: number } = {}) => {
    doc
      .font(options.bold ? BOLD : FONT)
      .fontSize(options.size ?? 10)
      .text(toPdfText(text), left, doc.y, { width });
    doc.moveDown(options.gap ?? 0.5);
  };
  const row = (label: string, value: string) => {
    if (doc.y + 30 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    doc.font(BOLD).fontSize(10).text(toPdfText(label), left, top, { width: 150 });
    const labelBottom = doc.y;
    doc.font(FONT).text(toPdfText(value), left + 158, top, { width: width - 158 });
    doc.y = Math.max(labelBottom, doc.y);
  };

  paragraph(document.institution.name, { bold: true, size: 13, gap: 0.2 });
  paragraph(`${t.title}`, { bold: true, size: 12, gap: 0.8 });
  row(t.labels.recipient, [document.recipient.authority, document.recipient.name].filter(Boolean).join(' – '));
  row(t.labels.writtenRequest, `${document.writtenRequest.reference} – ${formatDate(language, document.writtenRequest.date)}`);
  row(t.labels.legalBasis, t.bases[document.legalBasis.code] ?? document.legalBasis.code);
  if (document.legalBasis.reference) row(t.labels.reference, document.legalBasis.reference);
  row(t.labels.approvedBy, `${document.approval.approvedBy} – ${formatDate(language, document.approval.approvedAt)}`);
  row(t.labels.exportedAt, formatDate(language, document.exportedAt));
  doc.moveDown(1);
  paragraph(t.intro(document.recipient.authority, formatDate(language, document.writtenRequest.date), document.writtenRequest.reference), {
    gap: 0.8,
  });
  paragraph(t.items, { bold: true, size: 11, gap: 0.4 });
  for (const item of document.items) {
    const { title, rows } = itemRows(language, t, item);
    if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    paragraph(title, { bold: true, gap: 0.2 });
    for (const [label, value] of rows) row(label, value);
    doc.moveDown(0.6);
  }
  paragraph(t.secrecy, { gap: 0.5 });
  doc.end();
  return done;
}
