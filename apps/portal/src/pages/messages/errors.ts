/**
 * Plain-word explanations of the error codes the person may meet.
 * Each key holds its French, Dutch and German texts side by side (a missing language does not compile).
 */
import { definePortalCatalog } from './languages.ts';

export const errors = definePortalCatalog({
  'error.niss.invalid': {
    fr: 'Ce numéro national n’est pas valable. Vérifiez les 11 chiffres.',
    nl: 'Dit rijksregisternummer is niet geldig. Controleer de 11 cijfers.',
    de: 'Diese Nationalregisternummer ist nicht gültig. Prüfen Sie die 11 Ziffern.',
  },
  'error.portal.demo-unknown-person': {
    fr: 'Aucune personne de démonstration n’a ce numéro.',
    nl: 'Geen enkele demopersoon heeft dit nummer.',
    de: 'Keine Demo-Person hat diese Nummer.',
  },
  'error.portal.demo-login-disabled': {
    fr: 'La connexion de démonstration n’existe qu’en mode démo.',
    nl: 'De demo-aanmelding bestaat alleen in demomodus.',
    de: 'Die Demo-Anmeldung gibt es nur im Demomodus.',
  },
  'error.portal.oidc-failed': {
    fr: 'La connexion n’a pas été confirmée. Réessayez.',
    nl: 'De aanmelding is niet bevestigd. Probeer opnieuw.',
    de: 'Die Anmeldung wurde nicht bestätigt. Versuchen Sie es erneut.',
  },
  'error.portal.oidc-login-expired': {
    fr: 'Cette connexion a expiré. Reconnectez-vous.',
    nl: 'Deze aanmelding is verlopen. Meld u opnieuw aan.',
    de: 'Diese Anmeldung ist abgelaufen. Melden Sie sich erneut an.',
  },
  'error.portal.oidc-no-niss': {
    fr: 'Votre connexion n’a pas donné votre numéro national. Sans lui, le portail ne peut pas retrouver vos échanges.',
    nl: 'Uw aanmelding gaf uw rijksregisternummer niet door. Zonder dat nummer vindt het portaal uw uitwisselingen niet.',
    de: 'Ihre Anmeldung hat Ihre Nationalregisternummer nicht übermittelt. Ohne sie findet das Portal Ihre Austausche nicht.',
  },
  'error.portal.oidc-unavailable': {
    fr: 'Le service de connexion ne répond pas. Réessayez dans un moment.',
    nl: 'De aanmeldingsdienst antwoordt niet. Probeer het straks opnieuw.',
    de: 'Der Anmeldedienst antwortet nicht. Versuchen Sie es gleich noch einmal.',
  },
  'error.hub.unreachable': {
    fr: 'Le carrefour ne répond pas pour le moment. Rien n’a été changé. Réessayez dans un moment.',
    nl: 'Het knooppunt antwoordt momenteel niet. Er is niets gewijzigd. Probeer het straks opnieuw.',
    de: 'Die Zentrale antwortet im Moment nicht. Nichts wurde geändert. Versuchen Sie es gleich noch einmal.',
  },
  'error.person-request.no-file': {
    fr: 'Ce CPAS n’a pas de dossier à votre nom qu’il pourrait partager.',
    nl: 'Dit OCMW heeft geen dossier op uw naam dat het zou kunnen delen.',
    de: 'Dieses ÖSHZ hat keine Akte auf Ihren Namen, die es teilen könnte.',
  },
  'error.person-request.decision-not-found': {
    fr: 'Ce CPAS ne trouve pas cette décision à votre nom.',
    nl: 'Dit OCMW vindt deze beslissing op uw naam niet.',
    de: 'Dieses ÖSHZ findet diese Entscheidung auf Ihren Namen nicht.',
  },
  'error.person-request.provider-unreachable': {
    fr: 'Le CPAS ne répond pas pour le moment. Rien n’a été envoyé. Réessayez plus tard.',
    nl: 'Het OCMW antwoordt momenteel niet. Er is niets verstuurd. Probeer het later opnieuw.',
    de: 'Das ÖSHZ antwortet im Moment nicht. Nichts wurde gesendet. Versuchen Sie es später erneut.',
  },
  'error.person-request.failed': {
    fr: 'Le CPAS n’a pas pu enregistrer votre message. Rien n’a été envoyé. Réessayez plus tard.',
    nl: 'Het OCMW kon uw bericht niet registreren. Er is niets verstuurd. Probeer het later opnieuw.',
    de: 'Das ÖSHZ konnte Ihre Nachricht nicht speichern. Nichts wurde gesendet. Versuchen Sie es später erneut.',
  },
  'error.block.unknown-institution': {
    fr: 'Ce CPAS n’est pas connu du carrefour.',
    nl: 'Dit OCMW is niet gekend bij het knooppunt.',
    de: 'Dieses ÖSHZ ist der Zentrale nicht bekannt.',
  },
  'error.validation.failed': {
    fr: 'Un champ est vide ou trop long. Vérifiez et réessayez.',
    nl: 'Een veld is leeg of te lang. Controleer en probeer opnieuw.',
    de: 'Ein Feld ist leer oder zu lang. Prüfen Sie und versuchen Sie es erneut.',
  },
  'error.kbo.invalid': {
    fr: 'Ce numéro d’entreprise n’est pas valable.',
    nl: 'Dit ondernemingsnummer is niet geldig.',
    de: 'Diese Unternehmensnummer ist nicht gültig.',
  },
  'error.form.expired': {
    fr: 'Ce formulaire a expiré. Rechargez la page et réessayez.',
    nl: 'Dit formulier is verlopen. Laad de pagina opnieuw en probeer opnieuw.',
    de: 'Dieses Formular ist abgelaufen. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
  'error.other': {
    fr: 'Une erreur inattendue s’est produite. Réessayez plus tard.',
    nl: 'Er is een onverwachte fout opgetreden. Probeer het later opnieuw.',
    de: 'Ein unerwarteter Fehler ist aufgetreten. Versuchen Sie es später erneut.',
  },
});
