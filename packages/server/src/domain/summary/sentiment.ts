/**
 * Per-message sentiment in [-1, 1] from a small lexicon plus the frustration
 * signals, and the overall label the agent sees.
 */
import type { Sentiment } from '../pipelineTypes.js';
import { normalise } from '../bot/text.js';
import { scoreFrustration } from '../escalation/frustration.js';

const POSITIVE = /\b(thanks?|thank you|thx|great|perfect|lovely|awesome|amazing|love|happy|glad|brilliant|excellent|helpful|worked|props|appreciate|cheers|gracias|danke|genial|super)\b/g;
const NEGATIVE = /\b(not|never|no|broken|wrong|late|missing|lost|still|problem|issue|error|fail(ed|ing|s)?|declined|angry|annoyed|disappointed|frustrat\w*|upset|worried|ruined|unfortunately|charged twice|damaged|crushed|doesnt|didnt|cant|wont|hasnt|nothing|nobody|complaint|refund|dispute|hot|smoke|hurt|hacked)\b/g;

/** `shop`: site.json `name`, so "done with Northwind" is read as the shop. */
export function messageSentiment(message: string, shop = ''): number {
  const text = normalise(message);
  const pos = (text.match(POSITIVE) ?? []).length;
  const neg = (text.match(NEGATIVE) ?? []).length;
  const { score: frustration, labels } = scoreFrustration(message, [], false, shop);
  // Sarcastic praise is not praise.
  const praise = labels.includes('sarcasm') ? 0 : pos;
  const raw = 0.25 * praise - 0.15 * neg - 0.6 * frustration;
  return Math.round(Math.max(-1, Math.min(1, raw)) * 100) / 100;
}

export function sentimentLabel(trend: readonly number[]): Sentiment {
  if (trend.length === 0) return 'neutral';
  // Recent messages matter most.
  const last = trend[trend.length - 1]!;
  const avg = trend.reduce((s, v) => s + v, 0) / trend.length;
  const v = 0.6 * last + 0.4 * avg;
  if (v <= -0.6) return 'very_negative';
  if (v <= -0.2) return 'negative';
  if (v >= 0.25) return 'positive';
  return 'neutral';
}
