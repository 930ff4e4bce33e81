/** Request schemas of the worklist routes. */
import { Page } from '../../http-context.ts';

export const WorklistQuery = Page(50);
