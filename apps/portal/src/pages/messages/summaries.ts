/**
 * What the CPAS share: the summaries, my statements and contests, and the code lists they show.
 * Each key holds its French, Dutch and German texts side by side (a missing language does not compile).
 */
import { definePortalCatalog } from './languages.ts';

export const summaries = definePortalCatalog({
  summariesTitle: { fr: 'Ce que les CPAS partagent sur moi', nl: 'Wat de OCMW’s over mij delen', de: 'Was die ÖSHZ über mich teilen' },
  summariesIntro: {
    fr:
      'Si un autre CPAS demande vos informations, voici exactement ce que chaque CPAS lui enverrait. Jamais de notes ' +
      'personnelles de l’assistant social : seulement les décisions, en codes.',
    nl:
      'Als een ander OCMW uw gegevens vraagt, is dit precies wat elk OCMW zou sturen. Nooit persoonlijke notities van ' +
      'de maatschappelijk werker: alleen de beslissingen, in codes.',
    de:
      'Wenn ein anderes ÖSHZ Ihre Daten anfragt, ist dies genau das, was jedes ÖSHZ senden würde. Nie persönliche ' +
      'Notizen der Sozialarbeiterin oder des Sozialarbeiters: nur die Entscheidungen, als Codes.',
  },
  summariesNone: {
    fr: 'Aucun CPAS n’a de dossier à partager sur vous.',
    nl: 'Geen enkel OCMW heeft een dossier over u om te delen.',
    de: 'Kein ÖSHZ hat eine Akte über Sie, die es teilen könnte.',
  },
  summaryStatus: { fr: 'Réponse : {status}', nl: 'Antwoord: {status}', de: 'Antwort: {status}' },
  noDecisions: { fr: 'Aucune décision partagée.', nl: 'Geen gedeelde beslissingen.', de: 'Keine geteilten Entscheidungen.' },
  decisionOf: { fr: 'Décision du {date}', nl: 'Beslissing van {date}', de: 'Entscheidung vom {date}' },
  fieldAid: { fr: 'Aide', nl: 'Hulp', de: 'Hilfe' },
  fieldOutcome: { fr: 'Résultat', nl: 'Resultaat', de: 'Ergebnis' },
  fieldPeriod: { fr: 'Période', nl: 'Periode', de: 'Zeitraum' },
  fieldAmount: { fr: 'Montant mensuel', nl: 'Maandbedrag', de: 'Monatsbetrag' },
  fieldBasis: { fr: 'Base légale', nl: 'Wettelijke basis', de: 'Rechtsgrundlage' },
  fieldMotivation: { fr: 'Motif', nl: 'Reden', de: 'Begründung' },
  fieldStatus: { fr: 'État', nl: 'Stand', de: 'Stand' },
  fieldRef: { fr: 'Référence', nl: 'Referentie', de: 'Referenz' },
  periodFrom: { fr: 'à partir du {from}', nl: 'vanaf {from}', de: 'ab {from}' },
  periodFromTo: { fr: 'du {from} au {to}', nl: 'van {from} tot {to}', de: 'vom {from} bis {to}' },
  myStatements: {
    fr: 'Mes déclarations (envoyées avec cette décision)',
    nl: 'Mijn verklaringen (gaan mee met deze beslissing)',
    de: 'Meine Erklärungen (werden mit dieser Entscheidung gesendet)',
  },
  replyToStatement: {
    fr: 'Réponse de {name} à ma déclaration',
    nl: 'Antwoord van {name} op mijn verklaring',
    de: 'Antwort von {name} auf meine Erklärung',
  },
  contestOutcome: {
    fr: 'Ma contestation, décision de {name} : {outcome}',
    nl: 'Mijn betwisting, beslissing van {name}: {outcome}',
    de: 'Meine Anfechtung, Entscheidung von {name}: {outcome}',
  },
  'contestOutcome.upheld': {
    fr: 'vous avez raison, la décision sera corrigée',
    nl: 'u krijgt gelijk, de beslissing wordt verbeterd',
    de: 'Sie haben recht, die Entscheidung wird berichtigt',
  },
  'contestOutcome.corrected': {
    fr: 'la décision a été corrigée',
    nl: 'de beslissing werd verbeterd',
    de: 'die Entscheidung wurde berichtigt',
  },
  'contestOutcome.rejected': {
    fr: 'la contestation n’est pas retenue, la décision reste inchangée',
    nl: 'de betwisting wordt niet aanvaard, de beslissing blijft ongewijzigd',
    de: 'die Anfechtung wird nicht angenommen, die Entscheidung bleibt unverändert',
  },
  repliesOther: {
    fr: 'Autres réponses des CPAS',
    nl: 'Andere antwoorden van de OCMW’s',
    de: 'Andere Antworten der ÖSHZ',
  },
  contact: { fr: 'Contact du service : {contact}', nl: 'Contact van de dienst: {contact}', de: 'Kontakt des Dienstes: {contact}' },
  addStatement: {
    fr: 'Ajouter ma déclaration à cette décision',
    nl: 'Mijn verklaring toevoegen aan deze beslissing',
    de: 'Meine Erklärung zu dieser Entscheidung hinzufügen',
  },
  statementHelp: {
    fr: 'Vos propres mots. Ils seront envoyés avec cette décision chaque fois qu’elle est partagée. Maximum 2000 caractères.',
    nl: 'Uw eigen woorden. Ze gaan mee met deze beslissing telkens ze gedeeld wordt. Maximaal 2000 tekens.',
    de: 'Ihre eigenen Worte. Sie werden jedes Mal mit dieser Entscheidung gesendet, wenn sie geteilt wird. Höchstens 2000 Zeichen.',
  },
  statementLabel: { fr: 'Ma déclaration', nl: 'Mijn verklaring', de: 'Meine Erklärung' },
  sendStatement: { fr: 'Envoyer ma déclaration', nl: 'Mijn verklaring versturen', de: 'Meine Erklärung senden' },
  contestDecision: { fr: 'Contester cette décision', nl: 'Deze beslissing betwisten', de: 'Diese Entscheidung anfechten' },
  contestHelp: {
    fr:
      'Dites ce qui est faux. Le CPAS reçoit votre demande, et la décision sera marquée « contestée » quand elle est ' +
      'partagée. Pour un recours en justice, le délai reste de 3 mois (tribunal du travail).',
    nl:
      'Zeg wat niet klopt. Het OCMW krijgt uw vraag, en de beslissing wordt als ‘betwist’ gemarkeerd wanneer ze ' +
      'gedeeld wordt. Voor een beroep bij de rechtbank blijft de termijn 3 maanden (arbeidsrechtbank).',
    de:
      'Sagen Sie, was falsch ist. Das ÖSHZ erhält Ihren Antrag, und die Entscheidung wird als „angefochten“ markiert, ' +
      'wenn sie geteilt wird. Für eine Klage bleibt die Frist 3 Monate (Arbeitsgericht).',
  },
  contestLabel: { fr: 'Ce qui est faux, selon moi', nl: 'Wat volgens mij niet klopt', de: 'Was meiner Meinung nach falsch ist' },
  sendContest: { fr: 'Envoyer ma contestation', nl: 'Mijn betwisting versturen', de: 'Meine Anfechtung senden' },
  doneStatement: {
    fr: 'Votre déclaration a été envoyée au CPAS. Elle accompagnera désormais cette décision.',
    nl: 'Uw verklaring is naar het OCMW verstuurd. Ze gaat voortaan mee met deze beslissing.',
    de: 'Ihre Erklärung wurde an das ÖSHZ gesendet. Sie wird diese Entscheidung von nun an begleiten.',
  },
  doneContest: {
    fr: 'Votre contestation a été envoyée au CPAS. La décision est maintenant marquée « contestée ».',
    nl: 'Uw betwisting is naar het OCMW verstuurd. De beslissing is nu gemarkeerd als ‘betwist’.',
    de: 'Ihre Anfechtung wurde an das ÖSHZ gesendet. Die Entscheidung ist jetzt als „angefochten“ markiert.',
  },
  'code.ris': { fr: 'Revenu d’intégration', nl: 'Leefloon', de: 'Eingliederungseinkommen' },
  'code.equivalent-ris': {
    fr: 'Aide équivalente au revenu d’intégration',
    nl: 'Equivalent leefloon',
    de: 'Gleichwertige Hilfe zum Eingliederungseinkommen',
  },
  'code.urgent-medical-aid': { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp', de: 'Dringende medizinische Hilfe' },
  'code.financial-aid': { fr: 'Aide financière', nl: 'Financiële hulp', de: 'Finanzielle Hilfe' },
  'code.heating-allowance': { fr: 'Allocation de chauffage', nl: 'Verwarmingstoelage', de: 'Heizkostenbeihilfe' },
  'code.granted': { fr: 'accordée', nl: 'toegekend', de: 'gewährt' },
  'code.refused': { fr: 'refusée', nl: 'geweigerd', de: 'abgelehnt' },
  'code.partial': { fr: 'accordée en partie', nl: 'gedeeltelijk toegekend', de: 'teilweise gewährt' },
  'code.withdrawn': { fr: 'demande retirée', nl: 'aanvraag ingetrokken', de: 'Antrag zurückgezogen' },
  'code.final': { fr: 'définitive', nl: 'definitief', de: 'endgültig' },
  'code.contested': { fr: 'contestée par vous', nl: 'door u betwist', de: 'von Ihnen angefochten' },
  'code.corrected': { fr: 'corrigée', nl: 'verbeterd', de: 'berichtigt' },
  'code.annulled': { fr: 'annulée', nl: 'vernietigd', de: 'aufgehoben' },
  'code.ris-law-2002': {
    fr: 'Loi du 26 mai 2002 (revenu d’intégration)',
    nl: 'Wet van 26 mei 2002 (leefloon)',
    de: 'Gesetz vom 26. Mai 2002 (Eingliederungseinkommen)',
  },
  'code.organic-law-1976-art57': { fr: 'Loi organique des CPAS, art. 57', nl: 'OCMW-wet, art. 57', de: 'ÖSHZ-Grundlagengesetz, Art. 57' },
  'code.state-of-need-established': {
    fr: 'état de besoin établi',
    nl: 'staat van behoeftigheid vastgesteld',
    de: 'Bedürftigkeit festgestellt',
  },
  'code.state-of-need-not-established': {
    fr: 'état de besoin non établi',
    nl: 'staat van behoeftigheid niet vastgesteld',
    de: 'Bedürftigkeit nicht festgestellt',
  },
  'code.resources-above-threshold': {
    fr: 'ressources au-dessus du seuil',
    nl: 'bestaansmiddelen boven de drempel',
    de: 'Mittel über dem Schwellenwert',
  },
  'code.resources-below-threshold': {
    fr: 'ressources sous le seuil',
    nl: 'bestaansmiddelen onder de drempel',
    de: 'Mittel unter dem Schwellenwert',
  },
  'code.not-territorially-competent': {
    fr: 'CPAS non compétent pour votre adresse',
    nl: 'OCMW niet bevoegd voor uw adres',
    de: 'ÖSHZ für Ihre Adresse nicht zuständig',
  },
  'code.request-withdrawn': { fr: 'demande retirée', nl: 'aanvraag ingetrokken', de: 'Antrag zurückgezogen' },
});
