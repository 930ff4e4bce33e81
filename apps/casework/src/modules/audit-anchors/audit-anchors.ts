/**
 * The rule of outside anchors (ADR 0017, R44): every head of the audit chain the hub's log holds for
 * this CPAS must still be the hash of the same event in the chain. A mismatch means an event at or
 * before the anchored one was rewritten after it was anchored — the first mismatching anchor and the
 * one before it bound which events: [previous anchored id + 1, anchored id].
 */
export type Anchor = { leafIndex: number; eventId: number; head: string; at: string | null };
export type AnchorProblem = {
  fromEventId: number;
  toEventId: number;
  leafIndex: number;
  anchoredAt: string | null;
  kind: 'rewritten' | 'missing';
};

/** Reads the anchors of `kbo` out of the log entries the hub lists (anything else is ignored). */
export function readAnchors(entries: readonly { leafIndex: number; leaf: string }[], kbo: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const entry of entries) {
    try {
      const leg = JSON.parse(Buffer.from(entry.leaf, 'base64').toString('utf8')) as Record<string, unknown>;
      if (leg.type !== 'audit.anchored' || leg.institution !== kbo) continue;
      if (!Number.isSafeInteger(leg.auditEventId) || typeof leg.auditHead !== 'string') continue;
      anchors.push({
        leafIndex: entry.leafIndex,
        eventId: leg.auditEventId as number,
        head: leg.auditHead,
        at: typeof leg.at === 'string' ? leg.at : null,
      });
    } catch {
      continue;
    }
  }
  return anchors.sort((a, b) => a.eventId - b.eventId || a.leafIndex - b.leafIndex);
}

/**
 * Compares the anchors with the chain (`hashes` by event id, of the events still kept); anchors at or
 * below `purgedUpTo` (the retention checkpoint) are past the purge and not checked.
 */
export function compareWithAnchors(
  anchors: readonly Anchor[],
  hashes: ReadonlyMap<number, string>,
  purgedUpTo: number,
): { checked: number; problems: AnchorProblem[] } {
  const problems: AnchorProblem[] = [];
  let checked = 0;
  let previous = purgedUpTo;
  for (const anchor of anchors) {
    if (anchor.eventId <= purgedUpTo) continue;
    checked += 1;
    const hash = hashes.get(anchor.eventId);
    if (hash !== anchor.head) {
      problems.push({
        fromEventId: previous + 1,
        toEventId: anchor.eventId,
        leafIndex: anchor.leafIndex,
        anchoredAt: anchor.at,
        kind: hash === undefined ? 'missing' : 'rewritten',
      });
    }
    previous = anchor.eventId;
  }
  return { checked, problems };
}
