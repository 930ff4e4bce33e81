/** The disclosures pages. */
import type { PageKit } from '../page-kit.ts';

export function registerDisclosurePages(kit: PageKit): void {
  void kit;
}
