/**
 * Parked messages to the hub, for the CPAS's IT administrator (issue 12: never parked silently).
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const outbox = defineCatalog({
  'nav.outbox': { fr: 'Messages en attente', nl: 'Wachtende berichten', de: 'Wartende Nachrichten', en: 'Parked messages' },
  'outbox.title': {
    fr: 'Messages vers la Banque-Carrefour en attente',
    nl: 'Wachtende berichten naar de Kruispuntbank',
    de: 'Wartende Nachrichten an die Zentrale Datenbank',
    en: 'Messages to the hub waiting for you',
  },
  'outbox.intro': {
    fr:
      'Ces messages n’ont pas pu être remis au carrefour et ne seront pas renvoyés d’eux-mêmes. ' +
      'Corrigez la cause, puis renvoyez-les, ou clôturez-les en indiquant pourquoi.',
    nl:
      'Deze berichten konden niet aan het knooppunt worden bezorgd en worden niet vanzelf opnieuw verstuurd. ' +
      'Verhelp de oorzaak en verstuur ze opnieuw, of sluit ze af met de reden.',
    de:
      'Diese Nachrichten konnten der Zentrale nicht zugestellt werden und werden nicht von selbst erneut gesendet. ' +
      'Beheben Sie die Ursache und senden Sie sie erneut, oder schließen Sie sie mit Begründung ab.',
    en:
      'These messages could not be delivered to the hub and will not be sent again by themselves. ' +
      'Fix the cause, then send them again, or close them saying why.',
  },
  'outbox.empty': {
    fr: 'Aucun message en attente : tout a été remis au carrefour.',
    nl: 'Geen wachtende berichten: alles is aan het knooppunt bezorgd.',
    de: 'Keine wartenden Nachrichten: alles wurde der Zentrale zugestellt.',
    en: 'No parked message: everything reached the hub.',
  },
  'outbox.caption': { fr: 'Messages en attente', nl: 'Wachtende berichten', de: 'Wartende Nachrichten', en: 'Parked messages' },
  'outbox.col.message': { fr: 'Message', nl: 'Bericht', de: 'Nachricht', en: 'Message' },
  'outbox.col.file': { fr: 'Dossier', nl: 'Dossier', de: 'Akte', en: 'File' },
  'outbox.col.since': { fr: 'Depuis le', nl: 'Sinds', de: 'Seit', en: 'Since' },
  'outbox.col.reason': { fr: 'Cause', nl: 'Oorzaak', de: 'Ursache', en: 'Cause' },
  'outbox.col.actions': { fr: 'Actions', nl: 'Acties', de: 'Aktionen', en: 'Actions' },
  'outbox.openFile': { fr: 'Ouvrir le dossier', nl: 'Dossier openen', de: 'Akte öffnen', en: 'Open the file' },
  'outbox.noFile': { fr: 'sans dossier', nl: 'zonder dossier', de: 'ohne Akte', en: 'no file' },
  'outbox.retry': {
    fr: 'Renvoyer le message {id}',
    nl: 'Bericht {id} opnieuw versturen',
    de: 'Nachricht {id} erneut senden',
    en: 'Send message {id} again',
  },
  'outbox.resolve': {
    fr: 'Clôturer le message {id}',
    nl: 'Bericht {id} afsluiten',
    de: 'Nachricht {id} abschließen',
    en: 'Close message {id}',
  },
  'outbox.resolution': { fr: 'Motif de clôture', nl: 'Reden van afsluiting', de: 'Grund des Abschlusses', en: 'Reason for closing' },
  'outbox.resolution.sent-otherwise': {
    fr: 'Transmis autrement',
    nl: 'Op een andere manier bezorgd',
    de: 'Auf anderem Weg übermittelt',
    en: 'Sent another way',
  },
  'outbox.resolution.no-longer-needed': { fr: 'Plus nécessaire', nl: 'Niet meer nodig', de: 'Nicht mehr nötig', en: 'No longer needed' },
  'outbox.done.retried': {
    fr: 'Le message sera renvoyé dans un instant.',
    nl: 'Het bericht wordt zo dadelijk opnieuw verstuurd.',
    de: 'Die Nachricht wird gleich erneut gesendet.',
    en: 'The message will be sent again in a moment.',
  },
  'outbox.done.resolved': {
    fr: 'Le message est clôturé ; la clôture est inscrite au journal d’audit.',
    nl: 'Het bericht is afgesloten; de afsluiting staat in het auditlogboek.',
    de: 'Die Nachricht ist abgeschlossen; der Abschluss steht im Prüfprotokoll.',
    en: 'The message is closed; the closing is in the audit log.',
  },
  'outbox.topic.integration': { fr: 'Intégration', nl: 'Integratie', de: 'Integration', en: 'Integration' },
  'outbox.topic.correction': {
    fr: 'Correction d’une décision',
    nl: 'Correctie van een beslissing',
    de: 'Berichtigung einer Entscheidung',
    en: 'Correction of a decision',
  },
  'outbox.topic.integration.niss-replaced': {
    fr: 'Remplacement d’un numéro NISS',
    nl: 'Vervanging van een INSZ-nummer',
    de: 'Ersetzung einer NISS-Nummer',
    en: 'Replacement of a NISS',
  },
  'outbox.topic.other': { fr: 'Autre message', nl: 'Ander bericht', de: 'Andere Nachricht', en: 'Other message' },
  'outbox.action.register': { fr: 'ouverture', nl: 'opening', de: 'Eröffnung', en: 'opening' },
  'outbox.action.end': { fr: 'fin', nl: 'einde', de: 'Ende', en: 'end' },
  'outbox.reason.no-route': {
    fr: 'Le carrefour ne reçoit pas encore ce type de message.',
    nl: 'Het knooppunt ontvangt dit soort bericht nog niet.',
    de: 'Die Zentrale nimmt diese Art Nachricht noch nicht an.',
    en: 'The hub does not take this kind of message yet.',
  },
  'outbox.reason.refused': {
    fr: 'Le carrefour a refusé le message (code {code}).',
    nl: 'Het knooppunt heeft het bericht geweigerd (code {code}).',
    de: 'Die Zentrale hat die Nachricht abgelehnt (Code {code}).',
    en: 'The hub refused the message (code {code}).',
  },
  'outbox.forbidden': {
    fr: 'Seul l’administrateur informatique du CPAS voit les messages en attente.',
    nl: 'Alleen de IT-beheerder van het OCMW ziet de wachtende berichten.',
    de: 'Nur der IT-Administrator des ÖSHZ sieht die wartenden Nachrichten.',
    en: 'Only the CPAS’s IT administrator sees parked messages.',
  },
});
