/** R31: the reason "other" needs the worker's explanation; the listed reasons speak for themselves. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsNote } from './withholdings.ts';

test('only the reason "other" needs an explanation', () => {
  assert.equal(needsNote('other', undefined), true, 'other without a note');
  assert.equal(needsNote('other', '   '), true, 'other with blanks');
  assert.equal(needsNote('other', 'Demande du parquet'), false, 'other explained');
  assert.equal(needsNote('victim-protection', undefined), false, 'a listed reason');
});
