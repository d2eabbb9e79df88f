import { z } from 'zod';
import { IdentifyPayload } from './identity.js';

/**
 * postMessage envelope between the host page (loader) and the chat iframe (DESIGN.md §6).
 * `baton: 1` marks our messages among whatever else the page posts, and versions the shape.
 */
export const BRIDGE_VERSION = 1;

const Empty = z.object({});

function envelope<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.object({ baton: z.literal(BRIDGE_VERSION), type: z.literal(type), payload });
}

/** Longest value the host keeps for the frame (the outbox is the big one). */
export const BRIDGE_MAX_STORED_CHARS = 100_000;
/** Longest console warning the frame asks the host to log. */
export const BRIDGE_MAX_WARNING_CHARS = 2000;
const StorageKey = z.string().min(1).max(200);

/** Host → frame. */
export const HostToFrameMessage = z.discriminatedUnion('type', [
  envelope('open', Empty),
  envelope('close', Empty),
  /** The object given to Baton('identify', …) as it is: the frame keeps what readIdentity accepts and answers 'warn' for the rest. */
  envelope('identify', IdentifyPayload),
  /** The launcher's colour (data-color), so the chat matches it. */
  envelope('theme', z.object({ color: z.string().max(64) })),
  /**
   * Sent after 'ready': what the frame asked the host to keep (see 'persist'). Browsers that deny
   * storage to third-party frames (Chrome with third-party cookies blocked, incognito) would
   * otherwise lose the visitor token on every page load.
   */
  envelope('restore', z.object({ items: z.record(StorageKey, z.string().max(BRIDGE_MAX_STORED_CHARS)) })),
]);
export type HostToFrameMessage = z.infer<typeof HostToFrameMessage>;

/** Frame → host. */
export const FrameToHostMessage = z.discriminatedUnion('type', [
  envelope('ready', Empty),
  /** The visitor clicked × (or pressed Escape) inside the frame. */
  envelope('close', Empty),
  envelope('unread', z.object({ count: z.number().int().nonnegative() })),
  envelope('state', z.object({ hasOpenConversation: z.boolean() })),
  /** Keep (or, with null, forget) a `baton:<site>:*` value in the host's localStorage; only used when the frame has no storage of its own. */
  envelope('persist', z.object({ key: StorageKey, value: z.string().max(BRIDGE_MAX_STORED_CHARS).nullable() })),
  /** Something the site owner should read in the host page's console (e.g. identify() fields left out). */
  envelope('warn', z.object({ message: z.string().min(1).max(BRIDGE_MAX_WARNING_CHARS) })),
]);
export type FrameToHostMessage = z.infer<typeof FrameToHostMessage>;

export type HostToFrameType = HostToFrameMessage['type'];
export type FrameToHostType = FrameToHostMessage['type'];
