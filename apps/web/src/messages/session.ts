/**
 * Logging in and out (local accounts, the organisation’s identity provider, demo accounts).
 * Each key holds its French, Dutch, German and English texts side by side (a missing language does not compile).
 */
import { defineCatalog } from '#ui/index.ts';

export const session = defineCatalog({
  'login.title': { fr: 'Connexion', nl: 'Aanmelden', de: 'Anmelden', en: 'Log in' },
  'login.username': { fr: 'Nom d’utilisateur', nl: 'Gebruikersnaam', de: 'Benutzername', en: 'Username' },
  'login.password': { fr: 'Mot de passe', nl: 'Wachtwoord', de: 'Passwort', en: 'Password' },
  'login.submit': { fr: 'Se connecter', nl: 'Aanmelden', de: 'Anmelden', en: 'Log in' },
  'login.username.required': {
    fr: 'Indiquez votre nom d’utilisateur',
    nl: 'Vul uw gebruikersnaam in',
    de: 'Geben Sie Ihren Benutzernamen ein',
    en: 'Enter your username',
  },
  'login.password.required': {
    fr: 'Indiquez votre mot de passe',
    nl: 'Vul uw wachtwoord in',
    de: 'Geben Sie Ihr Passwort ein',
    en: 'Enter your password',
  },
  'login.invalid': {
    fr: 'Nom d’utilisateur inconnu ou mot de passe erroné',
    nl: 'Onbekende gebruikersnaam of verkeerd wachtwoord',
    de: 'Unbekannter Benutzername oder falsches Passwort',
    en: 'Unknown username or wrong password',
  },
  'login.tooMany': {
    fr: 'Trop de tentatives échouées : réessayez dans 15 minutes',
    nl: 'Te veel mislukte pogingen: probeer opnieuw over 15 minuten',
    de: 'Zu viele Fehlversuche: versuchen Sie es in 15 Minuten erneut',
    en: 'Too many failed attempts: try again in 15 minutes',
  },
  'login.expired': {
    fr: 'Votre session a pris fin après une période d’inactivité. Reconnectez-vous.',
    nl: 'Uw sessie is beëindigd na een periode van inactiviteit. Meld u opnieuw aan.',
    de: 'Ihre Sitzung wurde nach einer Zeit der Inaktivität beendet. Melden Sie sich erneut an.',
    en: 'Your session ended after a period of inactivity. Log in again.',
  },
  'login.loggedOut': { fr: 'Vous êtes déconnecté·e.', nl: 'U bent afgemeld.', de: 'Sie sind abgemeldet.', en: 'You are logged out.' },
  'login.institution.at': {
    fr: 'Connexion à {name}',
    nl: 'Aanmelden bij {name}',
    de: 'Anmeldung bei {name}',
    en: 'Logging in to {name}',
  },
  'login.oidc.title': {
    fr: 'Compte de l’organisation',
    nl: 'Account van de organisatie',
    de: 'Konto der Organisation',
    en: 'Organisation account',
  },
  'login.oidc.link': {
    fr: 'Se connecter avec le compte de l’organisation',
    nl: 'Aanmelden met het account van uw organisatie',
    de: 'Mit dem Konto Ihrer Organisation anmelden',
    en: 'Log in with your organisation account',
  },
  'login.oidc.unavailable': {
    fr: 'Le fournisseur d’identité est injoignable pour le moment. Réessayez plus tard ou utilisez un compte local.',
    nl: 'De identiteitsprovider is nu niet bereikbaar. Probeer later opnieuw of gebruik een lokaal account.',
    de: 'Der Identitätsanbieter ist zurzeit nicht erreichbar. Versuchen Sie es später erneut oder nutzen Sie ein lokales Konto.',
    en: 'The identity provider cannot be reached right now. Try again later or use a local account.',
  },
  'login.oidc.failed': {
    fr: 'La connexion avec le compte de l’organisation n’a pas abouti. Réessayez.',
    nl: 'Aanmelden met het account van uw organisatie is niet gelukt. Probeer opnieuw.',
    de: 'Die Anmeldung mit dem Konto Ihrer Organisation ist nicht gelungen. Versuchen Sie es erneut.',
    en: 'The login with your organisation account did not succeed. Try again.',
  },
  'login.oidc.unknownUser': {
    fr: 'Votre compte d’organisation n’est lié à aucun utilisateur de ce CPAS.',
    nl: 'Uw organisatie-account is aan geen enkele gebruiker van dit OCMW gekoppeld.',
    de: 'Ihr Organisationskonto ist mit keinem Benutzer dieses ÖSHZ verknüpft.',
    en: 'Your organisation account is not linked to a user of this CPAS.',
  },
  'login.demo.title': { fr: 'Comptes de démonstration', nl: 'Demo-accounts', de: 'Demo-Konten', en: 'Demo accounts' },
  'login.demo.intro': {
    fr: 'Ceci est une démonstration avec des données fictives. Tous les comptes utilisent le mot de passe {password}.',
    nl: 'Dit is een demonstratie met fictieve gegevens. Alle accounts gebruiken het wachtwoord {password}.',
    de: 'Dies ist eine Demonstration mit fiktiven Daten. Alle Konten verwenden das Passwort {password}.',
    en: 'This is a demonstration with synthetic data. Every account uses the password {password}.',
  },
  'login.demo.caption': { fr: 'Comptes de démonstration', nl: 'Demo-accounts', de: 'Demo-Konten', en: 'Demo accounts' },
  'login.demo.name': { fr: 'Nom', nl: 'Naam', de: 'Name', en: 'Name' },
  'login.demo.role': { fr: 'Rôle', nl: 'Rol', de: 'Rolle', en: 'Role' },
  'login.demo.institution': { fr: 'CPAS', nl: 'OCMW', de: 'ÖSHZ', en: 'CPAS' },
});
