/** Everything the hub operator reads, in French, Dutch, German and English, merged with the shared UI texts. */
import { mergeCatalogs, uiMessages } from '#ui/index.ts';
import { shell } from './shell.ts';
import { registry } from './registry.ts';
import { operations } from './operations.ts';

export const operatorMessages = mergeCatalogs(shell, registry, operations);
export const catalog = mergeCatalogs(uiMessages, operatorMessages);
export type MessageKey = keyof typeof catalog;
