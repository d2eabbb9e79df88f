import { describe, expect, it } from 'vitest';
import type { ControlEventView } from '@baton/protocol';
import { mergeTimeline } from './timeline';

const ev = (version: number, kind: ControlEventView['kind'] = 'escalated'): ControlEventView => ({
  version,
  kind,
  from: 'bot',
  to: 'queued',
  actorType: 'bot',
  actorId: null,
  actorName: null,
  reason: null,
  at: '2025-01-01T10:00:00.000Z',
});

describe('mergeTimeline', () => {
  it('dedupes by version and sorts', () => {
    expect(mergeTimeline([ev(2), ev(1)], [ev(3, 'accepted'), ev(2)]).map((e) => e.version)).toEqual([1, 2, 3]);
  });
});
