/**
 * Frustration in words of the customer's own (messageModel.ts, site/frustrationModel.json): the patterns
 * (frustrationSignals.ts) read anger phrase by phrase and miss what a new writer says differently ("Honestly this is
 * exhausting."). The model is consulted only when the patterns did not fire, and only where its bare words can be
 * trusted: after the bot has had its chance (an opener is frustration only when outright hostile, which the patterns
 * judge), not for a message that repeats an earlier one (a repeat is read in context by the patterns; as bare words it
 * would be "where is my order"), and not for praise without a sign of trouble ("Wow!", "Fantastic!": the model learnt
 * sarcastic praise, and alone it cannot tell it from delight).
 */
import { normalise } from '../bot/text.js';
import { wordOverlap } from './frustration.js';
import { messageProbability } from './messageModel.js';
import { botHasReplied, customerMessages, type DetectorContext, type DetectorResult } from './types.js';
import { calmChase } from './calmChase.js';
import { puzzledOnly } from './puzzled.js';

const PRAISE = /\b(thanks?|thank you|thx|great|perfect|lovely|awesome|amazing|love|happy|glad|brilliant|excellent|helpful|worked|props|appreciate|cheers|wow|fantastic|wonderful|superb|gracias|danke|genial|super|toll|prima)\b/;
// Not a bare "no": "no other shop does that", "no catch at all", "no worries" are praise too.
// (Session 57: and the let-down told before the praise: "wait 3 days, then 10-15 more days… brilliant, thanks.", "that's
// literally where it said €0. amazing help, really".)
const TROUBLE = /\b(not|never|no (one|body|reply|answer|help|use|way|idea|response|refund|money)|nothing|nobody|doesnt|didnt|cant|wont|hasnt|isnt|still|again|useless|waste|joke|scam|literally|twice|unless|every single|more (days|weeks|months)|only to)\b/;

/** Shares at least 40 % of its words with an earlier message: the cut train.py makes (tools/bot-eval/message-models). */
function repeatsEarlier(ctx: DetectorContext): boolean {
  return customerMessages(ctx.transcript).some((e) => e.seq < ctx.current.seq && wordOverlap(ctx.current.body, e.body).share >= 0.4);
}

/** Loud praise is still praise ("WOW!!! that's fast!!!"); a doubled question mark is not. */
function praiseOnly(message: string): boolean {
  const said = normalise(message);
  return PRAISE.test(said) && !TROUBLE.test(said) && !/\?\?|🙄|👏|🙃|😒/u.test(message);
}

export function detectLearnedFrustration(ctx: DetectorContext): DetectorResult | null {
  const model = ctx.frustration;
  if (!model || !botHasReplied(ctx.transcript, ctx.current.seq) || repeatsEarlier(ctx) || praiseOnly(ctx.current.body) || calmChase(ctx.current.body) || puzzledOnly(ctx.current.body)) return null;
  if (messageProbability(model, ctx.current.body) < model.threshold) return null;
  return { trigger: 'frustration', confidence: 0.7, reason: 'Customer is frustrated (in words of their own)', evidenceSeq: ctx.current.seq };
}
