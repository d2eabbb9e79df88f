/** Stored messages → the transcript the bot pipeline reads. */
import type { MessageRow } from '../storage/conversationStore.js';
import type { TranscriptEntry } from '../domain/pipelineTypes.js';

export function toTranscript(rows: MessageRow[]): TranscriptEntry[] {
  return rows.map((r) => ({ seq: r.seq, authorType: r.authorType, body: r.body, meta: r.meta as TranscriptEntry['meta'] }));
}
