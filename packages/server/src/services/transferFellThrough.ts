/**
 * A transfer to a named colleague who then declined, let the offer expire or went away: the chat is back in its team's
 * line, and the customer, last told "Alex is transferring you to Sam", is told so. (A QA run saw the widget switch to
 * "No one from the Orders team is available" with no word of what happened.)
 */
import { and, desc, eq, lt } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import type { Tx } from '../storage/database.js';
import { controlEvents } from '../storage/schema.js';
import { insertMessage, type ConversationRow, type MessageRow } from '../storage/conversationStore.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';

/** The system message for `conv` (just moved from offered to queued) when that offer was a transfer to a named agent. */
export async function transferFellThrough(ctx: ServiceContext, tx: Tx, conv: ConversationRow, now: Date): Promise<MessageRow[]> {
  if (conv.state !== 'queued') return [];
  // The event that made the offer: a transfer's, or the dispatcher's.
  const [offer] = await tx
    .select({ kind: controlEvents.kind, toState: controlEvents.toState })
    .from(controlEvents)
    .where(and(eq(controlEvents.conversationId, conv.id), lt(controlEvents.version, conv.version)))
    .orderBy(desc(controlEvents.version))
    .limit(1);
  const to = conv.handoffPackage?.transfers?.at(-1)?.to;
  if (offer?.kind !== 'transferred' || offer.toState !== 'offered' || !to) return [];
  const team = ctx.sites.skillName(conv.siteId, conv.skill, conv.language) ?? conv.skill ?? '';
  const body = phrasesFor(conv.language).transferFellThrough(to, team);
  return [await insertMessage(tx, conv.id, { clientMsgId: null, authorType: 'system', authorId: null, authorName: 'Baton', body, preview: `Transfer to ${to} fell through`, meta: { kind: 'transfer' } }, now)];
}
