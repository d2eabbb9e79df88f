/**
 * Greetings, thanks and "that worked" acknowledgements. These are not questions:
 * answering them with "I'm not sure" would be wrong, and they must not count as a
 * failed attempt for the repeated-failure detector.
 */
import { normalise } from './text.js';

export type SmallTalk = 'greeting' | 'thanks' | 'ack';

const GREETING = /^(hi+|hey+|hello+|hiya|yo|howdy|greetings|(good )?(morning|afternoon|evening)|hallo|hola|buenas|buenos dias|guten (tag|morgen|abend)|servus|moin)( there| team| all)?$/;
const THANKS = /\b(thanks?|thank you|thx|ty|tysm|tyvm|mahalo|cheers|much appreciated|appreciate it|gracias|danke|merci|vielen dank|obrigad[oa]|grazie|dank je( wel)?|dziekuje)\b/;
// (Session 62, RF2: not what it should do, "download a region so it works with no signal", "make sure it works".)
const RESOLVED = /\b((?<!\b(?:if|whether|until|unless|sure|so that|as long as|how|once|hope|hoping) )(?!(?<=\bso )(?:it|this|that) works (?:with|without|offline|even|when|while|anywhere|everywhere|in|on|during|under|at)\b)(that|it|this|the new one|new one) (worked|works|did it|helped|went through)|went through|got it(?! (yesterday|today|last (week|night|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (morning|afternoon|week)|(\d+|two|three|a few) (days|weeks) ago)\b)|found it|all (good|sorted|set)|sorted|solved|fixed|makes sense|perfect|great|awesome|brilliant|cool|fine|lovely|nice|super|understood|noted|(you|you lot|you guys|you people|youre|you are)( are| re)? (the best|amazing|brilliant|great|stars?|legends?|a star|a legend|a lifesaver))\b/;
// (A run of them is one too: "ah ok fair", "oh ok cool".)
const FILLER = /^(?!yeah right$|yea right$)(?:(?:ok(ay)?|okk+|k+|mhm+|alright|right|great|cool|perfect|super|awesome|lovely|nice|fine|good|got it|noted|understood|brilliant|excellent|wonderful|splendid|superb|fantastic|marvell?ous|terrific|spot on|sounds good|will do|yes|yeah|yep|ah|ahh|oh|ohh|bet|say less|nice one|big brain|all good|im chill|chill|fair|fair enough|fair play|makes sense|gotcha|i see)(?: |$))+$/;
/** A clause that is thanks and nothing else ("thanks but it still does not charge" is more). */
const THANKS_ONLY = /^(thanks?|thank you|thx|ty|tysm|tyvm|mahalo|cheers|much appreciated|appreciate it|gracias|danke|merci|vielen dank)( (so much|a lot|again|very much|anyway|mate|all|guys|team|ty|thx))*$/;
/** "hi! quick question", "can I ask something": the question is still to come. */
const PREAMBLE = /^((hi+|hey+|hello+|hiya)\s+)?(i have |ive got |got )?(a |one )?(quick |small |little |short )?question( for you)?$|^(can|may|could) i ask (you )?(something|a question|a quick question)$/;
const POLITE = /\bnever ?mind\b|\b(a )?(shame|pity|bummer|too bad|unfortunate|oh well)\b,? but (ok(ay)?|fair enough|fine|fair|understood|no worries|makes sense|that makes sense|i (get|understand)( (it|that|why))?)\b|\b(not (calling|urgent|in a (hurry|rush))( (now|yet|today|just yet|right now))?,? )?(just )?(planning ahead|for future reference)\b|\b(i )?(dont|do not) need anything( else| more)?|(i )?(dont|do not) have any (other|more|further) questions?|cant wait|can not wait|no problem|no thanks|(that )?wont be necessary|not necessary|nothing else\b|\b(exactly|just|precisely) what (i|we) (needed|need|wanted|want|was after|were after|was looking for|were looking for|was hoping for|were hoping for|asked for)( to (know|hear|see|read))?\b(?=(\s+for (the|my|our|this) \w+)?\s*(thanks?|thank you|thx|ty|cheers|(you|you lot|you guys|you people)( are| re)? (the best|amazing|brilliant|great|stars?|legends?)|$))|\b(so|then) (my|the|your|his|her|their) (trainer|coach|guide|instructor|teacher|friend|mate|husband|wife|partner|colleague|boss|dad|mum|mom|father|mother|brother|sister|son|daughter|neighbou?r|uncle|aunt|salesman|shop assistant)s? (is|was|were|are) (wrong|mistaken|right)\b/g;
/**
 * A complaint or a new problem wrapped in thanks is not small talk (nor is "ok cool. another thing — …", or "Thanks for
 * the drying tips. The weights though, even a rough figure would help": a "though" with more after it); "just what I
 * needed" left after POLITE took the sincere ones is sarcasm ("Exactly what I needed, another delay").
 */
// (Session 51: "Shame, but fair enough. Thanks!" takes the answer: POLITE removes the regret before PROBLEM reads "but".)
// (Session 50: "just a rough number is fine, like kg…" still wants the number; "brilliant. the same three steps again" is sarcasm;
// not "thanks, I'll order the same again next year", "the same tips worked for my old tent".)
// ("i'm happy to pay for it, i just want it fixed": what they want done, not a thing fixed; "Strava I've already got working,
// thanks. It's specifically Apple Health I'm after": what they are after, asked again.)
const PROBLEM = /\b((?<!\b(order|buy|get|have|take)\s)the same (\w+ ){0,2}(again|steps|answer|article|reply|link|passage|text|tips)(?! (worked|work|works|helped|did the trick))|(rough|ballpark|approximate|approx|estimated|a guess)\b[^.!?]{0,25}\b(is|would be|d be) (fine|ok|okay|great|perfect|good)|(just|exactly|precisely) what (i|we) (needed|need|wanted|want)|(?<!\b(exactly what|just what|precisely what|thats what|that s what|one|ones|thing|things) )(im|i am|were|we are) (really |actually |specifically )?(after|looking for)\b(?! (something like (that|this)|that|this|it)\b)|(?<!\b(thats|that is|its|it is|exactly|just) )specifically(?! what)|(want|need|like) (it|them|this|that|my \w+) (fixed|repaired|sorted|replaced|looked at)|happy to pay (for (it|the|a) )?(repair|fix|it)|rather than (buy|buying|replac)\w*|copy ?past\w*|stopped|stops|no longer|need to know|want to know|copy and past\w*|pasting|thanks for nothing|leaks?|leaking|(though|tho)(?= \w+ \w+)|even (a|an|just) (rough|ballpark|approximate|quick)|locked out|penali[sz]ed|punished|another thing|one more thing|other thing|different thing|also|never|but|not|doesnt|didnt|dont|wont|cant|cannot|hasnt|havent|isnt|wasnt|arent|werent|still|error|problem|issue|wrong|never arrived|broken|however|overcharged|charged|elsewhere|somewhere else|(your|their|the shops) (mistake|fault|error)|swallow|out of pocket|(?<!\bno more )crash\w*|freez\w*|reinstall\w*(?![^.!?]{0,30}\b(fixed|did the trick|works|worked|working|sorted|solved)\b))\b/;
/** Questions often come without a question mark in chat. */
const ASKS = /(^|[.!,;:\u2014-]\s*|\b(and|but|so|also|then|ok|okay|hi|hey|hello|just|wait|sorry)\s+)(how|what|where|when|why|which|who)\b|\b(how|what|where|when|why|which|who) (is|are|was|were|do|does|did|can|could|should|would|will|about|if|happens|else|kind|time|size)\b|\b(wonder|wondering|curious)\b|(?<!\b(thats|that is|all|exactly|what|one|size) )\b(i|we) (mean|meant|am asking|m asking) (actual|an?|the|about|if|whether)\b|\b(i|we) (was|were) asking (if|whether|about)\b|\b(can i|can you|could you|do you|does (it|that|this|the|my|your|a|an|he|she|anyone|anybody|someone|somebody|there)|is it|is there|are there|will i|would you|should i|please (check|help|remove|refund|cancel|send|look|fix|change|update|let|tell|reactivate|confirm)|i (want|need|would like) to|id like to)\b/;
/** A clause that opens like a question without its "?": "can the tent go in the washing machine". */
const QUESTION_CLAUSE = /^(can|could|does|is|are|should|would)\s+(i|you|we|it|they|the|this|that|my|a|an|he|she|there|your|these|those|one|mine)\b/;

/**
 * The message's sentences and clauses, without punctuation or a leading connective. A break before "or is…" starts
 * only where a run of spaces starts (or after a newline), where the old pattern, trying every space of a long run,
 * took time in the square of its length.
 */
function sentences(message: string): string[] {
  return normalise(message)
    .split(/[.,;:!]+\s+|\n+|(?<!(?!\n)\s)\s+(?=(?:or|and|but|so) (?:is|are|can|could|does|do|should|will|would)\b)/)
    .map((c) => c.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^(so|and|or|but|also|then|ok|okay)\s+/, ''));
}

