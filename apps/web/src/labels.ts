/** Labels of code-list values (R22: codes are data; their labels live in the catalogs; an unknown local code shows as itself). */
import { formatDate, html, statusTag, type SafeHtml, type Translate } from '#ui/index.ts';
import type { MessageKey } from './messages/index.ts';

export type CodeList =
  | 'kind'
  | 'status'
  | 'alert'
  | 'outcome'
  | 'body'
  | 'legalBasis'
  | 'motivation'
  | 'notificationMethod'
  | 'informedMethod'
  | 'role'
  | 'rseStatus'
  | 'purpose'
  | 'decisionStatus'
  | 'holder'
  | 'visibility'
  | 'withheldReason';

export const codeLabel = (t: Translate<MessageKey>, list: CodeList, code: string | null | undefined): string =>
  code ? (t.maybe(`${list}.${code}`) ?? code) : '';

export const CODES = {
  kind: [
    'ris',
    'equivalent-ris',
    'urgent-medical-aid',
    'financial-aid',
    'installation-premium',
    'rental-guarantee',
    'heating-allowance',
    'medical-costs',
    'debt-mediation',
    'art60-employment',
    'food-aid',
    'reference-address',
    'other-aid',
  ],
  outcome: ['granted', 'refused', 'partial', 'withdrawn'],
  body: ['council', 'special-committee', 'bcsd', 'president-urgency'],
  legalBasis: ['ris-law-2002', 'organic-law-1976-art57', 'organic-law-1976-art57-2', 'law-1965'],
  motivation: [
    'state-of-need-established',
    'state-of-need-not-established',
    'resources-above-threshold',
    'resources-below-threshold',
    'not-territorially-competent',
    'residence-not-established',
    'willingness-to-work-not-shown',
    'other-benefits-available',
    'request-withdrawn',
    'incomplete-information',
  ],
  notificationMethod: ['registered-letter', 'against-receipt', 'ebox'],
  informedMethod: ['in-person', 'letter', 'phone', 'email', 'ebox'],
  purpose: ['social-investigation', 'review'],
  holder: ['applicant', 'partner', 'household-member'],
} as const;

export const options = (t: Translate<MessageKey>, list: keyof typeof CODES & CodeList) =>
  CODES[list].map((code) => ({ value: code, label: codeLabel(t, list, code) }));

const STATUS_TONE: Record<string, 'neutral' | 'info' | 'success' | 'warning' | 'danger'> = {
  received: 'info',
  investigating: 'info',
  'report-signed': 'warning',
  decided: 'success',
  notified: 'success',
  transferred: 'neutral',
  closed: 'neutral',
};
export const statusBadge = (t: Translate<MessageKey>, status: string): SafeHtml =>
  statusTag(codeLabel(t, 'status', status), STATUS_TONE[status] ?? 'neutral');

/** The NISS as written on Belgian documents: YY.MM.DD-SSS.CC. */
export function formatNiss(niss: string | null | undefined): string {
  if (!niss || !/^\d{11}$/.test(niss)) return niss ?? '';
  return `${niss.slice(0, 2)}.${niss.slice(2, 4)}.${niss.slice(4, 6)}-${niss.slice(6, 9)}.${niss.slice(9)}`;
}

export const dateOrDash = (t: Translate<MessageKey>, value: string | null | undefined) =>
  value ? formatDate(t.language, value) : html`<span aria-label="${t('common.none')}">—</span>`;

/**
 * An audit-log action in words (issue 11: no raw code shown): its own label when it has one, else
 * its object and verb (`aid-request.list-restricted` → "Demande d’aide — liste consultée (accès
 * restreint)"), else "other action" — never the code itself.
 */
export function auditActionLabel(t: Translate<MessageKey>, action: string): string {
  const own = t.maybe(`breakGlass.action.${action}`);
  if (own) return own;
  const parts = action.split('.');
  if (parts.length === 1) return t.maybe(`audit.object.${action}`) ?? t('audit.action.other');
  // `oversight.audit-log.read`, `break-glass.person-notice.print`: the first segment names the object, the rest the verb.
  for (let split = 1; split < parts.length; split += 1) {
    const object = t.maybe(`audit.object.${parts.slice(0, split).join('.')}`) ?? t.maybe(`audit.object.${parts[0]}`);
    const verb = t.maybe(`audit.verb.${parts.slice(split).join('.')}`) ?? t.maybe(`audit.verb.${parts[split]}`);
    if (object && verb) return t('audit.action', { object, verb });
  }
  return t('audit.action.other');
}

/** A worklist notice or deadline alert in words; a kind without words yet reads "other notice", never its code. */
export const alertLabel = (t: Translate<MessageKey>, alert: string): string => t.maybe(`alert.${alert}`) ?? t('alert.other');
