/**
 * packages/ui — server-rendered, accessible HTML for the worker application and the citizen portal.
 * No framework and no build step: escaped tagged templates, FR/NL/DE(/EN) catalogs with Belgian
 * formats, form components with error summaries, one page shell, one stylesheet, one script.
 * See packages/ui/README.md for the API.
 */
/** Escaped HTML templates. */
export { html, raw, join, attrs, escapeHtml, SafeHtml, type Interpolation } from './html.ts';
/** Languages, translators, catalog checks and Belgian date/amount formats. */
export {
  LANGUAGES,
  NATIONAL_LANGUAGES,
  LANGUAGE_NAMES,
  LOCALES,
  isLanguage,
  negotiateLanguage,
  defineCatalog,
  catalogIn,
  mergeCatalogs,
  createTranslator,
  fillPlaceholders,
  findCatalogProblems,
  missingKeyMarker,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatLongDateTime,
  formatMoney,
  formatNumber,
  parseAmountToCents,
  type Language,
  type NationalLanguage,
  type Catalog,
  type Texts,
  type Translate,
  type Params,
} from './i18n.ts';
/** The texts of the shared components. */
export { uiMessages, type UiKey } from './messages.ts';
/** Accessible components. */
export {
  fieldId,
  textField,
  textArea,
  selectField,
  radioGroup,
  checkbox,
  errorSummary,
  csrfField,
  postForm,
  button,
  notice,
  summaryList,
  statusTag,
  table,
  pagination,
  printButton,
  type FieldMessage,
  type Option,
} from './components.ts';
/** The page shell and the assets directory. */
export { renderPage, UI_ASSETS_DIR, type PageOptions, type NavItem, type LanguageSwitch, type LanguageLinks } from './layout.ts';
