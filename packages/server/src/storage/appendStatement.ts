/**
 * The hot path of every chat message as ONE SQL statement: skip a retried clientMsgId, take the next seq under
 * the conversation's row lock (only if the caller's rule holds), insert the message and arm or clear the
 * pending-bot-turn timer. One round trip and one commit instead of a six-statement transaction — the
 * difference between delivery at database speed and delivery behind a queue of transactions.
 */
import { sql, type SQL } from 'drizzle-orm';
import { fromJson } from './jsonRows.js';
import { executeNamed } from './namedStatement.js';
import type { Db } from './database.js';
import { conversations, messages } from './schema.js';
import type { ConversationRow, MessageRow, NewMessage } from './conversationStore.js';
import { newId } from './ids.js';

export interface AppendStatement {
  conversationId: string;
  message: NewMessage;
  now: Date;
  /** Must hold on the locked row, or nothing is written. */
  guard: SQL;
  /**
   * 'arm': a customer message the bot must answer (a durable marker holding the newest customer seq);
   * 'clear': the bot's answer to customer messages up to `uptoSeq` (a newer customer message keeps its marker).
   */
  botTurn: { arm: Date } | { clearUpTo: number } | null;
}

export type AppendOutcome = { message: MessageRow; conversation: ConversationRow; created: boolean } | null;

export async function appendStatement(db: Db, a: AppendStatement): Promise<AppendOutcome> {
  const m = a.message;
  const now = a.now.toISOString();
  const timer =
    a.botTurn && 'clearUpTo' in a.botTurn
      ? sql`, timer as (delete from timers where kind = 'bot_turn' and conversation_id in (select id from conv) and coalesce((data->>'seq')::int, 0) <= ${a.botTurn.clearUpTo})`
      : a.botTurn
        ? sql`, timer as (insert into timers (id, kind, conversation_id, due_at, data) select ${newId('tm')}, 'bot_turn', id, ${a.botTurn.arm.toISOString()}::timestamptz, jsonb_build_object('seq', last_seq) from conv on conflict (kind, conversation_id) do update set data = excluded.data)`
        : sql``;
  const result = await executeNamed(db, 'append', sql`
    with dup as (
      select * from messages where conversation_id = ${a.conversationId} and client_msg_id = ${m.clientMsgId}
    ), conv as (
      update conversations set last_seq = last_seq + 1, last_message_preview = ${m.body.slice(0, 140)}, updated_at = ${now}::timestamptz
      where id = ${a.conversationId} and not exists (select 1 from dup) and (${a.guard})
      returning *
    ), msg as (
      insert into messages (id, conversation_id, seq, client_msg_id, author_type, author_id, author_name, body, meta, created_at)
      select ${newId('msg')}, id, last_seq, ${m.clientMsgId}, ${m.authorType}, ${m.authorId}, ${m.authorName}, ${m.body}, ${JSON.stringify(m.meta ?? {})}::jsonb, ${now}::timestamptz from conv
      returning *
    )${timer}
    select to_jsonb(msg) as msg, to_jsonb(conv) as conv, true as created from msg, conv
    union all
    select to_jsonb(dup), (select to_jsonb(c) from conversations c where c.id = ${a.conversationId}), false from dup`);
  const [row] = (result as unknown as { rows: { msg: Record<string, unknown>; conv: Record<string, unknown>; created: boolean }[] }).rows;
  if (!row) return null;
  return { message: fromJson<MessageRow>(messages, row.msg), conversation: fromJson<ConversationRow>(conversations, row.conv), created: row.created };
}
