/** The catalogs of the worker web application, merged with the shared UI texts. */
import { uiMessages, type Catalogs, type UiKey } from '#ui/index.ts';
import { en, type AppKey } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { de } from './de.ts';

export type MessageKey = AppKey | UiKey;

export const appMessages = { fr, nl, de, en };

export const catalogs: Catalogs<MessageKey> = {
  fr: { ...uiMessages.fr, ...fr }, nl: { ...uiMessages.nl, ...nl }, de: { ...uiMessages.de, ...de }, en: { ...uiMessages.en, ...en },
};
