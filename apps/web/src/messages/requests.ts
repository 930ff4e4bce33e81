/**
 * Aid requests: new request, acknowledgement of receipt, assignment, closing, and their code lists.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const requests = defineCatalog({
  'newRequest.title': { fr: 'Nouvelle demande d’aide', nl: 'Nieuwe hulpaanvraag', de: 'Neuer Hilfeantrag', en: 'New aid request' },
  'newRequest.kind': {
    fr: 'Type d’aide demandée',
    nl: 'Gevraagde soort hulp',
    de: 'Beantragte Art der Hilfe',
    en: 'Kind of aid requested',
  },
  'newRequest.kind.required': {
    fr: 'Choisissez le type d’aide',
    nl: 'Kies de soort hulp',
    de: 'Wählen Sie die Art der Hilfe',
    en: 'Choose the kind of aid',
  },
  'newRequest.receivedAt': {
    fr: 'Date de réception de la demande',
    nl: 'Datum waarop de aanvraag is ontvangen',
    de: 'Eingangsdatum des Antrags',
    en: 'Date the request was received',
  },
  'newRequest.receivedAt.hint': {
    fr: 'Les délais légaux courent à partir de cette date.',
    nl: 'De wettelijke termijnen lopen vanaf deze datum.',
    de: 'Die gesetzlichen Fristen laufen ab diesem Datum.',
    en: 'The legal deadlines run from this date.',
  },
  'newRequest.submit': {
    fr: 'Enregistrer la demande et délivrer l’accusé de réception',
    nl: 'De aanvraag registreren en het ontvangstbewijs afgeven',
    de: 'Den Antrag erfassen und die Empfangsbestätigung ausstellen',
    en: 'Register the request and issue the acknowledgement',
  },
  'ack.title': { fr: 'Accusé de réception', nl: 'Ontvangstbewijs', de: 'Empfangsbestätigung', en: 'Acknowledgement of receipt' },
  'ack.intro': {
    fr: 'Le {cpas} accuse réception de la demande d’aide suivante.',
    nl: '{cpas} bevestigt de ontvangst van de volgende hulpaanvraag.',
    de: '{cpas} bestätigt den Eingang des folgenden Hilfeantrags.',
    en: '{cpas} acknowledges receipt of the following aid request.',
  },
  'ack.number': { fr: 'Numéro', nl: 'Nummer', de: 'Nummer', en: 'Number' },
  'ack.issuedAt': { fr: 'Délivré le', nl: 'Afgegeven op', de: 'Ausgestellt am', en: 'Issued on' },
  'ack.person': { fr: 'Demandeur·euse', nl: 'Aanvrager', de: 'Antragsteller', en: 'Applicant' },
  'ack.decisionDue': {
    fr: 'Décision au plus tard le',
    nl: 'Beslissing uiterlijk op',
    de: 'Entscheidung spätestens am',
    en: 'Decision due by',
  },
  'ack.rights': {
    fr: 'Le CPAS décide dans le délai légal. À défaut de décision dans ce délai, un recours est possible devant le tribunal du travail.',
    nl:
      'Het OCMW beslist binnen de wettelijke termijn. Zonder tijdige beslissing kan de aanvrager beroep instellen bij ' +
      'de arbeidsrechtbank.',
    de:
      'Das ÖSHZ entscheidet innerhalb der gesetzlichen Frist. Ohne rechtzeitige Entscheidung kann beim Arbeitsgericht ' +
      'Einspruch erhoben werden.',
    en: 'The CPAS decides within the legal deadline. Without a decision in time, the applicant may appeal to the labour court.',
  },
  'ack.pdf': {
    fr: 'Télécharger l’accusé de réception (PDF, {language})',
    nl: 'Het ontvangstbewijs downloaden (PDF, {language})',
    de: 'Die Empfangsbestätigung herunterladen (PDF, {language})',
    en: 'Download the acknowledgement (PDF, {language})',
  },
  'ack.toRequest': { fr: 'Aller à la demande', nl: 'Naar de aanvraag', de: 'Zum Antrag', en: 'Go to the request' },
  'request.title': {
    fr: 'Demande d’aide de {name}',
    nl: 'Hulpaanvraag van {name}',
    de: 'Hilfeantrag von {name}',
    en: 'Aid request of {name}',
  },
  'request.back': {
    fr: 'Demande de {name} ({number})',
    nl: 'Aanvraag van {name} ({number})',
    de: 'Antrag von {name} ({number})',
    en: 'Request of {name} ({number})',
  },
  'request.received': { fr: 'Reçue le', nl: 'Ontvangen op', de: 'Eingegangen am', en: 'Received on' },
  'request.acknowledgement': { fr: 'Accusé de réception', nl: 'Ontvangstbewijs', de: 'Empfangsbestätigung', en: 'Acknowledgement' },
  'request.assignedTo': { fr: 'Attribuée à', nl: 'Toegewezen aan', de: 'Zugewiesen an', en: 'Assigned to' },
  'request.unassigned': { fr: 'non attribuée', nl: 'niet toegewezen', de: 'nicht zugewiesen', en: 'not assigned' },
  'request.integration': {
    fr: 'Intégration auprès de la BCSS',
    nl: 'Integratie bij de KSZ',
    de: 'Integration bei der ZDSS',
    en: 'Registration at the hub',
  },
  'request.integration.value': {
    fr: 'code qualité {code}',
    nl: 'hoedanigheidscode {code}',
    de: 'Eigenschaftscode {code}',
    en: 'quality code {code}',
  },
  'request.report': { fr: 'Rapport social', nl: 'Sociaal verslag', de: 'Sozialbericht', en: 'Social report' },
  'request.report.signed': { fr: 'signé le {date}', nl: 'ondertekend op {date}', de: 'unterzeichnet am {date}', en: 'signed on {date}' },
  'request.report.draft': { fr: 'brouillon', nl: 'ontwerp', de: 'Entwurf', en: 'draft' },
  'request.report.none': { fr: 'pas commencé', nl: 'niet begonnen', de: 'nicht begonnen', en: 'not started' },
  'request.alerts': {
    fr: 'Échéances à surveiller',
    nl: 'Termijnen om op te volgen',
    de: 'Zu beachtende Fristen',
    en: 'Deadlines to watch',
  },
  'request.deadlines': { fr: 'Délais', nl: 'Termijnen', de: 'Fristen', en: 'Deadlines' },
  'request.work': { fr: 'Travailler sur ce dossier', nl: 'Aan dit dossier werken', de: 'An dieser Akte arbeiten', en: 'Work on this file' },
  'request.link.report': { fr: 'Rapport social', nl: 'Sociaal verslag', de: 'Sozialbericht', en: 'Social report' },
  'request.link.notes': {
    fr: 'Notes confidentielles',
    nl: 'Vertrouwelijke notities',
    de: 'Vertrauliche Notizen',
    en: 'Confidential notes',
  },
  'request.link.rse': {
    fr: 'Consultation RSE (autres CPAS)',
    nl: 'ESV-raadpleging (andere OCMW’s)',
    de: 'ESB-Abfrage (andere ÖSHZ)',
    en: 'RSE consultation (other CPAS)',
  },
  'request.link.decision': {
    fr: 'Enregistrer la décision',
    nl: 'De beslissing registreren',
    de: 'Die Entscheidung erfassen',
    en: 'Record the decision',
  },
  'request.link.close': { fr: 'Clôturer le dossier', nl: 'Het dossier afsluiten', de: 'Die Akte schließen', en: 'Close the file' },
  'request.decisions': { fr: 'Décisions', nl: 'Beslissingen', de: 'Entscheidungen', en: 'Decisions' },
  'request.noDecision': {
    fr: 'Pas encore de décision.',
    nl: 'Nog geen beslissing.',
    de: 'Noch keine Entscheidung.',
    en: 'No decision yet.',
  },
  'request.closed': {
    fr: 'Dossier clôturé le {date}.',
    nl: 'Dossier afgesloten op {date}.',
    de: 'Akte geschlossen am {date}.',
    en: 'File closed on {date}.',
  },
  'assign.title': { fr: 'Attribuer le dossier', nl: 'Het dossier toewijzen', de: 'Die Akte zuweisen', en: 'Assign the file' },
  'assign.worker': { fr: 'Travailleur·euse social·e', nl: 'Maatschappelijk werker', de: 'Sozialarbeiter', en: 'Social worker' },
  'assign.submit': { fr: 'Attribuer', nl: 'Toewijzen', de: 'Zuweisen', en: 'Assign' },
  'close.title': { fr: 'Clôturer le dossier', nl: 'Het dossier afsluiten', de: 'Die Akte schließen', en: 'Close the file' },
  'close.intro': {
    fr: 'La clôture met fin à l’intégration auprès de la BCSS ; les autres CPAS ne peuvent plus consulter via ce dossier.',
    nl: 'Afsluiten beëindigt de integratie bij de KSZ; andere OCMW’s kunnen niet meer raadplegen via dit dossier.',
    de: 'Das Schließen beendet die Integration bei der ZDSS; andere ÖSHZ können über diese Akte nicht mehr abfragen.',
    en: 'Closing ends the registration at the hub; other CPAS can no longer consult through this file.',
  },
  'close.reason': { fr: 'Motif de la clôture', nl: 'Reden van afsluiting', de: 'Grund der Schließung', en: 'Reason for closing' },
  'close.reason.required': {
    fr: 'Indiquez le motif de la clôture',
    nl: 'Geef de reden van afsluiting',
    de: 'Geben Sie den Grund der Schließung an',
    en: 'Give the reason for closing',
  },
  'request.link.reopen': {
    fr: 'Rouvrir la demande',
    nl: 'De aanvraag heropenen',
    de: 'Den Antrag wieder öffnen',
    en: 'Reopen the request',
  },
  'reopen.title': { fr: 'Rouvrir la demande', nl: 'De aanvraag heropenen', de: 'Den Antrag wieder öffnen', en: 'Reopen the request' },
  'reopen.intro': {
    fr:
      'Seule une demande clôturée sans aucune décision est rouverte : le CPAS doit encore statuer sur elle, à partir de sa date ' +
      'd’origine. Ses intégrations sont à nouveau enregistrées.',
    nl:
      'Alleen een aanvraag die zonder enige beslissing werd afgesloten, wordt heropend: ' +
      'het OCMW moet er nog over beslissen, vanaf de oorspronkelijke datum. De integraties worden opnieuw geregistreerd.',
    de:
      'Nur ein ohne jeden Beschluss geschlossener Antrag wird wieder geöffnet: ' +
      'das ÖSHZ muss noch darüber entscheiden, ab dem ursprünglichen Datum. Seine Integrationen werden erneut eingetragen.',
    en:
      'Only a request closed without any decision is reopened: the CPAS still owes a decision on it, from its original date. ' +
      'Its integrations are registered again.',
  },
  'reopen.rule.decided': {
    fr: 'Une demande décidée n’est pas rouverte : l’aide en cours est révisée, suspendue ou arrêtée, ou un recours est enregistré.',
    nl: 'Een besliste aanvraag wordt niet heropend: de lopende hulp wordt herzien, geschorst of stopgezet, of een beroep wordt geregistreerd.',
    de: 'Ein entschiedener Antrag wird nicht wieder geöffnet: die laufende Hilfe wird revidiert, ausgesetzt oder eingestellt, oder ein Einspruch wird erfasst.',
    en: 'A decided request is not reopened: the ongoing aid is revised, suspended or stopped, or an appeal is recorded.',
  },
  'reopen.rule.withdrawn': {
    fr: 'Une demande retirée par la personne n’est pas rouverte : la personne introduit une nouvelle demande.',
    nl: 'Een door de persoon ingetrokken aanvraag wordt niet heropend: de persoon dient een nieuwe aanvraag in.',
    de: 'Ein von der Person zurückgezogener Antrag wird nicht wieder geöffnet: die Person stellt einen neuen Antrag.',
    en: 'A request the person withdrew is not reopened: the person files a new request.',
  },
  'reopen.rule.transferred': {
    fr: 'Une demande transmise au CPAS compétent est traitée par celui-ci.',
    nl: 'Een aan het bevoegde OCMW overgemaakte aanvraag wordt door dat OCMW behandeld.',
    de: 'Ein an das zuständige ÖSHZ weitergeleiteter Antrag wird von diesem bearbeitet.',
    en: 'A request transferred to the competent CPAS is handled there.',
  },
  'reopen.reason': {
    fr: 'Motif de la réouverture',
    nl: 'Reden van heropening',
    de: 'Grund der Wiedereröffnung',
    en: 'Reason for reopening',
  },
  'reopen.reason.required': {
    fr: 'Indiquez le motif de la réouverture',
    nl: 'Geef de reden van heropening',
    de: 'Geben Sie den Grund der Wiedereröffnung an',
    en: 'Give the reason for reopening',
  },
  'reopen.submit': { fr: 'Rouvrir la demande', nl: 'De aanvraag heropenen', de: 'Den Antrag wieder öffnen', en: 'Reopen the request' },
  'close.submit': { fr: 'Clôturer le dossier', nl: 'Het dossier afsluiten', de: 'Die Akte schließen', en: 'Close the file' },
  'kind.ris': {
    fr: 'Revenu d’intégration sociale (RIS)',
    nl: 'Leefloon',
    de: 'Eingliederungseinkommen',
    en: 'Social integration income (RIS)',
  },
  'kind.equivalent-ris': {
    fr: 'Aide équivalente au RIS',
    nl: 'Equivalent leefloon',
    de: 'Dem Eingliederungseinkommen gleichwertige Hilfe',
    en: 'Aid equivalent to the RIS',
  },
  'kind.urgent-medical-aid': {
    fr: 'Aide médicale urgente',
    nl: 'Dringende medische hulp',
    de: 'Dringende medizinische Hilfe',
    en: 'Urgent medical aid',
  },
  'kind.financial-aid': { fr: 'Aide financière', nl: 'Financiële hulp', de: 'Finanzielle Hilfe', en: 'Financial aid' },
  'kind.installation-premium': {
    fr: 'Prime d’installation',
    nl: 'Installatiepremie',
    de: 'Einrichtungsprämie',
    en: 'Installation premium',
  },
  'kind.rental-guarantee': { fr: 'Garantie locative', nl: 'Huurwaarborg', de: 'Mietkaution', en: 'Rental guarantee' },
  'kind.heating-allowance': { fr: 'Allocation de chauffage', nl: 'Verwarmingstoelage', de: 'Heizkostenzulage', en: 'Heating allowance' },
  'kind.medical-costs': { fr: 'Frais médicaux', nl: 'Medische kosten', de: 'Arztkosten', en: 'Medical costs' },
  'kind.debt-mediation': { fr: 'Médiation de dettes', nl: 'Schuldbemiddeling', de: 'Schuldnerberatung', en: 'Debt mediation' },
  'kind.art60-employment': {
    fr: 'Mise à l’emploi (article 60)',
    nl: 'Tewerkstelling (artikel 60)',
    de: 'Beschäftigung (Artikel 60)',
    en: 'Employment (article 60)',
  },
  'kind.food-aid': { fr: 'Aide alimentaire', nl: 'Voedselhulp', de: 'Lebensmittelhilfe', en: 'Food aid' },
  'kind.reference-address': { fr: 'Adresse de référence', nl: 'Referentieadres', de: 'Bezugsadresse', en: 'Reference address' },
  'kind.other-aid': { fr: 'Autre aide', nl: 'Andere hulp', de: 'Andere Hilfe', en: 'Other aid' },
  'purpose.social-investigation': {
    fr: 'Enquête sociale sur une nouvelle demande d’aide',
    nl: 'Sociaal onderzoek van een nieuwe hulpaanvraag',
    de: 'Sozialuntersuchung eines neuen Hilfeantrags',
    en: 'Social inquiry on a new aid request',
  },
  'purpose.review': {
    fr: 'Révision d’une aide en cours',
    nl: 'Herziening van lopende hulp',
    de: 'Überprüfung einer laufenden Hilfe',
    en: 'Review of current aid',
  },
  'holder.applicant': { fr: 'Le demandeur ou la demandeuse', nl: 'De aanvrager', de: 'Der Antragsteller', en: 'The applicant' },
  'holder.partner': { fr: 'Le ou la partenaire', nl: 'De partner', de: 'Der Partner', en: 'The partner' },
  'holder.household-member': {
    fr: 'Un autre membre du ménage',
    nl: 'Een ander gezinslid',
    de: 'Ein anderes Haushaltsmitglied',
    en: 'Another household member',
  },
});
