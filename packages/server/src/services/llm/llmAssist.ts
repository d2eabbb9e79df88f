/**
 * Where the LLM improves the embedded bot: answers grounded in the retrieved passage, and handoff summaries.
 * Each returns null on any failure, and the caller keeps the embedded result.
 */
import type { Logger } from 'pino';
import type { HandoffPackage } from '@baton/protocol';
import type { GroundingPassage, TranscriptEntry } from '../../domain/pipelineTypes.js';
import type { Llm } from './chatCompletions.js';

const MAX_SUMMARY = 400;

export interface GroundedAnswer {
  text: string;
  articleId: string;
  articleTitle: string;
}

/** The model's answer without its SOURCE line, cited to that passage (the first when it names none we sent). */
export function parseGrounded(raw: string, passages: readonly GroundingPassage[]): GroundedAnswer | null {
  if (/NOT_IN_PASSAGE/.test(raw)) return null;
  const source = /\n?\s*SOURCE:\s*\[?(\d+)\]?\s*$/i.exec(raw);
  const used = passages[source ? Number(source[1]) - 1 : 0] ?? passages[0]!;
  const answer = (source ? raw.slice(0, source.index) : raw).trim();
  if (!answer) return null;
  return { text: `${answer}\n\n(From: ${used.articleTitle})`, articleId: used.articleId, articleTitle: used.articleTitle };
}

export class LlmAssist {
  constructor(
    private llm: Llm,
    private log: Logger,
  ) {}

  /**
   * Answers from the retrieved passages (numbered, the bot's own pick first) and names the one it used, so the
   * source line cites the article the answer came from. Null when none of them answers or on any failure.
   */
  async groundedAnswer(siteName: string, question: string, passages: readonly GroundingPassage[]): Promise<GroundedAnswer | null> {
    if (passages.length === 0) return null;
    const numbered = passages.map((p, i) => `[${i + 1}] From "${p.articleTitle}":\n${p.text}`).join('\n\n');
    try {
      const text = await this.llm.complete([
        {
          role: 'system',
          content: `You are the customer-support assistant of ${siteName}. Answer the customer's question in at most 4 short sentences using ONLY the numbered help-article passages given. End with a last line "SOURCE: n", n being the number of the passage you used. If no passage answers it, reply exactly: NOT_IN_PASSAGE. Plain text, no markdown.`,
        },
        { role: 'user', content: `${numbered}\n\nCustomer question: ${question}` },
      ]);
      return parseGrounded(text, passages);
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
