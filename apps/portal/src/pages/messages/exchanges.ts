/**
 * Who consulted my information: every exchange about me, in a sentence, with its verification.
 * Each key holds its French, Dutch and German texts side by side (a missing language does not compile).
 */
import { definePortalCatalog } from './languages.ts';

export const exchanges = definePortalCatalog({
  exchangesTitle: { fr: 'Qui a consulté mes informations', nl: 'Wie mijn gegevens heeft bekeken', de: 'Wer meine Daten abgefragt hat' },
  exchangesIntro: {
    fr:
      'Voici tous les échanges à votre sujet passés par le carrefour entre CPAS. Chaque ligne est vérifiée : le ' +
      'portail contrôle lui-même, avec une preuve mathématique, qu’elle est bien inscrite dans le journal signé du carrefour.',
    nl:
      'Hier staan alle uitwisselingen over u die via het knooppunt tussen OCMW’s zijn gegaan. Elke regel wordt ' +
      'gecontroleerd: het portaal gaat zelf, met een wiskundig bewijs, na dat ze echt in het ondertekende logboek van ' +
      'het knooppunt staat.',
    de:
      'Hier sehen Sie alle Austausche über Sie, die über die Zentrale zwischen den ÖSHZ gelaufen sind. Jede Zeile ' +
      'wird geprüft: Das Portal kontrolliert selbst, mit einem mathematischen Nachweis, dass sie im unterzeichneten ' +
      'Protokoll der Zentrale steht.',
  },
  exchangesNone: {
    fr: 'Aucun échange à votre sujet pour l’instant.',
    nl: 'Nog geen uitwisselingen over u.',
    de: 'Noch keine Austausche über Sie.',
  },
  allVerified: {
    fr: 'Les {count} échanges sont vérifiés.',
    nl: 'De {count} uitwisselingen zijn gecontroleerd.',
    de: 'Die {count} Austausche sind geprüft.',
  },
  someFailed: {
    fr:
      'Attention : la vérification a échoué pour {count} échange(s). Ces lignes ne correspondent pas au journal signé ' +
      'du carrefour. Ce n’est pas de votre faute. Signalez-le au service social de votre CPAS ou à l’autorité de protection des données.',
    nl:
      'Let op: de controle is mislukt voor {count} uitwisseling(en). Deze regels komen niet overeen met het ' +
      'ondertekende logboek van het knooppunt. Dit is niet uw fout. Meld het aan de sociale dienst van uw OCMW of aan ' +
      'de Gegevensbeschermingsautoriteit.',
    de:
      'Achtung: Die Prüfung ist für {count} Austausch(e) fehlgeschlagen. Diese Zeilen stimmen nicht mit dem ' +
      'unterzeichneten Protokoll der Zentrale überein. Das ist nicht Ihre Schuld. Melden Sie es dem Sozialdienst ' +
      'Ihres ÖSHZ oder der Datenschutzbehörde.',
  },
  logInconsistent: {
    fr:
      'Alerte : le journal du carrefour a changé d’une manière qui n’est pas permise (une partie de l’historique ne ' +
      'correspond plus). Aucune ligne ne peut être considérée comme vérifiée tant que ce problème n’est pas résolu. ' +
      'Les responsables ont été prévenus.',
    nl:
      'Alarm: het logboek van het knooppunt is veranderd op een manier die niet toegestaan is (een deel van de ' +
      'geschiedenis klopt niet meer). Geen enkele regel kan als gecontroleerd gelden zolang dit niet is opgelost. De ' +
      'verantwoordelijken zijn verwittigd.',
    de:
      'Alarm: Das Protokoll der Zentrale hat sich auf eine nicht erlaubte Weise verändert (ein Teil des Verlaufs ' +
      'stimmt nicht mehr). Keine Zeile gilt als geprüft, solange das Problem nicht gelöst ist. Die Verantwortlichen wurden informiert.',
  },
  verified: { fr: 'Vérifié', nl: 'Gecontroleerd', de: 'Geprüft' },
  notVerified: { fr: 'Vérification échouée', nl: 'Controle mislukt', de: 'Prüfung fehlgeschlagen' },
  entryNumber: { fr: 'Ligne n° {index} du journal', nl: 'Regel nr. {index} van het logboek', de: 'Zeile Nr. {index} des Protokolls' },
  treeHeadLine: {
    fr: 'Journal signé du carrefour : {size} lignes au {date}.',
    nl: 'Ondertekend logboek van het knooppunt: {size} regels op {date}.',
    de: 'Unterzeichnetes Protokoll der Zentrale: {size} Zeilen am {date}.',
  },
  purpose: { fr: 'Motif : {purpose}', nl: 'Reden: {purpose}', de: 'Zweck: {purpose}' },
  'sentence.consultation.accepted': {
    fr: '{requester} a demandé ce que les autres CPAS partagent sur vous.',
    nl: '{requester} heeft gevraagd wat de andere OCMW’s over u delen.',
    de: '{requester} hat angefragt, was die anderen ÖSHZ über Sie teilen.',
  },
  'sentence.consultation.refused': {
    fr: '{requester} a demandé vos informations. Le carrefour a refusé : {outcome}.',
    nl: '{requester} heeft uw gegevens gevraagd. Het knooppunt heeft geweigerd: {outcome}.',
    de: '{requester} hat Ihre Daten angefragt. Die Zentrale hat abgelehnt: {outcome}.',
  },
  'sentence.summary.forwarded': {
    fr: 'Le carrefour a transmis la demande de {requester} à {provider}.',
    nl: 'Het knooppunt heeft de vraag van {requester} doorgestuurd naar {provider}.',
    de: 'Die Zentrale hat die Anfrage von {requester} an {provider} weitergeleitet.',
  },
  'sentence.summary.answered': {
    fr: '{provider} a répondu à {requester} : {outcome}.',
    nl: '{provider} heeft {requester} geantwoord: {outcome}.',
    de: '{provider} hat {requester} geantwortet: {outcome}.',
  },
  'sentence.person-access.answered': {
    fr: 'Vous avez regardé ce que {provider} partage sur vous : {outcome}.',
    nl: 'U hebt bekeken wat {provider} over u deelt: {outcome}.',
    de: 'Sie haben angesehen, was {provider} über Sie teilt: {outcome}.',
  },
  'sentence.statement.forwarded': {
    fr: 'Votre déclaration a été transmise à {provider} : {outcome}.',
    nl: 'Uw verklaring is doorgestuurd naar {provider}: {outcome}.',
    de: 'Ihre Erklärung wurde an {provider} weitergeleitet: {outcome}.',
  },
  'sentence.contest.forwarded': {
    fr: 'Votre contestation a été transmise à {provider} : {outcome}.',
    nl: 'Uw betwisting is doorgestuurd naar {provider}: {outcome}.',
    de: 'Ihre Anfechtung wurde an {provider} weitergeleitet: {outcome}.',
  },
  'sentence.block.recorded': {
    fr: 'Vous avez demandé que {provider} ne reçoive plus votre résumé.',
    nl: 'U hebt gevraagd dat {provider} uw samenvatting niet meer krijgt.',
    de: 'Sie haben verlangt, dass {provider} Ihre Zusammenfassung nicht mehr erhält.',
  },
  'sentence.correction.received': {
    fr: '{requester} a corrigé une décision qu’il avait partagée : {outcome}.',
    nl: '{requester} heeft een beslissing verbeterd die het had gedeeld: {outcome}.',
    de: '{requester} hat eine geteilte Entscheidung berichtigt: {outcome}.',
  },
  'sentence.correction.notified': {
    fr: 'Le carrefour a prévenu {requester} d’une correction faite par {provider}.',
    nl: 'Het knooppunt heeft {requester} verwittigd van een verbetering door {provider}.',
    de: 'Die Zentrale hat {requester} über eine Berichtigung durch {provider} informiert.',
  },
  'sentence.transfer.forwarded': {
    fr: 'Votre demande d’aide a été transmise entre {requester} et {provider} : {outcome}.',
    nl: 'Uw hulpaanvraag is doorgestuurd tussen {requester} en {provider}: {outcome}.',
    de: 'Ihr Hilfeantrag wurde zwischen {requester} und {provider} weitergeleitet: {outcome}.',
  },
  'outcome.transfer': {
    fr: 'le premier CPAS l’a envoyée au CPAS qu’il estime compétent',
    nl: 'het eerste OCMW heeft ze naar het OCMW gestuurd dat het bevoegd acht',
    de: 'das erste ÖSHZ hat ihn an das ÖSHZ gesendet, das es für zuständig hält',
  },
  'outcome.transfer-answer': {
    fr: 'le CPAS qui l’a reçue a répondu sur sa compétence',
    nl: 'het OCMW dat ze ontving, heeft geantwoord over zijn bevoegdheid',
    de: 'das ÖSHZ, das ihn erhielt, hat zu seiner Zuständigkeit geantwortet',
  },
  'outcome.consultation.malformed': {
    fr: 'demande incomplète, rien n’a été envoyé',
    nl: 'onvolledige vraag, er is niets verstuurd',
    de: 'unvollständige Anfrage, nichts wurde gesendet',
  },
  'outcome.provider.no-endpoint': {
    fr: 'ce CPAS n’est pas encore raccordé',
    nl: 'dit OCMW is nog niet aangesloten',
    de: 'dieses ÖSHZ ist noch nicht angeschlossen',
  },
  'outcome.provider.malformed-answer': {
    fr: 'réponse illisible, écartée',
    nl: 'onleesbaar antwoord, terzijde gelegd',
    de: 'unlesbare Antwort, verworfen',
  },
  'outcome.summary.invalid': {
    fr: 'résumé non conforme, écarté',
    nl: 'samenvatting niet conform, terzijde gelegd',
    de: 'Zusammenfassung nicht konform, verworfen',
  },
  'outcome.person-request.text-invalid': {
    fr: 'texte vide ou trop long, non enregistré',
    nl: 'tekst leeg of te lang, niet geregistreerd',
    de: 'Text leer oder zu lang, nicht gespeichert',
  },
  'sentence.unknown': { fr: 'Échange d’un type inconnu.', nl: 'Uitwisseling van een onbekend soort.', de: 'Austausch unbekannter Art.' },
  'outcome.answered': { fr: 'informations envoyées', nl: 'gegevens verstuurd', de: 'Daten gesendet' },
  'outcome.no-file': { fr: 'pas de dossier', nl: 'geen dossier', de: 'keine Akte' },
  'outcome.withheld': {
    fr: 'réponse retenue par le CPAS',
    nl: 'antwoord tegengehouden door het OCMW',
    de: 'Antwort vom ÖSHZ zurückgehalten',
  },
  'outcome.pending': {
    fr: 'en attente, le CPAS ne répondait pas',
    nl: 'in afwachting, het OCMW antwoordde niet',
    de: 'ausstehend, das ÖSHZ antwortete nicht',
  },
  'outcome.error': {
    fr: 'erreur technique, rien n’a été envoyé',
    nl: 'technische fout, er is niets verstuurd',
    de: 'technischer Fehler, nichts wurde gesendet',
  },
  'outcome.forwarded': { fr: 'transmise', nl: 'doorgestuurd', de: 'weitergeleitet' },
  'outcome.recorded': { fr: 'enregistrée', nl: 'geregistreerd', de: 'gespeichert' },
  'outcome.blocked': { fr: 'bloqué', nl: 'geblokkeerd', de: 'gesperrt' },
  'outcome.corrected': { fr: 'corrigée', nl: 'verbeterd', de: 'berichtigt' },
  'outcome.annulled': { fr: 'annulée', nl: 'vernietigd', de: 'aufgehoben' },
  'outcome.consultation.blocked': {
    fr: 'vous avez bloqué ce CPAS',
    nl: 'u hebt dit OCMW geblokkeerd',
    de: 'Sie haben dieses ÖSHZ gesperrt',
  },
  'outcome.consultation.no-integration': {
    fr: 'ce CPAS n’avait pas de dossier ouvert à votre nom',
    nl: 'dit OCMW had geen open dossier op uw naam',
    de: 'dieses ÖSHZ hatte keine offene Akte auf Ihren Namen',
  },
  'outcome.consultation.purpose-not-allowed': {
    fr: 'ce motif n’est pas permis',
    nl: 'deze reden is niet toegestaan',
    de: 'dieser Zweck ist nicht erlaubt',
  },
  'outcome.consultation.person-not-informed': {
    fr: 'vous n’aviez pas encore été informé·e',
    nl: 'u was nog niet geïnformeerd',
    de: 'Sie waren noch nicht informiert',
  },
  'outcome.person-request.decision-not-found': {
    fr: 'décision introuvable',
    nl: 'beslissing niet gevonden',
    de: 'Entscheidung nicht gefunden',
  },
  'outcome.provider.unreachable': { fr: 'le CPAS ne répondait pas', nl: 'het OCMW antwoordde niet', de: 'das ÖSHZ antwortete nicht' },
  'outcome.signature': { fr: 'message non valable', nl: 'ongeldig bericht', de: 'ungültige Nachricht' },
  'outcome.providers': { fr: '{count} CPAS interrogé(s)', nl: '{count} OCMW(’s) bevraagd', de: '{count} ÖSHZ angefragt' },
  'outcome.recipients': { fr: 'transmise à {count} CPAS', nl: 'doorgestuurd naar {count} OCMW(’s)', de: 'an {count} ÖSHZ weitergeleitet' },
  'outcome.refused': {
    fr: 'non enregistrée par le CPAS (décision introuvable ou message illisible)',
    nl: 'niet geregistreerd door het OCMW (beslissing niet gevonden of bericht onleesbaar)',
    de: 'vom ÖSHZ nicht erfasst (Beschluss nicht gefunden oder Nachricht unlesbar)',
  },
  'purpose.other': { fr: 'autre motif prévu par la loi', nl: 'ander wettelijk doel', de: 'anderer gesetzlicher Zweck' },
  'purpose.social-investigation': {
    fr: 'examiner une nouvelle demande d’aide',
    nl: 'een nieuwe hulpaanvraag onderzoeken',
    de: 'einen neuen Hilfeantrag prüfen',
  },
  'purpose.review': { fr: 'revoir une aide en cours', nl: 'lopende hulp herzien', de: 'eine laufende Hilfe überprüfen' },
  'purpose.person-access': {
    fr: 'à votre demande, dans ce portail',
    nl: 'op uw vraag, in dit portaal',
    de: 'auf Ihre Anfrage, in diesem Portal',
  },
});
