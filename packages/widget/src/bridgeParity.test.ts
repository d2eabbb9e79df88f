import { describe, expect, expectTypeOf, it } from 'vitest';
import { FrameToHostMessage } from '@baton/protocol';
import { parseFrameMessage, type FrameMessage } from './loader/envelope';

// The loader validates the envelope by hand (no zod in 3 KB); this keeps it in step with the schema.
describe('loader envelope vs protocol schema', () => {
  it('has the same type', () => {
    expectTypeOf<FrameMessage>().toExtend<FrameToHostMessage>();
    expectTypeOf<FrameToHostMessage>().toExtend<FrameMessage>();
  });

  it('accepts and rejects the same messages', () => {
    const samples: unknown[] = [
      { baton: 1, type: 'ready', payload: {} },
      { baton: 1, type: 'close', payload: {} },
      { baton: 1, type: 'unread', payload: { count: 0 } },
      { baton: 1, type: 'unread', payload: { count: -2 } },
      { baton: 1, type: 'unread', payload: { count: 2.5 } },
      { baton: 1, type: 'state', payload: { hasOpenConversation: false } },
      { baton: 1, type: 'state', payload: {} },
      { baton: 1, type: 'persist', payload: { key: 'baton:demo:seen', value: null } },
      { baton: 1, type: 'persist', payload: { key: 'baton:demo:seen', value: 'x'.repeat(100_001) } },
      { baton: 1, type: 'persist', payload: { key: '', value: 'x' } },
      { baton: 1, type: 'warn', payload: { message: 'identify: email' } },
      { baton: 1, type: 'warn', payload: { message: '' } },
      { baton: 1, type: 'warn', payload: { message: 'x'.repeat(2001) } },
      { baton: 1, type: 'warn', payload: {} },
      { baton: 1, type: 'bogus', payload: {} },
      { baton: 2, type: 'ready', payload: {} },
    ];
    for (const s of samples) expect(parseFrameMessage(s) !== null, JSON.stringify(s).slice(0, 80)).toBe(FrameToHostMessage.safeParse(s).success);
  });
});
