import { describe, expect, it } from 'vitest';
import { parseFrameMessage } from './envelope';

describe('parseFrameMessage', () => {
  it('accepts every frame → host message type', () => {
    expect(parseFrameMessage({ baton: 1, type: 'ready', payload: {} })).toEqual({ baton: 1, type: 'ready', payload: {} });
    expect(parseFrameMessage({ baton: 1, type: 'close', payload: { extra: 1 } })).toEqual({ baton: 1, type: 'close', payload: {} });
    expect(parseFrameMessage({ baton: 1, type: 'unread', payload: { count: 3 } })?.payload).toEqual({ count: 3 });
    expect(parseFrameMessage({ baton: 1, type: 'state', payload: { hasOpenConversation: true } })?.payload).toEqual({
      hasOpenConversation: true,
    });
    expect(parseFrameMessage({ baton: 1, type: 'warn', payload: { message: 'identify: …' } })?.payload).toEqual({ message: 'identify: …' });
  });

  it('accepts persist with a string or null value', () => {
    expect(parseFrameMessage({ baton: 1, type: 'persist', payload: { key: 'baton:demo:token', value: 't' } })?.payload).toEqual({
      key: 'baton:demo:token',
      value: 't',
    });
    expect(parseFrameMessage({ baton: 1, type: 'persist', payload: { key: 'baton:demo:token', value: null } })).not.toBeNull();
  });

  it('rejects foreign or malformed messages', () => {
    for (const bad of [
      null,
      'ready',
      { type: 'ready', payload: {} },
      { baton: 2, type: 'ready', payload: {} },
      { baton: 1, type: 'ready' },
      { baton: 1, type: 'open', payload: {} },
      { baton: 1, type: 'unread', payload: { count: -1 } },
      { baton: 1, type: 'unread', payload: { count: 1.5 } },
      { baton: 1, type: 'unread', payload: { count: '2' } },
      { baton: 1, type: 'state', payload: { hasOpenConversation: 'yes' } },
      { baton: 1, type: 'persist', payload: { key: '', value: 'x' } },
      { baton: 1, type: 'persist', payload: { key: 'k', value: 3 } },
      { baton: 1, type: 'persist', payload: { key: 'k' } },
      { baton: 1, type: 'persist', payload: { key: 'k', value: 'x'.repeat(100_001) } },
      { baton: 1, type: 'warn', payload: { message: '' } },
      { baton: 1, type: 'warn', payload: { message: 7 } },
      { baton: 1, type: 'warn', payload: { message: 'x'.repeat(2001) } },
    ]) {
      expect(parseFrameMessage(bad)).toBeNull();
    }
  });
});
