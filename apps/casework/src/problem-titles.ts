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
  'person.details-invalid': {
    fr: 'Données de la personne invalides',
    nl: 'Ongeldige gegevens van de persoon',
    de: 'Ungültige Angaben zur Person',
    en: 'Invalid details of the person',
  },
  'person.search-invalid': { fr: 'Recherche invalide', nl: 'Ongeldige zoekopdracht', de: 'Ungültige Suche', en: 'Invalid search' },
  'niss-replacement.same-number': {
    fr: 'C’est déjà le numéro actuel de la personne',
    nl: 'Dit is al het huidige nummer van de persoon',
    de: 'Das ist bereits die aktuelle Nummer der Person',
    en: 'Already the person’s current number',
  },
  'niss-replacement.reason-required': {
    fr: 'Motif du remplacement requis',
    nl: 'Reden van de vervanging vereist',
    de: 'Grund der Ersetzung erforderlich',
    en: 'A reason for the replacement is required',
  },
  'household.member-required': {
    fr: 'Indiquez une personne enregistrée ou un nom',
    nl: 'Geef een geregistreerde persoon of een naam op',
    de: 'Geben Sie eine erfasste Person oder einen Namen an',
    en: 'A registered person or a name is required',
  },
  'household.unknown-person': {
    fr: 'Cohabitant non enregistré',
    nl: 'Inwonende niet geregistreerd',
    de: 'Mitbewohner nicht erfasst',
    en: 'Cohabitant not registered',
  },
  'household.invalid-period': { fr: 'Période invalide', nl: 'Ongeldige periode', de: 'Ungültiger Zeitraum', en: 'Invalid period' },
  'household.already-member': {
    fr: 'Cette personne fait déjà partie du ménage',
    nl: 'Deze persoon maakt al deel uit van het gezin',
    de: 'Diese Person gehört bereits zum Haushalt',
    en: 'Already a member of the household',
  },
  'household.already-ended': {
    fr: 'Ce départ est déjà enregistré',
    nl: 'Dit vertrek is al geregistreerd',
    de: 'Dieser Auszug ist bereits erfasst',
    en: 'This member has already left',
  },
  'household.member-not-found': {
    fr: 'Membre du ménage inconnu',
    nl: 'Onbekend gezinslid',
    de: 'Unbekanntes Haushaltsmitglied',
    en: 'Unknown member of the household',
  },
  'assignment.not-assigned': {
    fr: 'Ce travailleur n’a pas ce dossier',
    nl: 'Deze werker heeft dit dossier niet',
    de: 'Dieser Mitarbeiter hat diese Akte nicht',
    en: 'This worker does not hold the file',
  },
} satisfies ProblemTitles;
