/**
 * The titles of casework's own problem codes, in every language; `caseworkPlugin` gives them to the
 * HTTP app's registry (the platform knows only the generic ones).
 */
import type { ProblemTitles } from '#platform/problem-titles.ts';

export const CASEWORK_PROBLEM_TITLES = {
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
  'exchange.requester-key-unproven': {
    fr: 'La clé du CPAS demandeur n’est pas prouvée dans le journal témoigné : rien n’est chiffré pour elle',
    nl: 'De sleutel van het vragende OCMW is niet bewezen in het bekrachtigde logboek: er wordt niets voor versleuteld',
    de: 'Der Schlüssel des anfragenden ÖSHZ ist im bezeugten Protokoll nicht nachgewiesen: nichts wird dafür verschlüsselt',
    en: 'The requester’s key is not proven in the witnessed log: nothing is encrypted to it',
  },
} satisfies ProblemTitles;
