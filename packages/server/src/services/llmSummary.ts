/** With an LLM configured, the embedded summary is replaced by the model's after the fact (never inside a transaction). */
import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { conversations } from '../storage/schema.js';
import { getConversation, listMessages } from '../storage/conversationStore.js';
import { toTranscript } from './escalations.js';

/** At escalation and after a transfer (the embedded rebuild says who sent it on; the model then writes it better). */
export async function improveSummary(ctx: ServiceContext, conversationId: string): Promise<void> {
  const conv = await getConversation(ctx.db, conversationId);
  if (!conv?.handoffPackage || !ctx.llm) return;
  const summary = await ctx.llm.summary(toTranscript(await listMessages(ctx.db, conversationId)), conv.handoffPackage);
  if (!summary) return;
  // Written only over the package it was made from: a transfer or new facts meanwhile rebuilt it, and win.
  const [row] = await ctx.db
    .update(conversations)
    .set({ handoffPackage: { ...conv.handoffPackage, summary } })
    .where(and(eq(conversations.id, conversationId), eq(conversations.version, conv.version), inArray(conversations.state, ['queued', 'offered', 'human'])))
    .returning();
  if (row) ctx.notifier.packageUpdated(row);
}
