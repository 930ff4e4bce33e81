/**
 * The titles of casework's own problem codes, in every language; `caseworkPlugin` gives them to the
 * HTTP app's registry (the platform knows only the generic ones).
 */
import type { ProblemTitles } from '#platform/problem-titles.ts';

export const CASEWORK_PROBLEM_TITLES = {
  'oversight.forbidden': {
    fr: 'Réservé au conseiller en sécurité',
    nl: 'Voorbehouden aan de veiligheidsconsulent',
    de: 'Dem Sicherheitsberater vorbehalten',
    en: 'For the security advisor only',
  },
  'period.invalid': { fr: 'Période invalide', nl: 'Ongeldige periode', de: 'Ungültiger Zeitraum', en: 'Invalid period' },
  'break-glass.reason-required': {
    fr: 'Motif de l’accès d’urgence requis',
    nl: 'Reden voor de noodtoegang vereist',
    de: 'Grund für den Notfallzugriff erforderlich',
    en: 'A reason for the emergency access is required',
  },
  'break-glass.not-needed': {
    fr: 'Vous avez déjà accès à ce dossier',
    nl: 'U hebt al toegang tot dit dossier',
    de: 'Sie haben bereits Zugriff auf diese Akte',
    en: 'You can already open this file',
  },
  'sensitivity.reason-required': {
    fr: 'Motif de la surveillance requis',
    nl: 'Reden voor het toezicht vereist',
    de: 'Grund für die Beobachtung erforderlich',
    en: 'A reason for the watch is required',
  },
  'setting.invalid': {
    fr: 'Valeur hors des limites permises',
    nl: 'Waarde buiten de toegestane grenzen',
    de: 'Wert außerhalb des erlaubten Bereichs',
    en: 'Value outside the allowed range',
  },
  'disclosure.legal-basis-required': {
    fr: 'Base légale requise',
    nl: 'Rechtsgrond vereist',
    de: 'Rechtsgrundlage erforderlich',
    en: 'A legal basis is required',
  },
  'disclosure.items-required': {
    fr: 'Aucune donnée sélectionnée',
    nl: 'Geen gegevens geselecteerd',
    de: 'Keine Daten ausgewählt',
    en: 'No item selected',
  },
  'disclosure.same-officer': {
    fr: 'Un autre responsable doit approuver',
    nl: 'Een andere verantwoordelijke moet goedkeuren',
    de: 'Ein anderer Verantwortlicher muss genehmigen',
    en: 'Another officer must approve',
  },
  'disclosure.already-exported': {
    fr: 'Déjà communiquée une fois',
    nl: 'Al één keer meegedeeld',
    de: 'Bereits einmal mitgeteilt',
    en: 'Already exported once',
  },
  'person.exists': {
    fr: 'Cette personne est déjà enregistrée',
    nl: 'Deze persoon is al geregistreerd',
    de: 'Diese Person ist bereits erfasst',
    en: 'Person already registered',
  },
  'report.incomplete': {
    fr: 'Rapport social incomplet',
    nl: 'Sociaal verslag onvolledig',
    de: 'Sozialbericht unvollständig',
    en: 'Social report incomplete',
  },
  'consultation.person-not-informed': {
    fr: 'La personne n’a pas encore été informée',
    nl: 'De persoon is nog niet geïnformeerd',
    de: 'Die Person wurde noch nicht informiert',
    en: 'Person not yet informed',
  },
  'consultation.blocked': {
    fr: 'La personne a demandé que votre CPAS ne reçoive plus son résumé',
    nl: 'De persoon heeft gevraagd dat uw OCMW haar samenvatting niet meer ontvangt',
    de: 'Die Person hat verlangt, dass Ihr ÖSHZ ihre Zusammenfassung nicht mehr erhält',
    en: 'The person asked that your CPAS no longer receive their summary',
  },
  'committee.not-found': {
    fr: 'Séance du comité introuvable',
    nl: 'Zitting van het comité niet gevonden',
    de: 'Sitzung des Ausschusses nicht gefunden',
    en: 'No such committee session',
  },
  'committee.date-implausible': {
    fr: 'Date de séance invraisemblable',
    nl: 'Onwaarschijnlijke zittingsdatum',
    de: 'Unplausibles Sitzungsdatum',
    en: 'Implausible session date',
  },
  'committee.member-unknown': {
    fr: 'Membre du comité inconnu',
    nl: 'Onbekend lid van het comité',
    de: 'Unbekanntes Ausschussmitglied',
    en: 'Unknown committee member',
  },
  'committee.not-a-member': {
    fr: 'Cette personne ne siège pas à cette séance',
    nl: 'Deze persoon zetelt niet in deze zitting',
    de: 'Diese Person gehört dieser Sitzung nicht an',
    en: 'Not a member of this session',
  },
  'committee.session-closed': {
    fr: 'La séance est clôturée',
    nl: 'De zitting is afgesloten',
    de: 'Die Sitzung ist abgeschlossen',
    en: 'The session is closed',
  },
  'committee.session-not-held': {
    fr: 'La séance n’a pas encore eu lieu',
    nl: 'De zitting heeft nog niet plaatsgevonden',
    de: 'Die Sitzung hat noch nicht stattgefunden',
    en: 'The session has not taken place yet',
  },
  'committee.attendance-missing': {
    fr: 'Présences non enregistrées',
    nl: 'Aanwezigheden niet geregistreerd',
    de: 'Anwesenheit nicht erfasst',
    en: 'Attendance not recorded',
  },
  'committee.no-quorum': {
    fr: 'Quorum non atteint',
    nl: 'Quorum niet bereikt',
    de: 'Beschlussfähigkeit nicht erreicht',
    en: 'No quorum',
  },
  'committee.report-not-signed': {
    fr: 'Rapport social non signé',
    nl: 'Sociaal verslag niet ondertekend',
    de: 'Sozialbericht nicht unterzeichnet',
    en: 'Social report not signed',
  },
  'committee.already-on-agenda': {
    fr: 'Déjà à l’ordre du jour',
    nl: 'Al op de agenda',
    de: 'Bereits auf der Tagesordnung',
    en: 'Already on an agenda',
  },
  'committee.item-not-found': {
    fr: 'Pas à l’ordre du jour de cette séance',
    nl: 'Niet op de agenda van deze zitting',
    de: 'Nicht auf der Tagesordnung dieser Sitzung',
    en: 'Not on this session’s agenda',
  },
  'committee.item-decided': {
    fr: 'Décision déjà enregistrée',
    nl: 'Beslissing al geregistreerd',
    de: 'Entscheidung bereits erfasst',
    en: 'Decision already recorded',
  },
  'decision.not-running': {
    fr: 'Aucune aide en cours à modifier',
    nl: 'Geen lopende hulp om te wijzigen',
    de: 'Keine laufende Hilfe zu ändern',
    en: 'No ongoing aid to change',
  },
  'decision.effective-before-start': {
    fr: 'Prise d’effet avant le début de l’aide',
    nl: 'Ingang vóór het begin van de hulp',
    de: 'Wirksamkeit vor Beginn der Hilfe',
    en: 'Takes effect before the aid started',
  },
  'decision.until-required': {
    fr: 'Dernier jour de la suspension requis',
    nl: 'Laatste dag van de schorsing vereist',
    de: 'Letzter Tag der Aussetzung erforderlich',
    en: 'Last day of the suspension required',
  },
  'decision.until-not-applicable': {
    fr: 'Seule une suspension a une date de fin',
    nl: 'Alleen een schorsing heeft een einddatum',
    de: 'Nur eine Aussetzung hat ein Enddatum',
    en: 'Only a suspension has an end date',
  },
  'decision.revision-empty': {
    fr: 'La révision ne change rien',
    nl: 'De herziening wijzigt niets',
    de: 'Die Revision ändert nichts',
    en: 'The revision changes nothing',
  },
  'decision.ris-category-not-applicable': {
    fr: 'Catégorie RIS non applicable',
    nl: 'RIS-categorie niet van toepassing',
    de: 'RIS-Kategorie nicht anwendbar',
    en: 'RIS category not applicable',
  },
  'notification.in-future': {
    fr: 'Notification datée dans le futur',
    nl: 'Kennisgeving in de toekomst gedateerd',
    de: 'Zustellung in der Zukunft datiert',
    en: 'Notification dated in the future',
  },
  'notification.missing': {
    fr: 'Décision pas encore notifiée',
    nl: 'Beslissing nog niet ter kennis gebracht',
    de: 'Entscheidung noch nicht zugestellt',
    en: 'Decision not notified yet',
  },
} satisfies ProblemTitles;
