/**
 * The frame of every page: the application name, navigation, roles, form-field errors, errors and confirmations.
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const shell = defineCatalog({
  'app.name': { fr: 'RSE — dossier social', nl: 'ESV — sociaal dossier', de: 'ESB — Sozialakte', en: 'RSE — social file' },
  'app.demoBanner': {
    fr: 'DÉMO — données fictives uniquement',
    nl: 'DEMO — enkel fictieve gegevens',
    de: 'DEMO — nur fiktive Daten',
    en: 'DEMO — synthetic data only',
  },
  'app.footer': {
    fr: 'Rapport social électronique (RSE) du CPAS. Les informations d’autres CPAS sont toujours à vérifier.',
    nl: 'Elektronisch sociaal verslag (ESV) van het OCMW. Informatie van andere OCMW’s moet altijd worden geverifieerd.',
    de: 'Elektronischer Sozialbericht (ESB) des ÖSHZ. Informationen anderer ÖSHZ sind immer zu überprüfen.',
    en: 'Electronic social report (RSE) of the CPAS. Information from other CPAS is always to be verified.',
  },
  'nav.oversight': { fr: 'Contrôle des accès', nl: 'Toezicht op toegang', de: 'Zugriffskontrolle', en: 'Access oversight' },
  'nav.breakGlass': { fr: 'Accès d’urgence', nl: 'Noodtoegang', de: 'Notfallzugriff', en: 'Emergency access' },
  'nav.disclosures': { fr: 'Communications à des tiers', nl: 'Verstrekkingen aan derden', de: 'Auskünfte an Dritte', en: 'Disclosures' },
  'nav.statistics': { fr: 'Statistiques', nl: 'Statistieken', de: 'Statistiken', en: 'Statistics' },
  'nav.worklist': { fr: 'Liste de travail', nl: 'Werklijst', de: 'Arbeitsliste', en: 'Worklist' },
  'nav.persons': { fr: 'Personnes', nl: 'Personen', de: 'Personen suchen', en: 'Persons' },
  'nav.agenda': { fr: 'Ordre du jour', nl: 'Agenda', de: 'Tagesordnung', en: 'Agenda' },
  'nav.logout': { fr: 'Se déconnecter', nl: 'Afmelden', de: 'Abmelden', en: 'Log out' },
  'common.choose': { fr: 'Choisir…', nl: 'Kies…', de: 'Auswählen…', en: 'Choose…' },
  'common.none': { fr: 'aucun', nl: 'geen', de: 'keine', en: 'none' },
  'home.title': { fr: 'Accueil', nl: 'Startpagina', de: 'Startseite', en: 'Home' },
  'home.otherRole': {
    fr: 'Votre rôle ({role}) n’a pas de liste de travail dans cette application.',
    nl: 'Uw rol ({role}) heeft geen werklijst in deze toepassing.',
    de: 'Ihre Rolle ({role}) hat in dieser Anwendung keine Arbeitsliste.',
    en: 'Your role ({role}) has no worklist in this application.',
  },
  'done.registered': {
    fr: 'La personne est enregistrée.',
    nl: 'De persoon is geregistreerd.',
    de: 'Die Person ist erfasst.',
    en: 'The person is registered.',
  },
  'done.saved': {
    fr: 'Le brouillon est enregistré.',
    nl: 'Het ontwerp is opgeslagen.',
    de: 'Der Entwurf ist gespeichert.',
    en: 'The draft is saved.',
  },
  'done.signed': {
    fr: 'Le rapport est signé.',
    nl: 'Het verslag is ondertekend.',
    de: 'Der Bericht ist unterzeichnet.',
    en: 'The report is signed.',
  },
  'done.noted': {
    fr: 'La note est enregistrée.',
    nl: 'De notitie is opgeslagen.',
    de: 'Die Notiz ist gespeichert.',
    en: 'The note is saved.',
  },
  'done.informed': {
    fr: 'Enregistré : la personne est informée.',
    nl: 'Geregistreerd: de persoon is geïnformeerd.',
    de: 'Erfasst: die Person ist informiert.',
    en: 'Recorded: the person is informed.',
  },
  'done.decided': {
    fr: 'La décision est enregistrée. Notifiez-la dans les 8 jours.',
    nl: 'De beslissing is geregistreerd. Breng ze binnen 8 dagen ter kennis.',
    de: 'Die Entscheidung ist erfasst. Stellen Sie sie binnen 8 Tagen zu.',
    en: 'The decision is recorded. Notify it within 8 days.',
  },
  'done.notified': {
    fr: 'La notification est enregistrée.',
    nl: 'De kennisgeving is geregistreerd.',
    de: 'Die Zustellung ist erfasst.',
    en: 'The notification is recorded.',
  },
  'done.closed': {
    fr: 'Le dossier est clôturé.',
    nl: 'Het dossier is afgesloten.',
    de: 'Die Akte ist geschlossen.',
    en: 'The file is closed.',
  },
  'done.assigned': {
    fr: 'Le dossier est attribué.',
    nl: 'Het dossier is toegewezen.',
    de: 'Die Akte ist zugewiesen.',
    en: 'The file is assigned.',
  },
  'done.assignFailed': {
    fr: 'Le dossier n’a pas pu être attribué à cette personne.',
    nl: 'Het dossier kon niet aan deze persoon worden toegewezen.',
    de: 'Die Akte konnte dieser Person nicht zugewiesen werden.',
    en: 'The file could not be assigned to this person.',
  },
  'error.backHome': { fr: 'Retour à l’accueil', nl: 'Terug naar de startpagina', de: 'Zurück zur Startseite', en: 'Back to the home page' },
  'error.notFound.title': { fr: 'Page introuvable', nl: 'Pagina niet gevonden', de: 'Seite nicht gefunden', en: 'Page not found' },
  'error.notFound.text': {
    fr:
      'Cette page n’existe pas, ou ce n’est pas un dossier que vous pouvez ouvrir. Un dossier est ouvert aux ' +
      'travailleurs qui y sont attribués et à leur responsable.',
    nl:
      'Deze pagina bestaat niet, of het is geen dossier dat u mag openen. Een dossier is open voor de toegewezen ' +
      'werkers en hun verantwoordelijke.',
    de:
      'Diese Seite gibt es nicht, oder es ist keine Akte, die Sie öffnen dürfen. Eine Akte ist für die zugewiesenen ' +
      'Mitarbeitenden und ihre Vorgesetzten offen.',
    en: 'This page does not exist, or it is not a file you may open. Files are open to the workers assigned to them and their supervisor.',
  },
  'error.forbidden.title': { fr: 'Action non autorisée', nl: 'Niet toegestaan', de: 'Nicht erlaubt', en: 'Not allowed' },
  'error.forbidden.text': {
    fr: 'Votre rôle ne permet pas cette action.',
    nl: 'Uw rol laat deze handeling niet toe.',
    de: 'Ihre Rolle erlaubt diese Aktion nicht.',
    en: 'Your role does not allow this action.',
  },
  'error.csrf.title': {
    fr: 'Le formulaire a expiré',
    nl: 'Het formulier is verlopen',
    de: 'Das Formular ist abgelaufen',
    en: 'The form has expired',
  },
  'error.csrf.text': {
    fr: 'Pour votre sécurité, le formulaire n’a pas pu être accepté. Revenez en arrière, rechargez la page et envoyez-le à nouveau.',
    nl: 'Voor uw veiligheid kon het formulier niet worden aanvaard. Ga terug, herlaad de pagina en verzend het opnieuw.',
    de:
      'Zu Ihrer Sicherheit konnte das Formular nicht angenommen werden. Gehen Sie zurück, laden Sie die Seite neu und ' +
      'senden Sie es erneut.',
    en: 'For your security, the form could not be accepted. Go back, reload the page and send it again.',
  },
  'error.unexpected.title': {
    fr: 'Un problème est survenu',
    nl: 'Er ging iets mis',
    de: 'Etwas ist schiefgelaufen',
    en: 'Something went wrong',
  },
  'error.unexpected.text': {
    fr: 'L’erreur a été enregistrée (référence {id}). Réessayez dans un instant.',
    nl: 'De fout werd geregistreerd (referentie {id}). Probeer het zo meteen opnieuw.',
    de: 'Der Fehler wurde erfasst (Referenz {id}). Versuchen Sie es gleich noch einmal.',
    en: 'The error was recorded (reference {id}). Try again in a moment.',
  },
  'error.generic': {
    fr: 'L’action n’a pas pu aboutir. Vérifiez les valeurs et réessayez.',
    nl: 'De handeling kon niet worden uitgevoerd. Controleer de waarden en probeer opnieuw.',
    de: 'Die Aktion konnte nicht ausgeführt werden. Prüfen Sie die Werte und versuchen Sie es erneut.',
    en: 'The action could not be completed. Check the values and try again.',
  },
  'error.niss.invalid': {
    fr: 'Ce n’est pas un NISS ou numéro BIS valable : 11 chiffres avec un chiffre de contrôle correct',
    nl: 'Dit is geen geldig INSZ- of BIS-nummer: 11 cijfers met een juist controlegetal',
    de: 'Dies ist keine gültige NISS- oder BIS-Nummer: 11 Ziffern mit korrekter Prüfziffer',
    en: 'This is not a valid NISS or BIS number: 11 digits with a correct check number',
  },
  'error.person.exists': {
    fr: 'Une personne avec ce numéro est déjà enregistrée : recherchez-la par son numéro',
    nl: 'Er is al een persoon met dit nummer geregistreerd: zoek die op het nummer',
    de: 'Eine Person mit dieser Nummer ist bereits erfasst: suchen Sie sie über die Nummer',
    en: 'A person with this number is already registered: search for them by number',
  },
  'error.report.incomplete': {
    fr: 'Complétez les rubriques obligatoires avant de signer',
    nl: 'Vul de verplichte rubrieken in vóór u ondertekent',
    de: 'Füllen Sie die Pflichtabschnitte vor der Unterzeichnung aus',
    en: 'Fill the mandatory sections before signing',
  },
  'error.report.signed': {
    fr: 'Le rapport est signé et ne peut plus être modifié',
    nl: 'Het verslag is ondertekend en kan niet meer worden gewijzigd',
    de: 'Der Bericht ist unterzeichnet und kann nicht mehr geändert werden',
    en: 'The report is signed and can no longer be changed',
  },
  'error.report.not-qualified': {
    fr: 'Seul·e un·e assistant·e social·e qualifié·e signe un rapport social',
    nl: 'Enkel een gekwalificeerde maatschappelijk werker ondertekent een sociaal verslag',
    de: 'Nur qualifizierte Sozialarbeiter unterzeichnen einen Sozialbericht',
    en: 'Only a qualified social worker signs a social report',
  },
  'error.consultation.person-not-informed': {
    fr: 'Enregistrez que la personne a été informée avant de consulter',
    nl: 'Registreer dat de persoon werd geïnformeerd vóór u raadpleegt',
    de: 'Erfassen Sie vor der Abfrage, dass die Person informiert wurde',
    en: 'Record that the person was informed before consulting',
  },
  'error.consultation.not-assigned': {
    fr: 'Seul·e un·e travailleur·euse attribué·e à ce dossier peut consulter',
    nl: 'Enkel een werker die aan dit dossier is toegewezen, mag raadplegen',
    de: 'Nur Mitarbeitende, denen diese Akte zugewiesen ist, dürfen abfragen',
    en: 'Only a worker assigned to this file may consult',
  },
  'error.consultation.no-integration': {
    fr: 'Ce dossier n’a pas d’intégration active auprès de la BCSS (une personne sans numéro ne peut pas être consultée)',
    nl: 'Dit dossier heeft geen actieve integratie bij de KSZ (een persoon zonder nummer kan niet worden geraadpleegd)',
    de: 'Diese Akte hat keine aktive Integration bei der ZDSS (eine Person ohne Nummer kann nicht abgefragt werden)',
    en: 'This file has no active registration at the hub (a person without a number cannot be consulted)',
  },
  'error.hub.unreachable': {
    fr: 'La Banque Carrefour est injoignable pour le moment ; réessayez dans un instant',
    nl: 'De Kruispuntbank is nu niet bereikbaar; probeer het zo meteen opnieuw',
    de: 'Die Zentrale Datenbank ist zurzeit nicht erreichbar; versuchen Sie es gleich noch einmal',
    en: 'The hub cannot be reached right now; try again in a moment',
  },
  'error.decision.report-not-signed': {
    fr: 'Signez le rapport social avant d’enregistrer la décision',
    nl: 'Onderteken het sociaal verslag vóór u de beslissing registreert',
    de: 'Unterzeichnen Sie den Sozialbericht, bevor Sie die Entscheidung erfassen',
    en: 'Sign the social report before recording the decision',
  },
  'error.decision.in-future': {
    fr: 'Une décision ne peut pas être datée dans le futur',
    nl: 'Een beslissing kan niet in de toekomst gedateerd zijn',
    de: 'Eine Entscheidung kann nicht in der Zukunft datiert sein',
    en: 'A decision cannot be dated in the future',
  },
  'error.decision.period-invalid': {
    fr: 'La période se termine avant de commencer',
    nl: 'De periode eindigt vóór ze begint',
    de: 'Der Zeitraum endet, bevor er beginnt',
    en: 'The period ends before it starts',
  },
  'error.decision.hearing-pending': {
    fr: 'La personne a demandé à être entendue : organisez d’abord l’audition',
    nl: 'De persoon vroeg om gehoord te worden: organiseer eerst de hoorzitting',
    de: 'Die Person hat eine Anhörung beantragt: führen Sie zuerst die Anhörung durch',
    en: 'The person asked to be heard: hold the hearing first',
  },
  'error.aid-request.received-in-future': {
    fr: 'La demande ne peut pas être reçue dans le futur',
    nl: 'De aanvraag kan niet in de toekomst ontvangen zijn',
    de: 'Der Antrag kann nicht in der Zukunft eingegangen sein',
    en: 'The request cannot be received in the future',
  },
  'error.aid-request.closed': {
    fr: 'Ce dossier est clôturé',
    nl: 'Dit dossier is afgesloten',
    de: 'Diese Akte ist geschlossen',
    en: 'This file is closed',
  },
  'error.person-informed.in-future': {
    fr: 'La date ne peut pas être dans le futur',
    nl: 'De datum kan niet in de toekomst liggen',
    de: 'Das Datum kann nicht in der Zukunft liegen',
    en: 'The date cannot be in the future',
  },
  'error.access.role': {
    fr: 'Votre rôle ne permet pas cette action',
    nl: 'Uw rol laat deze handeling niet toe',
    de: 'Ihre Rolle erlaubt diese Aktion nicht',
    en: 'Your role does not allow this action',
  },
  'error.aid-request.not-found': {
    fr: 'Ce dossier n’existe pas ou ne vous est pas ouvert',
    nl: 'Dit dossier bestaat niet of is niet voor u open',
    de: 'Diese Akte gibt es nicht oder sie ist für Sie nicht offen',
    en: 'This file does not exist or is not open to you',
  },
  'field.invalid': {
    fr: 'Cette valeur n’est pas valable',
    nl: 'Deze waarde is niet geldig',
    de: 'Dieser Wert ist ungültig',
    en: 'This value is not valid',
  },
  'field.invalid-format': {
    fr: 'Indiquez une valeur valable, par exemple une date avec jour, mois et année',
    nl: 'Vul een geldige waarde in, bijvoorbeeld een datum met dag, maand en jaar',
    de: 'Geben Sie einen gültigen Wert ein, zum Beispiel ein Datum mit Tag, Monat und Jahr',
    en: 'Enter a valid value, for example a date as day, month and year',
  },
  'field.required': {
    fr: 'Ce champ est obligatoire',
    nl: 'Dit veld is verplicht',
    de: 'Dieses Feld ist ein Pflichtfeld',
    en: 'This field is required',
  },
  'field.too-long': {
    fr: 'Ce texte est trop long',
    nl: 'Deze tekst is te lang',
    de: 'Dieser Text ist zu lang',
    en: 'This text is too long',
  },
  'field.not-allowed': {
    fr: 'Choisissez une des valeurs proposées',
    nl: 'Kies een van de voorgestelde waarden',
    de: 'Wählen Sie einen der vorgeschlagenen Werte',
    en: 'Choose one of the proposed values',
  },
  'field.in-future': {
    fr: 'La date ne peut pas être dans le futur',
    nl: 'De datum kan niet in de toekomst liggen',
    de: 'Das Datum kann nicht in der Zukunft liegen',
    en: 'The date cannot be in the future',
  },
  'field.amount': {
    fr: 'Indiquez un montant en euros, par exemple 1298,74',
    nl: 'Vul een bedrag in euro in, bijvoorbeeld 1298,74',
    de: 'Geben Sie einen Betrag in Euro ein, zum Beispiel 1298,74',
    en: 'Enter an amount in euros, for example 1298,74',
  },
  'field.amount.hint': { fr: 'Par exemple 1298,74', nl: 'Bijvoorbeeld 1298,74', de: 'Zum Beispiel 1298,74', en: 'For example 1298,74' },
  'role.social-worker': { fr: 'Assistant·e social·e', nl: 'Maatschappelijk werker', de: 'Sozialarbeiter', en: 'Social worker' },
  'role.supervisor': { fr: 'Responsable d’équipe', nl: 'Teamverantwoordelijke', de: 'Teamleitung', en: 'Supervisor' },
  'role.committee-member': { fr: 'Membre du comité', nl: 'Lid van het comité', de: 'Ausschussmitglied', en: 'Committee member' },
  'role.security-advisor': {
    fr: 'Conseiller·ère en sécurité',
    nl: 'Informatieveiligheidsconsulent',
    de: 'Sicherheitsberater',
    en: 'Security advisor',
  },
  'role.admin': { fr: 'Administrateur·rice', nl: 'Beheerder', de: 'Administrator', en: 'Administrator' },
});
