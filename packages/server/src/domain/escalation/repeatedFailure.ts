/**
 * Repeated failure: the KB couldn't answer, the bot said so, and the customer tries
 * again (rephrases, narrows, insists). One unanswerable question is not yet a
 * trigger: the bot should say it can't answer and offer a person.
 */
import { botHasReplied, type DetectorContext, type DetectorResult } from './types.js';

export function detectRepeatedFailure(ctx: DetectorContext): DetectorResult | null {
  if (ctx.answer.kind !== 'unknown') return null;
  // Earlier bot replies to this customer that admitted not knowing.
  const misses = ctx.transcript.filter((e) => e.authorType === 'bot' && e.seq < ctx.current.seq && e.meta.kind === 'unknown');
  if (misses.length === 0 || !botHasReplied(ctx.transcript, ctx.current.seq)) return null;
  return {
    trigger: 'repeated_failure',
    confidence: Math.min(0.95, 0.7 + 0.1 * misses.length),
    reason: `The help articles couldn't answer ${misses.length + 1} attempts`,
    evidenceSeq: ctx.current.seq,
  };
}
