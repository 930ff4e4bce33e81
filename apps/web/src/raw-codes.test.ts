/**
 * No raw code in front of a worker or a person (issue 11, item 7): every audit action, deadline
 * alert and worklist notice the casework node can produce reads as words in French, Dutch and
 * German, and no text of the web application or the portal cites a requirement number ("(R49)").
 * The codes are read from the casework sources, so a new action or notice without words fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator } from '#ui/index.ts';
import { catalog, appMessages } from './messages/index.ts';
import { alertLabel, auditActionLabel } from './labels.ts';
import { portalMessages } from '#portal/pages/messages/index.ts';

const CASEWORK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../casework/src');
const LANGUAGES = ['fr', 'nl', 'de'] as const;

async function caseworkSources(): Promise<string[]> {
  const files = (await readdir(CASEWORK, { recursive: true })).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  return Promise.all(files.map((file) => readFile(path.join(CASEWORK, file), 'utf8')));
}
const matches = (sources: readonly string[], pattern: RegExp) =>
  new Set(sources.flatMap((source) => [...source.matchAll(pattern)].map((m) => m[1]!)));

test('every audit action of the casework node reads as words in every national language', async () => {
  const sources = await caseworkSources();
  const actions = matches(sources, /action: '([a-z][a-z.-]+)'/g);
  // Actions built from a template: exchange.summary-${status}, person-request.${kind}-received, decision.annul|correct.
  for (const status of ['answered', 'no-file', 'withheld']) actions.add(`exchange.summary-${status}`);
  for (const kind of ['statement', 'contest']) actions.add(`person-request.${kind}-received`);
  actions.add('decision.annul').add('decision.correct');
  assert.ok(actions.size > 50, `only ${actions.size} actions found: the scan is broken`);
  for (const language of LANGUAGES) {
    const t = createTranslator(catalog, language);
    for (const action of actions) {
      const label = auditActionLabel(t, action);
      assert.notEqual(label, t('audit.action.other'), `${language}: the action ${action} has no words`);
      assert.doesNotMatch(label, /⟦|[a-z]+-[a-z]+\.[a-z]/, `${language}: ${action} → ${label}`);
    }
  }
});

test('every deadline alert and worklist notice reads as words in every national language', async () => {
  const sources = await caseworkSources();
  const kinds = new Set([
    ...matches(sources, /alerts\.push\(\{ kind: '([a-z-]+)'/g),
    ...matches(sources, /INSERT INTO worklist_notices \([^)]*\) VALUES \([^)]*'([a-z-]+)'/g),
    // person-requests.service.ts inserts `person-${kind}` for what the person sends through the portal.
    'person-statement',
    'person-contest',
  ]);
  assert.ok(kinds.size >= 9, `only ${[...kinds].join(', ')}`);
  for (const language of LANGUAGES) {
    const t = createTranslator(catalog, language);
    for (const kind of kinds) assert.notEqual(alertLabel(t, kind), t('alert.other'), `${language}: the alert ${kind} has no words`);
  }
});

test('no text shown to a worker or a person cites a requirement number', () => {
  for (const [name, messages] of [
    ['web', appMessages],
    ['portal', portalMessages],
  ] as const) {
    for (const [key, texts] of Object.entries(messages as Record<string, Partial<Record<string, string>>>)) {
      for (const language of LANGUAGES) {
        const text = texts[language] ?? '';
        assert.doesNotMatch(text, /\(R\d{1,2}\)|\bR\d{1,2}\b/, `${name} ${key} (${language}) cites a requirement: ${text}`);
      }
    }
  }
});

test('an unknown code still reads as words, never as itself', () => {
  const t = createTranslator(catalog, 'nl');
  assert.equal(auditActionLabel(t, 'hearing.update'), 'Hoorzitting — wijziging');
  assert.equal(auditActionLabel(t, 'aid-request.list-restricted'), 'Hulpaanvraag — lijst ingezien (beperkte toegang)');
  assert.equal(auditActionLabel(t, 'oversight.audit-log.read'), 'Toezicht — logboek ingezien');
  assert.equal(auditActionLabel(t, 'mystery.thing'), 'Andere handeling');
  assert.equal(alertLabel(t, 'mystery-alert'), 'Andere melding');
});
