/** The oversight pages. */
import type { PageKit } from '../page-kit.ts';

export function registerOversightPages(kit: PageKit): void {
  void kit;
}
