/**
 * The person's browser checking the exchange log itself (issue 13, scope 4; public/verify.js reads
 * these texts from the page): a verdict in words, never by colour alone. French, Dutch and German side by side.
 */
import { definePortalCatalog } from './languages.ts';

export const browserCheck = definePortalCatalog({
  browserCheckTitle: { fr: 'Vérifié par votre navigateur', nl: 'Gecontroleerd door uw browser', de: 'Von Ihrem Browser geprüft' },
  browserCheckIntro: {
    fr:
      'Votre navigateur peut aussi vérifier lui-même chaque échange, sans faire confiance ni au portail ni au carrefour. ' +
      'Il ne l’a pas fait (JavaScript est désactivé ou pas disponible) : la vérification du portail ci-dessus reste valable.',
    nl:
      'Uw browser kan ook zelf elke uitwisseling controleren, zonder het portaal of het knooppunt te vertrouwen. ' +
      'Dat is niet gebeurd (JavaScript staat uit of is niet beschikbaar): de controle door het portaal hierboven blijft geldig.',
    de:
      'Ihr Browser kann auch selbst jeden Austausch prüfen, ohne dem Portal oder der Zentrale zu vertrauen. ' +
      'Das ist nicht geschehen (JavaScript ist aus oder nicht verfügbar): Die Prüfung durch das Portal oben bleibt gültig.',
  },
  browserChecking: {
    fr: 'Votre navigateur vérifie lui-même le journal du carrefour…',
    nl: 'Uw browser controleert zelf het logboek van het knooppunt…',
    de: 'Ihr Browser prüft selbst das Protokoll der Zentrale…',
  },
  browserVerified: {
    fr:
      'Votre navigateur a vérifié lui-même les {count} échanges : chacun est inscrit dans le journal du carrefour, ' +
      'signé par le carrefour et contresigné par des témoins indépendants.',
    nl:
      'Uw browser heeft de {count} uitwisselingen zelf gecontroleerd: elke uitwisseling staat in het logboek van het ' +
      'knooppunt, ondertekend door het knooppunt en medeondertekend door onafhankelijke getuigen.',
    de:
      'Ihr Browser hat die {count} Austausche selbst geprüft: Jeder steht im Protokoll der Zentrale, unterzeichnet von ' +
      'der Zentrale und mitunterzeichnet von unabhängigen Zeugen.',
  },
  browserPending: {
    fr: '{count} échange(s) trop récent(s) n’est pas encore dans le journal publié : rechargez la page dans une minute.',
    nl: '{count} te recente uitwisseling(en) staat nog niet in het gepubliceerde logboek: laad de pagina over een minuut opnieuw.',
    de: '{count} zu neue(r) Austausch(e) steht noch nicht im veröffentlichten Protokoll: Laden Sie die Seite in einer Minute neu.',
  },
  browserFailed: {
    fr:
      'Attention : votre navigateur n’a pas pu vérifier {count} échange(s). Ces lignes ne correspondent pas au journal ' +
      'signé du carrefour. Ce n’est pas de votre faute. Signalez-le au service social de votre CPAS ou à l’autorité de ' +
      'protection des données.',
    nl:
      'Let op: uw browser kon {count} uitwisseling(en) niet controleren. Deze regels komen niet overeen met het ' +
      'ondertekende logboek van het knooppunt. Dit is niet uw fout. Meld het aan de sociale dienst van uw OCMW of aan ' +
      'de Gegevensbeschermingsautoriteit.',
    de:
      'Achtung: Ihr Browser konnte {count} Austausch(e) nicht prüfen. Diese Zeilen stimmen nicht mit dem unterzeichneten ' +
      'Protokoll der Zentrale überein. Das ist nicht Ihre Schuld. Melden Sie es dem Sozialdienst Ihres ÖSHZ oder der Datenschutzbehörde.',
  },
  browserCheckpoint: {
    fr: 'Journal vérifié : {size} lignes, contresigné par {cosigners} témoin(s).',
    nl: 'Gecontroleerd logboek: {size} regels, medeondertekend door {cosigners} getuige(n).',
    de: 'Geprüftes Protokoll: {size} Zeilen, mitunterzeichnet von {cosigners} Zeuge(n).',
  },
  browserConsistent: {
    fr: 'Il prolonge bien celui que votre navigateur avait vu la dernière fois ({size} lignes) : rien n’a été réécrit.',
    nl: 'Het is een voortzetting van het logboek dat uw browser de vorige keer zag ({size} regels): er is niets herschreven.',
    de: 'Es setzt das Protokoll fort, das Ihr Browser zuletzt gesehen hat ({size} Zeilen): Nichts wurde umgeschrieben.',
  },
  browserEntryVerified: { fr: 'Vérifié par votre navigateur', nl: 'Gecontroleerd door uw browser', de: 'Von Ihrem Browser geprüft' },
  browserEntryFailed: {
    fr: 'Votre navigateur n’a pas pu le vérifier',
    nl: 'Uw browser kon dit niet controleren',
    de: 'Ihr Browser konnte dies nicht prüfen',
  },
  browserEntryPending: {
    fr: 'Pas encore dans le journal publié',
    nl: 'Nog niet in het gepubliceerde logboek',
    de: 'Noch nicht im veröffentlichten Protokoll',
  },
  browserReasonSignature: {
    fr:
      'Attention : votre navigateur a refusé le journal du carrefour, car sa signature n’est pas valable. Aucun échange ' +
      'ne peut être vérifié par votre navigateur. Signalez-le au service social de votre CPAS ou à l’autorité de protection des données.',
    nl:
      'Let op: uw browser heeft het logboek van het knooppunt geweigerd, omdat de handtekening niet geldig is. Geen enkele ' +
      'uitwisseling kan door uw browser worden gecontroleerd. Meld het aan de sociale dienst van uw OCMW of aan de Gegevensbeschermingsautoriteit.',
    de:
      'Achtung: Ihr Browser hat das Protokoll der Zentrale abgelehnt, weil seine Unterschrift nicht gültig ist. Kein ' +
      'Austausch kann von Ihrem Browser geprüft werden. Melden Sie es dem Sozialdienst Ihres ÖSHZ oder der Datenschutzbehörde.',
  },
  browserReasonQuorum: {
    fr:
      'Attention : votre navigateur a refusé le journal du carrefour, car il n’est pas contresigné par assez de témoins ' +
      'indépendants. Signalez-le au service social de votre CPAS ou à l’autorité de protection des données.',
    nl:
      'Let op: uw browser heeft het logboek van het knooppunt geweigerd, omdat het niet door genoeg onafhankelijke getuigen ' +
      'is medeondertekend. Meld het aan de sociale dienst van uw OCMW of aan de Gegevensbeschermingsautoriteit.',
    de:
      'Achtung: Ihr Browser hat das Protokoll der Zentrale abgelehnt, weil es nicht von genug unabhängigen Zeugen ' +
      'mitunterzeichnet ist. Melden Sie es dem Sozialdienst Ihres ÖSHZ oder der Datenschutzbehörde.',
  },
  browserReasonInconsistent: {
    fr:
      'Alerte : le journal du carrefour ne prolonge pas celui que votre navigateur avait vu la dernière fois (une partie ' +
      'de l’historique a changé). Signalez-le au service social de votre CPAS ou à l’autorité de protection des données.',
    nl:
      'Alarm: het logboek van het knooppunt is geen voortzetting van het logboek dat uw browser de vorige keer zag (een ' +
      'deel van de geschiedenis is veranderd). Meld het aan de sociale dienst van uw OCMW of aan de Gegevensbeschermingsautoriteit.',
    de:
      'Alarm: Das Protokoll der Zentrale setzt das zuletzt von Ihrem Browser gesehene nicht fort (ein Teil des Verlaufs ' +
      'hat sich geändert). Melden Sie es dem Sozialdienst Ihres ÖSHZ oder der Datenschutzbehörde.',
  },
  browserReasonProof: {
    fr: 'Attention : les données du journal reçues par votre navigateur ne correspondent pas au journal signé du carrefour.',
    nl: 'Let op: de gegevens van het logboek die uw browser ontving, komen niet overeen met het ondertekende logboek van het knooppunt.',
    de: 'Achtung: Die Daten des Protokolls, die Ihr Browser erhielt, stimmen nicht mit dem unterzeichneten Protokoll der Zentrale überein.',
  },
  browserReasonKeys: {
    fr: 'Votre navigateur n’a pas pu lire les clés du journal. La vérification du portail ci-dessus reste valable.',
    nl: 'Uw browser kon de sleutels van het logboek niet lezen. De controle door het portaal hierboven blijft geldig.',
    de: 'Ihr Browser konnte die Schlüssel des Protokolls nicht lesen. Die Prüfung durch das Portal oben bleibt gültig.',
  },
  browserReasonUnavailable: {
    fr: 'Votre navigateur n’a pas pu lire le journal du carrefour pour l’instant. La vérification du portail ci-dessus reste valable.',
    nl: 'Uw browser kon het logboek van het knooppunt nu niet lezen. De controle door het portaal hierboven blijft geldig.',
    de: 'Ihr Browser konnte das Protokoll der Zentrale gerade nicht lesen. Die Prüfung durch das Portal oben bleibt gültig.',
  },
  browserReasonUnsupported: {
    fr: 'Votre navigateur ne sait pas vérifier ces signatures (Ed25519). La vérification du portail ci-dessus reste valable.',
    nl: 'Uw browser kan deze handtekeningen (Ed25519) niet controleren. De controle door het portaal hierboven blijft geldig.',
    de: 'Ihr Browser kann diese Unterschriften (Ed25519) nicht prüfen. Die Prüfung durch das Portal oben bleibt gültig.',
  },
  browserKeysTitle: {
    fr: 'Les clés avec lesquelles votre navigateur vérifie',
    nl: 'De sleutels waarmee uw browser controleert',
    de: 'Die Schlüssel, mit denen Ihr Browser prüft',
  },
  browserKeysIntro: {
    fr:
      'La clé du journal du carrefour, puis celles des témoins ; il faut la signature de {quorum} témoin(s). Vous pouvez les ' +
      'comparer avec les clés que les témoins publient.',
    nl:
      'De sleutel van het logboek van het knooppunt, daarna die van de getuigen; de handtekening van {quorum} getuige(n) is ' +
      'nodig. U kunt ze vergelijken met de sleutels die de getuigen publiceren.',
    de:
      'Der Schlüssel des Protokolls der Zentrale, dann die der Zeugen; die Unterschrift von {quorum} Zeuge(n) ist nötig. Sie ' +
      'können sie mit den Schlüsseln vergleichen, die die Zeugen veröffentlichen.',
  },
  proofIntro: {
    fr:
      'Pour chaque ligne, vous pouvez télécharger une preuve hors ligne : un petit fichier texte (format c2sp.org/tlog-proof) ' +
      'qui montre, à quiconque le vérifie avec les clés publiques du carrefour et des témoins, que cet échange est inscrit ' +
      'dans le journal. Gardez-le avec vos papiers ou joignez-le à une lettre ou à une plainte.',
    nl:
      'Voor elke regel kunt u een offline bewijs downloaden: een klein tekstbestand (formaat c2sp.org/tlog-proof) dat aan ' +
      'iedereen die het controleert met de openbare sleutels van het knooppunt en de getuigen toont dat deze uitwisseling ' +
      'in het logboek staat. Bewaar het bij uw papieren of voeg het bij een brief of een klacht.',
    de:
      'Für jede Zeile können Sie einen Offline-Nachweis herunterladen: eine kleine Textdatei (Format c2sp.org/tlog-proof), ' +
      'die jedem, der sie mit den öffentlichen Schlüsseln der Zentrale und der Zeugen prüft, zeigt, dass dieser Austausch ' +
      'im Protokoll steht. Bewahren Sie sie bei Ihren Unterlagen auf oder legen Sie sie einem Brief oder einer Beschwerde bei.',
  },
  proofLink: {
    fr: 'Preuve hors ligne de la ligne n° {index}',
    nl: 'Offline bewijs van regel nr. {index}',
    de: 'Offline-Nachweis der Zeile Nr. {index}',
  },
  'error.tlog.entry-not-checkpointed': {
    fr: 'Cet échange n’est pas encore dans le journal publié. Réessayez dans une minute.',
    nl: 'Deze uitwisseling staat nog niet in het gepubliceerde logboek. Probeer het over een minuut opnieuw.',
    de: 'Dieser Austausch steht noch nicht im veröffentlichten Protokoll. Versuchen Sie es in einer Minute erneut.',
  },
  'error.exchange.not-found': {
    fr: 'Aucun échange à votre sujet ne porte ce numéro.',
    nl: 'Geen enkele uitwisseling over u heeft dit nummer.',
    de: 'Kein Austausch über Sie hat diese Nummer.',
  },
});
