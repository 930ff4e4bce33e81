/**
 * The texts the shared components need, in every language. An app merges them with its own
 * feature catalogs (`mergeCatalogs(uiMessages, …)`) so one translator serves both.
 */
import { defineCatalog } from './i18n.ts';

export const uiMessages = defineCatalog({
  'ui.skipLink': {
    fr: 'Aller au contenu principal',
    nl: 'Naar de hoofdinhoud',
    de: 'Zum Hauptinhalt springen',
    en: 'Skip to main content',
  },
  'ui.errorSummary.title': { fr: 'Il y a un problème', nl: 'Er is een probleem', de: 'Es gibt ein Problem', en: 'There is a problem' },
  'ui.errorPrefix': { fr: 'Erreur :', nl: 'Fout:', de: 'Fehler:', en: 'Error:' },
  'ui.optional': { fr: 'facultatif', nl: 'optioneel', de: 'optional', en: 'optional' },
  'ui.language': { fr: 'Langue', nl: 'Taal', de: 'Sprache', en: 'Language' },
  'ui.mainNavigation': { fr: 'Navigation principale', nl: 'Hoofdnavigatie', de: 'Hauptnavigation', en: 'Main navigation' },
  'ui.pagination.label': { fr: 'Pages', nl: 'Pagina’s', de: 'Seiten', en: 'Pages' },
  'ui.pagination.previous': { fr: 'Page précédente', nl: 'Vorige pagina', de: 'Vorherige Seite', en: 'Previous page' },
  'ui.pagination.next': { fr: 'Page suivante', nl: 'Volgende pagina', de: 'Nächste Seite', en: 'Next page' },
  'ui.pagination.range': {
    fr: '{from} à {to} sur {total}',
    nl: '{from} tot {to} van {total}',
    de: '{from} bis {to} von {total}',
    en: '{from} to {to} of {total}',
  },
  'ui.print': { fr: 'Imprimer', nl: 'Afdrukken', de: 'Drucken', en: 'Print' },
  'ui.yes': { fr: 'Oui', nl: 'Ja', de: 'Ja', en: 'Yes' },
  'ui.no': { fr: 'Non', nl: 'Nee', de: 'Nein', en: 'No' },
});

export type UiKey = keyof typeof uiMessages;
