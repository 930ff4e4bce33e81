/**
 * The texts the shared components need, in every language. An app spreads these into its own
 * catalogs (`{ ...uiMessages.fr, ...appMessages.fr }`) so one translator serves both.
 */
import type { Catalogs } from './i18n.ts';

export type UiKey =
  | 'ui.skipLink'
  | 'ui.errorSummary.title'
  | 'ui.errorPrefix'
  | 'ui.optional'
  | 'ui.language'
  | 'ui.mainNavigation'
  | 'ui.pagination.label'
  | 'ui.pagination.previous'
  | 'ui.pagination.next'
  | 'ui.pagination.range'
  | 'ui.print'
  | 'ui.yes'
  | 'ui.no';

export const uiMessages: Catalogs<UiKey> = {
  fr: {
    'ui.skipLink': 'Aller au contenu principal',
    'ui.errorSummary.title': 'Il y a un problème',
    'ui.errorPrefix': 'Erreur :',
    'ui.optional': 'facultatif',
    'ui.language': 'Langue',
    'ui.mainNavigation': 'Navigation principale',
    'ui.pagination.label': 'Pages',
    'ui.pagination.previous': 'Page précédente',
    'ui.pagination.next': 'Page suivante',
    'ui.pagination.range': '{from} à {to} sur {total}',
    'ui.print': 'Imprimer',
    'ui.yes': 'Oui',
    'ui.no': 'Non',
  },
  nl: {
    'ui.skipLink': 'Naar de hoofdinhoud',
    'ui.errorSummary.title': 'Er is een probleem',
    'ui.errorPrefix': 'Fout:',
    'ui.optional': 'optioneel',
    'ui.language': 'Taal',
    'ui.mainNavigation': 'Hoofdnavigatie',
    'ui.pagination.label': 'Pagina’s',
    'ui.pagination.previous': 'Vorige pagina',
    'ui.pagination.next': 'Volgende pagina',
    'ui.pagination.range': '{from} tot {to} van {total}',
    'ui.print': 'Afdrukken',
    'ui.yes': 'Ja',
    'ui.no': 'Nee',
  },
  de: {
    'ui.skipLink': 'Zum Hauptinhalt springen',
    'ui.errorSummary.title': 'Es gibt ein Problem',
    'ui.errorPrefix': 'Fehler:',
    'ui.optional': 'optional',
    'ui.language': 'Sprache',
    'ui.mainNavigation': 'Hauptnavigation',
    'ui.pagination.label': 'Seiten',
    'ui.pagination.previous': 'Vorherige Seite',
    'ui.pagination.next': 'Nächste Seite',
    'ui.pagination.range': '{from} bis {to} von {total}',
    'ui.print': 'Drucken',
    'ui.yes': 'Ja',
    'ui.no': 'Nein',
  },
  en: {
    'ui.skipLink': 'Skip to main content',
    'ui.errorSummary.title': 'There is a problem',
    'ui.errorPrefix': 'Error:',
    'ui.optional': 'optional',
    'ui.language': 'Language',
    'ui.mainNavigation': 'Main navigation',
    'ui.pagination.label': 'Pages',
    'ui.pagination.previous': 'Previous page',
    'ui.pagination.next': 'Next page',
    'ui.pagination.range': '{from} to {to} of {total}',
    'ui.print': 'Print',
    'ui.yes': 'Yes',
    'ui.no': 'No',
  },
};
