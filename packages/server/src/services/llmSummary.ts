/** With an LLM configured, the embedded summary is replaced by the model's after the fact (never inside a transaction). */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
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
  // Only the summary is written, into the package as it is now (facts typed meanwhile stay), and only while it is the
  // same hand-off with no transfer since: a transfer rebuilt the summary and a new escalation made a new package, and
  // each asks the model again itself. Not "the same control version": being offered, accepted, declined or withdrawn
  // changes nothing the summary says, and with that check a chat offered or taken while the model wrote (seconds, up
  // to the LLM timeout) lost its summary.
  const transfers = conv.handoffPackage.transfers?.length ?? 0;
  const [row] = await ctx.db
    .update(conversations)
    .set({ handoffPackage: sql`jsonb_set(${conversations.handoffPackage}, '{summary}', to_jsonb(${summary}::text))` })
    .where(
      and(
        eq(conversations.id, conversationId),
        conv.queuedAt ? eq(conversations.queuedAt, conv.queuedAt) : isNull(conversations.queuedAt),
        sql`coalesce(jsonb_array_length(${conversations.handoffPackage}->'transfers'), 0) = ${transfers}`,
        inArray(conversations.state, ['queued', 'offered', 'human']),
      ),
    )
    .returning();
  if (row) ctx.notifier.packageUpdated(row);
}
