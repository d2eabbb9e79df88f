/**
 * Repeated failure: the KB couldn't answer, the bot said so, and the customer tries
 * again (rephrases, narrows, insists). One unanswerable question is not yet a
 * trigger: the bot should say it can't answer and offer a person.
 */
import { normalise, stem, STOP_WORDS, words } from '../bot/text.js';
import { detectLanguageSwitch } from './language.js';
import { botHasReplied, type DetectorContext, type DetectorResult } from './types.js';

/**
 * A closing remark or acknowledgement ("ha, I'll tell him he owes me a beer then", "ok thanks", "vale, gracias")
 * is not another attempt, even though the KB finds nothing in it; one that goes on to insist ("ok but I still
 * need…") is.
 */
const CLOSING = /^(ok|okay|k|thanks|thank you|thx|ty|cheers|great|cool|fine|got it|ha|haha|hah|lol|nice|perfect|alright|all right|never ?mind|no worries|fair enough|gracias|vale|perfecto|genial|danke|alles klar|super)\b/;
const INSIST_WORDS = /\b(but|still|not|no|need|want|help|again|cant|dont|doesnt|didnt|wont|isnt|pero|todavia|sigue|necesito|aber|immer noch|nicht|brauche)\b/;
const INSISTS = new RegExp(String.raw`\?|${INSIST_WORDS.source}`);
/** "2am?? lol ok, early morning it is. thanks": a surprised aside, then taking it and signing off. */
const ACCEPTS = /\b(ok|okay|fine|fair enough|got it|i see|makes sense|alright|will do|no worries|vale|alles klar)\b/;
const SIGNS_OFF = /\b(thanks|thank you|thx|ty|cheers|gracias|danke)\W*$/;

/** Pressing the same point: "ok, but can I or not?", "still", "again". */
const PRESSES = /\b(but|still|not|again|anyway|pero|todavia|aber|immer noch|nicht)\b/;
const TAKES_IT = /^(cool|great|ok|okay|understood|got it|i see|right|perfect|thanks|thank you|nice|alright|fine|fair enough|ah ok|ah|oh ok)\b/;

/** The customer message a bot reply answered (the last one before it). */
function askedBefore(ctx: DetectorContext, botSeq: number): string {
  return ctx.transcript.filter((e) => e.authorType === 'visitor' && e.seq < botSeq).at(-1)?.body ?? '';
}

function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
    .map(stem);
}

/** The customer says the last answer missed: "I'm asking if…", "I just want to buy the part", "that's not what I asked". */
const RESTATES = /\b(i(m| am) (only |just )?asking|i asked (if|whether|about|for|when|how)|my question (is|was)|i meant|what i mean is|(thats|that is|its|it is) not what i (asked|meant)|not what i asked|i just want(ed)? to know|i(m| am) not asking|i already (know|read|signed up|subscribed|did that|tried that|checked))\b/;

/**
 * An answer that did not help counts as a failed attempt too, when the customer says so and asks again. (The bot
 * sending the same passage twice is no such sign: a follow-up is often answered by the same passage.)
 */
function answerMissed(ctx: DetectorContext): boolean {
  const lastBot = ctx.transcript.filter((e) => e.authorType === 'bot' && e.seq < ctx.current.seq).at(-1);
  if (!lastBot || lastBot.meta.kind !== 'answer') return false;
  return RESTATES.test(normalise(ctx.current.body));
}

export function detectRepeatedFailure(ctx: DetectorContext): DetectorResult | null {
  // A message in a language the team speaks and the KB does not: the KB could not even read it, so it is no
  // attempt at an unanswerable question. The language trigger hands it to someone who can.
  if (detectLanguageSwitch(ctx)) return null;
  if (answerMissed(ctx)) {
    return { trigger: 'repeated_failure', confidence: 0.75, reason: 'The help article given did not answer; the customer asks again', evidenceSeq: ctx.current.seq };
  }
  if (ctx.answer.kind !== 'unknown') return null;
  const said = normalise(ctx.current.body).trim();
  if (CLOSING.test(said) && !INSISTS.test(said)) return null;
  const afterLastQuestion = said.slice(said.lastIndexOf('?') + 1);
  if (SIGNS_OFF.test(said) && ACCEPTS.test(afterLastQuestion) && !INSIST_WORDS.test(said)) return null;
  // Earlier bot replies to this customer that admitted not knowing.
  const misses = ctx.transcript.filter((e) => e.authorType === 'bot' && e.seq < ctx.current.seq && e.meta.kind === 'unknown');
  if (misses.length === 0 || !botHasReplied(ctx.transcript, ctx.current.seq)) return null;
  // "cool. and the sauna after?", "great, what do I need to bring": taking the last reply and asking something
  // else is a new question, not the failed one again, unless it shares that question's words.
  if (TAKES_IT.test(said) && !PRESSES.test(said)) {
    const failed = new Set(misses.flatMap((m) => contentWords(askedBefore(ctx, m.seq))));
    if (!contentWords(ctx.current.body).some((w) => failed.has(w))) return null;
  }
  return {
    trigger: 'repeated_failure',
    confidence: Math.min(0.95, 0.7 + 0.1 * misses.length),
    reason: `The help articles couldn't answer ${misses.length + 1} attempts`,
    evidenceSeq: ctx.current.seq,
  };
}
