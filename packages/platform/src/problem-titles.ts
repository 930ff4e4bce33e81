/** Problem titles in the reader's language (FR, NL, DE, EN): what a worker reads in an error. */
export type Language = 'fr' | 'nl' | 'de' | 'en';

export function pickLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'nl' || tag === 'de' || tag === 'en') return tag;
  }
  return 'en';
}

const BY_STATUS: Record<number, Record<Language, string>> = {
  400: { fr: 'Requête mal formée', nl: 'Onjuist verzoek', de: 'Fehlerhafte Anfrage', en: 'Malformed request' },
  401: { fr: 'Connexion requise', nl: 'Aanmelding vereist', de: 'Anmeldung erforderlich', en: 'Authentication required' },
  403: { fr: 'Action non autorisée', nl: 'Handeling niet toegestaan', de: 'Aktion nicht erlaubt', en: 'Not allowed' },
  404: { fr: 'Introuvable', nl: 'Niet gevonden', de: 'Nicht gefunden', en: 'Not found' },
  409: {
    fr: 'Conflit avec l’état du dossier',
    nl: 'Conflict met de stand van het dossier',
    de: 'Konflikt mit dem Stand der Akte',
    en: 'Conflict with the current state',
  },
  413: { fr: 'Contenu trop volumineux', nl: 'Inhoud te groot', de: 'Inhalt zu groß', en: 'Body too large' },
  415: { fr: 'Format non pris en charge', nl: 'Formaat niet ondersteund', de: 'Format nicht unterstützt', en: 'Unsupported media type' },
  422: { fr: 'Valeur invalide', nl: 'Ongeldige waarde', de: 'Ungültiger Wert', en: 'Invalid value' },
  429: { fr: 'Trop de demandes', nl: 'Te veel verzoeken', de: 'Zu viele Anfragen', en: 'Too many requests' },
  500: { fr: 'Erreur interne', nl: 'Interne fout', de: 'Interner Fehler', en: 'Internal error' },
};

const BY_CODE: Record<string, Record<Language, string>> = {
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
  'niss.invalid': { fr: 'Numéro NISS invalide', nl: 'Ongeldig INSZ-nummer', de: 'Ungültige NISS-Nummer', en: 'Invalid NISS' },
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
  'validation.failed': {
    fr: 'Certaines valeurs sont invalides',
    nl: 'Sommige waarden zijn ongeldig',
    de: 'Einige Werte sind ungültig',
    en: 'Some values are invalid',
  },
};

export function problemTitle(code: string, status: number, language: Language): string {
  return BY_CODE[code]?.[language] ?? BY_STATUS[status]?.[language] ?? BY_STATUS[500]![language];
}