/**
 * "ok I'll ask the neighbours and give it till tomorrow", "Ah so I must put 5 euro more. Ok I will add something":
 * the customer says what they will do with the answer. An opener like "ok"/"ah" or an "ok, I'll" is needed, so
 * "I'll need an invoice for my company" stays a request; and anything that carries a problem, a request, a threat,
 * a wait for a person or a question keeps its answer ("ok I'll return it, it arrived damaged").
 */
const ACK_OPENER = /^(ok(ay)?|k|ah+|oh+|right|alright|all right|got it|i see|fair enough|makes sense|understood|meh|good|great|perfect|fine|cool|nice|lovely|brilliant|noted|aha|yes|yeah|yep)\b/;
const ACK_LATER = /\b(ok(ay)?|alright),? (so |then )?(ill|i will|im going to|well|we will)\b/;
const INTENT = /\b(ill|i will|im going to|well|we will|lesson learned|good to know|good that i asked|then i (stop|will|can|must|need|just))\b/;
const ACK_PROBLEM = new RegExp(
  [
    // problems with the goods or the order
    'but|still|doesnt|didnt|wont|cant|cannot|hasnt|havent|isnt|wasnt|error|problem|issue|broken?|smashed|cracked|damaged?|defective|faulty|wrong|missing|however|never',
    // requests and actions the bot should answer
    'return(ing)?|send (it |them )?back|refund|cancel(led)?|delete|unsubscribe|invoice|change|again|as well|both|please|need|want',
    // threats, complaints, churn
    'elsewhere|somewhere else|your (mistake|fault|error)|swallow|out of pocket|competitor|done with|waste|ridiculous|useless|joke|seriously|lawyer|chargeback|dispute|report|review|twitter|facebook|instagram|police|bank|complain(t)?|avoid|tell everyone|see about|of course|pay again',
    // waiting for a person
    'human|person|someone|somebody|agent|manager|supervisor|staff|team|reply|call back',
  ].map((group) => `\\b(${group})\\b`).join('|'),
);
/** A clause that asks without "?": "will it arrive by friday", "do I need a code", "any update on NW-123456", "…right". */
const ASKS_LATER = /\b(will (it|i|you|my|the|they|there|this|that)|do (i|you|we|they)|does (it|that|this)|has (it|my|the)|have (you|i)|any (update|news|idea|chance|way)|how|what|when|where|why|which)\b|\b(right|correct|yes|no)\s*$/;
/** Identifiers say there is something specific to look at ("NW-123456", "PAY-101", "E20", an e-mail, "€0.00"). */
const IDENTIFIER = /\b[a-z]{1,4}-?\d{2,}\b|@|[€$£]\s?\d|\d\s?(€|eur|usd)\b/;

