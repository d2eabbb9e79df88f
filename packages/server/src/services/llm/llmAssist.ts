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

/** A source marker as models write it: "SOURCE: 2", "**Source: [2].**", "(SOURCE: passage 2)", "SOURCES: 2, 3". */
const SOURCE_MARK = /[([]?[*_`]*\s*sources?\s*[*_`]*\s*:\s*[*_`]*\s*(?:passage\s*)?\[?(\d+)\]?[^\n)\]]*[)\]]?[*_`]*\.?/gi;

/**
 * The model's answer without its source marker(s), cited to the passage it names (the last marker; the first passage
 * when it names none). Null when no passage answers, when nothing but the marker is left, or when it names a passage
 * we did not send (then its answer cannot be trusted to come from ours).
 */
export function parseGrounded(raw: string, passages: readonly GroundingPassage[]): GroundedAnswer | null {
  if (/NOT_IN_PASSAGE/.test(raw)) return null;
  const marks = [...raw.matchAll(SOURCE_MARK)];
  const cited = marks.length ? Number(marks[marks.length - 1]![1]) : 1;
  const used = passages[cited - 1];
  if (!used) return null;
  const answer = raw
    .replace(SOURCE_MARK, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
