import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SupervisorSnapshot } from '@baton/protocol';
import { Supervisor } from './supervisor.js';
import type { ServiceContext } from './context.js';
import type { QueueEstimates } from './queueEstimates.js';

describe('supervisor pushes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('go out when what the view shows changed, not for a new updatedAt alone (the dispatch sweep republishes every 2 s)', async () => {
    const pushed: SupervisorSnapshot[] = [];
    const ctx = { notifier: { supervisorUpdated: (_: string, s: SupervisorSnapshot) => pushed.push(s) }, log: { warn: vi.fn() } } as unknown as ServiceContext;
    const sup = new Supervisor(ctx, {} as QueueEstimates);
    let waiting = 0;
    let reads = 0;
    vi.spyOn(sup, 'snapshot').mockImplementation(async () => ({ skills: [{ waiting } as SupervisorSnapshot['skills'][number]], ratingsWindowDays: 7, updatedAt: String(reads++) }));
    sup.changed('s');
    await vi.advanceTimersByTimeAsync(1500);
    sup.changed('s');
    await vi.advanceTimersByTimeAsync(1500);
    expect(pushed).toHaveLength(1);
    waiting = 1;
    sup.changed('s');
    await vi.advanceTimersByTimeAsync(0);
    expect(pushed.map((s) => s.skills[0]!.waiting)).toEqual([0, 1]);
    sup.stop();
  });
});