/** Classifies short social messages; null for anything that needs an answer. */
export function detectSmallTalk(message: string): SmallTalk | null {
  const normalised = normalise(message);
  const text = normalised.replace(/[^\p{L}\p{N}\s?]/gu, ' ').replace(/\s+/g, ' ').trim();
  // An identifier is something to look at: "ok thanks. its order NW-482913…", "PAY-101 again…".
  const hasIdentifier = IDENTIFIER.test(normalised);
  if (text === '') return 'ack';
  // "??", "hello?", "anyone there?" while waiting for a reply: a nudge, which a greeting answers.
  if (/^(\?+|(hello+|hi+|hey+|hallo|hola)\s*\?+|(any ?one|any ?body|some ?one) (there|here)\s*\?+|are (you|u) (still )?there\s*\?+)$/.test(text)) return 'greeting';
  if (text.includes('?')) return null;
  const clauses = text.split(/\s*(?:,|\.|!|\band\b)\s*/).filter(Boolean);
  if (GREETING.test(text) || PREAMBLE.test(text)) return 'greeting';
  if (clauses.every((c) => GREETING.test(c) || FILLER.test(c) || THANKS_ONLY.test(c))) {
    return THANKS.test(text) ? 'thanks' : clauses.some((c) => GREETING.test(c)) ? 'greeting' : 'ack';
  }
  // "Just wanted to say the Ridgeline 3P survived a proper Föhnsturm 😄": feedback, nothing asked.
  if (/^(hi |hey |hello )?(i )?(just )?(wanted|want) to (say|let you know|tell you)\b/.test(text) && /\b(love|loved|loving|great|amazing|brilliant|survived|perfect|awesome|fantastic|thanks|thank you|well done|happy|excellent|superb|delighted|impressed)\b|😄|🙂|😊|😀|👍|❤️/u.test(normalised) && !PROBLEM.test(text) && !ASKS.test(text.replace(/^(hi |hey |hello )?(i )?(just )?(wanted|want) to (say|let you know|tell you)\b/, ' '))) return 'ack';
  const wordCount = text.split(' ').length;
  // Polite negatives are no problem: "thanks, I don't need anything else", "can't wait for it to arrive".
  const plain = text.replace(POLITE, ' ');
  const asks = ASKS.test(plain) || sentences(message).some((c) => QUESTION_CLAUSE.test(c));
  if ((THANKS.test(text) || RESOLVED.test(text)) && !PROBLEM.test(plain) && !asks && wordCount <= 25 && !hasIdentifier) {
    return THANKS.test(text) ? 'thanks' : 'ack';
  }
  const saysWhatTheyWillDo = (ACK_OPENER.test(text) || ACK_LATER.test(text)) && (THANKS.test(text) || INTENT.test(text));
  if (saysWhatTheyWillDo && !asks && wordCount <= 30 && !ACK_PROBLEM.test(text) && !ASKS_LATER.test(text) && !hasIdentifier) {
    return THANKS.test(text) ? 'thanks' : 'ack';
  }
  return null;
}

export function smallTalkReply(kind: SmallTalk): string {
  switch (kind) {
    case 'greeting':
      return 'Hi! What can I help you with?';
    case 'thanks':
      return "You're welcome! Anything else I can help with?";
    case 'ack':
      return 'Glad to hear it. Anything else I can help with?';
  }
}
