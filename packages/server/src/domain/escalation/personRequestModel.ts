/**
 * The learned reading of "does this message ask for a person?" (messageModel.ts), beside the patterns of
 * explicitRequest.ts, which read the shapes they know exactly while customers keep finding new ones ("is there a
 * gentleman or a lady there I could explain it to?", "rep pls", "kindly connect me with your technical executive").
 */
import { normalise } from '../common/text.js';
import { messageProbability, type MessageModel } from './messageModel.js';
import { QUOTED_WORDS } from './requestWords.js';

/*
 * What a bag of n-grams cannot read: who does what. The words of a request for a person are also the words of an
 * account of one ("someone from your team called me", "I already spoke to an agent"), of a refusal ("please don't
 * transfer me"), of feedback for the staff ("pass this on to your team") and of what a product lets anyone do ("can a
 * person stand up inside it?"); text that reads as one of those is not a request, whatever its words score.
 */
const NEG = String.raw`(?:dont|do not|doesnt|does not|no need to|not necessary to|rather not|never|would not|wouldnt|not|no hace falta que|no necesito|nicht|keine?n?)`;
const ASK_WORD = String.raw`(?:transfer|connect|call|ring|phone|put|pass|talk|speak|chat|human|person|agent|anyone|anybody|someone|somebody|llamen|llamar|hablar|anrufen|rufen|verbinden|sprechen)`;
const NEGATED_ASK = new RegExp(String.raw`\b${NEG}\s+(?:\w+\s+){0,3}?${ASK_WORD}`);
/** Someone (of the shop's or not) did something: an account, not an ask. */
const SOMEONE = String.raw`(?:some ?one|some ?body|any ?one|a (?:person|man|woman|guy|lady)|(?:one of )?your (?:\w+ )?(?:colleagues?|agents?|staff|team|people|store|shop)|an? (?:agent|staff member|member of staff|employee)|alguien|jemand)`;
const PAST = String.raw`(?:called|rang|phoned|told|said|spoke|sent|left|took|stole|hacked|gave|wrote|came|made|got|brought|did|had|used|changed|ordered|e-?mailed|texted|tried|contacted|answered|replied|delivered|signed|logged|accessed|opened|placed|bought|booked|received|promised|offered|mentioned|recommended|helped|hat|habe|ha|llamo|dijo|uso)`;
const HAPPENED = new RegExp(String.raw`\b(?:did|has|had)\s+${SOMEONE}\b|\b${SOMEONE}(?:\s+else(?:s)?)?(?:\s+(?:from|at|in|on|of)(?:\s+\w+){1,3}?)?\s+(?:already\s+|just\s+)?${PAST}\b|\b${SOMEONE}\s+elses\b`);
const SPOKE_BEFORE = /\b(?:i|we)(?:ve| have| had)?\s+(?:already\s+|just\s+|previously\s+)?(?:spoke|talked|chatted|spoken|phoned|called)\b|\bhable con\b|\bhabe\b[^.!?]{0,40}\b(?:gesprochen|telefoniert)\b/;
/** Anyone at all, as the subject of what a product allows: "can a person stand up inside it?". */
const ANY_PERSON = /\b(?:can|could|will|would|does|do|is it possible for)\s+(?:a|one|an? (?:average|tall|small|grown|adult)|two|three|four)\s+(?:person|people|persons|adults?|humans?)\s+(?:comfortably\s+|easily\s+|really\s+)?(?:stand|sit|fit|sleep|lie|kneel|walk|carry|wear|use|pitch|set|put|stay|live|survive|cook|see|read|lift)\b/;
const FEEDBACK = /\b(?:pass|forward|send)\s+(?:this|it|that|my (?:thanks|feedback|compliments))\s+(?:feedback\s+)?(?:on\s+|along\s+)?to\s+your\b|\b(?:tell|let)\s+your\s+(?:\w+\s+){0,2}?(?:team|staff|people|colleagues)\b/;
/**
 * Curiosity, not a wish: "is this a bot? just curious", "… not that it matters" (not "I was just wondering if someone
 * could ring me", the polite form of a request).
 */
