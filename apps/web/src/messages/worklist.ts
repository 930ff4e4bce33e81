/**
 * The worklist: deadlines, alerts and request statuses.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const worklist = defineCatalog({
  'worklist.title': { fr: 'Ma liste de travail', nl: 'Mijn werklijst', de: 'Meine Arbeitsliste', en: 'My worklist' },
  'worklist.intro': {
    fr: 'Échéances proches ou dépassées dans les dossiers de {name}.',
    nl: 'Termijnen die naderen of verstreken zijn in de dossiers van {name}.',
    de: 'Fristen, die bald ablaufen oder abgelaufen sind, in den Akten von {name}.',
    en: 'Deadlines due or overdue on the files of {name}.',
  },
  'worklist.empty': {
    fr: 'Aucune échéance dans vos dossiers.',
    nl: 'Er vervalt niets in uw dossiers.',
    de: 'In Ihren Akten ist nichts fällig.',
    en: 'Nothing is due on your files.',
  },
  'worklist.caption': {
    fr: 'Échéances proches et dépassées',
    nl: 'Naderende en verstreken termijnen',
    de: 'Bald fällige und abgelaufene Fristen',
    en: 'Deadlines due and overdue',
  },
  'worklist.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'worklist.kind': { fr: 'Type d’aide', nl: 'Soort hulp', de: 'Art der Hilfe', en: 'Kind of aid' },
  'worklist.deadline': { fr: 'Échéance', nl: 'Termijn', de: 'Frist', en: 'Deadline' },
  'worklist.due': { fr: 'Pour le', nl: 'Uiterlijk op', de: 'Fällig am', en: 'Due on' },
  'worklist.status': { fr: 'Statut', nl: 'Stand', de: 'Status', en: 'Status' },
  'worklist.overdue': { fr: 'dépassée', nl: 'verstreken', de: 'abgelaufen', en: 'overdue' },
  'worklist.dueSoon': { fr: 'bientôt', nl: 'binnenkort', de: 'bald fällig', en: 'due soon' },
  'worklist.findPerson': {
    fr: 'Rechercher ou enregistrer une personne',
    nl: 'Een persoon zoeken of registreren',
    de: 'Eine Person suchen oder erfassen',
    en: 'Find or register a person',
  },
  'deadline.decision': { fr: 'Décision', nl: 'Beslissing', de: 'Entscheidung', en: 'Decision' },
  'deadline.notification': { fr: 'Notification', nl: 'Kennisgeving', de: 'Zustellung', en: 'Notification' },
  'deadline.appeal': { fr: 'Recours jusqu’au', nl: 'Beroep tot', de: 'Einspruch bis', en: 'Appeal until' },
  'deadline.homeVisit': { fr: 'Visite à domicile', nl: 'Huisbezoek', de: 'Hausbesuch', en: 'Home visit' },
  'deadline.piis': {
    fr: 'Projet d’intégration (PIIS)',
    nl: 'Integratieproject (GPMI)',
    de: 'Integrationsprojekt (PIIS)',
    en: 'Integration project (PIIS)',
  },
  'status.received': { fr: 'reçue', nl: 'ontvangen', de: 'eingegangen', en: 'received' },
  'status.investigating': { fr: 'en enquête', nl: 'in onderzoek', de: 'in Untersuchung', en: 'under investigation' },
  'status.report-signed': { fr: 'rapport signé', nl: 'verslag ondertekend', de: 'Bericht unterzeichnet', en: 'report signed' },
  'status.decided': { fr: 'décidée', nl: 'beslist', de: 'entschieden', en: 'decided' },
  'status.notified': { fr: 'notifiée', nl: 'ter kennis gebracht', de: 'zugestellt', en: 'notified' },
  'status.transferred': { fr: 'transmise', nl: 'doorgestuurd', de: 'weitergeleitet', en: 'transferred' },
  'status.closed': { fr: 'clôturée', nl: 'afgesloten', de: 'geschlossen', en: 'closed' },
  'alert.decision-due': { fr: 'Décision à prendre', nl: 'Beslissing te nemen', de: 'Entscheidung fällig', en: 'Decision due' },
  'alert.decision-overdue': { fr: 'Décision en retard', nl: 'Beslissing te laat', de: 'Entscheidung überfällig', en: 'Decision overdue' },
  'alert.notification-overdue': {
    fr: 'Notification en retard',
    nl: 'Kennisgeving te laat',
    de: 'Zustellung überfällig',
    en: 'Notification overdue',
  },
  'alert.transfer-overdue': {
    fr: 'Transmission en retard',
    nl: 'Doorzending te laat',
    de: 'Weiterleitung überfällig',
    en: 'Transfer overdue',
  },
  'alert.home-visit-due': { fr: 'Visite à domicile à faire', nl: 'Huisbezoek te doen', de: 'Hausbesuch fällig', en: 'Home visit due' },
  'alert.piis-due': {
    fr: 'Projet d’intégration (PIIS) à conclure',
    nl: 'Integratieproject (GPMI) af te sluiten',
    de: 'Integrationsprojekt (PIIS) fällig',
    en: 'Integration project (PIIS) due',
  },
  'alert.correction-received': {
    fr: 'Correction reçue d’un autre CPAS',
    nl: 'Verbetering ontvangen van een ander OCMW',
    de: 'Berichtigung von einem anderen ÖSHZ erhalten',
    en: 'Correction received from another CPAS',
  },
});
