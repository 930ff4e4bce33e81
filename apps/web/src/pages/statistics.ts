/** The statistics pages. */
import type { PageKit } from '../page-kit.ts';

export function registerStatisticsPages(kit: PageKit): void {
  void kit;
}
