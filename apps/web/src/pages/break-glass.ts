/** The break-glass pages. */
import type { PageKit } from '../page-kit.ts';

export function registerBreakGlassPages(kit: PageKit): void {
  void kit;
}
