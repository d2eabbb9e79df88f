/** Runs one control command under the row lock with the version check, then notifies. */
import type { ServiceContext } from './context.js';
import { applyTransition, lastMessageOf, lockConversation, snapshotOf, type ConversationRow, type ControlEventRow, type MessageRow } from '../storage/conversationStore.js';
import { transition, type Actor, type ControlCommand } from '../domain/conversation/controlMachine.js';
import { ServiceError } from './serviceError.js';
import type { Tx } from '../storage/database.js';

export interface ChangeOptions {
  actor: Actor;
  reason: string | null;
  /** Version the client saw; a mismatch means someone else moved the conversation first. */
  expectedVersion?: number;
  /** Per-site isolation: the actor's site. */
  siteId?: string;
  data?: Record<string, unknown>;
  /** Columns written with the transition; a function when they depend on the locked row. */
  patch?: Partial<ConversationRow> | ((conv: ConversationRow) => Partial<ConversationRow>);
  /**
   * Runs first, before the conversation's row lock: for a lock that ranks above it (an agent's presence lock) and a
   * check under that lock which calls the change off by throwing.
   */
  before?: (tx: Tx) => Promise<void>;
  precheck?: (tx: Tx, conv: ConversationRow) => Promise<void>;
  /** Writes in the same transaction after the transition (system messages, timers). */
  after?: (tx: Tx, conv: ConversationRow) => Promise<MessageRow[]>;
}

export async function changeControl(
  ctx: ServiceContext,
  conversationId: string,
  command: ControlCommand,
  opts: ChangeOptions,
): Promise<{ conversation: ConversationRow; events: ControlEventRow[]; messages: MessageRow[] }> {
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    await opts.before?.(tx);
    const conv = await lockConversation(tx, conversationId);
    if (!conv || (opts.siteId && conv.siteId !== opts.siteId)) throw new ServiceError('not_found', 'Conversation not found');
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== conv.version) {
      throw new ServiceError('version_conflict', `Conversation is at version ${conv.version}, not ${opts.expectedVersion}`);
    }
    await opts.precheck?.(tx, conv);
    const r = transition(snapshotOf(conv), command);
    if (!r.ok) throw new ServiceError(r.code, r.message);
    const written = await applyTransition(tx, conv, r.next, r.events, { actor: opts.actor, reason: opts.reason, data: opts.data, patch: typeof opts.patch === 'function' ? opts.patch(conv) : opts.patch, now });
    const messages = (await opts.after?.(tx, written.row)) ?? [];
    // The messages moved the inbox line on; as stored, since a message may carry an agent-facing preview.
    const conversation = messages.length ? { ...written.row, ...(await lastMessageOf(tx, conversationId)) } : written.row;
    return { conversation, events: written.events, messages };
  });
  for (const m of result.messages) ctx.notifier.messageCreated(result.conversation, m);
  ctx.notifier.conversationChanged(result.conversation);
  ctx.notifier.timelineAppended(result.conversation, result.events);
  return result;
}
