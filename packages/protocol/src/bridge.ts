import { z } from 'zod';
import { CustomerAttributes } from './conversation.js';

/**
 * postMessage envelope between the host page (loader) and the chat iframe (DESIGN.md §6).
 * `baton: 1` marks our messages among whatever else the page posts, and versions the shape.
 */
export const BRIDGE_VERSION = 1;

const Empty = z.object({});

function envelope<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.object({ baton: z.literal(BRIDGE_VERSION), type: z.literal(type), payload });
}

/** Host → frame. */
export const HostToFrameMessage = z.discriminatedUnion('type', [
  envelope('open', Empty),
  envelope('close', Empty),
  envelope('identify', CustomerAttributes),
]);
export type HostToFrameMessage = z.infer<typeof HostToFrameMessage>;

/** Frame → host. */
export const FrameToHostMessage = z.discriminatedUnion('type', [
  envelope('ready', Empty),
  /** The visitor clicked × (or pressed Escape) inside the frame. */
  envelope('close', Empty),
  envelope('unread', z.object({ count: z.number().int().nonnegative() })),
  envelope('state', z.object({ hasOpenConversation: z.boolean() })),
]);
export type FrameToHostMessage = z.infer<typeof FrameToHostMessage>;

export type HostToFrameType = HostToFrameMessage['type'];
export type FrameToHostType = FrameToHostMessage['type'];