export const ONLY_CURIOUS = /\b(?:just (?:curious|wondering|asking)(?!\s+(?:if|whether|for|to|about|when|who|how|why|what|that|could|can|would|you|u|because|cause|since|as)\b)|out of curiosity|not that it matters|doesnt matter|no need to (?:transfer|change|connect)|not needed (?:today|now|right now|yet)|(?:i )?just want to plan(?: ahead| my \w+)?|just planning ahead|just planning(?=\s*(?:[.!,;:]|$))|no rush,? not today\b(?![^.!?]{0,30}\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|this week|morning|afternoon|evening)\b)|\b(?:are|r|is) (?:you|u|ya|this|it) (?:a |an )?(?:bot|robot|ai|machine)\b[^.!]{0,60}?\b(?:(?<!\b(?:dont|do not|doesnt|didnt|not|never|wouldnt|would|id|hate|hates)\s+(?:really\s+|actually\s+|much\s+|at all\s+)?)(?:prefer|like) (?:it|that|bots|talking to (?:a )?bots?|the bot)\b(?! (?:when|if|to|better|more|less|a|an|the|someone|somebody|you|your|my|they)\b)|(?:either way|bot or not|bot or human),? (?:is |its |thats )?(?:fine|ok|okay|good))(?![^]*\b(?:but|though|however)\b))\b/;

/** A checkout's own message pasted in ("Please check your billing details and try again."): addressed to the customer. */
const PASTED_NOTICE = /\b(please )?(check|verify|update|confirm|re-?enter|review) your (billing|card|payment|shipping|delivery|account|login) (details|address|information|info|data)\b|\btry again( later)?\s*[.!]?\s*$/;

/** "…in writing rather than speak to anyone": the person is what they would rather not have. */
const RATHER_NOT_SPEAK = /\b(rather than|instead of|sooner than)\s+(?:\w+\s+){0,2}?(speak|speaking|talk|talking|chat|chatting|call|calling|phone|phoning|deal|dealing)\b/;

/** Someone in a what-if about the product ("would it survive someone capsizing with it on?"), not someone to talk to. */
const SOMEONE_HYPOTHETICAL = /\b(survive|withstand|handle|stand up to|cope with)\s+(some ?one|some ?body|a person|people)\s+\w+ing\b|\bif (some ?one|some ?body|a person) (\w+ )?(drops?|falls?|fell|capsizes?|steps? on|sits? on|stands? on|treads? on|sleeps? on|spills?)\b/;

function notARequest(unit: string): boolean {
  const t = normalise(unit);
  return SOMEONE_HYPOTHETICAL.test(t) || NEGATED_ASK.test(t) || HAPPENED.test(t) || SPOKE_BEFORE.test(t) || FEEDBACK.test(t) || ANY_PERSON.test(t) || PASTED_NOTICE.test(t) || RATHER_NOT_SPEAK.test(t);
}

/**
 * The message's probability of asking for a person: the highest of the whole message and each of its sentences, each
 * unit that reads as something else (above) left out, and none for a message that says it is only curious.
 */
/** "100% human-powered", "human error": the word human, and no person asked for. */
const HUMAN_COMPOUND = /\bhuman[- ](powered|error|rights|body|skin|sweat|nature|factor|eye|hair|made|resources)\b/gi;

/**
 * Session 57: some word of a person, a contact or a hand-over (99.6 % of the labelled requests have one; the rest the
 * patterns read). Without one the model's reading is its bare words: "No preamble please. How many days…" scored 0.75.
 * (Review 1 of session 57: any form of escalating, "I want this escalated", and the service desk in German and Spanish.)
 */
const PERSONISH = /\b(human\w*|humna|person\w*|people|some ?one|some ?body|any ?one|any ?body|who|whoever|agn?e\w*|reps?|repr?\w*|staff|team|manager|supervisor|boss|colleagues?|operat\w*|employee|officer|real|live|bot|bots|robot|machine|ai|automated|computer|call\w*|ring|phone|contact|speak|talk|chat|word|tran?sf\w*|connect|put me|pass|escalat\w*|hand (me |this |it )?over|lady|gentleman|guy|technicians?|specialist|expert|advis[eo]r|attendant|service|support|desk|department|office|reply|respond|email me|write to me|back to me|billing|mitarbeiter\w*|mensch\w*|jemand\w*|anruf\w*|ruf|sprechen|verbinden|humano|agente|alguien|llam\w*|hablar|encargado|responsable|tecnico|techniker|berater|kollege\w*|chef|gerente|vorgesetzt\w*|kundendienst\w*|kundenservice\w*|ansprechpartner\w*|weiterleit\w*|atencion|asesor\w*|operador\w*)\b/;

export function personRequestProbability(model: MessageModel, message: string): number {
  const said = normalise(message);
  return ONLY_CURIOUS.test(said) || !PERSONISH.test(said) ? 0 : messageProbability(model, message.replace(HUMAN_COMPOUND, ' ').replace(QUOTED_WORDS, '$1 "…"'), notARequest);
}
