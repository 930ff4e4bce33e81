/**
 * Everything the person reads in the portal, in French, Dutch and German (R46), one catalog per
 * page with the languages side by side, merged with the shared UI texts. Plain words, short
 * sentences: the person may be reading this at a hard moment. No jargon without an explanation.
 */
import { mergeCatalogs, uiMessages } from '#ui/index.ts';
import { shell } from './shell.ts';
import { exchanges } from './exchanges.ts';
import { summaries } from './summaries.ts';
import { blocks } from './blocks.ts';
import { errors } from './errors.ts';
import { browserCheck } from './browser-check.ts';

/** The portal's own texts (without the shared UI texts). */
export const portalMessages = mergeCatalogs(shell, exchanges, browserCheck, summaries, blocks, errors);

export const catalog = mergeCatalogs(uiMessages, portalMessages);

export type MessageKey = keyof typeof catalog;
