/**
 * Everything the person reads in the portal, in French, Dutch and German (R46). Plain words, short
 * sentences: the person may be reading this at a hard moment. No jargon without an explanation.
 */
export type Lang = 'fr' | 'nl' | 'de';
export const LANGS: readonly Lang[] = ['fr', 'nl', 'de'];

type Entry = Record<Lang, string>;

export const M = {
  appName: { fr: 'Mon rapport social électronique', nl: 'Mijn elektronisch sociaal verslag', de: 'Mein elektronischer Sozialbericht' },
  skip: { fr: 'Aller au contenu', nl: 'Naar de inhoud', de: 'Zum Inhalt' },
  languages: { fr: 'Langue', nl: 'Taal', de: 'Sprache' },
  menu: { fr: 'Menu', nl: 'Menu', de: 'Menü' },
  demoBadge: { fr: 'DÉMO — données fictives', nl: 'DEMO — fictieve gegevens', de: 'DEMO — fiktive Daten' },
  navExchanges: { fr: 'Qui a consulté mes informations', nl: 'Wie mijn gegevens heeft bekeken', de: 'Wer meine Daten abgefragt hat' },
  navSummaries: { fr: 'Ce que les CPAS partagent', nl: 'Wat de OCMW’s delen', de: 'Was die ÖSHZ teilen' },
  navBlocks: { fr: 'Bloquer un CPAS', nl: 'Een OCMW blokkeren', de: 'Ein ÖSHZ sperren' },
  logOut: { fr: 'Se déconnecter', nl: 'Afmelden', de: 'Abmelden' },
  footer: {
    fr: 'Ce portail vous montre chaque échange à votre sujet entre CPAS, avec une preuve. Une question ? Contactez le service social de votre CPAS.',
    nl: 'Dit portaal toont u elke uitwisseling over u tussen OCMW’s, met een bewijs. Een vraag? Neem contact op met de sociale dienst van uw OCMW.',
    de: 'Dieses Portal zeigt Ihnen jeden Austausch über Sie zwischen ÖSHZ, mit einem Nachweis. Eine Frage? Wenden Sie sich an den Sozialdienst Ihres ÖSHZ.',
  },

  // Login
  loginTitle: { fr: 'Connexion', nl: 'Aanmelden', de: 'Anmeldung' },
  loginIntro: {
    fr: 'Ici, vous voyez quels CPAS ont demandé des informations sur vous, ce qu’ils peuvent voir, et vous pouvez réagir.',
    nl: 'Hier ziet u welke OCMW’s gegevens over u hebben gevraagd, wat ze kunnen zien, en kunt u reageren.',
    de: 'Hier sehen Sie, welche ÖSHZ Informationen über Sie angefragt haben, was sie sehen können, und Sie können reagieren.',
  },
  loginOidc: { fr: 'Se connecter avec eID ou itsme', nl: 'Aanmelden met eID of itsme', de: 'Mit eID oder itsme anmelden' },
  loginNoOidc: {
    fr: 'La connexion avec eID ou itsme n’est pas configurée sur ce serveur.',
    nl: 'Aanmelden met eID of itsme is op deze server niet ingesteld.',
    de: 'Die Anmeldung mit eID oder itsme ist auf diesem Server nicht eingerichtet.',
  },
  demoTitle: { fr: 'Connexion de démonstration', nl: 'Demo-aanmelding', de: 'Demo-Anmeldung' },
  demoIntro: {
    fr: 'Mode démo uniquement : choisissez une personne fictive ou tapez son numéro national.',
    nl: 'Alleen in demomodus: kies een fictieve persoon of typ het rijksregisternummer.',
    de: 'Nur im Demomodus: Wählen Sie eine fiktive Person oder geben Sie die Nationalregisternummer ein.',
  },
  demoAs: { fr: 'Entrer comme {name}', nl: 'Aanmelden als {name}', de: 'Anmelden als {name}' },
  nissLabel: { fr: 'Numéro national (NISS)', nl: 'Rijksregisternummer (INSZ)', de: 'Nationalregisternummer (NISS)' },
  nissHint: {
    fr: '11 chiffres, par exemple 90.04.12-184.07',
    nl: '11 cijfers, bijvoorbeeld 90.04.12-184.07',
    de: '11 Ziffern, zum Beispiel 90.04.12-184.07',
  },
  enter: { fr: 'Entrer', nl: 'Aanmelden', de: 'Anmelden' },
  hello: { fr: 'Bonjour {name}', nl: 'Goedendag {name}', de: 'Guten Tag {name}' },

  // Exchanges
  exchangesTitle: { fr: 'Qui a consulté mes informations', nl: 'Wie mijn gegevens heeft bekeken', de: 'Wer meine Daten abgefragt hat' },
  exchangesIntro: {
    fr: 'Voici tous les échanges à votre sujet passés par le carrefour entre CPAS. Chaque ligne est vérifiée : le portail contrôle lui-même, avec une preuve mathématique, qu’elle est bien inscrite dans le journal signé du carrefour.',
    nl: 'Hier staan alle uitwisselingen over u die via het knooppunt tussen OCMW’s zijn gegaan. Elke regel wordt gecontroleerd: het portaal gaat zelf, met een wiskundig bewijs, na dat ze echt in het ondertekende logboek van het knooppunt staat.',
    de: 'Hier sehen Sie alle Austausche über Sie, die über die Zentrale zwischen den ÖSHZ gelaufen sind. Jede Zeile wird geprüft: Das Portal kontrolliert selbst, mit einem mathematischen Nachweis, dass sie im unterzeichneten Protokoll der Zentrale steht.',
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
    fr: 'Attention : la vérification a échoué pour {count} échange(s). Ces lignes ne correspondent pas au journal signé du carrefour. Ce n’est pas de votre faute. Signalez-le au service social de votre CPAS ou à l’autorité de protection des données.',
    nl: 'Let op: de controle is mislukt voor {count} uitwisseling(en). Deze regels komen niet overeen met het ondertekende logboek van het knooppunt. Dit is niet uw fout. Meld het aan de sociale dienst van uw OCMW of aan de Gegevensbeschermingsautoriteit.',
    de: 'Achtung: Die Prüfung ist für {count} Austausch(e) fehlgeschlagen. Diese Zeilen stimmen nicht mit dem unterzeichneten Protokoll der Zentrale überein. Das ist nicht Ihre Schuld. Melden Sie es dem Sozialdienst Ihres ÖSHZ oder der Datenschutzbehörde.',
  },
  logInconsistent: {
    fr: 'Alerte : le journal du carrefour a changé d’une manière qui n’est pas permise (une partie de l’historique ne correspond plus). Aucune ligne ne peut être considérée comme vérifiée tant que ce problème n’est pas résolu. Les responsables ont été prévenus.',
    nl: 'Alarm: het logboek van het knooppunt is veranderd op een manier die niet toegestaan is (een deel van de geschiedenis klopt niet meer). Geen enkele regel kan als gecontroleerd gelden zolang dit niet is opgelost. De verantwoordelijken zijn verwittigd.',
    de: 'Alarm: Das Protokoll der Zentrale hat sich auf eine nicht erlaubte Weise verändert (ein Teil des Verlaufs stimmt nicht mehr). Keine Zeile gilt als geprüft, solange das Problem nicht gelöst ist. Die Verantwortlichen wurden informiert.',
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

  // Summaries
  summariesTitle: { fr: 'Ce que les CPAS partagent sur moi', nl: 'Wat de OCMW’s over mij delen', de: 'Was die ÖSHZ über mich teilen' },
  summariesIntro: {
    fr: 'Si un autre CPAS demande vos informations, voici exactement ce que chaque CPAS lui enverrait. Jamais de notes personnelles de l’assistant social : seulement les décisions, en codes.',
    nl: 'Als een ander OCMW uw gegevens vraagt, is dit precies wat elk OCMW zou sturen. Nooit persoonlijke notities van de maatschappelijk werker: alleen de beslissingen, in codes.',
    de: 'Wenn ein anderes ÖSHZ Ihre Daten anfragt, ist dies genau das, was jedes ÖSHZ senden würde. Nie persönliche Notizen der Sozialarbeiterin oder des Sozialarbeiters: nur die Entscheidungen, als Codes.',
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
    fr: 'Dites ce qui est faux. Le CPAS reçoit votre demande, et la décision sera marquée « contestée » quand elle est partagée. Pour un recours en justice, le délai reste de 3 mois (tribunal du travail).',
    nl: 'Zeg wat niet klopt. Het OCMW krijgt uw vraag, en de beslissing wordt als ‘betwist’ gemarkeerd wanneer ze gedeeld wordt. Voor een beroep bij de rechtbank blijft de termijn 3 maanden (arbeidsrechtbank).',
    de: 'Sagen Sie, was falsch ist. Das ÖSHZ erhält Ihren Antrag, und die Entscheidung wird als „angefochten“ markiert, wenn sie geteilt wird. Für eine Klage bleibt die Frist 3 Monate (Arbeitsgericht).',
  },
  contestLabel: { fr: 'Ce qui est faux, selon moi', nl: 'Wat volgens mij niet klopt', de: 'Was meiner Meinung nach falsch ist' },
  sendContest: { fr: 'Envoyer ma contestation', nl: 'Mijn betwisting versturen', de: 'Meine Anfechtung senden' },

  // Blocks
  blocksTitle: { fr: 'Bloquer un CPAS', nl: 'Een OCMW blokkeren', de: 'Ein ÖSHZ sperren' },
  blocksIntro: {
    fr: 'Vous pouvez demander qu’un CPAS précis ne reçoive plus votre résumé. S’il le demande quand même, le carrefour refuse, et vous le voyez dans vos échanges.',
    nl: 'U kunt vragen dat een bepaald OCMW uw samenvatting niet meer krijgt. Vraagt het die toch, dan weigert het knooppunt, en u ziet dat bij uw uitwisselingen.',
    de: 'Sie können verlangen, dass ein bestimmtes ÖSHZ Ihre Zusammenfassung nicht mehr erhält. Fragt es trotzdem an, lehnt die Zentrale ab, und Sie sehen das bei Ihren Austauschen.',
  },
  blocksCurrent: { fr: 'Mes blocages', nl: 'Mijn blokkeringen', de: 'Meine Sperren' },
  blocksNone: { fr: 'Vous n’avez bloqué aucun CPAS.', nl: 'U hebt geen enkel OCMW geblokkeerd.', de: 'Sie haben kein ÖSHZ gesperrt.' },
  blockedSince: {
    fr: '{name} — bloqué depuis le {date}. Votre raison : « {reason} »',
    nl: '{name} — geblokkeerd sinds {date}. Uw reden: ‘{reason}’',
    de: '{name} — gesperrt seit {date}. Ihr Grund: „{reason}“',
  },
  blockNew: { fr: 'Nouveau blocage', nl: 'Nieuwe blokkering', de: 'Neue Sperre' },
  blockWhich: { fr: 'Quel CPAS ?', nl: 'Welk OCMW?', de: 'Welches ÖSHZ?' },
  blockReason: {
    fr: 'Pourquoi ? (votre raison est gardée avec le blocage)',
    nl: 'Waarom? (uw reden wordt bij de blokkering bewaard)',
    de: 'Warum? (Ihr Grund wird mit der Sperre gespeichert)',
  },
  sendBlock: { fr: 'Bloquer ce CPAS', nl: 'Dit OCMW blokkeren', de: 'Dieses ÖSHZ sperren' },

  // Results
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
  doneBlock: {
    fr: 'C’est enregistré : ce CPAS ne recevra plus votre résumé.',
    nl: 'Het is geregistreerd: dit OCMW krijgt uw samenvatting niet meer.',
    de: 'Es ist gespeichert: Dieses ÖSHZ erhält Ihre Zusammenfassung nicht mehr.',
  },
  errorTitle: { fr: 'Cela n’a pas fonctionné', nl: 'Dat is niet gelukt', de: 'Das hat nicht geklappt' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof M;

/** Plain-word explanations of error codes the person may meet. */
export const ERRORS: Record<string, Entry> = {
  'niss.invalid': {
    fr: 'Ce numéro national n’est pas valable. Vérifiez les 11 chiffres.',
    nl: 'Dit rijksregisternummer is niet geldig. Controleer de 11 cijfers.',
    de: 'Diese Nationalregisternummer ist nicht gültig. Prüfen Sie die 11 Ziffern.',
  },
  'portal.demo-unknown-person': {
    fr: 'Aucune personne de démonstration n’a ce numéro.',
    nl: 'Geen enkele demopersoon heeft dit nummer.',
    de: 'Keine Demo-Person hat diese Nummer.',
  },
  'portal.demo-login-disabled': {
    fr: 'La connexion de démonstration n’existe qu’en mode démo.',
    nl: 'De demo-aanmelding bestaat alleen in demomodus.',
    de: 'Die Demo-Anmeldung gibt es nur im Demomodus.',
  },
  'portal.oidc-failed': {
    fr: 'La connexion n’a pas été confirmée. Réessayez.',
    nl: 'De aanmelding is niet bevestigd. Probeer opnieuw.',
    de: 'Die Anmeldung wurde nicht bestätigt. Versuchen Sie es erneut.',
  },
  'portal.oidc-login-expired': {
    fr: 'Cette connexion a expiré. Reconnectez-vous.',
    nl: 'Deze aanmelding is verlopen. Meld u opnieuw aan.',
    de: 'Diese Anmeldung ist abgelaufen. Melden Sie sich erneut an.',
  },
  'portal.oidc-no-niss': {
    fr: 'Votre connexion n’a pas donné votre numéro national. Sans lui, le portail ne peut pas retrouver vos échanges.',
    nl: 'Uw aanmelding gaf uw rijksregisternummer niet door. Zonder dat nummer vindt het portaal uw uitwisselingen niet.',
    de: 'Ihre Anmeldung hat Ihre Nationalregisternummer nicht übermittelt. Ohne sie findet das Portal Ihre Austausche nicht.',
  },
  'portal.oidc-unavailable': {
    fr: 'Le service de connexion ne répond pas. Réessayez dans un moment.',
    nl: 'De aanmeldingsdienst antwoordt niet. Probeer het straks opnieuw.',
    de: 'Der Anmeldedienst antwortet nicht. Versuchen Sie es gleich noch einmal.',
  },
  'hub.unreachable': {
    fr: 'Le carrefour ne répond pas pour le moment. Rien n’a été changé. Réessayez dans un moment.',
    nl: 'Het knooppunt antwoordt momenteel niet. Er is niets gewijzigd. Probeer het straks opnieuw.',
    de: 'Die Zentrale antwortet im Moment nicht. Nichts wurde geändert. Versuchen Sie es gleich noch einmal.',
  },
  'person-request.no-file': {
    fr: 'Ce CPAS n’a pas de dossier à votre nom qu’il pourrait partager.',
    nl: 'Dit OCMW heeft geen dossier op uw naam dat het zou kunnen delen.',
    de: 'Dieses ÖSHZ hat keine Akte auf Ihren Namen, die es teilen könnte.',
  },
  'person-request.decision-not-found': {
    fr: 'Ce CPAS ne trouve pas cette décision à votre nom.',
    nl: 'Dit OCMW vindt deze beslissing op uw naam niet.',
    de: 'Dieses ÖSHZ findet diese Entscheidung auf Ihren Namen nicht.',
  },
  'person-request.provider-unreachable': {
    fr: 'Le CPAS ne répond pas pour le moment. Rien n’a été envoyé. Réessayez plus tard.',
    nl: 'Het OCMW antwoordt momenteel niet. Er is niets verstuurd. Probeer het later opnieuw.',
    de: 'Das ÖSHZ antwortet im Moment nicht. Nichts wurde gesendet. Versuchen Sie es später erneut.',
  },
  'person-request.failed': {
    fr: 'Le CPAS n’a pas pu enregistrer votre message. Rien n’a été envoyé. Réessayez plus tard.',
    nl: 'Het OCMW kon uw bericht niet registreren. Er is niets verstuurd. Probeer het later opnieuw.',
    de: 'Das ÖSHZ konnte Ihre Nachricht nicht speichern. Nichts wurde gesendet. Versuchen Sie es später erneut.',
  },
  'block.unknown-institution': {
    fr: 'Ce CPAS n’est pas connu du carrefour.',
    nl: 'Dit OCMW is niet gekend bij het knooppunt.',
    de: 'Dieses ÖSHZ ist der Zentrale nicht bekannt.',
  },
  'validation.failed': {
    fr: 'Un champ est vide ou trop long. Vérifiez et réessayez.',
    nl: 'Een veld is leeg of te lang. Controleer en probeer opnieuw.',
    de: 'Ein Feld ist leer oder zu lang. Prüfen Sie und versuchen Sie es erneut.',
  },
  'kbo.invalid': {
    fr: 'Ce numéro d’entreprise n’est pas valable.',
    nl: 'Dit ondernemingsnummer is niet geldig.',
    de: 'Diese Unternehmensnummer ist nicht gültig.',
  },
  'form.expired': {
    fr: 'Ce formulaire a expiré. Rechargez la page et réessayez.',
    nl: 'Dit formulier is verlopen. Laad de pagina opnieuw en probeer opnieuw.',
    de: 'Dieses Formular ist abgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  other: {
    fr: 'Une erreur inattendue s’est produite. Réessayez plus tard.',
    nl: 'Er is een onverwachte fout opgetreden. Probeer het later opnieuw.',
    de: 'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es später erneut.',
  },
};

/** One sentence per kind of exchange-log entry: {requester}, {provider}, {purpose}, {outcome}. */
export const LEG_SENTENCES: Record<string, Entry> = {
  'consultation.accepted': {
    fr: '{requester} a demandé ce que les autres CPAS partagent sur vous.',
    nl: '{requester} heeft gevraagd wat de andere OCMW’s over u delen.',
    de: '{requester} hat angefragt, was die anderen ÖSHZ über Sie teilen.',
  },
  'consultation.refused': {
    fr: '{requester} a demandé vos informations. Le carrefour a refusé : {outcome}.',
    nl: '{requester} heeft uw gegevens gevraagd. Het knooppunt heeft geweigerd: {outcome}.',
    de: '{requester} hat Ihre Daten angefragt. Die Zentrale hat abgelehnt: {outcome}.',
  },
  'summary.forwarded': {
    fr: 'Le carrefour a transmis la demande de {requester} à {provider}.',
    nl: 'Het knooppunt heeft de vraag van {requester} doorgestuurd naar {provider}.',
    de: 'Die Zentrale hat die Anfrage von {requester} an {provider} weitergeleitet.',
  },
  'summary.answered': {
    fr: '{provider} a répondu à {requester} : {outcome}.',
    nl: '{provider} heeft {requester} geantwoord: {outcome}.',
    de: '{provider} hat {requester} geantwortet: {outcome}.',
  },
  'person-access.answered': {
    fr: 'Vous avez regardé ce que {provider} partage sur vous : {outcome}.',
    nl: 'U hebt bekeken wat {provider} over u deelt: {outcome}.',
    de: 'Sie haben angesehen, was {provider} über Sie teilt: {outcome}.',
  },
  'statement.forwarded': {
    fr: 'Votre déclaration a été transmise à {provider} : {outcome}.',
    nl: 'Uw verklaring is doorgestuurd naar {provider}: {outcome}.',
    de: 'Ihre Erklärung wurde an {provider} weitergeleitet: {outcome}.',
  },
  'contest.forwarded': {
    fr: 'Votre contestation a été transmise à {provider} : {outcome}.',
    nl: 'Uw betwisting is doorgestuurd naar {provider}: {outcome}.',
    de: 'Ihre Anfechtung wurde an {provider} weitergeleitet: {outcome}.',
  },
  'block.recorded': {
    fr: 'Vous avez demandé que {provider} ne reçoive plus votre résumé.',
    nl: 'U hebt gevraagd dat {provider} uw samenvatting niet meer krijgt.',
    de: 'Sie haben verlangt, dass {provider} Ihre Zusammenfassung nicht mehr erhält.',
  },
  'correction.received': {
    fr: '{requester} a corrigé une décision qu’il avait partagée : {outcome}.',
    nl: '{requester} heeft een beslissing verbeterd die het had gedeeld: {outcome}.',
    de: '{requester} hat eine geteilte Entscheidung berichtigt: {outcome}.',
  },
  'correction.notified': {
    fr: 'Le carrefour a prévenu {requester} d’une correction faite par {provider}.',
    nl: 'Het knooppunt heeft {requester} verwittigd van een verbetering door {provider}.',
    de: 'Die Zentrale hat {requester} über eine Berichtigung durch {provider} informiert.',
  },
  unknown: { fr: 'Échange d’un type inconnu.', nl: 'Uitwisseling van een onbekend soort.', de: 'Austausch unbekannter Art.' },
};

export const OUTCOMES: Record<string, Entry> = {
  answered: { fr: 'informations envoyées', nl: 'gegevens verstuurd', de: 'Daten gesendet' },
  'no-file': { fr: 'pas de dossier', nl: 'geen dossier', de: 'keine Akte' },
  withheld: { fr: 'réponse retenue par le CPAS', nl: 'antwoord tegengehouden door het OCMW', de: 'Antwort vom ÖSHZ zurückgehalten' },
  pending: {
    fr: 'en attente, le CPAS ne répondait pas',
    nl: 'in afwachting, het OCMW antwoordde niet',
    de: 'ausstehend, das ÖSHZ antwortete nicht',
  },
  error: {
    fr: 'erreur technique, rien n’a été envoyé',
    nl: 'technische fout, er is niets verstuurd',
    de: 'technischer Fehler, nichts wurde gesendet',
  },
  forwarded: { fr: 'transmise', nl: 'doorgestuurd', de: 'weitergeleitet' },
  recorded: { fr: 'enregistrée', nl: 'geregistreerd', de: 'gespeichert' },
  blocked: { fr: 'bloqué', nl: 'geblokkeerd', de: 'gesperrt' },
  corrected: { fr: 'corrigée', nl: 'verbeterd', de: 'berichtigt' },
  annulled: { fr: 'annulée', nl: 'vernietigd', de: 'aufgehoben' },
  'consultation.blocked': { fr: 'vous avez bloqué ce CPAS', nl: 'u hebt dit OCMW geblokkeerd', de: 'Sie haben dieses ÖSHZ gesperrt' },
  'consultation.no-integration': {
    fr: 'ce CPAS n’avait pas de dossier ouvert à votre nom',
    nl: 'dit OCMW had geen open dossier op uw naam',
    de: 'dieses ÖSHZ hatte keine offene Akte auf Ihren Namen',
  },
  'consultation.purpose-not-allowed': {
    fr: 'ce motif n’est pas permis',
    nl: 'deze reden is niet toegestaan',
    de: 'dieser Zweck ist nicht erlaubt',
  },
  'consultation.person-not-informed': {
    fr: 'vous n’aviez pas encore été informé·e',
    nl: 'u was nog niet geïnformeerd',
    de: 'Sie waren noch nicht informiert',
  },
  'person-request.decision-not-found': { fr: 'décision introuvable', nl: 'beslissing niet gevonden', de: 'Entscheidung nicht gefunden' },
  'provider.unreachable': { fr: 'le CPAS ne répondait pas', nl: 'het OCMW antwoordde niet', de: 'das ÖSHZ antwortete nicht' },
  signature: { fr: 'message non valable', nl: 'ongeldig bericht', de: 'ungültige Nachricht' },
  providers: { fr: '{count} CPAS interrogé(s)', nl: '{count} OCMW(’s) bevraagd', de: '{count} ÖSHZ angefragt' },
};

export const PURPOSES: Record<string, Entry> = {
  'social-investigation': {
    fr: 'examiner une nouvelle demande d’aide',
    nl: 'een nieuwe hulpaanvraag onderzoeken',
    de: 'einen neuen Hilfeantrag prüfen',
  },
  review: { fr: 'revoir une aide en cours', nl: 'lopende hulp herzien', de: 'eine laufende Hilfe überprüfen' },
  'person-access': { fr: 'à votre demande, dans ce portail', nl: 'op uw vraag, in dit portaal', de: 'auf Ihre Anfrage, in diesem Portal' },
};

export const CODES: Record<string, Entry> = {
  ris: { fr: 'Revenu d’intégration', nl: 'Leefloon', de: 'Eingliederungseinkommen' },
  'equivalent-ris': {
    fr: 'Aide équivalente au revenu d’intégration',
    nl: 'Equivalent leefloon',
    de: 'Gleichwertige Hilfe zum Eingliederungseinkommen',
  },
  'urgent-medical-aid': { fr: 'Aide médicale urgente', nl: 'Dringende medische hulp', de: 'Dringende medizinische Hilfe' },
  'financial-aid': { fr: 'Aide financière', nl: 'Financiële hulp', de: 'Finanzielle Hilfe' },
  'heating-allowance': { fr: 'Allocation de chauffage', nl: 'Verwarmingstoelage', de: 'Heizkostenbeihilfe' },
  granted: { fr: 'accordée', nl: 'toegekend', de: 'gewährt' },
  refused: { fr: 'refusée', nl: 'geweigerd', de: 'abgelehnt' },
  partial: { fr: 'accordée en partie', nl: 'gedeeltelijk toegekend', de: 'teilweise gewährt' },
  withdrawn: { fr: 'demande retirée', nl: 'aanvraag ingetrokken', de: 'Antrag zurückgezogen' },
  final: { fr: 'définitive', nl: 'definitief', de: 'endgültig' },
  contested: { fr: 'contestée par vous', nl: 'door u betwist', de: 'von Ihnen angefochten' },
  corrected: { fr: 'corrigée', nl: 'verbeterd', de: 'berichtigt' },
  annulled: { fr: 'annulée', nl: 'vernietigd', de: 'aufgehoben' },
  'ris-law-2002': {
    fr: 'Loi du 26 mai 2002 (revenu d’intégration)',
    nl: 'Wet van 26 mei 2002 (leefloon)',
    de: 'Gesetz vom 26. Mai 2002 (Eingliederungseinkommen)',
  },
  'organic-law-1976-art57': { fr: 'Loi organique des CPAS, art. 57', nl: 'OCMW-wet, art. 57', de: 'ÖSHZ-Grundlagengesetz, Art. 57' },
  'state-of-need-established': { fr: 'état de besoin établi', nl: 'staat van behoeftigheid vastgesteld', de: 'Bedürftigkeit festgestellt' },
  'state-of-need-not-established': {
    fr: 'état de besoin non établi',
    nl: 'staat van behoeftigheid niet vastgesteld',
    de: 'Bedürftigkeit nicht festgestellt',
  },
  'resources-above-threshold': {
    fr: 'ressources au-dessus du seuil',
    nl: 'bestaansmiddelen boven de drempel',
    de: 'Mittel über dem Schwellenwert',
  },
  'resources-below-threshold': {
    fr: 'ressources sous le seuil',
    nl: 'bestaansmiddelen onder de drempel',
    de: 'Mittel unter dem Schwellenwert',
  },
  'not-territorially-competent': {
    fr: 'CPAS non compétent pour votre adresse',
    nl: 'OCMW niet bevoegd voor uw adres',
    de: 'ÖSHZ für Ihre Adresse nicht zuständig',
  },
  'request-withdrawn': { fr: 'demande retirée', nl: 'aanvraag ingetrokken', de: 'Antrag zurückgezogen' },
};

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(M[key][lang], params);
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => String(params[name] ?? ''));
}

export function label(table: Record<string, Entry>, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  return table[code]?.[lang] ?? code;
}

export function errorText(code: string, lang: Lang): string {
  return (ERRORS[code] ?? (code.startsWith('signature.') || code.startsWith('hub.') ? ERRORS['hub.unreachable'] : ERRORS.other))![lang];
}
