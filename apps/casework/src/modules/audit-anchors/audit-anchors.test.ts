import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithAnchors, readAnchors } from './audit-anchors.ts';

const leaf = (leg: Record<string, unknown>) => Buffer.from(JSON.stringify(leg)).toString('base64');

test('only the anchors of this CPAS are read, in event order', () => {
  const anchors = readAnchors(
    [
      { leafIndex: 9, leaf: leaf({ type: 'audit.anchored', institution: '0212344876', auditEventId: 30, auditHead: 'B', at: 't2' }) },
      { leafIndex: 4, leaf: leaf({ type: 'audit.anchored', institution: '0212344876', auditEventId: 10, auditHead: 'A', at: 't1' }) },
      { leafIndex: 5, leaf: leaf({ type: 'audit.anchored', institution: '0207040071', auditEventId: 12, auditHead: 'X' }) },
      { leafIndex: 6, leaf: leaf({ type: 'key.registered', institution: '0212344876' }) },
      { leafIndex: 7, leaf: 'not json' },
    ],
    '0212344876',
  );
  assert.deepEqual(
    anchors.map((anchor) => [anchor.eventId, anchor.head, anchor.leafIndex]),
    [
      [10, 'A', 4],
      [30, 'B', 9],
    ],
  );
});

test('a rewritten or missing anchored event is named with the events since the previous anchor', () => {
  const anchors = [
    { leafIndex: 1, eventId: 10, head: 'A', at: null },
    { leafIndex: 2, eventId: 20, head: 'B', at: null },
    { leafIndex: 3, eventId: 25, head: 'C', at: null },
  ];
  assert.deepEqual(
    compareWithAnchors(
      anchors,
      new Map([
        [10, 'A'],
        [20, 'B'],
        [25, 'C'],
      ]),
      0,
    ),
    { checked: 3, problems: [] },
  );
  const result = compareWithAnchors(
    anchors,
    new Map([
      [10, 'A'],
      [20, 'b'],
      [25, 'C'],
    ]),
    0,
  );
  assert.deepEqual(result.problems, [{ fromEventId: 11, toEventId: 20, leafIndex: 2, anchoredAt: null, kind: 'rewritten' }]);
  assert.equal(
    compareWithAnchors(
      anchors,
      new Map([
        [10, 'A'],
        [20, 'B'],
      ]),
      0,
    ).problems[0]?.kind,
    'missing',
  );
  // Anchors before the retention checkpoint are past the purge: not checked.
  assert.deepEqual(compareWithAnchors(anchors, new Map([[25, 'C']]), 20), { checked: 1, problems: [] });
});
