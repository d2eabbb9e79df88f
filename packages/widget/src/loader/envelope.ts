// Hand-written check of the frame → host envelope: the loader must stay tiny, so no zod and no
// @baton/protocol import here (lint rule). Mirrors FrameToHostMessage in protocol/src/bridge.ts;
// src/bridgeParity.test.ts keeps the two in step.

type Envelope<T extends string, P> = { baton: 1; type: T; payload: P };
export type FrameMessage =
  | Envelope<'ready' | 'close', Record<string, never>>
  | Envelope<'unread', { count: number }>
  | Envelope<'state', { hasOpenConversation: boolean }>
  | Envelope<'persist', { key: string; value: string | null }>
  | Envelope<'warn', { message: string }>;

/** BRIDGE_MAX_STORED_CHARS, copied: importing the value would pull zod into the loader. */
const MAX_STORED = 100_000;
/** BRIDGE_MAX_WARNING_CHARS, copied likewise. */
const MAX_WARNING = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (!isObject(data) || data.baton !== 1 || !isObject(data.payload)) return null;
  const p = data.payload;
  switch (data.type) {
    case 'ready':
    case 'close':
      return { baton: 1, type: data.type, payload: {} };
    case 'unread': {
      const count = p.count;
      return typeof count === 'number' && Number.isInteger(count) && count >= 0
        ? { baton: 1, type: 'unread', payload: { count } }
        : null;
    }
    case 'persist': {
      // Key scoping (baton:<site>:…) is checked by the caller, which knows the site.
      const { key, value } = p;
      return typeof key === 'string' &&
        key.length > 0 &&
        key.length <= 200 &&
        (value === null || (typeof value === 'string' && value.length <= MAX_STORED))
        ? { baton: 1, type: 'persist', payload: { key, value } }
        : null;
    }
    case 'warn': {
      const message = p.message;
      return typeof message === 'string' && message.length > 0 && message.length <= MAX_WARNING
        ? { baton: 1, type: 'warn', payload: { message } }
        : null;
    }
    case 'state':
      return typeof p.hasOpenConversation === 'boolean'
        ? { baton: 1, type: 'state', payload: { hasOpenConversation: p.hasOpenConversation } }
        : null;
    default:
      return null;
  }
}
