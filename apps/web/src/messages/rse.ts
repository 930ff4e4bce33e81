/**
 * Consulting the electronic social report of other CPAS through the hub.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const rse = defineCatalog({
  'rse.title': { fr: 'Consultation RSE', nl: 'ESV-raadpleging', de: 'ESB-Abfrage', en: 'RSE consultation' },
  'rse.intro': {
    fr:
      'Demandez aux autres CPAS, via la Banque Carrefour, le résumé de ce qu’ils ont décidé pour cette personne. ' +
      'Informez d’abord la personne.',
    nl: 'Vraag de andere OCMW’s via de Kruispuntbank de samenvatting van wat zij voor deze persoon beslisten. Informeer eerst de persoon.',
    de:
      'Fragen Sie die anderen ÖSHZ über die Zentrale Datenbank die Zusammenfassung dessen ab, was sie für diese ' +
      'Person entschieden haben. Informieren Sie zuerst die Person.',
    en: 'Ask the other CPAS, through the crossroads hub, for the summary of what they decided for this person. Tell the person first.',
  },
  'rse.informed.title': {
    fr: '1. La personne est informée',
    nl: '1. De persoon is geïnformeerd',
    de: '1. Die Person ist informiert',
    en: '1. The person is informed',
  },
  'rse.informed.done': {
    fr: 'La personne a été informée le {date} ({method}).',
    nl: 'De persoon werd geïnformeerd op {date} ({method}).',
    de: 'Die Person wurde am {date} informiert ({method}).',
    en: 'The person was informed on {date} ({method}).',
  },
  'rse.informed.notYet': {
    fr: 'Il n’est pas encore enregistré que la personne a été informée.',
    nl: 'Er is nog niet geregistreerd dat de persoon werd geïnformeerd.',
    de: 'Es ist noch nicht erfasst, dass die Person informiert wurde.',
    en: 'The person has not been recorded as informed yet.',
  },
  'rse.informed.date': {
    fr: 'Date à laquelle la personne a été informée',
    nl: 'Datum waarop de persoon werd geïnformeerd',
    de: 'Datum, an dem die Person informiert wurde',
    en: 'Date the person was informed',
  },
  'rse.informed.method': { fr: 'Comment', nl: 'Hoe', de: 'Wie', en: 'How' },
  'rse.informed.submit': {
    fr: 'Enregistrer que la personne est informée',
    nl: 'Registreren dat de persoon is geïnformeerd',
    de: 'Erfassen, dass die Person informiert ist',
    en: 'Record that the person was informed',
  },
  'rse.consult.title': { fr: '2. Consulter', nl: '2. Raadplegen', de: '2. Abfragen', en: '2. Consult' },
  'rse.consult.purpose': { fr: 'Finalité', nl: 'Doel', de: 'Zweck', en: 'Purpose' },
  'rse.consult.submit': {
    fr: 'Consulter les autres CPAS',
    nl: 'De andere OCMW’s raadplegen',
    de: 'Die anderen ÖSHZ abfragen',
    en: 'Consult the other CPAS',
  },
  'rse.history': { fr: 'Consultations précédentes', nl: 'Eerdere raadplegingen', de: 'Frühere Abfragen', en: 'Earlier consultations' },
  'rse.history.item': { fr: '{date} — {purpose}', nl: '{date} — {purpose}', de: '{date} — {purpose}', en: '{date} — {purpose}' },
  'rse.result.title': {
    fr: 'Réponses des autres CPAS',
    nl: 'Antwoorden van de andere OCMW’s',
    de: 'Antworten der anderen ÖSHZ',
    en: 'Answers of the other CPAS',
  },
  'rse.result.intro': {
    fr: 'Consultation du {date}, finalité : {purpose}.',
    nl: 'Raadpleging van {date}, doel: {purpose}.',
    de: 'Abfrage vom {date}, Zweck: {purpose}.',
    en: 'Consultation of {date}, purpose: {purpose}.',
  },
  'rse.result.none': {
    fr: 'Aucun CPAS ne détient de dossier sur cette personne.',
    nl: 'Geen enkel OCMW heeft een dossier over deze persoon.',
    de: 'Kein ÖSHZ führt eine Akte über diese Person.',
    en: 'No CPAS holds a file on this person.',
  },
  'rse.toVerify': {
    fr: 'Information du {cpas} datée du {date}, à vérifier',
    nl: 'Informatie van {cpas} van {date}, te verifiëren',
    de: 'Information von {cpas} vom {date}, zu überprüfen',
    en: 'Information from {cpas} dated {date}, to verify',
  },
  'rse.toVerify.explain': {
    fr:
      'Cette information aide votre enquête ; elle ne la remplace pas. Vérifiez-la avec la personne et les documents ' +
      'avant de vous y fier.',
    nl: 'Deze informatie helpt uw onderzoek; ze vervangt het niet. Controleer ze met de persoon en de documenten voor u erop steunt.',
    de:
      'Diese Information unterstützt Ihre Untersuchung; sie ersetzt sie nicht. Prüfen Sie sie mit der Person und den ' +
      'Unterlagen, bevor Sie sich darauf stützen.',
    en: 'This information helps your inquiry; it does not replace it. Check it with the person and the documents before relying on it.',
  },
  'rse.expires': {
    fr: 'Conservée dans ce dossier jusqu’au {date}.',
    nl: 'Bewaard in dit dossier tot {date}.',
    de: 'In dieser Akte aufbewahrt bis zum {date}.',
    en: 'Kept in this file until {date}.',
  },
  'rse.expired': {
    fr: 'Ce résumé a expiré et n’est plus affiché.',
    nl: 'Deze samenvatting is vervallen en wordt niet meer getoond.',
    de: 'Diese Zusammenfassung ist abgelaufen und wird nicht mehr angezeigt.',
    en: 'This summary has expired and is no longer shown.',
  },
  'rse.noDecisions': {
    fr: 'Aucune décision dans la période de partage.',
    nl: 'Geen beslissing binnen de deelperiode.',
    de: 'Keine Entscheidung im Zeitraum der Weitergabe.',
    en: 'No decision inside the sharing window.',
  },
  'rse.decisions': { fr: 'Décisions du {cpas}', nl: 'Beslissingen van {cpas}', de: 'Entscheidungen von {cpas}', en: 'Decisions of {cpas}' },
  'rse.itemStatus': { fr: 'Statut', nl: 'Stand', de: 'Stand', en: 'Status' },
  'rse.period': { fr: 'du {from} au {to}', nl: 'van {from} tot {to}', de: 'vom {from} bis {to}', en: 'from {from} to {to}' },
  'rse.statement': {
    fr: 'Déclaration de la personne du {date} :',
    nl: 'Verklaring van de persoon van {date}:',
    de: 'Erklärung der Person vom {date}:',
    en: "The person's statement of {date}:",
  },
  'rse.piis.yes': {
    fr: 'Un projet d’intégration (PIIS) a été signé le {date}.',
    nl: 'Een integratieproject (GPMI) werd ondertekend op {date}.',
    de: 'Ein Integrationsprojekt (PIIS) wurde am {date} unterzeichnet.',
    en: 'An integration project (PIIS) was signed on {date}.',
  },
  'rse.piis.no': {
    fr: 'Pas de projet d’intégration (PIIS).',
    nl: 'Geen integratieproject (GPMI).',
    de: 'Kein Integrationsprojekt (PIIS).',
    en: 'No integration project (PIIS).',
  },
  'rse.corrected': {
    fr: 'Corrigé par le CPAS le {date} : {status}.',
    nl: 'Verbeterd door het OCMW op {date}: {status}.',
    de: 'Vom ÖSHZ am {date} berichtigt: {status}.',
    en: 'Corrected by the CPAS on {date}: {status}.',
  },
  'rse.contact': {
    fr: 'Contact du service social du {cpas} :',
    nl: 'Contact van de sociale dienst van {cpas}:',
    de: 'Kontakt des Sozialdienstes von {cpas}:',
    en: 'Contact of the social service of {cpas}:',
  },
  'rse.backToRse': {
    fr: 'Retour à la consultation RSE',
    nl: 'Terug naar de ESV-raadpleging',
    de: 'Zurück zur ESB-Abfrage',
    en: 'Back to the RSE consultation',
  },
  'rseStatus.answered': {
    fr: 'Le {cpas} a répondu.',
    nl: '{cpas} heeft geantwoord.',
    de: '{cpas} hat geantwortet.',
    en: '{cpas} answered.',
  },
  'rseStatus.no-file': {
    fr: 'Le {cpas} n’a pas de dossier sur cette personne.',
    nl: '{cpas} heeft geen dossier over deze persoon.',
    de: '{cpas} führt keine Akte über diese Person.',
    en: '{cpas} holds no file on this person.',
  },
  'rseStatus.withheld': {
    fr: 'Le {cpas} n’a pas partagé son résumé.',
    nl: '{cpas} heeft zijn samenvatting niet gedeeld.',
    de: '{cpas} hat seine Zusammenfassung nicht weitergegeben.',
    en: '{cpas} did not share its summary.',
  },
  'rseStatus.pending': {
    fr: 'Le {cpas} n’a pas encore répondu. Il est interrogé à nouveau chaque fois que vous ouvrez cette page.',
    nl: '{cpas} heeft nog niet geantwoord. Het wordt opnieuw gevraagd telkens u deze pagina opent.',
    de: '{cpas} hat noch nicht geantwortet. Bei jedem Öffnen dieser Seite wird erneut gefragt.',
    en: '{cpas} has not answered yet. It is asked again each time you open this page.',
  },
  'rseStatus.error': {
    fr: 'La réponse du {cpas} n’a pas pu être vérifiée et n’a pas été utilisée.',
    nl: 'Het antwoord van {cpas} kon niet worden geverifieerd en werd niet gebruikt.',
    de: 'Die Antwort von {cpas} konnte nicht überprüft werden und wurde nicht verwendet.',
    en: 'The answer of {cpas} could not be verified and was not used.',
  },
});
