/**
 * The catalogs of the worker web application, merged with the shared UI texts. The pages of each
 * oversight capability keep their texts in `modules/` (same rule: English the reference, the same
 * keys in every language), merged here.
 */
import { uiMessages, type Catalogs, type UiKey } from '#ui/index.ts';
import { en, type AppKey } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { de } from './de.ts';
import { messages as oversight, type Key as OversightKey } from './modules/oversight.ts';
import { messages as breakGlass, type Key as BreakGlassKey } from './modules/break-glass.ts';
import { messages as disclosures, type Key as DisclosureKey } from './modules/disclosures.ts';
import { messages as statistics, type Key as StatisticsKey } from './modules/statistics.ts';

export type MessageKey = AppKey | OversightKey | BreakGlassKey | DisclosureKey | StatisticsKey | UiKey;

const modules = [oversight, breakGlass, disclosures, statistics];
const merged = <L extends 'fr' | 'nl' | 'de' | 'en'>(language: L, base: Record<string, string>) =>
  Object.assign({}, base, ...modules.map((module) => module[language])) as Record<Exclude<MessageKey, UiKey>, string>;

export const appMessages = { fr: merged('fr', fr), nl: merged('nl', nl), de: merged('de', de), en: merged('en', en) };

export const catalogs: Catalogs<MessageKey> = {
  fr: { ...uiMessages.fr, ...appMessages.fr },
  nl: { ...uiMessages.nl, ...appMessages.nl },
  de: { ...uiMessages.de, ...appMessages.de },
  en: { ...uiMessages.en, ...appMessages.en },
};
