/**
 * One decision and what follows it: revision, suspension or stop of an ongoing aid, the RIS category,
 * the correction of a notification, appeals (R12) and corrections (R39).
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const decide = defineCatalog({
  'decide.title': { fr: 'Décision {ref}', nl: 'Beslissing {ref}', de: 'Entscheidung {ref}', en: 'Decision {ref}' },
  'decide.open': {
    fr: 'Ouvrir la décision {ref}',
    nl: 'Beslissing {ref} openen',
    de: 'Entscheidung {ref} öffnen',
    en: 'Open decision {ref}',
  },
  'decide.status': { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' },
  'decide.kind': { fr: 'Nature', nl: 'Aard', de: 'Art', en: 'Kind' },
  'decide.kind.initial': { fr: 'Première décision', nl: 'Eerste beslissing', de: 'Erste Entscheidung', en: 'First decision' },
  'decide.kind.revision': { fr: 'Révision', nl: 'Herziening', de: 'Revision', en: 'Revision' },
  'decide.kind.suspension': { fr: 'Suspension', nl: 'Schorsing', de: 'Aussetzung', en: 'Suspension' },
  'decide.kind.stop': { fr: 'Arrêt de l’aide', nl: 'Stopzetting van de hulp', de: 'Einstellung der Hilfe', en: 'Stop of the aid' },
  'decide.risCategory': { fr: 'Catégorie RIS', nl: 'Categorie leefloon', de: 'Kategorie Eingliederungseinkommen', en: 'RIS category' },
  'decide.risCategory.hint': {
    fr: 'Pour le revenu d’intégration et l’aide équivalente (loi du 26 mai 2002, art. 14).',
    nl: 'Voor het leefloon en de equivalente hulp (wet van 26 mei 2002, art. 14).',
    de: 'Für das Eingliederungseinkommen und die gleichwertige Hilfe (Gesetz vom 26. Mai 2002, Art. 14).',
    en: 'For RIS and equivalent social aid (law of 26 May 2002, art. 14).',
  },
  'risCategory.cohabiting': { fr: 'Cohabitant', nl: 'Samenwonende', de: 'Zusammenwohnende Person', en: 'Cohabiting person' },
  'risCategory.isolated': { fr: 'Isolé', nl: 'Alleenstaande', de: 'Alleinstehende Person', en: 'Isolated person' },
  'risCategory.family': {
    fr: 'Famille à charge',
    nl: 'Met gezin ten laste',
    de: 'Mit Familie zu Lasten',
    en: 'Family dependants',
  },
  'decide.running': {
    fr: 'L’aide est en cours (sans date de fin).',
    nl: 'De hulp loopt nog (zonder einddatum).',
    de: 'Die Hilfe läuft noch (ohne Enddatum).',
    en: 'The aid is still running (no end date).',
  },
  'decide.endedOn': {
    fr: 'L’aide a pris fin le {date}.',
    nl: 'De hulp eindigde op {date}.',
    de: 'Die Hilfe endete am {date}.',
    en: 'The aid ended on {date}.',
  },
  'decide.changes': {
    fr: 'Révisions, suspensions et arrêt de cette aide',
    nl: 'Herzieningen, schorsingen en stopzetting van deze hulp',
    de: 'Revisionen, Aussetzungen und Einstellung dieser Hilfe',
    en: 'Revisions, suspensions and stop of this aid',
  },
  'decide.revisesRef': { fr: 'Modifie la décision', nl: 'Wijzigt de beslissing', de: 'Ändert die Entscheidung', en: 'Changes decision' },
  'decide.change': {
    fr: 'Réviser, suspendre ou arrêter cette aide',
    nl: 'Deze hulp herzien, schorsen of stopzetten',
    de: 'Diese Hilfe revidieren, aussetzen oder einstellen',
    en: 'Revise, suspend or stop this aid',
  },
  'decide.change.intro': {
    fr:
      'Chaque changement est une décision à part entière : motivée, notifiée par lettre dans les 8 jours, avec son propre délai de recours ' +
      'de 3 mois. Une révision ou un arrêt met fin à l’aide en cours la veille de sa prise d’effet ; une suspension la laisse en cours.',
    nl:
      'Elke wijziging is een volwaardige beslissing: gemotiveerd, binnen 8 dagen per brief ter kennis gebracht, met een eigen beroepstermijn ' +
      'van 3 maanden. Een herziening of stopzetting beëindigt de lopende hulp de dag vóór de ingang; een schorsing laat ze lopen.',
    de:
      'Jede Änderung ist eine eigene Entscheidung: begründet, innerhalb von 8 Tagen per Brief zugestellt, mit eigener Beschwerdefrist ' +
      'von 3 Monaten. Eine Revision oder Einstellung beendet die laufende Hilfe am Tag vor dem Wirksamwerden; eine Aussetzung lässt sie laufen.',
    en:
      'Each change is a decision of its own: motivated, notified by letter within 8 days, with its own 3-month appeal window. A revision or ' +
      'stop ends the running aid the day before it takes effect; a suspension leaves it running.',
  },
  'decide.change.kind': { fr: 'Changement', nl: 'Wijziging', de: 'Änderung', en: 'Change' },
  'decide.effectiveFrom': { fr: 'Prend effet le', nl: 'Gaat in op', de: 'Wirksam ab', en: 'Takes effect on' },
  'decide.until': {
    fr: 'Dernier jour de la suspension',
    nl: 'Laatste dag van de schorsing',
    de: 'Letzter Tag der Aussetzung',
    en: 'Last day of the suspension',
  },
  'decide.until.hint': {
    fr: 'Pour une suspension seulement.',
    nl: 'Alleen voor een schorsing.',
    de: 'Nur für eine Aussetzung.',
    en: 'For a suspension only.',
  },
  'decide.newAmount': { fr: 'Nouveau montant mensuel', nl: 'Nieuw maandbedrag', de: 'Neuer Monatsbetrag', en: 'New monthly amount' },
  'decide.newAmount.hint': {
    fr: 'Pour une révision : le nouveau montant ou la nouvelle catégorie.',
    nl: 'Voor een herziening: het nieuwe bedrag of de nieuwe categorie.',
    de: 'Für eine Revision: der neue Betrag oder die neue Kategorie.',
    en: 'For a revision: the new amount or the new category.',
  },
  'decide.unchanged': { fr: 'Inchangée', nl: 'Ongewijzigd', de: 'Unverändert', en: 'Unchanged' },
  'decide.change.submit': {
    fr: 'Enregistrer la décision',
    nl: 'Beslissing registreren',
    de: 'Entscheidung erfassen',
    en: 'Record the decision',
  },
  'decide.notification': { fr: 'Notification', nl: 'Kennisgeving', de: 'Zustellung', en: 'Notification' },
  'decide.notification.none': {
    fr: 'Pas encore notifiée : la décision n’est pas partagée avec d’autres CPAS avant sa notification.',
    nl: 'Nog niet ter kennis gebracht: de beslissing wordt vóór de kennisgeving niet met andere OCMW’s gedeeld.',
    de: 'Noch nicht zugestellt: die Entscheidung wird vor der Zustellung nicht mit anderen ÖSHZ geteilt.',
    en: 'Not notified yet: the decision is not shared with other CPAS before its notification.',
  },
  'decide.notification.sent': {
    fr: 'Envoyée le {date} ({method}).',
    nl: 'Verzonden op {date} ({method}).',
    de: 'Versandt am {date} ({method}).',
    en: 'Sent on {date} ({method}).',
  },
  'decide.notification.correct': {
    fr: 'Corriger la notification',
    nl: 'Kennisgeving verbeteren',
    de: 'Zustellung berichtigen',
    en: 'Correct the notification',
  },
  'decide.notification.correct.intro': {
    fr: 'La date de notification fait courir le délai de recours de 3 mois : la correction est motivée, conservée et recalcule ce délai.',
    nl: 'De datum van kennisgeving doet de beroepstermijn van 3 maanden lopen: de verbetering wordt gemotiveerd, bewaard en herberekent die termijn.',
    de: 'Das Zustellungsdatum setzt die Beschwerdefrist von 3 Monaten in Gang: die Berichtigung wird begründet, aufbewahrt und berechnet die Frist neu.',
    en: 'The notification date starts the 3-month appeal window: the correction is motivated, kept, and recomputes that deadline.',
  },
  'decide.reason': {
    fr: 'Motif de la correction',
    nl: 'Reden van de verbetering',
    de: 'Grund der Berichtigung',
    en: 'Reason for the correction',
  },
  'decide.reason.required': { fr: 'Indiquez le motif.', nl: 'Geef de reden op.', de: 'Geben Sie den Grund an.', en: 'Give the reason.' },
  'decide.appealDeadline': { fr: 'Délai de recours', nl: 'Beroepstermijn', de: 'Beschwerdefrist', en: 'Appeal deadline' },
  'decide.appeals': { fr: 'Recours', nl: 'Beroepen', de: 'Beschwerden', en: 'Appeals' },
  'decide.appeals.none': { fr: 'Aucun recours.', nl: 'Geen beroep.', de: 'Keine Beschwerde.', en: 'No appeal.' },
  'decide.appeals.intro': {
    fr:
      'Recours au tribunal du travail dans les 3 mois de la notification (gratuit), demande de révision interne (sans délai légal, le ' +
      'délai de 3 mois continue de courir), ou recours contre l’absence de décision une fois le délai de décision dépassé.',
    nl:
      'Beroep bij de arbeidsrechtbank binnen 3 maanden na de kennisgeving (kosteloos), intern verzoek tot herziening (geen wettelijke ' +
      'termijn, de termijn van 3 maanden blijft lopen), of beroep tegen het uitblijven van een beslissing zodra de beslissingstermijn verstreken is.',
    de:
      'Beschwerde beim Arbeitsgericht innerhalb von 3 Monaten nach der Zustellung (kostenlos), interner Antrag auf Überprüfung (keine ' +
      'gesetzliche Frist, die 3-Monats-Frist läuft weiter), oder Beschwerde gegen das Ausbleiben einer Entscheidung nach Ablauf der Entscheidungsfrist.',
    en:
      'Appeal to the labour court within 3 months of notification (free), internal review request (no legal deadline, the 3-month window ' +
      'keeps running), or appeal against the absence of a decision once the decision deadline has passed.',
  },
  'appealKind.internal-review': {
    fr: 'Demande de révision interne',
    nl: 'Intern verzoek tot herziening',
    de: 'Interner Überprüfungsantrag',
    en: 'Internal review',
  },
  'appealKind.labour-court': {
    fr: 'Recours au tribunal du travail',
    nl: 'Beroep bij de arbeidsrechtbank',
    de: 'Beschwerde beim Arbeitsgericht',
    en: 'Labour court appeal',
  },
  'appealKind.absence-of-decision': {
    fr: 'Recours contre l’absence de décision',
    nl: 'Beroep tegen het uitblijven van een beslissing',
    de: 'Beschwerde gegen das Ausbleiben einer Entscheidung',
    en: 'Appeal against the absence of a decision',
  },
  'appealOutcome.pending': { fr: 'En cours', nl: 'Lopend', de: 'Anhängig', en: 'Pending' },
  'appealOutcome.upheld': { fr: 'Décision confirmée', nl: 'Beslissing bevestigd', de: 'Entscheidung bestätigt', en: 'Decision upheld' },
  'appealOutcome.annulled': { fr: 'Décision annulée', nl: 'Beslissing vernietigd', de: 'Entscheidung aufgehoben', en: 'Decision annulled' },
  'appealOutcome.reformed': { fr: 'Décision réformée', nl: 'Beslissing hervormd', de: 'Entscheidung abgeändert', en: 'Decision reformed' },
  'appealOutcome.withdrawn': { fr: 'Recours retiré', nl: 'Beroep ingetrokken', de: 'Beschwerde zurückgezogen', en: 'Appeal withdrawn' },
  'decide.appeal.kind': { fr: 'Type de recours', nl: 'Soort beroep', de: 'Art der Beschwerde', en: 'Kind of appeal' },
  'decide.appeal.filedAt': { fr: 'Introduit le', nl: 'Ingediend op', de: 'Eingereicht am', en: 'Filed on' },
  'decide.appeal.outcome': { fr: 'Issue', nl: 'Uitkomst', de: 'Ergebnis', en: 'Outcome' },
  'decide.appeal.outcomeAt': { fr: 'Date de l’issue', nl: 'Datum van de uitkomst', de: 'Datum des Ergebnisses', en: 'Outcome date' },
  'decide.appeal.late': { fr: 'hors délai', nl: 'laattijdig', de: 'verspätet', en: 'late' },
  'decide.appeal.record': { fr: 'Enregistrer le recours', nl: 'Beroep registreren', de: 'Beschwerde erfassen', en: 'Record the appeal' },
  'decide.appeal.outcome.record': {
    fr: 'Enregistrer l’issue',
    nl: 'Uitkomst registreren',
    de: 'Ergebnis erfassen',
    en: 'Record the outcome',
  },
  'decide.appeal.outcome.of': {
    fr: 'Issue : {kind} du {date}',
    nl: 'Uitkomst: {kind} van {date}',
    de: 'Ergebnis: {kind} vom {date}',
    en: 'Outcome: {kind} of {date}',
  },
  'decide.appeal.reformedHint': {
    fr: 'Si la décision est annulée ou réformée, corrigez-la ensuite (motif : jugement du tribunal du travail).',
    nl: 'Wordt de beslissing vernietigd of hervormd, verbeter ze dan (reden: vonnis van de arbeidsrechtbank).',
    de: 'Wird die Entscheidung aufgehoben oder abgeändert, berichtigen Sie sie danach (Grund: Urteil des Arbeitsgerichts).',
    en: 'If the decision is annulled or reformed, correct it afterwards (reason: labour court judgment).',
  },
  'decide.absence': {
    fr: 'Recours contre l’absence de décision',
    nl: 'Beroep tegen het uitblijven van een beslissing',
    de: 'Beschwerde gegen das Ausbleiben einer Entscheidung',
    en: 'Appeal against the absence of a decision',
  },
  'decide.absence.link': {
    fr: 'Recours de la personne',
    nl: 'Beroepen van de persoon',
    de: 'Beschwerden der Person',
    en: 'The person’s appeals',
  },
  'decide.correction': {
    fr: 'Corriger ou annuler la décision',
    nl: 'Beslissing verbeteren of vernietigen',
    de: 'Entscheidung berichtigen oder aufheben',
    en: 'Correct or annul the decision',
  },
  'decide.correction.intro': {
    fr:
      'Une correction (erreur matérielle, faits nouveaux, révision interne, jugement) garde la version précédente ; les CPAS qui ont reçu ' +
      'l’ancienne valeur en sont avertis par le hub. Une annulation ne change aucun champ.',
    nl:
      'Een verbetering (materiële vergissing, nieuwe feiten, interne herziening, vonnis) bewaart de vorige versie; de OCMW’s die de oude ' +
      'waarde ontvingen, worden via de hub verwittigd. Een vernietiging wijzigt geen enkel veld.',
    de:
      'Eine Berichtigung (materieller Irrtum, neue Tatsachen, interne Überprüfung, Urteil) bewahrt die vorige Fassung; die ÖSHZ, die den ' +
      'alten Wert erhalten haben, werden über den Hub benachrichtigt. Eine Aufhebung ändert kein Feld.',
    en:
      'A correction (material error, new facts, internal review, judgment) keeps the earlier version; the CPAS that received the old value ' +
      'are told through the hub. An annulment changes no field.',
  },
  'decide.correction.kind': { fr: 'Opération', nl: 'Handeling', de: 'Vorgang', en: 'Operation' },
  'decide.correction.corrected': { fr: 'Corriger', nl: 'Verbeteren', de: 'Berichtigen', en: 'Correct' },
  'decide.correction.annulled': { fr: 'Annuler', nl: 'Vernietigen', de: 'Aufheben', en: 'Annul' },
  'decide.correction.reason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'decide.correction.fields': {
    fr: 'Ne remplissez que ce qui change.',
    nl: 'Vul alleen in wat wijzigt.',
    de: 'Füllen Sie nur aus, was sich ändert.',
    en: 'Fill in only what changes.',
  },
  'decide.correction.submit': { fr: 'Enregistrer', nl: 'Registreren', de: 'Erfassen', en: 'Save' },
  'correctionReason.material-error': {
    fr: 'Erreur matérielle',
    nl: 'Materiële vergissing',
    de: 'Materieller Irrtum',
    en: 'Material error',
  },
  'correctionReason.new-facts': { fr: 'Faits nouveaux', nl: 'Nieuwe feiten', de: 'Neue Tatsachen', en: 'New facts' },
  'correctionReason.internal-review': {
    fr: 'Révision interne',
    nl: 'Interne herziening',
    de: 'Interne Überprüfung',
    en: 'Internal review',
  },
  'correctionReason.labour-court-judgment': {
    fr: 'Jugement du tribunal du travail',
    nl: 'Vonnis van de arbeidsrechtbank',
    de: 'Urteil des Arbeitsgerichts',
    en: 'Labour court judgment',
  },
  'correctionReason.unlawful-decision': {
    fr: 'Décision illégale',
    nl: 'Onwettige beslissing',
    de: 'Rechtswidrige Entscheidung',
    en: 'Unlawful decision',
  },
  'decide.done.changed': {
    fr: 'Décision enregistrée.',
    nl: 'Beslissing geregistreerd.',
    de: 'Entscheidung erfasst.',
    en: 'Decision recorded.',
  },
  'decide.done.notification': {
    fr: 'Notification corrigée.',
    nl: 'Kennisgeving verbeterd.',
    de: 'Zustellung berichtigt.',
    en: 'Notification corrected.',
  },
  'decide.done.appeal': { fr: 'Recours enregistré.', nl: 'Beroep geregistreerd.', de: 'Beschwerde erfasst.', en: 'Appeal recorded.' },
  'decide.done.outcome': { fr: 'Issue enregistrée.', nl: 'Uitkomst geregistreerd.', de: 'Ergebnis erfasst.', en: 'Outcome recorded.' },
  'decide.done.corrected': {
    fr: 'Décision corrigée.',
    nl: 'Beslissing verbeterd.',
    de: 'Entscheidung berichtigt.',
    en: 'Decision corrected.',
  },
  'close.confirm': {
    fr:
      'Je confirme la clôture : les intégrations du dossier prendront fin. Une demande clôturée ne se rouvre que si aucune décision ' +
      'n’a été prise ; sinon, une nouvelle demande devra être enregistrée.',
    nl:
      'Ik bevestig de afsluiting: de integraties van het dossier worden beëindigd. ' +
      'Een afgesloten aanvraag wordt alleen heropend als er nog geen beslissing is genomen; ' +
      'anders moet er een nieuwe aanvraag geregistreerd worden.',
    de:
      'Ich bestätige den Abschluss: die Integrationen der Akte werden beendet. ' +
      'Ein abgeschlossener Antrag wird nur wieder geöffnet, wenn noch kein Beschluss gefasst wurde; ' +
      'sonst muss ein neuer Antrag erfasst werden.',
    en:
      'I confirm the closing: the file’s integrations will end. A closed request is reopened only if no decision was taken; ' +
      'otherwise a new request must be registered.',
  },
  'close.confirm.required': {
    fr: 'Confirmez la clôture.',
    nl: 'Bevestig de afsluiting.',
    de: 'Bestätigen Sie den Abschluss.',
    en: 'Confirm the closing.',
  },
  'rse.period.running': {
    fr: 'depuis le {from} — aide toujours en cours',
    nl: 'sinds {from} — hulp loopt nog',
    de: 'seit {from} — Hilfe läuft noch',
    en: 'since {from} — aid still running',
  },
  'decide.back': { fr: 'Retour à la décision', nl: 'Terug naar de beslissing', de: 'Zurück zur Entscheidung', en: 'Back to the decision' },
  'error.decision.not-running': {
    fr: 'Seule une aide en cours (octroyée, non annulée, non arrêtée) peut être révisée, suspendue ou arrêtée.',
    nl: 'Alleen een lopende hulp (toegekend, niet vernietigd, niet stopgezet) kan herzien, geschorst of stopgezet worden.',
    de: 'Nur eine laufende Hilfe (gewährt, nicht aufgehoben, nicht eingestellt) kann revidiert, ausgesetzt oder eingestellt werden.',
    en: 'Only an ongoing aid (granted, not annulled, not stopped) can be revised, suspended or stopped.',
  },
  'error.decision.effective-before-start': {
    fr: 'Le changement ne peut pas prendre effet avant le début de l’aide.',
    nl: 'De wijziging kan niet ingaan vóór het begin van de hulp.',
    de: 'Die Änderung kann nicht vor Beginn der Hilfe wirksam werden.',
    en: 'The change cannot take effect before the aid started.',
  },
  'error.decision.until-required': {
    fr: 'Indiquez le dernier jour de la suspension.',
    nl: 'Geef de laatste dag van de schorsing op.',
    de: 'Geben Sie den letzten Tag der Aussetzung an.',
    en: 'Give the last day of the suspension.',
  },
  'error.decision.until-not-applicable': {
    fr: 'Seule une suspension a un dernier jour.',
    nl: 'Alleen een schorsing heeft een laatste dag.',
    de: 'Nur eine Aussetzung hat einen letzten Tag.',
    en: 'Only a suspension has a last day.',
  },
  'error.decision.revision-empty': {
    fr: 'Indiquez le nouveau montant ou la nouvelle catégorie.',
    nl: 'Geef het nieuwe bedrag of de nieuwe categorie op.',
    de: 'Geben Sie den neuen Betrag oder die neue Kategorie an.',
    en: 'Give the new amount or the new category.',
  },
  'error.decision.ris-category-not-applicable': {
    fr: 'La catégorie RIS ne vaut que pour le revenu d’intégration et l’aide équivalente.',
    nl: 'De categorie leefloon geldt alleen voor het leefloon en de equivalente hulp.',
    de: 'Die Kategorie gilt nur für das Eingliederungseinkommen und die gleichwertige Hilfe.',
    en: 'The RIS category applies to RIS and equivalent aid only.',
  },
  'error.notification.in-future': {
    fr: 'Une notification ne peut pas être datée après aujourd’hui.',
    nl: 'Een kennisgeving kan niet na vandaag gedateerd zijn.',
    de: 'Eine Zustellung kann nicht nach heute datiert sein.',
    en: 'A notification cannot be dated after today.',
  },
  'error.appeal.in-future': {
    fr: 'Cette date ne peut pas être après aujourd’hui.',
    nl: 'Deze datum kan niet na vandaag liggen.',
    de: 'Dieses Datum kann nicht nach heute liegen.',
    en: 'This date cannot be after today.',
  },
  'error.appeal.before-decision': {
    fr: 'Un recours ne peut pas précéder la décision.',
    nl: 'Een beroep kan de beslissing niet voorafgaan.',
    de: 'Eine Beschwerde kann der Entscheidung nicht vorausgehen.',
    en: 'An appeal cannot precede the decision.',
  },
  'error.appeal.before-decision-due': {
    fr: 'Le délai de décision n’était pas encore dépassé à cette date.',
    nl: 'De beslissingstermijn was op die datum nog niet verstreken.',
    de: 'Die Entscheidungsfrist war an diesem Datum noch nicht abgelaufen.',
    en: 'The decision deadline had not passed on that date.',
  },
  'error.appeal.decision-exists': {
    fr: 'Une décision a été prise : le recours vise cette décision.',
    nl: 'Er werd een beslissing genomen: het beroep richt zich tegen die beslissing.',
    de: 'Es wurde eine Entscheidung getroffen: die Beschwerde richtet sich gegen sie.',
    en: 'A decision was taken: the appeal is against that decision.',
  },
  'error.appeal.outcome-before-filing': {
    fr: 'L’issue ne peut pas précéder le recours.',
    nl: 'De uitkomst kan het beroep niet voorafgaan.',
    de: 'Das Ergebnis kann der Beschwerde nicht vorausgehen.',
    en: 'The outcome cannot precede the appeal.',
  },
  'error.appeal.decided': {
    fr: 'L’issue de ce recours est déjà enregistrée.',
    nl: 'De uitkomst van dit beroep is al geregistreerd.',
    de: 'Das Ergebnis dieser Beschwerde ist bereits erfasst.',
    en: 'The outcome of this appeal is already recorded.',
  },
});
