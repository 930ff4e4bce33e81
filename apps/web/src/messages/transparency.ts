/**
 * The node's transparency page for the security advisor (ADR 0017): keys in the CPAS's name it did
 * not register, and the audit chain's anchor in the hub's log.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const transparency = defineCatalog({
  'transparency.title': {
    fr: 'Transparence des clés et ancrage du journal d’audit',
    nl: 'Transparantie van de sleutels en verankering van het auditlogboek',
    de: 'Schlüsseltransparenz und Verankerung des Prüfprotokolls',
    en: 'Key transparency and audit log anchoring',
  },
  'transparency.link': {
    fr: 'Transparence des clés et ancrage du journal d’audit',
    nl: 'Transparantie van de sleutels en verankering van het auditlogboek',
    de: 'Schlüsseltransparenz und Verankerung des Prüfprotokolls',
    en: 'Key transparency and audit log anchoring',
  },
  'transparency.keys.heading': {
    fr: 'Clés publiées au nom du CPAS',
    nl: 'Sleutels gepubliceerd op naam van het OCMW',
    de: 'Im Namen des ÖSHZ veröffentlichte Schlüssel',
    en: 'Keys published in the CPAS’s name',
  },
  'transparency.keys.intro': {
    fr:
      'Le journal des échanges de la plateforme contient chaque clé enregistrée au nom de votre CPAS. ' +
      'Ce serveur le vérifie chaque minute : une clé qu’il n’a pas enregistrée pourrait servir à lire les résumés destinés à votre ' +
      'CPAS.',
    nl:
      'Het uitwisselingslogboek van het platform bevat elke sleutel die op naam van uw OCMW is geregistreerd. ' +
      'Deze server controleert dat elke minuut: een sleutel die hij niet heeft geregistreerd, kan dienen om samenvattingen voor uw ' +
      'OCMW te lezen.',
    de:
      'Das Austauschprotokoll der Plattform enthält jeden im Namen Ihres ÖSHZ registrierten Schlüssel. ' +
      'Dieser Server prüft es jede Minute: Ein Schlüssel, den er nicht registriert hat, könnte dazu dienen, für Ihr ÖSHZ bestimmte ' +
      'Zusammenfassungen zu lesen.',
    en:
      'The platform’s exchange log holds every key registered in your CPAS’s name. This server checks it every minute: ' +
      'a key it did not register could be used to read summaries meant for your CPAS.',
  },
  'transparency.keys.none': {
    fr: 'Aucune clé inconnue : toutes les clés publiées au nom du CPAS sont les siennes.',
    nl: 'Geen onbekende sleutel: alle op naam van het OCMW gepubliceerde sleutels zijn van het OCMW zelf.',
    de: 'Kein unbekannter Schlüssel: Alle im Namen des ÖSHZ veröffentlichten Schlüssel gehören ihm.',
    en: 'No unknown key: every key published in the CPAS’s name is its own.',
  },
  'transparency.keys.alert': {
    fr: 'Une clé que ce serveur n’a pas enregistrée est publiée au nom du CPAS. Prévenez l’opérateur de la plateforme et l’autorité de protection des données.',
    nl:
      'Er is op naam van het OCMW een sleutel gepubliceerd die deze server niet heeft geregistreerd. ' +
      'Verwittig de beheerder van het platform en de gegevensbeschermingsautoriteit.',
    de:
      'Im Namen des ÖSHZ ist ein Schlüssel veröffentlicht, den dieser Server nicht registriert hat. ' +
      'Benachrichtigen Sie den Betreiber der Plattform und die Datenschutzbehörde.',
    en: 'A key this server did not register is published in the CPAS’s name. Tell the platform operator and the data-protection authority.',
  },
  'transparency.keys.caption': { fr: 'Clés inconnues', nl: 'Onbekende sleutels', de: 'Unbekannte Schlüssel', en: 'Unknown keys' },
  'transparency.keys.use': { fr: 'Usage', nl: 'Gebruik', de: 'Verwendung', en: 'Use' },
  'transparency.keys.use.enc': { fr: 'Chiffrement', nl: 'Versleuteling', de: 'Verschlüsselung', en: 'Encryption' },
  'transparency.keys.use.sig': { fr: 'Signature', nl: 'Ondertekening', de: 'Signatur', en: 'Signature' },
  'transparency.keys.kid': { fr: 'Identifiant de la clé', nl: 'Sleutelkenmerk', de: 'Schlüsselkennung', en: 'Key identifier' },
  'transparency.keys.entry': { fr: 'Entrée du journal', nl: 'Logboekregel', de: 'Protokolleintrag', en: 'Log entry' },
  'transparency.keys.detected': { fr: 'Détectée le', nl: 'Vastgesteld op', de: 'Festgestellt am', en: 'Detected on' },
  'transparency.anchor.heading': {
    fr: 'Ancrage du journal d’audit',
    nl: 'Verankering van het auditlogboek',
    de: 'Verankerung des Prüfprotokolls',
    en: 'Audit log anchoring',
  },
  'transparency.anchor.intro': {
    fr:
      'Toutes les cinq minutes, l’empreinte du dernier événement du journal d’audit est inscrite dans le journal de la plateforme, ' +
      'cosigné par des témoins. Même un administrateur de ce serveur ne peut plus réécrire un événement ancré sans que « rse ' +
      'verify-audit » le signale.',
    nl:
      'Om de vijf minuten wordt de vingerafdruk van de laatste gebeurtenis van het auditlogboek opgenomen in het logboek van het ' +
      'platform, medeondertekend door getuigen. Zelfs een beheerder van deze server kan een verankerde gebeurtenis niet meer ' +
      'herschrijven zonder dat „rse verify-audit” het meldt.',
    de:
      'Alle fünf Minuten wird der Fingerabdruck des letzten Ereignisses des Prüfprotokolls in das Protokoll der Plattform eingetragen, ' +
      'von Zeugen mitunterzeichnet. Selbst ein Administrator dieses Servers kann ein verankertes Ereignis nicht mehr umschreiben, ohne ' +
      'dass „rse verify-audit“ es meldet.',
    en:
      'Every five minutes, the fingerprint of the audit log’s last event is written into the platform’s log, cosigned by witnesses. ' +
      'Even an administrator of this server can no longer rewrite an anchored event without “rse verify-audit” reporting it.',
  },
  'transparency.anchor.last': {
    fr: 'Dernier ancrage : événement n° {event} (entrée {entry} du journal de la plateforme), le {date}.',
    nl: 'Laatste verankering: gebeurtenis nr. {event} (regel {entry} van het platformlogboek), op {date}.',
    de: 'Letzte Verankerung: Ereignis Nr. {event} (Eintrag {entry} des Plattformprotokolls), am {date}.',
    en: 'Last anchor: event no. {event} (entry {entry} of the platform’s log), on {date}.',
  },
  'transparency.anchor.pending': {
    fr: '{count} événement(s) plus récent(s) seront ancrés au prochain passage.',
    nl: '{count} recentere gebeurtenis(sen) worden bij de volgende ronde verankerd.',
    de: '{count} neuere(s) Ereignis(se) werden beim nächsten Durchgang verankert.',
    en: '{count} more recent event(s) will be anchored on the next run.',
  },
  'transparency.anchor.none': {
    fr: 'Le journal d’audit n’a pas encore été ancré (la plateforme n’était peut-être pas joignable).',
    nl: 'Het auditlogboek is nog niet verankerd (het platform was misschien niet bereikbaar).',
    de: 'Das Prüfprotokoll wurde noch nicht verankert (die Plattform war vielleicht nicht erreichbar).',
    en: 'The audit log has not been anchored yet (the platform may not have been reachable).',
  },
});
