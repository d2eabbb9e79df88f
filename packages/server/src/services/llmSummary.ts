/** With an LLM configured, the embedded summary is replaced by the model's after the fact (never inside a transaction). */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { conversations } from '../storage/schema.js';
import { getConversation, listMessages } from '../storage/conversationStore.js';
import { toTranscript } from './transcript.js';

/** At escalation and after a transfer (the embedded rebuild says who sent it on; the model then writes it better). */
export async function improveSummary(ctx: ServiceContext, conversationId: string): Promise<void> {
  const conv = await getConversation(ctx.db, conversationId);
  if (!conv?.handoffPackage || !ctx.llm) return;
  const summary = await ctx.llm.summary(toTranscript(await listMessages(ctx.db, conversationId)), conv.handoffPackage);
  if (!summary) return;
  // Only the summary is written, into the package as it is now (facts typed meanwhile stay), and only for the control
  // version it was made for: a transfer meanwhile rebuilt the summary, and asks the model again itself.
  const [row] = await ctx.db
    .update(conversations)
    .set({ handoffPackage: sql`jsonb_set(${conversations.handoffPackage}, '{summary}', to_jsonb(${summary}::text))` })
    .where(and(eq(conversations.id, conversationId), eq(conversations.version, conv.version), inArray(conversations.state, ['queued', 'offered', 'human'])))
    .returning();
  if (row) ctx.notifier.packageUpdated(row);
}
