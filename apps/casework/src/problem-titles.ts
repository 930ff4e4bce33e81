/**
 * The titles of casework's own problem codes, in every language; `caseworkPlugin` gives them to the
 * HTTP app's registry (the platform knows only the generic ones).
 */
import type { ProblemTitles } from '#platform/problem-titles.ts';

export const CASEWORK_PROBLEM_TITLES = {
  'auth.institution-required': { fr: 'Choisissez votre CPAS', nl: 'Kies uw OCMW', de: 'Wählen Sie Ihr ÖSHZ', en: 'Choose your CPAS' },
  'auth.unknown-institution': { fr: 'CPAS inconnu ici', nl: 'OCMW hier onbekend', de: 'ÖSHZ hier unbekannt', en: 'Unknown CPAS here' },
  'auth.password-change-required': {
    fr: 'Choisissez d’abord votre mot de passe',
    nl: 'Kies eerst uw wachtwoord',
    de: 'Wählen Sie zuerst Ihr Passwort',
    en: 'Choose your password first',
  },
  'auth.busy': {
    fr: 'Trop de connexions en cours',
    nl: 'Te veel aanmeldingen tegelijk',
    de: 'Zu viele Anmeldungen gleichzeitig',
    en: 'Too many logins at once',
  },
  'users.admin-only': {
    fr: 'Réservé à l’administrateur du CPAS',
    nl: 'Voorbehouden aan de beheerder van het OCMW',
    de: 'Dem Administrator des ÖSHZ vorbehalten',
    en: 'For the CPAS’s administrator only',
  },
  'user.not-found': { fr: 'Utilisateur inconnu', nl: 'Onbekende gebruiker', de: 'Unbekannter Benutzer', en: 'Unknown user' },
  'user.invalid-username': {
    fr: 'Nom d’utilisateur invalide',
    nl: 'Ongeldige gebruikersnaam',
    de: 'Ungültiger Benutzername',
    en: 'Invalid username',
  },
  'user.username-taken': {
    fr: 'Nom d’utilisateur déjà utilisé',
    nl: 'Gebruikersnaam al in gebruik',
    de: 'Benutzername bereits vergeben',
    en: 'Username already taken',
  },
  'user.invalid-supervisor': {
    fr: 'Responsable d’équipe invalide',
    nl: 'Ongeldige teamverantwoordelijke',
    de: 'Ungültige Teamleitung',
    en: 'Invalid supervisor',
  },
  'user.last-admin': { fr: 'Dernier administrateur', nl: 'Laatste beheerder', de: 'Letzter Administrator', en: 'Last administrator' },
  'user.still-supervises': {
    fr: 'Cette personne encadre encore des assistants sociaux',
    nl: 'Deze persoon begeleidt nog maatschappelijk werkers',
    de: 'Diese Person betreut noch Sozialarbeitende',
    en: 'This person still supervises workers',
  },
  'user.self-deactivation': {
    fr: 'Impossible de désactiver votre propre compte',
    nl: 'U kunt uw eigen account niet deactiveren',
    de: 'Eigenes Konto kann nicht deaktiviert werden',
    en: 'You cannot deactivate your own account',
  },
  'user.open-files': {
    fr: 'Des dossiers sont encore attribués à cette personne',
    nl: 'Er zijn nog dossiers aan deze persoon toegewezen',
    de: 'Dieser Person sind noch Akten zugewiesen',
    en: 'Files are still assigned to this person',
  },
  'user.inactive': { fr: 'Compte désactivé', nl: 'Gedeactiveerd account', de: 'Deaktiviertes Konto', en: 'Deactivated account' },
  'user.invalid-successor': { fr: 'Successeur invalide', nl: 'Ongeldige opvolger', de: 'Ungültige Nachfolge', en: 'Invalid successor' },
  'user.wrong-password': {
    fr: 'Mot de passe actuel erroné',
    nl: 'Huidig wachtwoord fout',
    de: 'Aktuelles Passwort falsch',
    en: 'Wrong current password',
  },
  'user.weak-password': { fr: 'Mot de passe trop faible', nl: 'Wachtwoord te zwak', de: 'Passwort zu schwach', en: 'Password too weak' },
  'oidc-mapping.duplicate': { fr: 'Groupe en double', nl: 'Dubbele groep', de: 'Doppelte Gruppe', en: 'Duplicate group' },
  'oversight.forbidden': {
    fr: 'Réservé au conseiller en sécurité',
    nl: 'Voorbehouden aan de veiligheidsconsulent',
    de: 'Dem Sicherheitsberater vorbehalten',
    en: 'For the security advisor only',
  },
  'period.invalid': { fr: 'Période invalide', nl: 'Ongeldige periode', de: 'Ungültiger Zeitraum', en: 'Invalid period' },
  'break-glass.reason-required': {
    fr: 'Motif de l’accès d’urgence requis',
    nl: 'Reden voor de noodtoegang vereist',
    de: 'Grund für den Notfallzugriff erforderlich',
    en: 'A reason for the emergency access is required',
  },
  'break-glass.not-needed': {
    fr: 'Vous avez déjà accès à ce dossier',
    nl: 'U hebt al toegang tot dit dossier',
    de: 'Sie haben bereits Zugriff auf diese Akte',
    en: 'You can already open this file',
  },
  'sensitivity.reason-required': {
    fr: 'Motif de la surveillance requis',
    nl: 'Reden voor het toezicht vereist',
    de: 'Grund für die Beobachtung erforderlich',
    en: 'A reason for the watch is required',
  },
  'setting.invalid': {
    fr: 'Valeur hors des limites permises',
    nl: 'Waarde buiten de toegestane grenzen',
    de: 'Wert außerhalb des erlaubten Bereichs',
    en: 'Value outside the allowed range',
  },
  'disclosure.legal-basis-required': {
    fr: 'Base légale requise',
    nl: 'Rechtsgrond vereist',
    de: 'Rechtsgrundlage erforderlich',
    en: 'A legal basis is required',
  },
  'disclosure.items-required': {
    fr: 'Aucune donnée sélectionnée',
    nl: 'Geen gegevens geselecteerd',
    de: 'Keine Daten ausgewählt',
    en: 'No item selected',
  },
  'disclosure.same-officer': {
    fr: 'Un autre responsable doit approuver',
    nl: 'Een andere verantwoordelijke moet goedkeuren',
    de: 'Ein anderer Verantwortlicher muss genehmigen',
    en: 'Another officer must approve',
  },
  'disclosure.already-exported': {
    fr: 'Déjà communiquée une fois',
    nl: 'Al één keer meegedeeld',
    de: 'Bereits einmal mitgeteilt',
    en: 'Already exported once',
  },
  'person.exists': {
    fr: 'Cette personne est déjà enregistrée',
    nl: 'Deze persoon is al geregistreerd',
    de: 'Diese Person ist bereits erfasst',
    en: 'Person already registered',
  },
  'report.incomplete': {
    fr: 'Rapport social incomplet',
    nl: 'Sociaal verslag onvolledig',
    de: 'Sozialbericht unvollständig',
    en: 'Social report incomplete',
  },
  'consultation.person-not-informed': {
    fr: 'La personne n’a pas encore été informée',
    nl: 'De persoon is nog niet geïnformeerd',
    de: 'Die Person wurde noch nicht informiert',
    en: 'Person not yet informed',
  },
  'consultation.blocked': {
    fr: 'La personne a demandé que votre CPAS ne reçoive plus son résumé',
    nl: 'De persoon heeft gevraagd dat uw OCMW haar samenvatting niet meer ontvangt',
    de: 'Die Person hat verlangt, dass Ihr ÖSHZ ihre Zusammenfassung nicht mehr erhält',
    en: 'The person asked that your CPAS no longer receive their summary',
  },
  'outbox.not-parked': {
    fr: 'Ce message n’est plus en attente',
    nl: 'Dit bericht wacht niet meer',
    de: 'Diese Nachricht wartet nicht mehr',
    en: 'This message is no longer parked',
  },
} satisfies ProblemTitles;
