/**
 * User administration (the CPAS's administrator), the choice of CPAS at login, and the user's own
 * password. French, Dutch, German and English side by side.
 */
import { defineCatalog } from '#ui/index.ts';

export const users = defineCatalog({
  'nav.users': { fr: 'Utilisateurs', nl: 'Gebruikers', de: 'Benutzer', en: 'Users' },
  'login.institution': { fr: 'Votre CPAS', nl: 'Uw OCMW', de: 'Ihr ÖSHZ', en: 'Your CPAS' },
  'login.institution.hint': {
    fr: 'Un même nom d’utilisateur peut exister dans plusieurs CPAS : choisissez le vôtre.',
    nl: 'Dezelfde gebruikersnaam kan in meerdere OCMW’s bestaan: kies het uwe.',
    de: 'Derselbe Benutzername kann in mehreren ÖSHZ bestehen: wählen Sie Ihres.',
    en: 'The same username may exist in several CPAS: choose yours.',
  },
  'login.oidc.byInstitution': {
    fr: 'Ou choisissez d’abord votre CPAS :',
    nl: 'Of kies eerst uw OCMW:',
    de: 'Oder wählen Sie zuerst Ihr ÖSHZ:',
    en: 'Or choose your CPAS first:',
  },
  'login.institution.any': { fr: '— Choisir —', nl: '— Kiezen —', de: '— Auswählen —', en: '— Choose —' },
  'login.institution.required': {
    fr: 'Choisissez votre CPAS : ce nom d’utilisateur existe dans plusieurs CPAS',
    nl: 'Kies uw OCMW: deze gebruikersnaam bestaat in meerdere OCMW’s',
    de: 'Wählen Sie Ihr ÖSHZ: dieser Benutzername besteht in mehreren ÖSHZ',
    en: 'Choose your CPAS: this username exists in several CPAS',
  },
  'users.title': { fr: 'Utilisateurs du CPAS', nl: 'Gebruikers van het OCMW', de: 'Benutzer des ÖSHZ', en: 'Users of the CPAS' },
  'users.intro': {
    fr:
      'Créez les comptes du personnel, attribuez les rôles et le responsable d’équipe, désactivez le compte d’une personne qui quitte ' +
      'le CPAS après avoir confié ses dossiers. Chaque modification est inscrite au journal d’audit.',
    nl:
      'Maak de accounts van het personeel aan, ken rollen en teamverantwoordelijke toe, en deactiveer het account van wie het OCMW ' +
      'verlaat nadat de dossiers zijn overgedragen. Elke wijziging wordt in het auditlogboek opgenomen.',
    de:
      'Legen Sie die Konten des Personals an, vergeben Sie Rollen und Teamleitung und deaktivieren Sie das Konto einer Person, die das ' +
      'ÖSHZ verlässt, nachdem ihre Akten übergeben wurden. Jede Änderung wird im Prüfprotokoll festgehalten.',
    en:
      'Create staff accounts, assign roles and supervisors, and deactivate the account of a leaver once their files are handed over. ' +
      'Every change is written to the audit log.',
  },
  'users.new': { fr: 'Nouvel utilisateur', nl: 'Nieuwe gebruiker', de: 'Neuer Benutzer', en: 'New user' },
  'users.showInactive': {
    fr: 'Afficher aussi les comptes désactivés',
    nl: 'Ook gedeactiveerde accounts tonen',
    de: 'Auch deaktivierte Konten anzeigen',
    en: 'Also show deactivated accounts',
  },
  'users.hideInactive': {
    fr: 'Masquer les comptes désactivés',
    nl: 'Gedeactiveerde accounts verbergen',
    de: 'Deaktivierte Konten ausblenden',
    en: 'Hide deactivated accounts',
  },
  'users.caption': { fr: 'Comptes du CPAS', nl: 'Accounts van het OCMW', de: 'Konten des ÖSHZ', en: 'Accounts of the CPAS' },
  'users.col.name': { fr: 'Nom', nl: 'Naam', de: 'Name', en: 'Name' },
  'users.col.username': { fr: 'Nom d’utilisateur', nl: 'Gebruikersnaam', de: 'Benutzername', en: 'Username' },
  'users.col.role': { fr: 'Rôle', nl: 'Rol', de: 'Rolle', en: 'Role' },
  'users.col.status': { fr: 'État', nl: 'Status', de: 'Status', en: 'Status' },
  'users.col.files': { fr: 'Dossiers ouverts', nl: 'Open dossiers', de: 'Offene Akten', en: 'Open files' },
  'users.status.active': { fr: 'Actif', nl: 'Actief', de: 'Aktiv', en: 'Active' },
  'users.status.inactive': { fr: 'Désactivé', nl: 'Gedeactiveerd', de: 'Deaktiviert', en: 'Deactivated' },
  'users.status.mustChange': {
    fr: 'Mot de passe à choisir',
    nl: 'Wachtwoord nog te kiezen',
    de: 'Passwort noch zu wählen',
    en: 'Password to be chosen',
  },
  'users.edit': { fr: 'Gérer', nl: 'Beheren', de: 'Verwalten', en: 'Manage' },
  'users.edit.label': {
    fr: 'Gérer le compte de {name}',
    nl: 'Het account van {name} beheren',
    de: 'Das Konto von {name} verwalten',
    en: 'Manage the account of {name}',
  },
  'users.field.username': { fr: 'Nom d’utilisateur', nl: 'Gebruikersnaam', de: 'Benutzername', en: 'Username' },
  'users.field.username.hint': {
    fr: 'Lettres minuscules, chiffres, point, tiret ou @ (par exemple prenom.nom). Il ne pourra plus être changé.',
    nl: 'Kleine letters, cijfers, punt, streepje of @ (bijvoorbeeld voornaam.naam). Kan later niet meer worden gewijzigd.',
    de: 'Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder @ (zum Beispiel vorname.name). Kann später nicht mehr geändert werden.',
    en: 'Lower-case letters, digits, dot, dash or @ (for example first.last). It cannot be changed later.',
  },
  'users.field.displayName': { fr: 'Nom et prénom', nl: 'Naam en voornaam', de: 'Name und Vorname', en: 'Full name' },
  'users.field.role': { fr: 'Rôle', nl: 'Rol', de: 'Rolle', en: 'Role' },
  'users.field.qualified': {
    fr: 'Assistant·e social·e diplômé·e (peut signer un rapport social)',
    nl: 'Gediplomeerd maatschappelijk werker (mag een sociaal verslag ondertekenen)',
    de: 'Diplomierte Sozialarbeiterin / diplomierter Sozialarbeiter (darf einen Sozialbericht unterzeichnen)',
    en: 'Qualified social worker (may sign a social report)',
  },
  'users.field.supervisor': { fr: 'Responsable d’équipe', nl: 'Teamverantwoordelijke', de: 'Teamleitung', en: 'Supervisor' },
  'users.field.supervisor.hint': {
    fr: 'Pour un·e assistant·e social·e : la personne qui suit ses dossiers.',
    nl: 'Voor een maatschappelijk werker: wie de dossiers opvolgt.',
    de: 'Für eine Sozialarbeiterin / einen Sozialarbeiter: wer die Akten begleitet.',
    en: 'For a social worker: who follows their files.',
  },
  'users.field.supervisor.none': { fr: 'Aucun', nl: 'Geen', de: 'Keine', en: 'None' },
  'users.field.language': {
    fr: 'Langue de l’application',
    nl: 'Taal van de toepassing',
    de: 'Sprache der Anwendung',
    en: 'Language of the application',
  },
  'users.create': { fr: 'Créer le compte', nl: 'Account aanmaken', de: 'Konto anlegen', en: 'Create the account' },
  'users.save': { fr: 'Enregistrer', nl: 'Opslaan', de: 'Speichern', en: 'Save' },
  'users.saved': { fr: 'Modifications enregistrées.', nl: 'Wijzigingen opgeslagen.', de: 'Änderungen gespeichert.', en: 'Changes saved.' },
  'users.created.title': { fr: 'Compte créé', nl: 'Account aangemaakt', de: 'Konto angelegt', en: 'Account created' },
  'users.oneTime.title': { fr: 'Mot de passe à usage unique', nl: 'Eenmalig wachtwoord', de: 'Einmalpasswort', en: 'One-time password' },
  'users.oneTime.text': {
    fr:
      'Communiquez ce mot de passe à {name} de façon sûre (en main propre, par téléphone). Il ne sera plus affiché. ' +
      'À la première connexion, la personne choisira son propre mot de passe.',
    nl:
      'Geef dit wachtwoord veilig door aan {name} (persoonlijk, telefonisch). Het wordt niet meer getoond. ' +
      'Bij de eerste aanmelding kiest de persoon een eigen wachtwoord.',
    de:
      'Teilen Sie dieses Passwort {name} auf sicherem Weg mit (persönlich, telefonisch). Es wird nicht mehr angezeigt. ' +
      'Bei der ersten Anmeldung wählt die Person ein eigenes Passwort.',
    en: 'Give this password to {name} safely (in person, by phone). It will not be shown again. At the first login, the person chooses their own password.',
  },
  'users.back': {
    fr: 'Retour à la liste des utilisateurs',
    nl: 'Terug naar de lijst van gebruikers',
    de: 'Zurück zur Benutzerliste',
    en: 'Back to the list of users',
  },
  'users.account': { fr: 'Compte', nl: 'Account', de: 'Konto', en: 'Account' },
  'users.password.title': { fr: 'Mot de passe', nl: 'Wachtwoord', de: 'Passwort', en: 'Password' },
  'users.password.text': {
    fr: 'Un nouveau mot de passe à usage unique remplace l’actuel ; les sessions ouvertes de la personne prennent fin.',
    nl: 'Een nieuw eenmalig wachtwoord vervangt het huidige; de open sessies van de persoon worden beëindigd.',
    de: 'Ein neues Einmalpasswort ersetzt das aktuelle; die offenen Sitzungen der Person werden beendet.',
    en: 'A new one-time password replaces the current one; the person’s open sessions end.',
  },
  'users.password.reset': {
    fr: 'Réinitialiser le mot de passe',
    nl: 'Wachtwoord opnieuw instellen',
    de: 'Passwort zurücksetzen',
    en: 'Reset the password',
  },
  'users.leave.title': { fr: 'Départ', nl: 'Vertrek', de: 'Ausscheiden', en: 'Leaving' },
  'users.transfer.text': {
    fr:
      '{count} dossier(s) ouvert(s) : confiez-les à un·e collègue avant de désactiver le compte. ' +
      'Chaque nouvelle attribution est inscrite au journal d’audit.',
    nl: '{count} open dossier(s): draag ze over aan een collega voor u het account deactiveert. Elke nieuwe toewijzing wordt in het auditlogboek opgenomen.',
    de:
      '{count} offene Akte(n): übergeben Sie sie einer Kollegin oder einem Kollegen, bevor Sie das Konto deaktivieren. ' +
      'Jede neue Zuweisung wird im Prüfprotokoll festgehalten.',
    en: '{count} open file(s): hand them to a colleague before deactivating the account. Every new assignment is written to the audit log.',
  },
  'users.transfer.to': { fr: 'Confier les dossiers à', nl: 'Dossiers overdragen aan', de: 'Akten übergeben an', en: 'Hand the files to' },
  'users.transfer.submit': { fr: 'Transférer les dossiers', nl: 'Dossiers overdragen', de: 'Akten übergeben', en: 'Transfer the files' },
  'users.transfer.done': {
    fr: '{count} dossier(s) transféré(s).',
    nl: '{count} dossier(s) overgedragen.',
    de: '{count} Akte(n) übergeben.',
    en: '{count} file(s) transferred.',
  },
  'users.deactivate.text': {
    fr: 'Un compte désactivé ne peut plus se connecter ; il reste dans les dossiers et le journal d’audit.',
    nl: 'Een gedeactiveerd account kan zich niet meer aanmelden; het blijft in de dossiers en het auditlogboek.',
    de: 'Ein deaktiviertes Konto kann sich nicht mehr anmelden; es bleibt in den Akten und im Prüfprotokoll.',
    en: 'A deactivated account can no longer log in; it stays in the files and the audit log.',
  },
  'users.deactivate': { fr: 'Désactiver le compte', nl: 'Account deactiveren', de: 'Konto deaktivieren', en: 'Deactivate the account' },
  'users.reactivate': {
    fr: 'Réactiver le compte',
    nl: 'Account opnieuw activeren',
    de: 'Konto reaktivieren',
    en: 'Reactivate the account',
  },
  'users.oidc.title': {
    fr: 'Connexion par le fournisseur d’identité : groupes et rôles',
    nl: 'Aanmelding via de identiteitsprovider: groepen en rollen',
    de: 'Anmeldung über den Identitätsanbieter: Gruppen und Rollen',
    en: 'Login through the identity provider: groups and roles',
  },
  'users.oidc.intro': {
    fr:
      'À chaque connexion, le groupe transmis par le fournisseur d’identité donne le rôle dans ce CPAS (le plus étendu si plusieurs ' +
      'correspondent) ; une personne d’un groupe repris ici reçoit un compte à sa première connexion. ' +
      'Laissez une ligne vide pour la supprimer.',
    nl:
      'Bij elke aanmelding bepaalt de groep die de identiteitsprovider doorgeeft de rol in dit OCMW (de ruimste als er meerdere ' +
      'overeenkomen); wie tot een hier vermelde groep behoort, krijgt bij de eerste aanmelding een account. ' +
      'Laat een regel leeg om hem te verwijderen.',
    de:
      'Bei jeder Anmeldung bestimmt die vom Identitätsanbieter übermittelte Gruppe die Rolle in diesem ÖSHZ (die umfassendste, wenn ' +
      'mehrere passen); wer zu einer hier aufgeführten Gruppe gehört, erhält bei der ersten Anmeldung ein Konto. ' +
      'Lassen Sie eine Zeile leer, um sie zu löschen.',
    en:
      'At each login, the group sent by the identity provider gives the role in this CPAS (the broadest when several match); ' +
      'a person in a group listed here gets an account at their first login. Leave a row empty to remove it.',
  },
  'users.oidc.link': {
    fr: 'Groupes du fournisseur d’identité',
    nl: 'Groepen van de identiteitsprovider',
    de: 'Gruppen des Identitätsanbieters',
    en: 'Identity provider groups',
  },
  'users.oidc.group': { fr: 'Groupe (ligne {n})', nl: 'Groep (regel {n})', de: 'Gruppe (Zeile {n})', en: 'Group (row {n})' },
  'users.oidc.role': { fr: 'Rôle (ligne {n})', nl: 'Rol (regel {n})', de: 'Rolle (Zeile {n})', en: 'Role (row {n})' },
  'users.oidc.qualified': {
    fr: 'Diplômé·e (ligne {n})',
    nl: 'Gediplomeerd (regel {n})',
    de: 'Diplomiert (Zeile {n})',
    en: 'Qualified (row {n})',
  },
  'users.yes': { fr: 'Oui', nl: 'Ja', de: 'Ja', en: 'Yes' },
  'users.no': { fr: 'Non', nl: 'Nee', de: 'Nein', en: 'No' },
  'profile.password.title': {
    fr: 'Choisir mon mot de passe',
    nl: 'Mijn wachtwoord kiezen',
    de: 'Mein Passwort wählen',
    en: 'Choose my password',
  },
  'profile.password.intro': {
    fr: 'Choisissez un mot de passe d’au moins 12 caractères qui ne contient pas votre nom d’utilisateur. Vos autres sessions prendront fin.',
    nl: 'Kies een wachtwoord van minstens 12 tekens dat uw gebruikersnaam niet bevat. Uw andere sessies worden beëindigd.',
    de: 'Wählen Sie ein Passwort mit mindestens 12 Zeichen, das Ihren Benutzernamen nicht enthält. Ihre anderen Sitzungen werden beendet.',
    en: 'Choose a password of at least 12 characters that does not contain your username. Your other sessions will end.',
  },
  'profile.password.mustChange': {
    fr: 'Votre mot de passe a été fixé par l’administrateur : choisissez le vôtre pour continuer.',
    nl: 'Uw wachtwoord werd door de beheerder ingesteld: kies uw eigen wachtwoord om verder te gaan.',
    de: 'Ihr Passwort wurde vom Administrator festgelegt: Wählen Sie Ihr eigenes, um fortzufahren.',
    en: 'Your password was set by the administrator: choose your own to continue.',
  },
  'profile.password.current': { fr: 'Mot de passe actuel', nl: 'Huidig wachtwoord', de: 'Aktuelles Passwort', en: 'Current password' },
  'profile.password.new': { fr: 'Nouveau mot de passe', nl: 'Nieuw wachtwoord', de: 'Neues Passwort', en: 'New password' },
  'profile.password.repeat': {
    fr: 'Répétez le nouveau mot de passe',
    nl: 'Herhaal het nieuwe wachtwoord',
    de: 'Neues Passwort wiederholen',
    en: 'Repeat the new password',
  },
  'profile.password.mismatch': {
    fr: 'Les deux mots de passe ne sont pas identiques',
    nl: 'De twee wachtwoorden zijn niet gelijk',
    de: 'Die beiden Passwörter stimmen nicht überein',
    en: 'The two passwords differ',
  },
  'profile.password.submit': {
    fr: 'Enregistrer le mot de passe',
    nl: 'Wachtwoord opslaan',
    de: 'Passwort speichern',
    en: 'Save the password',
  },
  'error.user.wrong-password': {
    fr: 'Le mot de passe actuel est erroné',
    nl: 'Het huidige wachtwoord is fout',
    de: 'Das aktuelle Passwort ist falsch',
    en: 'The current password is wrong',
  },
  'error.user.weak-password': {
    fr: 'Au moins 12 caractères, sans votre nom d’utilisateur',
    nl: 'Minstens 12 tekens, zonder uw gebruikersnaam',
    de: 'Mindestens 12 Zeichen, ohne Ihren Benutzernamen',
    en: 'At least 12 characters, without your username',
  },
  'error.user.username-taken': {
    fr: 'Ce nom d’utilisateur existe déjà dans ce CPAS',
    nl: 'Deze gebruikersnaam bestaat al in dit OCMW',
    de: 'Dieser Benutzername besteht bereits in diesem ÖSHZ',
    en: 'This username already exists in this CPAS',
  },
  'error.user.invalid-username': {
    fr: 'Lettres minuscules, chiffres, point, tiret ou @ (2 à 100 caractères)',
    nl: 'Kleine letters, cijfers, punt, streepje of @ (2 tot 100 tekens)',
    de: 'Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder @ (2 bis 100 Zeichen)',
    en: 'Lower-case letters, digits, dot, dash or @ (2 to 100 characters)',
  },
  'error.user.invalid-supervisor': {
    fr: 'Choisissez un·e responsable d’équipe actif·ve',
    nl: 'Kies een actieve teamverantwoordelijke',
    de: 'Wählen Sie eine aktive Teamleitung',
    en: 'Choose an active supervisor',
  },
  'error.user.last-admin': {
    fr: 'Le CPAS doit garder au moins un administrateur actif',
    nl: 'Het OCMW moet minstens één actieve beheerder behouden',
    de: 'Das ÖSHZ muss mindestens einen aktiven Administrator behalten',
    en: 'The CPAS must keep at least one active administrator',
  },
  'error.user.still-supervises': {
    fr: 'Attribuez d’abord un autre responsable aux assistant·es que cette personne suit',
    nl: 'Geef de maatschappelijk werkers die deze persoon opvolgt eerst een andere verantwoordelijke',
    de: 'Weisen Sie den von dieser Person betreuten Sozialarbeitenden zuerst eine andere Teamleitung zu',
    en: 'Give the workers this person supervises another supervisor first',
  },
  'error.user.self-deactivation': {
    fr: 'Vous ne pouvez pas désactiver votre propre compte',
    nl: 'U kunt uw eigen account niet deactiveren',
    de: 'Sie können Ihr eigenes Konto nicht deaktivieren',
    en: 'You cannot deactivate your own account',
  },
  'error.user.invalid-successor': {
    fr: 'Choisissez un·e autre assistant·e social·e ou responsable actif·ve',
    nl: 'Kies een andere actieve maatschappelijk werker of verantwoordelijke',
    de: 'Wählen Sie eine andere aktive Sozialarbeiterin, einen Sozialarbeiter oder eine Teamleitung',
    en: 'Choose another active social worker or supervisor',
  },
  'error.user.open-files': {
    fr: 'Confiez d’abord les dossiers ouverts de cette personne à un·e collègue',
    nl: 'Draag eerst de open dossiers van deze persoon over aan een collega',
    de: 'Übergeben Sie zuerst die offenen Akten dieser Person einer Kollegin oder einem Kollegen',
    en: 'Hand this person’s open files to a colleague first',
  },
  'error.user.inactive': {
    fr: 'Réactivez d’abord le compte',
    nl: 'Activeer eerst het account opnieuw',
    de: 'Reaktivieren Sie zuerst das Konto',
    en: 'Reactivate the account first',
  },
  'error.oidc-mapping.duplicate': {
    fr: 'Chaque groupe une seule fois',
    nl: 'Elke groep slechts één keer',
    de: 'Jede Gruppe nur einmal',
    en: 'Each group only once',
  },
});
