/**
 * Shared professional secrecy (R28; domain §4.3): information about the person is shared with another
 * professional only when the four cumulative conditions hold — (1) the person is informed and agrees,
 * (2) the recipient is bound by professional secrecy, (3) the recipient shares the same mission in the
 * person's interest, (4) only what is strictly necessary is shared, never a confidence (R25). If one is
 * missing, strict secrecy applies: nothing is recorded as shared.
 */
import { invalid, type FieldError } from '#platform/errors.ts';

/** What may be shared: objective items of the file. Confidences (notes) are not among them (R25). */
export const SHAREABLE_ITEMS = [
  'identity-contact',
  'aid-granted',
  'resources',
  'housing-situation',
  'home-visit-findings',
  'piis-objectives',
  'situation-summary',
] as const;

export type ShareConditions = {
  personInformedAt: string;
  personAgrees: boolean;
  recipientBoundBySecrecy: boolean;
  commonMission: string;
  onlyNecessary: boolean;
  items: readonly string[];
  sharedAt: string;
};

/** The conditions not met, each on its field; empty when the sharing may be recorded. */
export function missingConditions(input: ShareConditions, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.personAgrees)
    errors.push({ path: '/personAgrees', code: 'condition-missing', message: 'the person must be informed and agree' });
  if (input.personInformedAt > input.sharedAt)
    errors.push({ path: '/personInformedAt', code: 'after-sharing', message: 'the person is informed before the sharing' });
  if (!input.recipientBoundBySecrecy)
    errors.push({
      path: '/recipientBoundBySecrecy',
      code: 'condition-missing',
      message: 'the recipient must be bound by professional secrecy',
    });
  if (input.commonMission.trim().length === 0)
    errors.push({ path: '/commonMission', code: 'condition-missing', message: 'the common mission must be stated' });
  if (!input.onlyNecessary)
    errors.push({ path: '/onlyNecessary', code: 'condition-missing', message: 'only what is strictly necessary is shared' });
  if (input.items.length === 0) errors.push({ path: '/items', code: 'condition-missing', message: 'choose the items shared' });
  if (input.sharedAt > today) errors.push({ path: '/sharedAt', code: 'in-future', message: 'after today' });
  return errors;
}

export function requireConditions(input: ShareConditions, today: string): void {
  const errors = missingConditions(input, today);
  if (errors.length > 0)
    throw invalid(
      'secrecy.condition-missing',
      'The four conditions of shared professional secrecy are not all met: strict secrecy applies.',
      errors,
    );
}
