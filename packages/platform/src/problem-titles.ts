/**
 * Problem titles in the reader's language (FR, NL, DE, EN): what a worker reads in an error. The
 * platform knows only the generic titles (by status, and the codes every service may answer:
 * validation, NISS); an app gives the titles of its own codes to the registry of its HTTP app
 * (`addProblemTitles(app, ...)`), e.g. casework's `apps/casework/src/problem-titles.ts`.
 */
import { LANGUAGES, negotiateLanguage, type Language, type Texts } from '#ui/i18n.ts';

/** Titles by problem code, each in every language. */
export type ProblemTitles = Readonly<Record<string, Texts>>;

/** The language of a problem title: the best of Accept-Language, English when nothing matches. */
export const problemLanguage = (acceptLanguage: string | undefined): Language => negotiateLanguage(acceptLanguage, LANGUAGES, 'en');

const BY_STATUS: Readonly<Record<number, Texts>> = {
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
  503: {
    fr: 'Service momentanément indisponible',
    nl: 'Dienst tijdelijk niet beschikbaar',
    de: 'Dienst vorübergehend nicht verfügbar',
    en: 'Service temporarily unavailable',
  },
};

const GENERIC: ProblemTitles = {
  'niss.invalid': { fr: 'Numéro NISS invalide', nl: 'Ongeldig INSZ-nummer', de: 'Ungültige NISS-Nummer', en: 'Invalid NISS' },
  'validation.failed': {
    fr: 'Certaines valeurs sont invalides',
    nl: 'Sommige waarden zijn ongeldig',
    de: 'Einige Werte sind ungültig',
    en: 'Some values are invalid',
  },
};

/** The titles an HTTP app knows: the generic ones, and those its apps add. */
export type ProblemTitleRegistry = {
  add(titles: ProblemTitles): void;
  title(code: string, status: number, language: Language): string;
};

export function createProblemTitleRegistry(): ProblemTitleRegistry {
  const byCode = new Map<string, Texts>(Object.entries(GENERIC));
  return {
    add(titles) {
      for (const [code, texts] of Object.entries(titles)) byCode.set(code, texts);
    },
    title(code, status, language) {
      return byCode.get(code)?.[language] ?? BY_STATUS[status]?.[language] ?? BY_STATUS[500]![language];
    },
  };
}
