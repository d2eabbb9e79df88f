/**
 * A learned second reading of "does this message ask for a person?", beside the patterns of explicitRequest.ts.
 * The patterns are built from parts and read the shapes they know exactly; customers keep finding new ones ("is
 * there a gentleman or a lady there I could explain it to?", "rep pls", "kindly connect me with your technical
 * executive"). A logistic regression over word 1–3-grams and character 3–5-grams (TF-IDF, each block L2-normalised),
 * trained offline on labelled conversations (tools/bot-eval/person-request/), scores the whole message and each of
 * its sentences; the highest score counts, so one request in a long message is not drowned by its story. The
 * features are defined here once: the trainer reads them from `pnpm person-request-features`, so both ends agree.
 */
import { normalise } from '../common/text.js';
import { sentences } from '../bot/text.js';

/** The weights as exported by tools/bot-eval/person-request/train.py. */
export interface PersonRequestModel {
  /** Feature → [idf, weight], per block. */
  words: Record<string, [number, number]>;
  chars: Record<string, [number, number]>;
  intercept: number;
  /** A message asks for a person when its (or one of its sentences') probability is at least this. */
  threshold: number;
  /** Messages with the probability the exporter computed for them (before the vetoes), for the parity test. */
  checks?: [string, number][];
}

export interface RequestFeatures {
  words: string[];
  chars: string[];
}

/** Word 1–3-grams and character 3–5-grams inside each word (padded by spaces), of the normalised text. */
export function requestFeatures(text: string): RequestFeatures {
  const tokens = normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const words: string[] = [];
  const chars: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    words.push(tokens[i]!);
    if (i + 1 < tokens.length) words.push(`${tokens[i]} ${tokens[i + 1]}`);
    if (i + 2 < tokens.length) words.push(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
    // Code points, not UTF-16 units: an emoji is one character.
    const w = Array.from(` ${tokens[i]} `);
    for (let n = 3; n <= 5 && n <= w.length; n++) {
      for (let at = 0; at + n <= w.length; at++) chars.push(w.slice(at, at + n).join(''));
    }
  }
  return { words, chars };
}

/** One block's contribution: sublinear tf × idf, L2-normalised over the features the model knows, dotted with the weights. */
function blockScore(features: readonly string[], block: Record<string, [number, number]>): number {
  const counts = new Map<string, number>();
  for (const f of features) if (Object.hasOwn(block, f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  let norm = 0;
  let dot = 0;
  for (const [f, c] of counts) {
    const [idf, weight] = block[f]!;
    const v = (1 + Math.log(c)) * idf;
    norm += v * v;
    dot += v * weight;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/** The probability that this text (one unit: a message or a sentence) asks for a person. */
export function unitProbability(model: PersonRequestModel, text: string): number {
  const f = requestFeatures(text);
  const z = model.intercept + blockScore(f.words, model.words) + blockScore(f.chars, model.chars);
  return 1 / (1 + Math.exp(-z));
}

/*
 * What a bag of n-grams cannot read: who does what. The words of a request for a person are also the words of an
 * account of one ("someone from your team called me", "I already spoke to an agent"), of a refusal ("please don't
 * transfer me") and of feedback for the staff ("pass this on to your team"); text that reads as one of those is not
 * a request, whatever its words score.
 */
const NEG = String.raw`(?:dont|do not|doesnt|does not|no need to|not necessary to|rather not|never|would not|wouldnt|not|no hace falta que|no necesito|nicht|keine?n?)`;
const ASK_WORD = String.raw`(?:transfer|connect|call|ring|phone|put|pass|talk|speak|chat|human|person|agent|anyone|anybody|someone|somebody|llamen|llamar|hablar|anrufen|rufen|verbinden|sprechen)`;
const NEGATED_ASK = new RegExp(String.raw`\b${NEG}\s+(?:\w+\s+){0,3}?${ASK_WORD}`);
/** Someone (of the shop's or not) did something: an account, not an ask. */
const SOMEONE = String.raw`(?:some ?one|some ?body|any ?one|a (?:person|man|woman|guy|lady)|(?:one of )?your (?:\w+ )?(?:colleagues?|agents?|staff|team|people|store|shop)|an? (?:agent|staff member|member of staff|employee)|alguien|jemand)`;
const PAST = String.raw`(?:called|rang|phoned|told|said|spoke|sent|left|took|stole|hacked|gave|wrote|came|made|got|brought|did|had|used|changed|ordered|e-?mailed|texted|tried|contacted|answered|replied|delivered|signed|logged|accessed|opened|placed|bought|booked|received|promised|offered|mentioned|recommended|helped|hat|habe|ha|llamo|dijo|uso)`;
const HAPPENED = new RegExp(String.raw`\b(?:did|has|had)\s+${SOMEONE}\b|\b${SOMEONE}(?:\s+else(?:s)?)?(?:\s+(?:from|at|in|on|of)(?:\s+\w+){1,3}?)?\s+(?:already\s+|just\s+)?${PAST}\b|\b${SOMEONE}\s+elses\b`);
const SPOKE_BEFORE = /\b(?:i|we)(?:ve| have| had)?\s+(?:already\s+|just\s+|previously\s+)?(?:spoke|talked|chatted|spoken|phoned|called)\b|\bhable con\b|\bhabe\b[^.!?]{0,40}\b(?:gesprochen|telefoniert)\b/;
const FEEDBACK = /\b(?:pass|forward|send)\s+(?:this|it|that|my (?:thanks|feedback|compliments))\s+(?:feedback\s+)?(?:on\s+|along\s+)?to\s+your\b|\b(?:tell|let)\s+your\s+(?:\w+\s+){0,2}?(?:team|staff|people|colleagues)\b/;
/** Curiosity, not a wish: "is this a bot? just curious", "… not that it matters". */
const ONLY_CURIOUS = /\b(?:just (?:curious|wondering|asking)|out of curiosity|not that it matters|doesnt matter|no need to (?:transfer|change|connect))\b/;

function notARequest(unit: string): boolean {
  const t = normalise(unit);
  return NEGATED_ASK.test(t) || HAPPENED.test(t) || SPOKE_BEFORE.test(t) || FEEDBACK.test(t);
}

/**
 * The message's probability of asking for a person: the highest of the whole message and each of its sentences, each
 * unit that reads as an account, a refusal or feedback left out, and none for a message that says it is only curious.
 */
export function personRequestProbability(model: PersonRequestModel, message: string): number {
  if (ONLY_CURIOUS.test(normalise(message))) return 0;
  const parts = sentences(message);
  let best = notARequest(message) ? 0 : unitProbability(model, message);
  if (parts.length > 1) for (const s of parts) if (!notARequest(s)) best = Math.max(best, unitProbability(model, s));
  return best;
}
