/**
 * The fields of a decision, shared by the worker's decision page and the committee's decision on an
 * agenda item (R9: motivated, with its legal basis), and the motivation fields of a change of decision.
 */
import { html, radioGroup, selectField, textArea, textField, type FieldMessage, type SafeHtml } from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import { errorOf } from '../forms.ts';
import { options } from '../labels.ts';
import { risCategoryOptions } from './decide.ts';

type Values = Record<string, string | undefined>;

/** The motivation: its category (coded, shared in the summary) and its text (never shared). */
export function motivationFields(t: Ctx['t'], v: Values, errors: FieldMessage[]): SafeHtml {
  return html`${selectField({
    name: 'motivationCategory',
    label: t('decision.motivation'),
    value: v.motivationCategory,
    placeholder: t('common.choose'),
    options: options(t, 'motivation'),
    error: errorOf(errors, 'motivationCategory'),
    t,
  })}
${textArea({
  name: 'motivationText',
  label: t('decision.motivationText'),
  hint: t('decision.motivationText.hint'),
  value: v.motivationText,
  error: errorOf(errors, 'motivationText'),
  rows: 4,
  required: false,
  t,
})}`;
}

/** Aid type, RIS category, outcome, amount, period, legal basis and motivation. */
export function decisionFields(ctx: Ctx, v: Values, errors: FieldMessage[]): SafeHtml {
  const { t } = ctx;
  return html`${selectField({
    name: 'aidType',
    label: t('decision.aidType'),
    value: v.aidType,
    options: options(t, 'kind'),
    error: errorOf(errors, 'aidType'),
    t,
  })}
${selectField({
  name: 'risCategory',
  label: t('decide.risCategory'),
  hint: t('decide.risCategory.hint'),
  value: v.risCategory,
  placeholder: t('common.none'),
  options: risCategoryOptions(ctx),
  error: errorOf(errors, 'risCategory'),
  t,
})}
${radioGroup({
  name: 'outcome',
  label: t('decision.outcome'),
  value: v.outcome,
  options: options(t, 'outcome'),
  error: errorOf(errors, 'outcome'),
  isInline: true,
  t,
})}
${textField({
  name: 'amount',
  label: t('decision.amount'),
  hint: t('field.amount.hint'),
  value: v.amount,
  error: errorOf(errors, 'amount'),
  inputmode: 'decimal',
  width: 'short',
  required: false,
  t,
})}
${textField({
  name: 'periodFrom',
  label: t('decision.periodFrom'),
  type: 'date',
  value: v.periodFrom,
  error: errorOf(errors, 'periodFrom'),
  width: 'medium',
  required: false,
  t,
})}
${textField({
  name: 'periodTo',
  label: t('decision.periodTo'),
  type: 'date',
  value: v.periodTo,
  error: errorOf(errors, 'periodTo'),
  width: 'medium',
  required: false,
  t,
})}
${selectField({
  name: 'legalBasis',
  label: t('decision.legalBasis'),
  value: v.legalBasis,
  placeholder: t('common.choose'),
  options: options(t, 'legalBasis'),
  error: errorOf(errors, 'legalBasis'),
  t,
})}
${motivationFields(t, v, errors)}`;
}

/** When and how the decision was notified, and the proof's reference (R10): recorded, or corrected with a reason. */
export function notificationFields(
  t: Ctx['t'],
  v: Values,
  errors: FieldMessage[],
  options_: { isSentAtRequired: boolean; hasProofHint: boolean },
): SafeHtml {
  return html`${textField({
    name: 'sentAt',
    label: t('notification.sentAt'),
    type: 'date',
    value: v.sentAt,
    error: errorOf(errors, 'sentAt'),
    width: 'medium',
    ...(options_.isSentAtRequired ? { required: true } : {}),
    t,
  })}
${selectField({
  name: 'method',
  label: t('notification.method'),
  value: v.method,
  options: options(t, 'notificationMethod'),
  error: errorOf(errors, 'method'),
  t,
})}
${textField({
  name: 'proofRef',
  label: t('notification.proofRef'),
  ...(options_.hasProofHint ? { hint: t('notification.proofRef.hint') } : {}),
  value: v.proofRef,
  error: errorOf(errors, 'proofRef'),
  width: 'medium',
  required: false,
  t,
})}`;
}
