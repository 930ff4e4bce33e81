/**
 * The file's exchanges with other CPAS and with the person: the transfer to the competent CPAS (R7)
 * and the transfers received. Each key holds its French, Dutch, German and English texts side by side.
 */
import { defineCatalog } from '#ui/index.ts';

export const exchangeFile = defineCatalog({
  'request.link.transfer': {
    fr: 'Transmettre au CPAS compétent',
    nl: 'Doorsturen naar het bevoegde OCMW',
    de: 'An das zuständige ÖSHZ weiterleiten',
    en: 'Transfer to the competent CPAS',
  },
  'transfer.title': {
    fr: 'Transmission au CPAS compétent',
    nl: 'Doorzending naar het bevoegde OCMW',
    de: 'Weiterleitung an das zuständige ÖSHZ',
    en: 'Transfer to the competent CPAS',
  },
  'transfer.intro': {
    fr:
      'Si votre CPAS n’est pas territorialement compétent, transmettez la demande par écrit au CPAS compétent dans les 5 jours ' +
      'et informez-en la personne par écrit dans le même délai (loi du 2 avril 1965). La demande garde sa date d’origine.',
    nl:
      'Als uw OCMW territoriaal niet bevoegd is, stuurt u de aanvraag binnen 5 dagen schriftelijk door naar het bevoegde OCMW ' +
      'en brengt u de persoon binnen dezelfde termijn schriftelijk op de hoogte (wet van 2 april 1965). De aanvraag behoudt haar oorspronkelijke datum.',
    de:
      'Ist Ihr ÖSHZ örtlich nicht zuständig, leiten Sie den Antrag innerhalb von 5 Tagen schriftlich an das zuständige ÖSHZ weiter ' +
      'und informieren die Person innerhalb derselben Frist schriftlich (Gesetz vom 2. April 1965). Der Antrag behält sein ursprüngliches Datum.',
    en:
      'If your CPAS is not territorially competent, forward the request in writing to the competent CPAS within 5 days and inform ' +
      'the person in writing within the same time (law of 2 April 1965). The request keeps its original date.',
  },
  'transfer.due': {
    fr: 'À transmettre au plus tard le {date}',
    nl: 'Door te sturen uiterlijk op {date}',
    de: 'Spätestens am {date} weiterzuleiten',
    en: 'To be transferred by {date}',
  },
  'transfer.tooLate': {
    fr: 'Cette demande ne peut plus être transmise : un rapport a été signé ou une décision a été prise.',
    nl: 'Deze aanvraag kan niet meer worden doorgestuurd: er is een verslag ondertekend of een beslissing genomen.',
    de: 'Dieser Antrag kann nicht mehr weitergeleitet werden: Ein Bericht wurde unterzeichnet oder eine Entscheidung getroffen.',
    en: 'This request can no longer be transferred: a report was signed or a decision taken.',
  },
  'transfer.field.to': { fr: 'CPAS compétent', nl: 'Bevoegd OCMW', de: 'Zuständiges ÖSHZ', en: 'Competent CPAS' },
  'transfer.field.to.hint': {
    fr: 'Les CPAS reliés au carrefour reçoivent la demande directement.',
    nl: 'De OCMW’s die op het knooppunt zijn aangesloten, ontvangen de aanvraag rechtstreeks.',
    de: 'Die an die Zentrale angeschlossenen ÖSHZ erhalten den Antrag direkt.',
    en: 'CPAS connected to the hub receive the request directly.',
  },
  'transfer.field.reason': {
    fr: 'Motif (ce qui fonde la compétence de l’autre CPAS)',
    nl: 'Reden (waarop de bevoegdheid van het andere OCMW berust)',
    de: 'Grund (worauf die Zuständigkeit des anderen ÖSHZ beruht)',
    en: 'Reason (what makes the other CPAS competent)',
  },
  'transfer.field.reason.hint': {
    fr: 'Ce motif figure dans la lettre à la personne et est transmis au CPAS compétent.',
    nl: 'Deze reden staat in de brief aan de persoon en wordt aan het bevoegde OCMW bezorgd.',
    de: 'Dieser Grund steht im Brief an die Person und wird dem zuständigen ÖSHZ übermittelt.',
    en: 'This reason appears in the letter to the person and is sent to the competent CPAS.',
  },
  'transfer.field.startedAt': {
    fr: 'Date de la transmission',
    nl: 'Datum van doorzending',
    de: 'Datum der Weiterleitung',
    en: 'Date of transfer',
  },
  'transfer.field.informedAt': {
    fr: 'Date de la lettre à la personne',
    nl: 'Datum van de brief aan de persoon',
    de: 'Datum des Briefes an die Person',
    en: 'Date of the letter to the person',
  },
  'transfer.submit': { fr: 'Transmettre la demande', nl: 'Aanvraag doorsturen', de: 'Antrag weiterleiten', en: 'Transfer the request' },
  'transfer.done': {
    fr: 'La demande a été transmise. Imprimez la lettre pour la personne.',
    nl: 'De aanvraag is doorgestuurd. Druk de brief voor de persoon af.',
    de: 'Der Antrag wurde weitergeleitet. Drucken Sie den Brief für die Person aus.',
    en: 'The request was transferred. Print the letter for the person.',
  },
  'transfer.to': { fr: 'Transmise à', nl: 'Doorgestuurd naar', de: 'Weitergeleitet an', en: 'Transferred to' },
  'transfer.startedAt': { fr: 'Transmise le', nl: 'Doorgestuurd op', de: 'Weitergeleitet am', en: 'Transferred on' },
  'transfer.informedAt': {
    fr: 'Personne informée le',
    nl: 'Persoon geïnformeerd op',
    de: 'Person informiert am',
    en: 'Person informed on',
  },
  'transfer.reason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'transfer.timeliness': { fr: 'Délai de 5 jours', nl: 'Termijn van 5 dagen', de: 'Frist von 5 Tagen', en: 'Five-day limit' },
  'transfer.inTime': { fr: 'respecté', nl: 'nageleefd', de: 'eingehalten', en: 'met' },
  'transfer.late': { fr: 'dépassé', nl: 'overschreden', de: 'überschritten', en: 'missed' },
  'transfer.state': { fr: 'Suivi', nl: 'Opvolging', de: 'Stand', en: 'Follow-up' },
  'transfer.hub.not-sent': {
    fr: 'Non envoyée par le carrefour (personne sans NISS) : envoyez le dossier par courrier',
    nl: 'Niet verstuurd via het knooppunt (persoon zonder INSZ): stuur het dossier per post',
    de: 'Nicht über die Zentrale gesendet (Person ohne ENSS): Senden Sie die Akte per Post',
    en: 'Not sent through the hub (person without NISS): send the file by post',
  },
  'transfer.hub.queued': {
    fr: 'Envoyée, en attente de la réponse du CPAS',
    nl: 'Verstuurd, wacht op het antwoord van het OCMW',
    de: 'Gesendet, Antwort des ÖSHZ ausstehend',
    en: 'Sent, awaiting the CPAS’s answer',
  },
  'transfer.hub.accepted': {
    fr: 'Acceptée : le CPAS se reconnaît compétent',
    nl: 'Aanvaard: het OCMW erkent zijn bevoegdheid',
    de: 'Angenommen: Das ÖSHZ erkennt seine Zuständigkeit an',
    en: 'Accepted: the CPAS recognises it is competent',
  },
  'transfer.hub.disputed': {
    fr: 'Contestée : le CPAS s’estime incompétent et saisit le SPP Intégration sociale',
    nl: 'Betwist: het OCMW acht zich onbevoegd en legt de zaak voor aan de POD Maatschappelijke Integratie',
    de: 'Bestritten: Das ÖSHZ hält sich für unzuständig und legt die Sache dem ÖPD Sozialeingliederung vor',
    en: 'Disputed: the CPAS considers itself not competent and refers it to the SPP Social Integration',
  },
  'transfer.answerReason': { fr: 'Motif du CPAS', nl: 'Reden van het OCMW', de: 'Grund des ÖSHZ', en: 'The CPAS’s reason' },
  'transfer.letter': { fr: 'Lettre à la personne', nl: 'Brief aan de persoon', de: 'Brief an die Person', en: 'Letter to the person' },
  'transfer.letterIn': { fr: 'PDF ({language})', nl: 'PDF ({language})', de: 'PDF ({language})', en: 'PDF ({language})' },
  'transfer.noDestination': {
    fr: 'Le carrefour ne répond pas : la liste des CPAS n’est pas disponible. Réessayez plus tard.',
    nl: 'Het knooppunt antwoordt niet: de lijst van OCMW’s is niet beschikbaar. Probeer later opnieuw.',
    de: 'Die Zentrale antwortet nicht: Die Liste der ÖSHZ ist nicht verfügbar. Versuchen Sie es später erneut.',
    en: 'The hub does not answer: the list of CPAS is not available. Try again later.',
  },
  'alert.transfer-accepted': {
    fr: 'Transmission acceptée par le CPAS compétent',
    nl: 'Doorzending aanvaard door het bevoegde OCMW',
    de: 'Weiterleitung vom zuständigen ÖSHZ angenommen',
    en: 'Transfer accepted by the competent CPAS',
  },
  'alert.transfer-disputed': {
    fr: 'Transmission contestée : conflit de compétence',
    nl: 'Doorzending betwist: bevoegdheidsconflict',
    de: 'Weiterleitung bestritten: Zuständigkeitskonflikt',
    en: 'Transfer disputed: conflict of competence',
  },
  'nav.incomingTransfers': {
    fr: 'Transmissions reçues',
    nl: 'Ontvangen doorzendingen',
    de: 'Empfangene Weiterleitungen',
    en: 'Transfers received',
  },
  'incoming.title': {
    fr: 'Demandes transmises par d’autres CPAS',
    nl: 'Aanvragen doorgestuurd door andere OCMW’s',
    de: 'Von anderen ÖSHZ weitergeleitete Anträge',
    en: 'Requests transferred by other CPAS',
  },
  'incoming.intro': {
    fr:
      'Un autre CPAS estime que votre CPAS est compétent pour ces demandes. Acceptez-les (une demande est ouverte ici avec sa date ' +
      'd’origine) ou contestez votre compétence : le conflit doit alors être soumis au SPP Intégration sociale dans les 5 jours ouvrables.',
    nl:
      'Een ander OCMW meent dat uw OCMW bevoegd is voor deze aanvragen. Aanvaard ze (hier wordt een aanvraag geopend met haar ' +
      'oorspronkelijke datum) of betwist uw bevoegdheid: het conflict moet dan binnen 5 werkdagen aan de POD Maatschappelijke Integratie worden voorgelegd.',
    de:
      'Ein anderes ÖSHZ hält Ihr ÖSHZ für diese Anträge für zuständig. Nehmen Sie sie an (hier wird ein Antrag mit seinem ursprünglichen ' +
      'Datum eröffnet) oder bestreiten Sie Ihre Zuständigkeit: Der Konflikt muss dann innerhalb von 5 Werktagen dem ÖPD Sozialeingliederung vorgelegt werden.',
    en:
      'Another CPAS considers your CPAS competent for these requests. Accept them (a request is opened here with its original date) ' +
      'or dispute your competence: the conflict must then be referred to the SPP Social Integration within 5 working days.',
  },
  'incoming.empty': {
    fr: 'Aucune demande transmise.',
    nl: 'Geen doorgestuurde aanvragen.',
    de: 'Keine weitergeleiteten Anträge.',
    en: 'No transferred request.',
  },
  'incoming.caption': {
    fr: 'Demandes transmises',
    nl: 'Doorgestuurde aanvragen',
    de: 'Weitergeleitete Anträge',
    en: 'Transferred requests',
  },
  'incoming.filter.received': { fr: 'À examiner', nl: 'Te onderzoeken', de: 'Zu prüfen', en: 'To examine' },
  'incoming.filter.all': { fr: 'Toutes', nl: 'Alle', de: 'Alle', en: 'All' },
  'incoming.col.person': { fr: 'Personne', nl: 'Persoon', de: 'Person', en: 'Person' },
  'incoming.col.from': { fr: 'Transmise par', nl: 'Doorgestuurd door', de: 'Weitergeleitet von', en: 'Transferred by' },
  'incoming.col.original': { fr: 'Demande du', nl: 'Aanvraag van', de: 'Antrag vom', en: 'Request of' },
  'incoming.col.status': { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' },
  'incoming.col.due': {
    fr: 'Saisine du SPP IS au plus tard',
    nl: 'Voorlegging aan POD MI uiterlijk',
    de: 'Vorlage beim ÖPD SE spätestens',
    en: 'SPP IS referral at the latest',
  },
  'incoming.status.received': { fr: 'À examiner', nl: 'Te onderzoeken', de: 'Zu prüfen', en: 'To examine' },
  'incoming.status.accepted': { fr: 'Acceptée', nl: 'Aanvaard', de: 'Angenommen', en: 'Accepted' },
  'incoming.status.disputed': { fr: 'Contestée', nl: 'Betwist', de: 'Bestritten', en: 'Disputed' },
  'incoming.overdue': { fr: 'En retard', nl: 'Te laat', de: 'Überfällig', en: 'Overdue' },
  'incoming.back': {
    fr: 'Retour aux transmissions reçues',
    nl: 'Terug naar de ontvangen doorzendingen',
    de: 'Zurück zu den empfangenen Weiterleitungen',
    en: 'Back to the transfers received',
  },
  'incoming.detail.title': {
    fr: 'Demande transmise : {name}',
    nl: 'Doorgestuurde aanvraag: {name}',
    de: 'Weitergeleiteter Antrag: {name}',
    en: 'Transferred request: {name}',
  },
  'incoming.niss': { fr: 'NISS', nl: 'INSZ', de: 'ENSS', en: 'NISS' },
  'incoming.birthDate': { fr: 'Date de naissance', nl: 'Geboortedatum', de: 'Geburtsdatum', en: 'Date of birth' },
  'incoming.kind': { fr: 'Aide demandée', nl: 'Gevraagde hulp', de: 'Beantragte Hilfe', en: 'Aid requested' },
  'incoming.startedAt': { fr: 'Transmise le', nl: 'Doorgestuurd op', de: 'Weitergeleitet am', en: 'Transferred on' },
  'incoming.receivedAt': { fr: 'Reçue le', nl: 'Ontvangen op', de: 'Empfangen am', en: 'Received on' },
  'incoming.reason': {
    fr: 'Motif du CPAS qui transmet',
    nl: 'Reden van het doorsturende OCMW',
    de: 'Grund des weiterleitenden ÖSHZ',
    en: 'Reason of the transferring CPAS',
  },
  'incoming.accept.title': {
    fr: 'Accepter la compétence',
    nl: 'Bevoegdheid aanvaarden',
    de: 'Zuständigkeit annehmen',
    en: 'Accept competence',
  },
  'incoming.accept.intro': {
    fr: 'Une demande est ouverte dans votre CPAS avec la date d’origine ; le CPAS qui a transmis en est informé.',
    nl: 'Er wordt in uw OCMW een aanvraag geopend met de oorspronkelijke datum; het doorsturende OCMW wordt verwittigd.',
    de: 'In Ihrem ÖSHZ wird ein Antrag mit dem ursprünglichen Datum eröffnet; das weiterleitende ÖSHZ wird informiert.',
    en: 'A request is opened in your CPAS with the original date; the transferring CPAS is told.',
  },
  'incoming.accept.submit': {
    fr: 'Accepter et ouvrir la demande',
    nl: 'Aanvaarden en aanvraag openen',
    de: 'Annehmen und Antrag eröffnen',
    en: 'Accept and open the request',
  },
  'incoming.dispute.title': {
    fr: 'Contester la compétence',
    nl: 'Bevoegdheid betwisten',
    de: 'Zuständigkeit bestreiten',
    en: 'Dispute competence',
  },
  'incoming.dispute.reason': {
    fr: 'Pourquoi votre CPAS n’est pas compétent',
    nl: 'Waarom uw OCMW niet bevoegd is',
    de: 'Warum Ihr ÖSHZ nicht zuständig ist',
    en: 'Why your CPAS is not competent',
  },
  'incoming.dispute.submit': { fr: 'Contester', nl: 'Betwisten', de: 'Bestreiten', en: 'Dispute' },
  'incoming.escalate.title': {
    fr: 'Saisine du SPP Intégration sociale',
    nl: 'Voorlegging aan de POD Maatschappelijke Integratie',
    de: 'Vorlage beim ÖPD Sozialeingliederung',
    en: 'Referral to the SPP Social Integration',
  },
  'incoming.escalate.intro': {
    fr: 'Le conflit de compétence doit être soumis au SPP IS au plus tard le {date} ; il désigne le CPAS compétent, avec effet à la date d’origine.',
    nl:
      'Het bevoegdheidsconflict moet uiterlijk op {date} aan de POD MI worden voorgelegd; ' +
      'die wijst het bevoegde OCMW aan, met ingang van de oorspronkelijke datum.',
    de:
      'Der Zuständigkeitskonflikt muss spätestens am {date} dem ÖPD SE vorgelegt werden; ' +
      'er bestimmt das zuständige ÖSHZ mit Wirkung zum ursprünglichen Datum.',
    en: 'The conflict of competence must be referred to the SPP IS by {date}; it designates the competent CPAS, from the original date.',
  },
  'incoming.escalate.date': { fr: 'Date de la saisine', nl: 'Datum van voorlegging', de: 'Datum der Vorlage', en: 'Date of referral' },
  'incoming.escalate.reference': {
    fr: 'Référence du courrier',
    nl: 'Referentie van de brief',
    de: 'Zeichen des Schreibens',
    en: 'Letter reference',
  },
  'incoming.escalate.submit': {
    fr: 'Enregistrer la saisine',
    nl: 'Voorlegging registreren',
    de: 'Vorlage erfassen',
    en: 'Record the referral',
  },
  'incoming.escalated': {
    fr: 'Soumis au SPP IS le {date} (référence {reference}).',
    nl: 'Voorgelegd aan de POD MI op {date} (referentie {reference}).',
    de: 'Dem ÖPD SE am {date} vorgelegt (Zeichen {reference}).',
    en: 'Referred to the SPP IS on {date} (reference {reference}).',
  },
  'incoming.disputeReason': {
    fr: 'Motif de la contestation',
    nl: 'Reden van de betwisting',
    de: 'Grund der Bestreitung',
    en: 'Reason of the dispute',
  },
  'incoming.openRequest': { fr: 'Ouvrir la demande', nl: 'Aanvraag openen', de: 'Antrag öffnen', en: 'Open the request' },
  'incoming.done.accepted': {
    fr: 'Transmission acceptée : la demande est ouverte.',
    nl: 'Doorzending aanvaard: de aanvraag is geopend.',
    de: 'Weiterleitung angenommen: Der Antrag ist eröffnet.',
    en: 'Transfer accepted: the request is open.',
  },
  'incoming.done.disputed': {
    fr: 'Compétence contestée. Saisissez maintenant le SPP Intégration sociale.',
    nl: 'Bevoegdheid betwist. Leg de zaak nu voor aan de POD Maatschappelijke Integratie.',
    de: 'Zuständigkeit bestritten. Legen Sie die Sache jetzt dem ÖPD Sozialeingliederung vor.',
    en: 'Competence disputed. Now refer it to the SPP Social Integration.',
  },
  'incoming.done.escalated': {
    fr: 'Saisine du SPP IS enregistrée.',
    nl: 'Voorlegging aan de POD MI geregistreerd.',
    de: 'Vorlage beim ÖPD SE erfasst.',
    en: 'SPP IS referral recorded.',
  },
  'error.incoming-transfer.decided': {
    fr: 'Cette transmission a déjà été acceptée ou contestée.',
    nl: 'Deze doorzending is al aanvaard of betwist.',
    de: 'Diese Weiterleitung wurde bereits angenommen oder bestritten.',
    en: 'This transfer has already been accepted or disputed.',
  },
  'error.incoming-transfer.reason-required': {
    fr: 'Indiquez pourquoi votre CPAS n’est pas compétent.',
    nl: 'Geef aan waarom uw OCMW niet bevoegd is.',
    de: 'Geben Sie an, warum Ihr ÖSHZ nicht zuständig ist.',
    en: 'Say why your CPAS is not competent.',
  },
  'error.incoming-transfer.escalated-in-future': {
    fr: 'La saisine ne peut pas être datée dans le futur.',
    nl: 'De voorlegging kan niet in de toekomst gedateerd zijn.',
    de: 'Die Vorlage kann nicht in der Zukunft datiert sein.',
    en: 'The referral cannot be dated in the future.',
  },
  'error.transfer.to-self': {
    fr: 'Choisissez un autre CPAS que le vôtre.',
    nl: 'Kies een ander OCMW dan het uwe.',
    de: 'Wählen Sie ein anderes ÖSHZ als Ihres.',
    en: 'Choose a CPAS other than yours.',
  },
  'error.transfer.too-late': {
    fr: 'Une demande sur laquelle un rapport a été signé ou une décision prise ne peut plus être transmise.',
    nl: 'Een aanvraag waarover een verslag is ondertekend of een beslissing is genomen, kan niet meer worden doorgestuurd.',
    de: 'Ein Antrag, zu dem ein Bericht unterzeichnet oder eine Entscheidung getroffen wurde, kann nicht mehr weitergeleitet werden.',
    en: 'A request with a signed report or a decision can no longer be transferred.',
  },
  'request.link.withholding': {
    fr: 'Partage du résumé avec les autres CPAS',
    nl: 'Delen van de samenvatting met andere OCMW’s',
    de: 'Weitergabe der Zusammenfassung an andere ÖSHZ',
    en: 'Sharing the summary with other CPAS',
  },
  'withholding.title': {
    fr: 'Partage du résumé : {name}',
    nl: 'Delen van de samenvatting: {name}',
    de: 'Weitergabe der Zusammenfassung: {name}',
    en: 'Sharing the summary: {name}',
  },
  'withholding.intro': {
    fr:
      'Votre CPAS peut refuser de communiquer le résumé de cette personne aux autres CPAS qui le consultent, par exemple pour ' +
      'protéger une victime. Ils reçoivent alors « non communiqué » avec le motif choisi ; votre explication reste dans votre CPAS.',
    nl:
      'Uw OCMW kan weigeren de samenvatting van deze persoon mee te delen aan andere OCMW’s die ze raadplegen, bijvoorbeeld om ' +
      'een slachtoffer te beschermen. Zij krijgen dan ‘niet meegedeeld’ met de gekozen reden; uw toelichting blijft in uw OCMW.',
    de:
      'Ihr ÖSHZ kann es ablehnen, die Zusammenfassung dieser Person anderen ÖSHZ mitzuteilen, die sie abfragen, zum Beispiel ' +
      'zum Schutz eines Opfers. Diese erhalten dann „nicht mitgeteilt“ mit dem gewählten Grund; Ihre Erläuterung bleibt in Ihrem ÖSHZ.',
    en:
      'Your CPAS may refuse to share this person’s summary with the other CPAS that consult it, for example to protect a victim. ' +
      'They then receive “not shared” with the chosen reason; your explanation stays in your CPAS.',
  },
  'withholding.state.shared': {
    fr: 'Le résumé est communiqué normalement.',
    nl: 'De samenvatting wordt normaal meegedeeld.',
    de: 'Die Zusammenfassung wird normal mitgeteilt.',
    en: 'The summary is shared normally.',
  },
  'withholding.state.withheld': {
    fr: 'Le résumé n’est pas communiqué depuis le {date} ({reason}).',
    nl: 'De samenvatting wordt niet meegedeeld sinds {date} ({reason}).',
    de: 'Die Zusammenfassung wird seit dem {date} nicht mitgeteilt ({reason}).',
    en: 'The summary has not been shared since {date} ({reason}).',
  },
  'withholding.field.reason': { fr: 'Motif', nl: 'Reden', de: 'Grund', en: 'Reason' },
  'withholding.field.note': {
    fr: 'Explication (reste dans votre CPAS)',
    nl: 'Toelichting (blijft in uw OCMW)',
    de: 'Erläuterung (bleibt in Ihrem ÖSHZ)',
    en: 'Explanation (stays in your CPAS)',
  },
  'withholding.submit': {
    fr: 'Ne plus communiquer le résumé',
    nl: 'Samenvatting niet meer meedelen',
    de: 'Zusammenfassung nicht mehr mitteilen',
    en: 'Stop sharing the summary',
  },
  'withholding.change': { fr: 'Changer le motif', nl: 'Reden wijzigen', de: 'Grund ändern', en: 'Change the reason' },
  'withholding.lift.title': { fr: 'Communiquer à nouveau', nl: 'Opnieuw meedelen', de: 'Wieder mitteilen', en: 'Share again' },
  'withholding.lift.note': {
    fr: 'Pourquoi le résumé peut être communiqué à nouveau',
    nl: 'Waarom de samenvatting opnieuw mag worden meegedeeld',
    de: 'Warum die Zusammenfassung wieder mitgeteilt werden darf',
    en: 'Why the summary may be shared again',
  },
  'withholding.lift.submit': {
    fr: 'Communiquer à nouveau le résumé',
    nl: 'Samenvatting opnieuw meedelen',
    de: 'Zusammenfassung wieder mitteilen',
    en: 'Share the summary again',
  },
  'withholding.history': { fr: 'Historique', nl: 'Geschiedenis', de: 'Verlauf', en: 'History' },
  'withholding.col.when': { fr: 'Date', nl: 'Datum', de: 'Datum', en: 'Date' },
  'withholding.col.what': { fr: 'Décision', nl: 'Beslissing', de: 'Entscheidung', en: 'Decision' },
  'withholding.col.who': { fr: 'Par', nl: 'Door', de: 'Von', en: 'By' },
  'withholding.col.note': { fr: 'Explication', nl: 'Toelichting', de: 'Erläuterung', en: 'Explanation' },
  'withholding.action.withheld': {
    fr: 'Résumé retenu',
    nl: 'Samenvatting tegengehouden',
    de: 'Zusammenfassung zurückgehalten',
    en: 'Summary withheld',
  },
  'withholding.action.lifted': {
    fr: 'Résumé à nouveau communiqué',
    nl: 'Samenvatting opnieuw meegedeeld',
    de: 'Zusammenfassung wieder mitgeteilt',
    en: 'Summary shared again',
  },
  'withholding.done.withheld': {
    fr: 'Le résumé de cette personne n’est plus communiqué.',
    nl: 'De samenvatting van deze persoon wordt niet meer meegedeeld.',
    de: 'Die Zusammenfassung dieser Person wird nicht mehr mitgeteilt.',
    en: 'This person’s summary is no longer shared.',
  },
  'withholding.done.lifted': {
    fr: 'Le résumé est à nouveau communiqué.',
    nl: 'De samenvatting wordt opnieuw meegedeeld.',
    de: 'Die Zusammenfassung wird wieder mitgeteilt.',
    en: 'The summary is shared again.',
  },
  'withheldReason.victim-protection': {
    fr: 'protection d’une victime',
    nl: 'bescherming van een slachtoffer',
    de: 'Schutz eines Opfers',
    en: 'protection of a victim',
  },
  'withheldReason.legal-proceedings': {
    fr: 'procédure judiciaire en cours',
    nl: 'lopende gerechtelijke procedure',
    de: 'laufendes Gerichtsverfahren',
    en: 'legal proceedings',
  },
  'withheldReason.person-request': {
    fr: 'à la demande de la personne',
    nl: 'op verzoek van de persoon',
    de: 'auf Wunsch der Person',
    en: 'at the person’s request',
  },
  'withheldReason.other': { fr: 'autre motif', nl: 'andere reden', de: 'anderer Grund', en: 'other reason' },
  'error.withholding.note-required': {
    fr: 'Expliquez le motif « autre ».',
    nl: 'Licht de reden ‘andere’ toe.',
    de: 'Erläutern Sie den Grund „anderer“.',
    en: 'Explain the reason “other”.',
  },
  'error.withholding.not-withheld': {
    fr: 'Le résumé de cette personne n’est pas retenu.',
    nl: 'De samenvatting van deze persoon wordt niet tegengehouden.',
    de: 'Die Zusammenfassung dieser Person wird nicht zurückgehalten.',
    en: 'This person’s summary is not withheld.',
  },
  'request.link.personRequests': {
    fr: 'Déclarations et contestations de la personne',
    nl: 'Verklaringen en betwistingen van de persoon',
    de: 'Erklärungen und Anfechtungen der Person',
    en: 'The person’s statements and contests',
  },
  'personRequests.title': {
    fr: 'Ce que la personne a envoyé : {name}',
    nl: 'Wat de persoon heeft gestuurd: {name}',
    de: 'Was die Person gesendet hat: {name}',
    en: 'What the person sent: {name}',
  },
  'personRequests.intro': {
    fr:
      'La personne peut, depuis le portail, ajouter une déclaration à une décision (elle accompagne ensuite chaque résumé partagé) ' +
      'ou contester une décision. Répondez-lui : votre réponse et l’issue d’une contestation lui sont communiquées.',
    nl:
      'Via het portaal kan de persoon een verklaring bij een beslissing voegen (die gaat daarna mee met elke gedeelde samenvatting) ' +
      'of een beslissing betwisten. Antwoord haar: uw antwoord en de uitkomst van een betwisting worden haar meegedeeld.',
    de:
      'Über das Portal kann die Person einer Entscheidung eine Erklärung beifügen (sie begleitet dann jede geteilte Zusammenfassung) ' +
      'oder eine Entscheidung anfechten. Antworten Sie ihr: Ihre Antwort und das Ergebnis einer Anfechtung werden ihr mitgeteilt.',
    en:
      'From the portal, the person may add a statement to a decision (it then goes with every shared summary) or contest a decision. ' +
      'Answer them: your reply and the outcome of a contest are communicated to them.',
  },
  'personRequests.none': {
    fr: 'La personne n’a rien envoyé au sujet de cette demande.',
    nl: 'De persoon heeft niets gestuurd over deze aanvraag.',
    de: 'Die Person hat zu diesem Antrag nichts gesendet.',
    en: 'The person has sent nothing about this request.',
  },
  'personRequests.statements': { fr: 'Déclarations', nl: 'Verklaringen', de: 'Erklärungen', en: 'Statements' },
  'personRequests.contests': { fr: 'Contestations', nl: 'Betwistingen', de: 'Anfechtungen', en: 'Contests' },
  'personRequests.statement': {
    fr: 'Déclaration du {date} sur la décision {ref}',
    nl: 'Verklaring van {date} over beslissing {ref}',
    de: 'Erklärung vom {date} zur Entscheidung {ref}',
    en: 'Statement of {date} about decision {ref}',
  },
  'personRequests.contest': {
    fr: 'Contestation du {date} de la décision {ref}',
    nl: 'Betwisting van {date} van beslissing {ref}',
    de: 'Anfechtung vom {date} der Entscheidung {ref}',
    en: 'Contest of {date} of decision {ref}',
  },
  'personRequests.words': { fr: 'Texte de la personne', nl: 'Tekst van de persoon', de: 'Text der Person', en: 'The person’s text' },
  'personRequests.viaPortal': {
    fr: 'Envoyé par la personne depuis le portail citoyen : votre réponse lui y est transmise, dans sa langue.',
    nl: 'Door de persoon verstuurd via het burgerportaal: uw antwoord wordt haar daar bezorgd, in haar taal.',
    de: 'Von der Person über das Bürgerportal gesendet: Ihre Antwort wird ihr dort übermittelt, in ihrer Sprache.',
    en: 'Sent by the person from the citizen portal: your answer is delivered to them there, in their language.',
  },
  'personRequests.notViaPortal': {
    fr: 'Pour cette demande, la réponse ne passe pas par le portail citoyen : communiquez-la à la personne par écrit.',
    nl: 'Voor deze aanvraag loopt het antwoord niet via het burgerportaal: deel het schriftelijk mee aan de persoon.',
    de: 'Für diesen Antrag läuft die Antwort nicht über das Bürgerportal: teilen Sie sie der Person schriftlich mit.',
    en: 'For this request the answer does not go through the citizen portal: give it to the person in writing.',
  },
  'personRequests.reply': { fr: 'Votre réponse', nl: 'Uw antwoord', de: 'Ihre Antwort', en: 'Your reply' },
  'personRequests.reply.submit': {
    fr: 'Répondre et marquer comme traitée',
    nl: 'Antwoorden en als behandeld markeren',
    de: 'Antworten und als erledigt markieren',
    en: 'Reply and mark as handled',
  },
  'personRequests.replied': {
    fr: 'Répondu le {date} par {name}',
    nl: 'Beantwoord op {date} door {name}',
    de: 'Beantwortet am {date} von {name}',
    en: 'Answered on {date} by {name}',
  },
  'personRequests.status': { fr: 'Statut', nl: 'Status', de: 'Status', en: 'Status' },
  'personRequests.status.received': { fr: 'Reçue', nl: 'Ontvangen', de: 'Eingegangen', en: 'Received' },
  'personRequests.status.answered': { fr: 'Traitée', nl: 'Behandeld', de: 'Erledigt', en: 'Handled' },
  'personRequests.status.under-review': { fr: 'En cours d’examen', nl: 'In onderzoek', de: 'In Prüfung', en: 'Under review' },
  'personRequests.status.upheld': { fr: 'Fondée', nl: 'Gegrond', de: 'Begründet', en: 'Upheld' },
  'personRequests.status.corrected': { fr: 'Corrigée', nl: 'Verbeterd', de: 'Berichtigt', en: 'Corrected' },
  'personRequests.status.rejected': { fr: 'Non fondée', nl: 'Ongegrond', de: 'Unbegründet', en: 'Rejected' },
  'personRequests.review.submit': { fr: 'Commencer l’examen', nl: 'Onderzoek starten', de: 'Prüfung beginnen', en: 'Start the review' },
  'personRequests.outcome': { fr: 'Issue', nl: 'Uitkomst', de: 'Ergebnis', en: 'Outcome' },
  'personRequests.outcome.upheld': {
    fr: 'Fondée : la personne a raison (enregistrez la correction de la décision)',
    nl: 'Gegrond: de persoon heeft gelijk (registreer de verbetering van de beslissing)',
    de: 'Begründet: Die Person hat recht (erfassen Sie die Berichtigung der Entscheidung)',
    en: 'Upheld: the person is right (record the decision’s correction)',
  },
  'personRequests.outcome.corrected': {
    fr: 'Corrigée : les données ont été corrigées',
    nl: 'Verbeterd: de gegevens zijn verbeterd',
    de: 'Berichtigt: Die Daten wurden berichtigt',
    en: 'Corrected: the data were corrected',
  },
  'personRequests.outcome.rejected': {
    fr: 'Non fondée : la décision est maintenue',
    nl: 'Ongegrond: de beslissing blijft behouden',
    de: 'Unbegründet: Die Entscheidung bleibt bestehen',
    en: 'Rejected: the decision stands',
  },
  'personRequests.motivation': {
    fr: 'Motivation communiquée à la personne',
    nl: 'Motivering die aan de persoon wordt meegedeeld',
    de: 'Begründung, die der Person mitgeteilt wird',
    en: 'Motivation told to the person',
  },
  'personRequests.outcome.submit': {
    fr: 'Enregistrer l’issue',
    nl: 'Uitkomst registreren',
    de: 'Ergebnis erfassen',
    en: 'Record the outcome',
  },
  'personRequests.decided': {
    fr: 'Issue enregistrée le {date} par {name}',
    nl: 'Uitkomst geregistreerd op {date} door {name}',
    de: 'Ergebnis erfasst am {date} von {name}',
    en: 'Outcome recorded on {date} by {name}',
  },
  'personRequests.done.replied': {
    fr: 'Réponse enregistrée ; la déclaration est traitée.',
    nl: 'Antwoord geregistreerd; de verklaring is behandeld.',
    de: 'Antwort erfasst; die Erklärung ist erledigt.',
    en: 'Reply recorded; the statement is handled.',
  },
  'personRequests.done.review': {
    fr: 'La contestation est en cours d’examen.',
    nl: 'De betwisting wordt onderzocht.',
    de: 'Die Anfechtung wird geprüft.',
    en: 'The contest is under review.',
  },
  'personRequests.done.outcome': {
    fr: 'L’issue de la contestation est enregistrée.',
    nl: 'De uitkomst van de betwisting is geregistreerd.',
    de: 'Das Ergebnis der Anfechtung ist erfasst.',
    en: 'The contest’s outcome is recorded.',
  },
  'error.person-statement.answered': {
    fr: 'Cette déclaration a déjà reçu une réponse.',
    nl: 'Deze verklaring is al beantwoord.',
    de: 'Diese Erklärung wurde bereits beantwortet.',
    en: 'This statement has already been answered.',
  },
  'error.person-contest.decided': {
    fr: 'Cette contestation a déjà son issue.',
    nl: 'Deze betwisting heeft al een uitkomst.',
    de: 'Diese Anfechtung hat bereits ein Ergebnis.',
    en: 'This contest already has its outcome.',
  },
  'error.consultation.blocked': {
    fr:
      'La personne a demandé, depuis le portail, que votre CPAS ne reçoive plus son résumé. Aucune information n’a été demandée ' +
      'aux autres CPAS. Si vous avez besoin de ces informations, demandez-les directement à la personne.',
    nl:
      'De persoon heeft via het portaal gevraagd dat uw OCMW haar samenvatting niet meer ontvangt. Er is niets gevraagd aan de ' +
      'andere OCMW’s. Hebt u die gegevens nodig, vraag ze dan rechtstreeks aan de persoon.',
    de:
      'Die Person hat über das Portal verlangt, dass Ihr ÖSHZ ihre Zusammenfassung nicht mehr erhält. Bei den anderen ÖSHZ ' +
      'wurde nichts angefragt. Wenn Sie diese Informationen brauchen, fragen Sie die Person direkt.',
    en:
      'The person asked, through the portal, that your CPAS no longer receive their summary. Nothing was asked of the other CPAS. ' +
      'If you need this information, ask the person directly.',
  },
  'error.consultation.purpose-not-allowed': {
    fr: 'Ce motif de consultation n’est pas autorisé pour ce dossier (code qualité de l’intégration).',
    nl: 'Deze reden van raadpleging is niet toegestaan voor dit dossier (hoedanigheidscode van de integratie).',
    de: 'Dieser Abfragezweck ist für diese Akte nicht erlaubt (Eigenschaftscode der Integration).',
    en: 'This purpose of consultation is not allowed for this file (quality code of the integration).',
  },
  'error.consultation.refused': {
    fr: 'Le carrefour a refusé la consultation.',
    nl: 'Het knooppunt heeft de raadpleging geweigerd.',
    de: 'Die Zentrale hat die Abfrage abgelehnt.',
    en: 'The hub refused the consultation.',
  },
  'error.consultation.malformed': {
    fr: 'La demande de consultation était incomplète ; le carrefour l’a refusée. Signalez-le à l’administrateur.',
    nl: 'De raadplegingsvraag was onvolledig; het knooppunt heeft ze geweigerd. Meld het aan de beheerder.',
    de: 'Die Abfrage war unvollständig; die Zentrale hat sie abgelehnt. Melden Sie es dem Administrator.',
    en: 'The consultation request was incomplete; the hub refused it. Tell the administrator.',
  },
  'error.consultation.not-a-cpas': {
    fr: 'Le carrefour ne reconnaît pas votre institution comme un CPAS. Signalez-le à l’administrateur.',
    nl: 'Het knooppunt erkent uw instelling niet als OCMW. Meld het aan de beheerder.',
    de: 'Die Zentrale erkennt Ihre Einrichtung nicht als ÖSHZ an. Melden Sie es dem Administrator.',
    en: 'The hub does not recognise your institution as a CPAS. Tell the administrator.',
  },
  'providerReason.provider.unreachable': {
    fr: 'ce CPAS ne répond pas pour l’instant ; la réponse sera redemandée',
    nl: 'dit OCMW antwoordt momenteel niet; het antwoord wordt opnieuw gevraagd',
    de: 'dieses ÖSHZ antwortet derzeit nicht; die Antwort wird erneut angefragt',
    en: 'this CPAS does not answer for now; the answer will be asked again',
  },
  'providerReason.provider.http': {
    fr: 'le système de ce CPAS a rencontré une erreur ; la réponse sera redemandée',
    nl: 'het systeem van dit OCMW had een fout; het antwoord wordt opnieuw gevraagd',
    de: 'das System dieses ÖSHZ hatte einen Fehler; die Antwort wird erneut angefragt',
    en: 'this CPAS’s system had an error; the answer will be asked again',
  },
  'providerReason.provider.no-endpoint': {
    fr: 'ce CPAS n’est pas encore raccordé au carrefour',
    nl: 'dit OCMW is nog niet op het knooppunt aangesloten',
    de: 'dieses ÖSHZ ist noch nicht an die Zentrale angeschlossen',
    en: 'this CPAS is not connected to the hub yet',
  },
  'providerReason.provider.malformed-answer': {
    fr: 'la réponse de ce CPAS était illisible ; elle a été écartée',
    nl: 'het antwoord van dit OCMW was onleesbaar; het is terzijde gelegd',
    de: 'die Antwort dieses ÖSHZ war unlesbar; sie wurde verworfen',
    en: 'this CPAS’s answer was unreadable; it was set aside',
  },
  'providerReason.summary.invalid': {
    fr: 'le résumé reçu ne respectait pas le format convenu ; il a été écarté',
    nl: 'de ontvangen samenvatting volgde het afgesproken formaat niet; ze is terzijde gelegd',
    de: 'die erhaltene Zusammenfassung entsprach nicht dem vereinbarten Format; sie wurde verworfen',
    en: 'the summary received did not follow the agreed format; it was set aside',
  },
  'providerReason.signature': {
    fr: 'la signature de la réponse n’a pas pu être vérifiée ; elle a été écartée',
    nl: 'de handtekening van het antwoord kon niet worden gecontroleerd; het is terzijde gelegd',
    de: 'die Signatur der Antwort konnte nicht geprüft werden; sie wurde verworfen',
    en: 'the answer’s signature could not be verified; it was set aside',
  },
  'providerReason.other': {
    fr: 'erreur technique ; rien n’a été reçu',
    nl: 'technische fout; er is niets ontvangen',
    de: 'technischer Fehler; nichts wurde empfangen',
    en: 'technical error; nothing was received',
  },
  'request.link.attachedItems': {
    fr: 'Éléments reçus joints au dossier',
    nl: 'Ontvangen elementen bij het dossier gevoegd',
    de: 'Der Akte beigefügte erhaltene Elemente',
    en: 'Received items attached to the file',
  },
  'attach.link': {
    fr: 'Joindre un élément reçu au dossier social',
    nl: 'Een ontvangen element bij het sociaal dossier voegen',
    de: 'Ein erhaltenes Element der Sozialakte beifügen',
    en: 'Attach a received item to the social file',
  },
  'attach.title': {
    fr: 'Joindre un élément reçu au dossier social',
    nl: 'Een ontvangen element bij het sociaal dossier voegen',
    de: 'Ein erhaltenes Element der Sozialakte beifügen',
    en: 'Attach a received item to the social file',
  },
  'attach.intro': {
    fr:
      'Les informations reçues d’un autre CPAS sont effacées de ce dossier à leur échéance. Pour en garder une, joignez-la au ' +
      'dossier social en expliquant pourquoi elle est nécessaire. Elle reste « information du CPAS X datée du D, à vérifier ».',
    nl:
      'Informatie die van een ander OCMW is ontvangen, wordt op de vervaldatum uit dit dossier gewist. Om er een te bewaren, ' +
      'voegt u ze bij het sociaal dossier met uitleg waarom ze nodig is. Ze blijft ‘informatie van OCMW X van D, na te gaan’.',
    de:
      'Von einem anderen ÖSHZ erhaltene Informationen werden bei Fristablauf aus dieser Akte gelöscht. Um eine davon zu behalten, ' +
      'fügen Sie sie der Sozialakte bei und begründen, warum sie nötig ist. Sie bleibt „Information des ÖSHZ X vom D, zu überprüfen“.',
    en:
      'Information received from another CPAS is erased from this file when it expires. To keep an item, attach it to the social ' +
      'file and explain why it is needed. It remains “information from CPAS X dated D, to be verified”.',
  },
  'attach.none': {
    fr: 'Aucun résumé reçu dans cette consultation ne peut encore être joint.',
    nl: 'Geen enkele in deze raadpleging ontvangen samenvatting kan nog worden toegevoegd.',
    de: 'Keine in dieser Abfrage erhaltene Zusammenfassung kann noch beigefügt werden.',
    en: 'No summary received in this consultation can still be attached.',
  },
  'attach.decision': {
    fr: 'Décision du {date} : {aid}, {outcome} (réf. {ref})',
    nl: 'Beslissing van {date}: {aid}, {outcome} (ref. {ref})',
    de: 'Entscheidung vom {date}: {aid}, {outcome} (Zeichen {ref})',
    en: 'Decision of {date}: {aid}, {outcome} (ref. {ref})',
  },
  'attach.justification': {
    fr: 'Pourquoi cet élément doit être gardé dans le dossier',
    nl: 'Waarom dit element in het dossier moet blijven',
    de: 'Warum dieses Element in der Akte bleiben muss',
    en: 'Why this item must be kept in the file',
  },
  'attach.submit': { fr: 'Joindre au dossier', nl: 'Bij het dossier voegen', de: 'Der Akte beifügen', en: 'Attach to the file' },
  'attach.done': {
    fr: 'L’élément est joint au dossier social.',
    nl: 'Het element is bij het sociaal dossier gevoegd.',
    de: 'Das Element ist der Sozialakte beigefügt.',
    en: 'The item is attached to the social file.',
  },
  'attached.title': {
    fr: 'Éléments reçus joints au dossier',
    nl: 'Ontvangen elementen bij het dossier gevoegd',
    de: 'Der Akte beigefügte erhaltene Elemente',
    en: 'Received items attached to the file',
  },
  'attached.none': {
    fr: 'Aucun élément reçu n’est joint à ce dossier.',
    nl: 'Er is geen ontvangen element bij dit dossier gevoegd.',
    de: 'Dieser Akte ist kein erhaltenes Element beigefügt.',
    en: 'No received item is attached to this file.',
  },
  'attached.toVerify': {
    fr: 'Information du {cpas} datée du {date}, à vérifier',
    nl: 'Informatie van {cpas} van {date}, na te gaan',
    de: 'Information von {cpas} vom {date}, zu überprüfen',
    en: 'Information from {cpas} dated {date}, to be verified',
  },
  'attached.by': {
    fr: 'Joint le {date} par {name}',
    nl: 'Toegevoegd op {date} door {name}',
    de: 'Beigefügt am {date} von {name}',
    en: 'Attached on {date} by {name}',
  },
  'attached.justification': { fr: 'Justification', nl: 'Verantwoording', de: 'Begründung', en: 'Justification' },
  'error.attached-item.exists': {
    fr: 'Cet élément est déjà joint au dossier.',
    nl: 'Dit element is al bij het dossier gevoegd.',
    de: 'Dieses Element ist der Akte bereits beigefügt.',
    en: 'This item is already attached to the file.',
  },
  'error.attached-item.expired': {
    fr: 'Ce résumé a expiré : ses éléments ne peuvent plus être joints.',
    nl: 'Deze samenvatting is vervallen: haar elementen kunnen niet meer worden toegevoegd.',
    de: 'Diese Zusammenfassung ist abgelaufen: Ihre Elemente können nicht mehr beigefügt werden.',
    en: 'This summary has expired: its items can no longer be attached.',
  },
  'incoming.worklist': {
    fr: '{count} demande(s) transmise(s) par un autre CPAS attend(ent) votre réponse sur la compétence (au plus tard le {date}).',
    nl: '{count} door een ander OCMW doorgestuurde aanvraag/aanvragen wacht(en) op uw antwoord over de bevoegdheid (uiterlijk {date}).',
    de: '{count} von einem anderen ÖSHZ weitergeleitete(r) Antrag/Anträge wartet/warten auf Ihre Antwort zur Zuständigkeit (spätestens {date}).',
    en: '{count} request(s) transferred by another CPAS await your answer on competence (by {date} at the latest).',
  },
  'incoming.worklist.link': {
    fr: 'Voir les transmissions reçues',
    nl: 'Ontvangen doorzendingen bekijken',
    de: 'Empfangene Weiterleitungen ansehen',
    en: 'See the transfers received',
  },
});
