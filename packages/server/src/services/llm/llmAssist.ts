/**
 * Where the LLM improves the embedded bot: answers grounded in the retrieved passage, and handoff summaries.
 * Each returns null on any failure, and the caller keeps the embedded result.
 */
import type { Logger } from 'pino';
import type { HandoffPackage } from '@baton/protocol';
import type { TranscriptEntry } from '../../domain/pipelineTypes.js';
import type { Llm } from './chatCompletions.js';

const MAX_SUMMARY = 400;

export class LlmAssist {
  constructor(
    private llm: Llm,
    private log: Logger,
  ) {}

  /** Rewrites a KB answer for the question, using only the passage; keeps the source line. */
  async groundedAnswer(siteName: string, question: string, passage: string, articleTitle: string): Promise<string | null> {
    try {
      const text = await this.llm.complete([
        {
          role: 'system',
          content: `You are the customer-support assistant of ${siteName}. Answer the customer's question in at most 4 short sentences using ONLY the help-article passage given. If the passage does not answer it, reply exactly: NOT_IN_PASSAGE. Plain text, no markdown.`,
        },
        { role: 'user', content: `Passage from "${articleTitle}":\n${passage}\n\nCustomer question: ${question}` },
      ]);
      if (/NOT_IN_PASSAGE/.test(text)) return null;
      return `${text}\n\n(From: ${articleTitle})`;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'LLM answer failed; using the embedded answer');
      return null;
    }
  }

  /** A 2–4 sentence summary for the agent, at most 400 characters. */
  async summary(transcript: TranscriptEntry[], pkg: HandoffPackage): Promise<string | null> {
    const lines = transcript.slice(-20).map((m) => `${m.authorType === 'visitor' ? 'Customer' : m.authorType === 'bot' ? 'Bot' : m.authorType}: ${m.body}`);
    try {
      const text = await this.llm.complete(
        [
          {
            role: 'system',
            content: `Summarise this support chat for the human agent taking over, in 2-4 sentences and under ${MAX_SUMMARY} characters: who the customer is, what they need, key identifiers exactly as typed, and what the bot already tried. Plain text.`,
          },
          { role: 'user', content: `Reason for handoff: ${pkg.reasonDetail}\nKey facts: ${pkg.facts.map((f) => f.value).join(', ') || 'none'}\n\n${lines.join('\n')}` },
        ],
        { maxTokens: 160 },
      );
      return text.length <= MAX_SUMMARY ? text : `${text.slice(0, MAX_SUMMARY - 1).replace(/\s+\S*$/, '')}…`;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'LLM summary failed; keeping the embedded summary');
      return null;
    }
  }
}
