/**
 * Repeated failure: the KB couldn't answer, the bot said so, and the customer tries
 * again (rephrases, narrows, insists). One unanswerable question is not yet a
 * trigger: the bot should say it can't answer and offer a person.
 */
import { contentWords, normalise, words } from '../bot/text.js';
import { detectLanguageSwitch } from './language.js';
import { onlyDetails } from '../bot/notYetAsked.js';
import { CORRECTION_OPENER, SET_ASIDE_BY_NAME, selfCorrects } from '../bot/answer.js';
import { botHasReplied, lastBotReply, type DetectorContext, type DetectorResult } from './types.js';
import { answersWhatWasDenied, keyWords, passageOnly, setsReplyAside } from './passageWords.js';
import { reasksLeftOut, takenAfterEcho } from './partTaken.js';
import { asksAlternativeAfterNo } from './askedAlternative.js';
import { asideHint, didPassageStep, pleadsOverNo, pressesAfterMiss, sameNeedAfterMiss, silentOnWhatAnswerSaid, sumsUpNoAnswer, triesAgainAfterAnswer } from './secondAttempts.js';
import { checksCaseAgainstPassage, grantsTheNo, pleadsAgainstLimit } from './caseChecks.js';
import { namesWhatWasMeant, SAYS_AGAIN, SAYS_LIKE } from './saysAgain.js';
import { CLOSING, NO_TROUBLE, INSIST_WORDS, INSISTS, ACCEPTS, INSISTS_NEED, SIGNS_OFF, LEAVES, SAYS_AGAIN_ES_DE, WILL_DO_THANKS, SAYS_GOOD, SO_ITS_NORMAL, TAKES_ANYWHERE, TAKEN_BITTERLY, getsOnWithIt } from './closingWords.js';

/** Pressing the same point: "ok, but can I or not?", "still", "again" ("I'll still get…" carries on, it does not press). */
const PRESSES = /\b(but|(?<!\b(ill|ll|youll|well|theyll|will|would|can|could|should) )still (not|no|dont|doesnt|didnt|havent|hasnt|cant|wont|need|want|waiting|nothing|the same)|^still|not|(?<!\b(pay|paying|charged?|order|buy|postage|shipping)( \w+){0,2} )again|anyway|no way|at all|or not|seriously|pero|todavia|aber|immer noch|nicht)\b/;
/** "and the sauna after?", "also, how long…": a connective that opens another question. */
const NEW_QUESTION = /^((oh|ah|hmm|ok|okay|fine|fair|right|great|cool|thanks|thank you|got it|meh|figured|i figured|figures|thought so|fair enough)\W+)*(and|also|plus|one more thing|another thing|other thing|different question)\b/;
/** Still wanting the thing: "who can fix it then?", "I'd pay", "still nothing", "what about…". */
// (Session 55: "right. so who do i deal with for bigger quantities then": the person who would know, asked for.)
const WANTS_IT = /\bthen\s*\?|\bwho (do|should|can|could|would) (i|we) (deal with|talk to|speak to|speak with|contact|ask|go to|write to)\b|\b(id|i would|happy to|willing to) pay\b|\b(and|still) nothing\b|\bnothing\W*$|\b(what|how) about\b/;
/** Pressing, restating ("I'm asking whether YOU do it") or narrowing ("what about…"): the same question again. */
function presses(said: string): boolean {
  return PRESSES.test(said) || WANTS_IT.test(said) || PRESSES_FOR_ANSWER.test(said) || RESTATES.test(said) || CORRECTS.test(said) || FALLS_BACK.test(said);
}
/** Settling for less of the same thing: "and if there's no wrapping, could you at least add a card?", "failing that, …". */
const FALLS_BACK = /\b(could|can|would|will) you (at least|maybe at least|instead)\b|\b(is there|are there|do you( have| offer| do)?)( maybe)? at least\b|\bif (there(s| is) no|you (cant|dont|do not|cannot|can not)|not)\b[^.?!]{0,40}\b(could|can|would|will) (you|i|we)\b|\bfailing that\b/;
/** What a confused check or a taken "no" must not contain to be excused: "Sorry, so can I return them or not?". */
const DEMANDS = /\b(or not|why not|but|(and|still) nothing)\b/;
/** Words that take a reply, for the answered case: "Printed the label, ta.", "Cool… Different thing:". */
const TAKES_REPLY = /\b(ta|cool|different thing|other thing|another thing|different question)\b/;
const GOOD_TO_KNOW = /\b(good to know|makes sense|got it|thats (good|great|fine|helpful|useful)|that helps|fair enough|understood|i see(?! (it|them|the|a|an|one|if|whether|why|how))|will do)\b/;
const CONFUSED = /^((wait|sorry|hang on|oh wait|hmm)\W+)+so\b|\bjust to (be clear|be sure|confirm|check|make sure|double check)\b|\bjust so i (get|understand|have) (it|this|that|you) (right|correctly|straight)\b|\blet me (get|see if i (get|understand|have)) (this|that|it) (right|straight)\b|\bi(m| am) (a )?(little|bit|a bit|a little|slightly|somewhat)? ?(confused|lost)\b|\bi (dont|do not|didnt|did not|not) (quite |really |fully )?(understand|follow)( it| this| that| you)?\b|\bi (dont|do not|didnt|did not|not) (quite |really )?get (it|this|that)\W*($|[.,!;])|\bnot sure i (understood|understand|follow|get it)\b/;
const ACCEPTS_NO = /^((ok(ay)?|right|alright|ah|oh)\W+)?so no [^.?!]*\.\s/;
/** "My English is not perfect, sorry.": about the customer's own English, no "not" pressing for an answer. */
const OWN_ENGLISH = /\b(sorry,? )?(my|sorry for my|excuse my|pardon my) english( is)?( not (perfect|great|very good|good|so good)| (bad|poor|basic|rusty|weak))?(,? sorry)?\b/g;
const JUST_CURIOUS = /^(nice|ok(ay)?|great|cool|ah|oh|thanks|thank you|perfect|good|fine)\b(?!.*\b(meant|not returning|no,)\b).*\b(i (just|only) want(ed)? to know|(just|only) (curious|wondering|checking|asking))\W*$/;
const STILL_A_PROBLEM = /\b(wrong|broken|damaged|crushed|soaked|wet|missing|need|want|but|no|not|isnt|doesnt|cant|wont|redirect\w*)\b/;
/** Dropping the question: "never mind", "nvm", "all good now", "I'm chill now". */
const DROPS_IT = /\b(never ?mind|nvm|nevermind|all good now|(im|i am) (chill|good|fine|sorted|ok|okay) now|forget i asked|ignore (that|me|my last))\b(?!\s+(the|my|about|that|this|your|it)\b)(?![^.!?]*\b(need|want|can|could|please|pls|how|what|when|where|why|but)\b)/;
const SORTED_ITSELF = /\b(found (it|them)|found [a-z ]{1,25}\W+(fixed|sorted|done)\b|(fixed|sorted|solved) (it |that )?(myself|now|already)\b|phew|found (the|my) [a-z]+( [a-z]+)? (in|on|under|at)\b|(neighbou?rs?|reception|concierge|porter|doorman|the (shop|office) next door|my (wife|husband|partner|son|daughter|mum|mom|dad|flatmate|roommate|housemate)) (had|has|took|got|signed for) (it|them)|(it|they|the parcel|the package|the order) (turned|showed) up|(it|they|the parcel|the package) (arrived|came) after all|had it all along|never ?mind|nvm|false alarm|my (bad|mistake))\b/;
const RESOLVED_NOW = /\b(rock solid|back to normal|good as new|(smooth|fine|quiet|dry|bright|clean) as anything( now)?|(smooth|sorted|fixed|solved|dry|clean|bright) now|(working|works) (again|(fine|properly|perfectly) now)|(locked|locks|locking) on now|(?<!\b(how|know|if|whether|what|see|sure|think|thought|hope|assume|understand) )(it|that|this) (works|worked|did the trick)(?=\s*(!|\.|,? (thanks|cheers|yay|phew|ill|i will|lol)\b))|(its|it s|it is|thats|that s|all) (fine|ok|okay|good|working|steady|solid|sorted|fixed|back|connected|paired) (again|now))\b/;
const SOLVED = /\b(its|it is|thats|that is|all) (steady|fine|working|sorted|ok|okay|good|better) now\b|\b(that|this) (fixed|solved|sorted) it\b|\bworks now\b|\bthat (worked|did it|did the trick)\b/;
/** Review: what they asked for called easy ("rerouting a parcel should be no big deal", "come on, redirecting it is not a big deal"). */
const ASKED_IS_NO_BIG_DEAL = /\b(should|shouldnt|would|surely|come on)\b[^.!?]{0,40}\b(no|not a|not really a) big deal\b|\b(?!(waiting|nothing|something|anything|everything)\b)\w+ing\b[^.!?]{0,40}\b(is|be) (no|not a|not really a) big deal\b/;
/** A sentence that opens by taking what was said: "ok, retrying now", "fine. and…". */
const ACK_SENTENCE = /(^|[.!?]\s+)((hmm+|ah|oh|well)\W+)?(ok(ay)?|fine|fair|alright|right|cool|great|perfect|sweet)([,.!]|\s+and\b(?= [^.!?]*\?))|\b(ok(ay)?|alright|fine),? (ill|i will) (\w+ ){0,2}(it|that|them|this|then|now)\W*$/;
const TAKES_IT = /^(cool|great|ok|okay|understood|got it|gotcha|got ya|gotya|roger( that)?|righto|i see|right|perfect|thanks|thank you|nice|alright|fine|fair enough|ah ok|ah|oh ok|excellent|splendid|wonderful|lovely|brilliant|marvell?ous|very good|(oh,? )?bother)\b/;

/**
 * "that's a bit of a hassle, but ok, understood": a "but" that gives in. Read without it, so the concession is not
 * taken for pressing the point.
 */
const CONCEDES = /\bbut,? (?=(ok(ay)?|fine|fair( enough)?|understandable|reasonable|understood|i understand|i get it|alright|all right|no problem|makes sense|(thats|that is|its|it is) (ok|okay|fine|fair))\b)/g;
/** "so that's fine anyway": an "anyway" that settles it, not "can I or not anyway?". */
const SETTLED_ANYWAY = /\b(fine|ok(ay)?|good|alright|all right|irrelevant|moot|sorted) anyway\b/g;
/**
 * Session 55: "fine, I'll call tomorrow before lunch, not urgent": a "not" that eases off, not one that presses. (Review of
 * session 55: in other words too, "it's not time-sensitive", "not a priority", "no urgency", "it can wait".)
 */
const NO_HURRY = /\b((its|it is|thats|that is|this is) )?(not|nothing) (urgent|pressing|important|time[- ]?sensitive|time[- ]?critical|critical|a priority|an emergency|a rush|in a rush|in a hurry)\b|\bno (rush|hurry|urgency)\b|\b(it|that|this) can wait\b/g;
function withoutConcession(said: string): string {
  return said.replace(CONCEDES, '').replace(SETTLED_ANYWAY, '$1').replace(NO_HURRY, ' ');
}

/** The customer message a bot reply answered (the last one before it). */
function askedBefore(ctx: DetectorContext, botSeq: number): string {
  return ctx.transcript.filter((e) => e.authorType === 'visitor' && e.seq < botSeq).at(-1)?.body ?? '';
}

/** Two texts share two content words of four letters or more ("trade", "watch"; one shared town is no re-ask). */
function sharesTopic(a: string, b: string): boolean {
  const first = new Set(contentWords(a).filter((w) => w.length >= 4));
  return new Set(contentWords(b).filter((w) => first.has(w))).size >= 2;
}

/** How many distinct content words `message` shares with the questions the bot replied to with `replies`. */
function sharedWords(ctx: DetectorContext, replies: readonly { seq: number }[], message: string): number {
  const failed = new Set(replies.flatMap((r) => contentWords(askedBefore(ctx, r.seq))));
  return new Set(contentWords(message).filter((w) => failed.has(w))).size;
}

/** The customer says the last answer missed: "I'm asking if…", "I just want to buy the part", "that's not what I asked". */
// (Review 2 of session 55: "I just need to know" pressing, not leading into the next question, "I only need to know one more
// thing then: do you ship to Norway?".)
export const RESTATES = /^((yes|yeah|yep|ok|okay|sure)\W+)?i (know|understand|get that|get it|read that|saw that)\b(?!\W+(now|thanks|thank you|thx|cheers|perfect|great)\b)[^.!?]{3,}[.!,]+\s*(but\s+)?(the (problem|issue|thing|point|question) is|i (need|want|mean|asked|was asking)\b|[a-z ]{0,30}\bspecifically\b)|(^|[,.;:!-]\s*)(no,? )?i mean\b(?! it\b)(?=[^?]{6,}\?)|^[^.!?,]{2,30},? i mean\s*:|\b(that|this|it) (wasnt|was not|isnt|is not) (my|the) question\b|\bi still (dont|do not) (know|understand) (whether|if)\b|\b((that|this) (doesnt|does not|didnt|did not) (really |actually |quite )?answer( it| my question| the question)?\b(?! (the|my|your) (phone|call|door))|i(m| am) (only |just )?asking|i asked (if|whether|about|for|when|how)|my question (is|was)|i meant|what i mean is|(thats|that is|its|it is) not what i (asked|meant)|not what i asked|(isnt|wasnt|aint) what i (asked|meant|wanted to know)|(i just want(ed)? to know|i (really |honestly )?(just|only) (need|needed) to know)(?! (one more|one other|one last|another|something else|a (few|couple( of)?) (more|other)|two more|also)\b)|i(m| am) not asking|i already (know|read|signed up|subscribed|did that|tried that|checked)|(so )?(its|it is|thats|that is) not (the|that|a|an) [^.!?]{0,25}\b(thing|issue|problem|reason|case)\b|as i (said|mentioned|wrote|explained)|(thats|that is|which is) (rather |actually |just )?my (problem|issue)\b(?![^.!?]{0,40}\b(fixed|solved|sorted|works|thanks)\b)|(^|[,.;:!-]\s*)(no,? )?i mean\b(?! it\b)[^.!?]{3,80},? not\b)\b/;

/** Pressing for a plain answer: "yes or no?", "can I or can I not?", "you still did not say…". */
const PRESSES_AFTER_THANKS = /\b(yes|yeah) or no\b|\b(straight|clear|simple|direct|proper) (answer|yes or no)\b|\b(can|do|does|will|is|are) (i|it|they|you) or (can|do|does|will|is|are)? ?(i|it|they|you)? ?not\b|\byou (still )?(did not|didnt|never|havent|have not) (say|said|answer\w*|tell|told|mention\w*)\b/;

/**
 * An answer that did not help counts as a failed attempt too, when the customer says so and asks again. (The bot
 * sending the same passage twice is no such sign: a follow-up is often answered by the same passage.)
 */
function answerMissed(ctx: DetectorContext, said: string): boolean {
  const last = lastBotReply(ctx.transcript, ctx.current.seq);
  if (last?.meta.kind !== 'answer') return false;
  // "Oh wait, sorry, I meant the Lumen 900R, not the 400": the customer's own slip put right, answered anew; a no said back and pleaded with (R3).
  if (selfCorrects(said) || pleadsOverNo(said, last.body)) return false;
  // Session 62 (RF): "…without an impact, I mean. That's the kind of thing the warranty covers, yes?": their case checked, the same article answering.
  if (ctx.answer.kind === 'answer' && ctx.answer.articleId === last.meta.articleId && checksCaseAgainstPassage(askedBefore(ctx, last.seq), last.body, said)) return false;
  if (!said.includes('?') && JUST_CURIOUS.test(said)) return false;
  // "Sorry, I'm a little confused: so I pay the $6.95 or not?": checking what the answer said, which it did cover.
  if (CONFUSED.test(said) && !RESTATES.test(said) && !CORRECTS.test(said)) return false;
  // Taking the answer ("So no return fee at all, great. thanks!") is no complaint about it.
  // (Session 55: unless it presses for what the answer left out, "…fixed the flicker, thx. but lithium AAA batteries, yes or no?";
  // review 2: what was asked before, not a new question put that way, "…thx. but can I take it on a plane, yes or no?"; pressed
  // in other words too, "but lithium AAA: can I or can I not?", "but you still did not say if lithium AAA are ok?".)
  if ((TAKES_ANYWHERE.test(said) || GOOD_TO_KNOW.test(said) || TAKES_REPLY.test(said)) && !RESTATES.test(said) && !CORRECTS.test(said) && !pressesLeftOut(ctx, last, said) && !(sumsUpNoAnswer(said) && !GIVES_UP.test(said))) return false;
  // "not gift cards. two normal visa cards…" corrects what the answer assumed (or "it's not locked, …it's just red", RF): a miss when the KB has nothing else to say.
  if ((correctsAnswer(said, last.body) || setsReplyAside(said, last.body, askedBefore(ctx, last.seq))) && (ctx.answer.kind !== 'answer' || ctx.answer.articleId === last.meta.articleId)) return true;
  // "i mean offline maps, saved on the phone before i go up": the question said again, which the KB cannot answer.
  // (Session 62, RF: "the hydrostatic head in mm I mean, …": the thing meant in words of its own, nothing shared.)
  if (ctx.answer.kind !== 'answer' && (((SAYS_AGAIN.test(said) || SAYS_LIKE.test(said)) && sharedWords(ctx, [last], ctx.current.body) > 0) || namesWhatWasMeant(said))) return true;
  // "not even if I use a forwarding address?" after "we don't deliver to Canada… or to parcel forwarders": checking the
  // no the answer gave, not pressing for what it left out.
  if (/^not even\b/.test(said) && SAYS_NO.test(normalise(last.body))) return false;
  return RESTATES.test(said) || CORRECTS.test(said) || PRESSES_FOR_ANSWER.test(said) || NUDGE.test(said) || TRIED_STILL.test(said) || TRIED_SAME.test(said) || (SOURCE_SILENT.test(said) && !silentOnWhatAnswerSaid(said, last.body)) || BUT_PRESSES.test(said) || NARROWS.test(said) || STILL_THERE.test(said) || pressesLeftOut(ctx, last, said) || triesAgainAfterAnswer(said, last, ctx.answer, ctx.current.body) || (sumsUpNoAnswer(said) && !GIVES_UP.test(said));
}

/** "…thx. but lithium AAA batteries, yes or no?": after taking the answer, a plain answer pressed for on what was asked. */
function pressesLeftOut(ctx: DetectorContext, last: { seq: number; body: string }, said: string): boolean {
  return (said.includes('?') && /\bbut\b/.test(said) && PRESSES_AFTER_THANKS.test(said) && sharedWords(ctx, [last], said.slice(said.lastIndexOf('but'))) > 0) || reasksLeftOut(askedBefore(ctx, last.seq), last.body, said);
}

/** An answer that says the shop does not do something. */
const SAYS_NO = /\b(we )?(dont|do not|cant|cannot|can not|wont|will not|doesnt|does not) (currently |yet )?(deliver|ship|offer|sell|accept|do|have|stock|provide|allow|send|carry)\b|\bnot (available|possible|offered|eligible)\b/;

/**
 * CORRECTION_OPENER, when what is set aside is what the answer spoke of ("not gift cards" after a gift-card passage):
 * "not in a rush, just planning. does it go back to paypal too?" sets aside nothing the bot said.
 */
function correctsAnswer(said: string, reply: string): boolean {
  const m = CORRECTION_OPENER.exec(said);
  if (!m) return false;
  const replied = new Set(contentWords(reply).map(sameSeller));
  return contentWords(m.groups!.aside!).some((w) => replied.has(sameSeller(w)));
}
/**
 * Session 58: "not another store, YOUR store" after a passage on other retailers: a shop by any of its names is the
 * thing the answer spoke of.
 */
const SELLER_WORDS = new Set(['stor', 'shop', 'retailer', 'seller', 'dealer', 'websit', 'site', 'webshop', 'merchant']);
function sameSeller(w: string): string {
  return SELLER_WORDS.has(w) ? 'shop' : w;
}

/** "any rough date though?", "even just the month?", "not even planned for next year?": less of what the answer did not give. */
const NARROWS = /^not even\b(?! sure)|\beven just\b|\b(even a|even an|just a) (rough|ballpark|approximate)\b|\bany (rough|ballpark) (date|idea|estimate|number|figure|timeline|timeframe)\b|\b((dont|do not) want|(im|i am) not (after|asking (for|about)|looking for)) (a|an|the) [^!?]{0,60}\b(i|we) (just|only|simply) want(ed)? to\b/;

/** "Right, but is it stored inside the EU?", "ok but which companies…": the answer taken, and the point pressed. */
const BUT_PRESSES = /^((yes|yeah|yep|right|ok(ay)?|sure|i know|i get (that|it)|understood|fine|i see|sorry)\W+)+(but|though)\b(?!\W+(one more|another|also|i forgot|forgot|quick|btw|by the way|different|unrelated|what about|how about|how long|do you (also )?(have|ship|sell|offer|do)|can i (also )?(pay|order|use|get|buy))\b)/;

/** "not a warranty claim, … i just want to BUY the part": the customer corrects what the reply assumed. */
const CORRECTS = /^(?!(ok(ay)?|good|great|thanks|thank you|cool|fine|perfect|nice)\b).*?\b(i|we) (dont|do not) want to (close|delete|cancel|remove|lose|end|stop|change|return|send back) (anything|it|that|them|the (account|order|whole \w+)|my (account|order|profile))\W+((i|we) )?(just|only|simply)( want( to)?)? [a-z]+|\b(not|isnt|wasnt|arent) (a|an|the|about|asking)\b[^.!?]{0,40}[.!?,;]+\s*(i|we) (just|only|simply) want(ed)? to\b|^(?!(ok(ay)?|good|great|thanks|thank you|cool|fine|perfect|nice)\b).*\b(i|we) (dont|do not) want (to (?!(be a (pain|bother|nuisance)|bother|trouble|take up|waste|nag|be rude|complain)\b)|a |an |the )[^.!?]{0,60}[.!?,;]+\s*(i|we) (just|only|simply) want(ed)?\b(?! to (say|thank|let you know|check you got))|^(theres |there is )?no [^.!?,]{1,30} involved( here)?,? (just|only)\b|\b(thats|that is|which is) (the )?(whole|entire|exact|very|real) (problem|issue)\b|\b(im|i am|we are|were) not (after|asking for|looking for) (a|an|the)\b[^.!?]{0,30}[,.;]\s*(i|we) (just|only) want\b|\bi never said i want(ed)? to\b|\b(i|we) (just|only|simply) want(ed)? to (?!say\b)[^.!?]{0,40}, not (a|an|the|to|about|asking|claim|claiming|return|returning)\b/;
/** The fix was tried and the problem is still there: "already reinstalled. … still closes straight away". */
const TRIED_STILL = /\b(already|tried|reinstalled|restarted|reset|cleared|updated|washed|did that|done that)\b.{0,80}\bstill\s+(doesnt|does not|wont|will not|isnt|is not|not|cant|cannot|closes|closing|crashes|crashing|freezes|freezing|fails|failing|happening|happens|the same|broken|no|nothing|soaks|leaks|leaking|wets|shows|showing|says)\b/;
/** The fix was tried and nothing changed: "Reinstalled, same thing.", "restarted it twice, no difference". */
/**
 * After an answer, the trouble reported as still there ("still happening, every single time", "reinstalled it too. why
 * does it keep logging me out", "still no answer on maps then"): the answer did not fix it.
 */
const STILL_THERE = /^((its|it is|thats|nope|no|hmm|ugh)\W+)?still (happening|the same|doing (it|that|this)|not working|broken|no luck|stuck|crashing|freezing)\b|\b(reinstalled|restarted|rebooted|reset|updated|cleared) (it |the app |everything )?(too|as well|also)\b[^.!?]{0,10}[.!]?\s*(why|how come) (does|is) (it|the app|this) (still |keep(ing)? |keeps )\w+|\b(still|so) no answer (on|about|to|re|for|regarding)\b/;
const TRIED_SAME = /\b(already|tried|reinstalled|restarted|rebooted|reset|cleared|updated|re-?paired|unpaired|did that|done that)\b[^.!?]{0,40}\b(same (thing|problem|issue|error|result|again)|no (change|difference|luck)|nothing changed|didnt (help|work|fix it|change anything)|did not (help|work|fix it|change anything))\b/;
/** The source given does not say, and the customer narrows: "The privacy policy link doesn't say. Specifically: …". */
const SOURCE_SILENT = /\b(nothing|no info\w*|not a word|no mention) (at all )?(on|in) (your|the) (help|faq|support)( (pages?|centre|center|site|articles?))?\b[^.!?]{0,60}\b(then|at all)\b|\b(read|checked|looked at|been through|seen) (the|your) (\w+ ){0,2}(article|page|summary|policy|faq|section|terms|notice)s?\b[^.!?]{0,12}\b(it|which|but it|and it|they|but they) (doesnt|does not|didnt|did not|dont|do not) (really |actually |even )?(say|mention|cover|answer|explain)\b|\b((the|your|that|this) ((privacy|returns?|refund|help|faq|shipping|data protection) )?(article|page|link|policy|faq|help page|answer|statement|notice)( you (linked|sent|gave( me)?))?|(privacy|returns?|refund) policy( link| page)?|(the |your )?(privacy|returns?|refund|shipping|data protection|help) (page|bit|part|section)) ((doesnt|does not|didnt|did not) (really |actually |even )?(say|mention|tell|cover|answer|explain)|says nothing|said nothing)\b|\b(it|that|this|the article|the page) (doesnt|does not|didnt|did not) (really |actually |even )?(say|mention|tell (me|us)) (where|which|what|how|when|whether|if|who)\b|(^|[.!?:]\s*)(more )?specifically\b|\bto be (more )?specific\b|\b(the|your|that|this) (\w+ ){0,2}(article|page|answer|section|passage|bit|part|link)( you (linked|sent|gave( me)?))? (only|just) (talks|covers|mentions|deals|goes on) (about|with)\b(?![^.!?]{0,60}\b(which is|thats (what|me|mine)|that is (what|me|mine)|is me|is mine|mine is|the one i have|fine|ok|okay|good|great|perfect|exactly|so|right|anyway|as well|too|im in|i am in)\b)/;

/**
 * Asking for the answer the reply did not give: "so is that a no or you just don't know?", "yes or no?".
 * (Review of session 55: "nobody can confirm" taken in the same breath presses for nothing, "ok so no one can say for sure.
 * fair enough, i'll test it myself", "nobody can check? fine. ill buy the 400 then".)
 */
const PRESSES_FOR_ANSWER = /\b(is that a (no|yes)|(just|only|all (i|we)) (want|need|ask for|asking for|after|looking for)( is)? a (clear|straight|simple|direct|proper|definite|definitive) (answer|yes or no|reply)|(so )?(yes|yeah) or no|(can|do|does|will|is) (i|you|it|there) or (not|cant|dont|doesnt|wont|isnt)\b|or (do )?you (just )?(dont|not) know|(nobody|no one) (there |here )?(knows|can (tell me|confirm|say|check|answer))(?![^]{0,80}\b(fair enough|no worries|no problem|(thats|that is|its) (fine|ok|okay)|fine|all good|ill (just )?(test|check|try|find|ask|see|look|buy|wait|figure|call|email|pop|go|drop))\b)|(nobody|no one) (sells|stocks|offers|does|has) (it|them|that|one|those)\b|^so (no|nothing|there(s| is) (just |really |actually |simply )?no)\b[^?]*\b(at all|anywhere)\b|\bis there (really |actually |just |simply )?no way\b|\bor not\s*\?|\b(is|can|do|does|will) (it|i|you|they|this|that) [^.!?]{0,30} or not\W*$|^((ok(ay)?|right|hmm|so)\W+)*so (theres|there is) (just |really |actually |simply |literally )?no way\b|^((ok(ay)?|right|hmm|alright)\W+)*so (theres|there is|there are|you have) (just |really |actually |simply )?no\b[^.?!]{0,40}\b(you can (give|tell|share|offer)|at all|anywhere|whatsoever)\b|^((ok(ay)?|right|hmm)\W+)?so what do (i|we) do (now|then|without)\b|\bhow else (do|can|could|should|would) (i|we)\b|\b(there|theres) (must|has to|have to|got to|gotta) be (some|a|another|an other|any) (way|option|process|procedure|route)\b|\bsurely (there(s| is) |you (have|must have|can) )?(some|a|another|an other|any)( other)? (way|option|process|procedure)\b|\b(is there|are there|any) (some |an |any )?other (way|option|ways|options)\b|(^|[.!?]\s+)(so,? )?(is|are|can|could|do|does|did|will|would|should|am|was|were|has|have)\b[^.!?]*\bor not\W*$|\b(you )?(cant|cannot|can not) tell me\b|\bnot even (for|if|with|when)\b)/;
/** A bare nudge after an answer: "hello??", "well??", "anyone?". */
const NUDGE = /^\W*(hello+|helo|hallo|hola|well|anyone|anybody|so)\W*\?+\W*$/;

/**
 * "Not to worry, I'll wrap it myself. How long does delivery to Manchester take?": the failed question let go in a
 * sentence of its own, often saying what they will do instead (with the failed question's words: "wrap"), then
 * something new asked. The words of that first sentence are no second attempt.
 */
const LETS_GO = /^\W*(?:(?:oh|ah|ok(?:ay)?|right|well|alright)\W+)*(?:not to worry|no worries|never ?mind|no matter|fair enough|no problem|no bother|thats (?:fine|ok(?:ay)?|a shame|a pity)|shame|pity|oh well|ah well)\b[^.!?]*[.!]+\s+(?=\S)/;
/**
 * Session 58: the failed question set aside by name, then another asked ("hmm actually forget the tent for a sec, how
 * long does shipping to italy take"): the thing named is no second attempt.
 */
const SETS_LAST_ASIDE = new RegExp(String.raw`^\W*${SET_ASIDE_BY_NAME}\s*[.!,:;-]+\s*(?=(?:how|what|when|where|which|who|why|can|could|do|does|is|are|will|would|should|and)\b)`);
function afterLettingGo(body: string): string | null {
  const text = normalise(body);
  const m = LETS_GO.exec(text) ?? SETS_LAST_ASIDE.exec(text);
  return m ? text.slice(m[0].length) : null;
}

/**
 * Right after the bot said it could not answer, the customer asks the same thing in other words ("do you do tent
 * repairs?" … "can I send it to you for a paid repair?"): another attempt at the failed question, even when some
 * passage now shares words with it.
 */
function rephrasesMiss(ctx: DetectorContext, said: string): boolean {
  const lastBot = lastBotReply(ctx.transcript, ctx.current.seq);
  if (!lastBot || lastBot.meta.kind !== 'unknown') return false;
  // "I know how to wash it, thanks - I'm asking whether YOU do it as a service": saying so is asking again.
  // "I've read the privacy summary, it doesn't say. Is my data stored outside the EU?": what they read is silent, asked again.
  // (Not when it lets that go for another question: "…doesn't mention Norway but that's fine. Different question: …".)
  if (ASKING_AGAIN.test(said) || CORRECTS.test(said) || pressesAfterMiss(said) || sameNeedAfterMiss(said, ctx.answer.kind === 'answer' && ctx.answer.articleId === lastBot.meta.articleId) || (SOURCE_SILENT.test(said) && said.includes('?') && !MOVES_ON.test(said))) return true;
  // Taking a reply ("so the 20th counts. sweet ty", "makes sense. and…") is no second attempt.
  if ((CLOSING.test(said) && !INSISTS.test(said.replace(NO_TROUBLE, ' '))) || ((TAKES_IT.test(said) || ACCEPTS.test(said) || TAKES_ANYWHERE.test(said)) && !presses(said))) return false;
  // "want to send back just the lamp" … "do i get the shipping back too?": asks for one more thing, which the KB answers.
  if (ctx.answer.kind === 'answer' && ADDS_ONE_MORE.test(said)) return false;
  // "Do you ship tents to Norway?" … "How long is the return window for tents?": a new question on a nearby topic.
  // One word in common is a nearby topic when the KB answers the new question with confidence from another article
  // than the one the miss showed ("Shall I have to pay postage again on the second one?" after adding to an order it
  // could not): two make it the same question. (The article that did not help, now "sure" of a narrower question, is
  // the same gap: "just the single shock-corded section?" after the tent-care passage.)
  const confident = ctx.answer.kind === 'answer' && lastBot.meta.articleId !== undefined && ctx.answer.articleId !== lastBot.meta.articleId && !presses(said) && !SETS_ASIDE.test(said) && !MEANT.test(said);
  const rest = afterLettingGo(ctx.current.body);
  if (rest !== null && !presses(rest)) return sharedWords(ctx, [lastBot], rest) >= 2;
  return sharedWords(ctx, [lastBot], ctx.current.body) >= (confident || /^(how|what|when|where|which|who|why)\b/.test(said) ? 2 : 1);
}

/** "The price match isn't really it. I mean handing my old watch in…": saying what was meant. */
const MEANT = /(^|[.,;:!?]\s*)i mean\b|\b(isnt|is not|wasnt|was not) (really |quite )?(it|what i (meant|asked|want|wanted))\b/;

/** A question that adds to the last one: "…too?", "…as well?". */
const ADDS_ONE_MORE = /\b(too|as well)\W*$/;

/** Letting what was not found go for another question: "…but that's fine. Different question: …". */
const MOVES_ON = /\b(different|another|other|separate|unrelated) (question|thing|topic)\b|\b(thats|that is|its) (fine|ok|okay)\b/;

/** Saying outright that this is the same question: "I'm asking whether YOU do it", "that's not what I asked". */
const ASKING_AGAIN = /\b(i(m| am) (only |just )?asking (if|whether|about|for|you)|not what i (asked|meant)|my question (is|was)|i meant)\b/;

/** Taking the passage a "not sure, but closest" reply showed: "I'll try that.", "Fair enough.", "ok so I just swap it, got it". */
const TAKES_HEDGE = /^(?:(?:yeah|yep|yes|hmm+|right|haha+|lol|ah+|oh+|ooh)\W+)?(so\b[^.!?]{0,60}\b(basically|then|right)\W*\?\W*(thx|thanks|thank you|cheers|ta|ty)\W*$|(ok(ay)?|(ah|oh),? (ok(ay)?|i see|right|pity|shame|what a (pity|shame))|right|fair enough|got it|gotcha|got ya|gotya|i see|makes sense|thanks|thank you|cool|great|perfect|nice|brilliant|lovely|excellent|wonderful|super|understood|noted|pity|shame|what a (pity|shame)|good|alright|all right|sounds good)\b(?!\W*(but|so (no|what|why|is|are|do|does|can|where|who|how))\b)(?![^.!?]*\b(nothing to do with|useless|not what)\b)|^(done|did it|did that|worked|that worked|it worked|sorted)\b(?![^.!?]*\b(already|still|but|not|didnt|doesnt|wont|cant|again)\b)|\b(ill|i will|will|let me) (try|give) (that|it|this|those|them)\b|\b(that|this) (helps|helped|makes sense)\b|\bgot it\b)/;
/**
 * Session 56: taking it without the words of taking it — a plan ("ok I'll check again next week", "he'll ring next week"),
 * thanks with nothing wrong before it ("not today… thanks!"), or the procedure checked ("so i wait for the tracking
 * email and then change it through dhl?"). Its own guards stand in for `presses`, which reads any "not" or "again".
 */
// (Review 2 of session 56: not leaving, "ok I'll just go somewhere else then", nor a plan said in a temper, "…but this is
// ridiculous"; not thanks for no answer, "ok so no answer then, thanks", "unhelpful, thanks"; not a procedure put back in
// disbelief, "so I just wait forever?", "so I pay twice?".)
export const TAKES_HEDGE_PLAN = /^(?:[^?]*\b(?:ill|i will|hell|he will|shell|she will|well|we will|theyll|they will) (?:just )?(?:check|wait|look|ring|call|phone|try|give it|email|contact|order|go|do that|pop in|drop by)\b(?! (?:somewhere|someplace|elsewhere|to (?:amazon|a competitor|another)))(?![^?]*\b(?:still|nothing|didnt|doesnt|wont|cant|no luck|broken|wrong|ridiculous|useless|joke|unacceptable|pathetic|elsewhere|somewhere else)\b)[^?]*$|[^?]*\b(?:thanks|thank you|thx|cheers|ta)\W*$(?<!\b(?:still|again|nothing|didnt|doesnt|wont|cant|no luck|broken|wrong|useless|unhelpful|no answer|not (?:working|helpful|what|it|the|really|much))\b[^?]*)|(?:[^.!?]*[.!]\s*)?so (?:i|we|he|she|they) (?:just )?(?:wait|do|send|change|use|contact|call|email|go|fill|click|take|bring|pay|order|update|redirect|ask|book|re-?enter)\b(?![^?]*\b(?:twice|forever|for ever|another|again|even longer|for nothing|for your|for (?:the|a) (?:second|third))\b)[^?]*\?\s*$)/;

/** A hedged reply (the closest passage, "not sure") the customer's next message took as the answer: no miss. */
function hedgeTaken(ctx: DetectorContext, reply: { seq: number; body: string; meta: { articleId?: string } }): boolean {
  if (!reply.meta.articleId) return false;
  const next = ctx.transcript.find((e) => e.authorType === 'visitor' && e.seq > reply.seq);
  if (!next) return false;
  const said = withoutConcession(normalise(next.body).trim());
  return (TAKES_HEDGE.test(said) && !presses(said)) || TAKES_HEDGE_PLAN.test(said) || takenAfterEcho(said, (rest) => (TAKES_IT.test(rest) || TAKES_HEDGE.test(rest) || TAKES_HEDGE_PLAN.test(rest)) && !presses(rest)) || getsOnWithIt(said) || didPassageStep(said, reply.body) || buildsOnPassage(askedBefore(ctx, reply.seq), reply.body, next.body) || checksCaseAgainstPassage(askedBefore(ctx, reply.seq), reply.body, said) || pleadsAgainstLimit(reply.body, said);
}

/** Saying the passage is beside the point: "I know the warranty covers defects, but…", "that's not it". */
const SETS_ASIDE = /\b(i (have |had |already |did )*(know|read|seen|saw|understand|understood) (that|the|it|about|how|what|this)|(thats|that is|its|it is) not (it|that|what|the point)|not what i|i (didnt|did not) ask|beside the point|doesnt (help|apply)|does not (help|apply)|not relevant|(theres|there is|i see|i found|i get) nothing (under|in|on|there|like that)|(theres|there is|there are) no \w+( \w+)? (under|in|on|at)\b|even just|(did|done|tried) (that|this|it|those|all that) already|already (did|done|tried)|(didnt|did not|doesnt|does not) work|not working)\b/;
/** "…still locked", "still the same": whatever the passage said, it did not do it. */
const STILL_STUCK = /\bstill (locked|not|no|the same|broken|doesnt|wont|cant|nothing|happening|there|says|shows)\b/;
/** Taking what was said, in any of its forms: "That's good news.", "15 minutes, okay.", "That is a pity." */
const UPTAKE = /\b(ok(ay)?|good|great|fine|right|thanks|thank you|understood|i see|good news|pity|shame|fair enough|makes sense|got it|lovely|wonderful|excellent|perfect|noted|will do|found (it|the)|changed it|worked)\b/;

/**
 * The customer's next message picks up what a hedged passage brought in, words their own question did not have
 * ("15 minutes, okay, I'll make a coffee and try once more" after "the account locks for 15 minutes"; "and the
 * parcel goes back with a prepaid label, you say…"): they read it and build on it, so it answered. E-mail-style
 * customers were handed off here, their next question counted as a second failure. Not when they set it aside or
 * say it missed ("I know the warranty covers defects, but…").
 */
export function buildsOnPassage(question: string, passage: string, next: string): boolean {
  const said = normalise(next);
  if (SETS_ASIDE.test(said) || RESTATES.test(said) || CORRECTS.test(said) || PRESSES_FOR_ANSWER.test(said) || ASKING_AGAIN.test(said) || SOURCE_SILENT.test(said) || WANTS_IT.test(said) || FALLS_BACK.test(said) || TRIED_STILL.test(said) || TRIED_SAME.test(said) || STILL_STUCK.test(said)) return false;
  const asked = new Set(keyWords(question));
  const brought = new Set(keyWords(passageOnly(passage)).filter((w) => !asked.has(w)));
  const pickedWords = new Set(keyWords(next).filter((w) => brought.has(w)));
  // "It's not flickering or dim, it flashes red": the passage's words, denied.
  const denied = [...said.matchAll(/(?<!\b(?:if|or|whether) )\b(?:not|no|isnt|arent|never|doesnt|didnt|cant|wont|dont)\s+(?!(?:only|sure)\b)([^,.;:!?]{0,40})/g)].flatMap((m) => keyWords(m[1]!));
  if (denied.some((w) => pickedWords.has(w))) return false;
  const picked = pickedWords.size;
  // Two words with a sign of taking it ("15 minutes, okay"), three without ("reset email came, link valid 30 min,
  // clicking now"); one is often a topic both share by chance, and two alone is how narrowing looks ("just the
  // shock-corded section?").
  return picked >= (UPTAKE.test(said) ? 2 : 3);
}

/** Words that ask, want or press: a message with none of them and no "?" only tells. */
const ASKS_SOMETHING = /\b(like|wish|im after|interested|keen|hoping|prefer|rather|urgent|asap|already|said|read|circles|again|same|how|what|when|where|why|which|who|whats|wheres|hows|whens|whos|can|could|would|will|should|do|does|did|is there|are there|any|anything|anyone|someone|please|pls|plz|need|needs|want|wants|help|tell|know|wonder\w*|curious|looking for|possible|able|ok|okay|thanks|thank you)\b/;

/** Saying the question again in other words: "I mean outdoor chairs…", "like i send my old one in…". */
const CLARIFIES = /^\W*((no|sorry|so|ok)\W+)?(i mean|i meant|like|as in|meaning|basically|in other words|what i mean|specifically)\b/;

/**
 * When, where, how much: "since the update last night", "got it yesterday", "im in new york", "the lumen 400, $39". A
 * statement without one is more often the question in other words ("crypto payments via coinbase" after bitcoin).
 */
const CIRCUMSTANCE = /\b(since|yesterday|today|tonight|last (night|week|month|year|time)|this (morning|afternoon|evening|week)|ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(im|i am|were|we are|i live|we live|based) in|shipped|arrived|delivered|got (it|them))\b|[$€£]\s?\d|\d[\d.,]{0,24} ?(am|pm|days?|weeks?|hours?|minutes?|mins?|eur|euros?|usd|dollars?)\b/;

/** A short statement that asks, wants, presses and reports nothing wrong: a detail, not a question. */
function addsDetail(said: string): boolean {
  const n = words(said).length;
  return !said.includes('?') && n >= 3 && n <= 10 && CIRCUMSTANCE.test(said) && !CLARIFIES.test(said) && !STILL_A_PROBLEM.test(said) && !ASKS_SOMETHING.test(said) && !INSIST_WORDS.test(said) && !presses(said);
}

/** Ending on letting it go: "…figured", "…worth a try haha", "…fair enough", "…thanks anyway". */
const GIVES_UP = /\b(figured( as much)?|figures|thought (as much|so)|worth a (shot|try|go|ask)|oh well|ah well|fair enough|no worries|never ?mind|thanks|thank you|cheers|thx|ty)( anyway)?(\W+(haha|lol|ha|then|anyway|though))*\W*$/;

export function detectRepeatedFailure(ctx: DetectorContext): DetectorResult | null {
  // A message in a language the team speaks and the KB does not: the KB could not even read it, so it is no
  // attempt at an unanswerable question. The language trigger hands it to someone who can.
  // (Session 50: unless it says outright that it asks the failed question again, "me refiero a envolverlo para regalo…
  // ¿lo hacéis o no?", right after the bot could not answer it: the attempt came first, the language with it.)
  if (detectLanguageSwitch(ctx) && !(SAYS_AGAIN_ES_DE.test(normalise(ctx.current.body)) && lastBotReply(ctx.transcript, ctx.current.seq)?.meta.kind === 'unknown')) return null;
  // "NW-604417" after an answer gives what the customer thinks is needed: no attempt at the question.
  if (onlyDetails(ctx.current.body)) return null;
  const said = withoutConcession(normalise(ctx.current.body).trim()).replace(OWN_ENGLISH, ' ').trim();
  // "my English is not perfect, sorry" and nothing else: no attempt at anything.
  if (!said.replace(/\W/g, '')) return null;
  // "…is the Trailsense covered by the warranty? Do you have a trade-in program?" answered on the warranty, then "On the
  // trade-in, … do you take old watches back in any form?": the question the answer left open, asked again.
  if (ctx.openQuestion !== undefined && ctx.answer.kind !== 'answer' && said.includes('?') && sharesTopic(ctx.openQuestion, ctx.current.body)) {
    return { trigger: 'repeated_failure', confidence: 0.7, reason: 'The help articles answered one question and had nothing on the other; the customer asks it again', evidenceSeq: ctx.current.seq };
  }
  // Session 57: "figured as much. new phone it is then": the answer taken, and a plan made of it.
  if (!said.includes('?') && /^(figured|figures|thought|knew it)\b[^.!?,;]*[.!,;]\s*\w+( \w+){0,2} it is( then)?\W*$|^\w+( \w+){0,2} it is then\W*$/.test(said) && !INSIST_WORDS.test(said)) return null;
  if (answerMissed(ctx, said)) {
    return { trigger: 'repeated_failure', confidence: 0.75, reason: 'The help article given did not answer; the customer asks again', evidenceSeq: ctx.current.seq, ...asideHint(ctx) };
  }
  // Session 60: "ok so no rental at all? what about a used one…?" right after a miss: the need narrowed, unless the KB answers it from another article.
  const missed = lastBotReply(ctx.transcript, ctx.current.seq);
  if (missed?.meta.kind === 'unknown' && (ctx.answer.kind !== 'answer' || ctx.answer.articleId === missed.meta.articleId) && asksAlternativeAfterNo(said, (rest) => sharedWords(ctx, [missed], rest) > 0)) return { trigger: 'repeated_failure', confidence: 0.75, reason: 'The help articles had no answer; the customer checks the no and asks for something close instead', evidenceSeq: ctx.current.seq };
  if (ctx.answer.kind !== 'unknown' && !rephrasesMiss(ctx, said)) return null;
  // ("ok so nobody knows if the store takes trade-ins": opened like a closing, pressing for the answer.)
  // (Not when it ends by giving up: "lol ok so nobody knows. figured", "ok so nobody knows, worth a try haha".)
  if (CLOSING.test(said) && !INSISTS.test(said.replace(NO_TROUBLE, ' ')) && (!PRESSES_FOR_ANSWER.test(said) || GIVES_UP.test(said))) return null;
  // "Oh nice, didn't know that existed. Danke!": no question, signing off.
  if (SIGNS_OFF.test(said) && !said.includes('?') && !presses(said) && !INSISTS_NEED.test(said)) return null;
  const afterLastQuestion = said.slice(said.lastIndexOf('?') + 1);
  if (SIGNS_OFF.test(said) && ACCEPTS.test(afterLastQuestion) && !INSIST_WORDS.test(said)) return null;
  // "cool, it's on the desk not the bed so we're good 👍": the passage taken, whatever words it took to say so.
  if (!said.includes('?') && (SAYS_GOOD.test(said) || (SO_ITS_NORMAL.test(said) && !/\b(but|still|again)\b/.test(said)))) return null;
  // "Kiitos, that's clear!", "Good. See you Sunday then.", "sound": no question, taking it and leaving.
  if (!said.includes('?') && LEAVES.test(said) && !presses(said) && !INSISTS_NEED.test(said)) return null;
  // "nice, nothing's wrong with it, I just wanted to know 🙂": a closing, not the question restated.
  if (!said.includes('?') && JUST_CURIOUS.test(said)) return null;
  // Session 50: "bummer but ok" (read without its conceding "but"), "meh fine": a no taken in a few words; "…not a sale.
  // ill do the form, thanks": what they will do now, and thanks.
  if (!said.includes('?') && ((words(said).length <= 5 && ACCEPTS.test(said) && !INSIST_WORDS.test(said.replace(NO_TROUBLE, ' '))) || WILL_DO_THANKS.test(said))) return null;
  // Session 59: "bit annoying but fine, doing it now before the hour's up": the step taken, nothing asked again.
  if (getsOnWithIt(said)) return null;
  // Session 62 (RF): "ah that's annoying but fair, I'll buy one locally then": the no granted, a plan of their own.
  if (grantsTheNo(normalise(ctx.current.body), (s) => INSIST_WORDS.test(withoutConcession(s).replace(NO_TROUBLE, ' ')) || TAKEN_BITTERLY.test(s))) return null;
  // "neighbour had it 🙃 sorry!", "never mind, it turned up": it sorted itself out, nothing asked again.
  if (!said.includes('?') && SORTED_ITSELF.test(said) && !presses(said) && said.split(/\s+/).length <= 10 && !STILL_A_PROBLEM.test(said)) return null;
  // "ohh wait it's free? ok never mind im chill now lol": whatever was asked, the last word drops it.
  if (DROPS_IT.test(afterLastQuestion) && !presses(afterLastQuestion)) return null;
  // Earlier bot replies to this customer that admitted not knowing.
  // (Session 49: an answer on the very thing the customer had just said it is not, "it's not flickering" then the
  // flickering passage, missed as surely as an "I don't know".)
  const misses = ctx.transcript.filter((e) => e.authorType === 'bot' && e.seq < ctx.current.seq && ((e.meta.kind === 'unknown' && !hedgeTaken(ctx, e)) || (e.meta.kind === 'answer' && answersWhatWasDenied(askedBefore(ctx, e.seq), e.body))));
  if (misses.length === 0 || !botHasReplied(ctx.transcript, ctx.current.seq)) return null;
  // "pace 5 stuck on the logo screen" … "since the update last night", "got it yesterday", "the lumen 400, $39": a
  // detail added to the question the bot could not answer, not another attempt at it (nothing asked or pressed, and
  // no word of the question said again). Chat-style customers write a question over several messages.
  // Only in that style: a short question missed just before, the first miss; after a long message or a second miss, a
  // short remark is more often the customer giving up on the bot ("firmware is up to date btw", "he's 9. it's gone a bit
  // blistery"), which other detectors may not have read.
  const lastBot = lastBotReply(ctx.transcript, ctx.current.seq);
  if (lastBot?.meta.kind === 'unknown' && misses.length === 1 && words(askedBefore(ctx, lastBot.seq)).length <= 12 && addsDetail(said) && sharedWords(ctx, [lastBot], ctx.current.body) === 0) return null;
  // A confused check of what it was told ("wait sorry, so there's no shipping fee at all?") or a no taken ("Ok so no
  // express.") before the next question is not the failed question again, unless it still demands the answer
  // ("Sorry, so can I return them or not?", "so no engraving. why not?").
  if ((CONFUSED.test(said) || ACCEPTS_NO.test(said)) && !PRESSES_FOR_ANSWER.test(said) && !DEMANDS.test(said)) return null;
  // Taking the last reply and asking something else ("cool. and the sauna after?", "Good to know, thanks.", "it's
  // steady now. Is there…") is a new question unless it shares the failed question's words; after "and…" one word in
  // common ("And the Berlin shop is open on Saturdays?" after collecting at the shop) is a topic nearby, not a repeat.
  // "cotton bud + a bit of scrubbing and it's rock solid now", "took maybe 4 minutes but it's locked on now", "re-added it
  // in the app and it's back to normal": the trouble reported gone, nothing asked after it.
  const gone = RESOLVED_NOW.exec(said);
  if (gone && !said.includes('?') && !/\b(but|still|again|except|until|however|before|since|used to)\b/.test(said.slice(gone.index + gone[0].length)) && !/\b(was|used to be|before)\b[^.!?]{0,10}$/.test(said.slice(0, gone.index))) return null;
  // "ok, warm them up in my jacket first and charge on something hard… got it": the instruction taken back in their words;
  // "so if i track 8h a day for 10 days, that's not going to last. good to know": the conclusion drawn and taken.
  // (Session 52: "didn't know saunas were a no. lesson learned", "slightly annoying i have to do it myself but whatever".)
  if (!said.includes('?') && /\b(got it|understood|will do|noted|makes sense|good to know|fair enough|lesson learned|live and learn|but whatever|oh well|my (own )?fault|my bad|no big deal|not a big deal|no biggie)\W*$/.test(said) && !/\b(still|doesnt|didnt|wont|cant|broken|again|same|no (change|difference|luck))\b/.test(said) && !ASKED_IS_NO_BIG_DEAL.test(said)) return null;
  const rest = afterLettingGo(ctx.current.body);
  const takes = TAKES_IT.test(said) || NEW_QUESTION.test(said) || GOOD_TO_KNOW.test(said) || ACK_SENTENCE.test(said) || SOLVED.test(said) || rest !== null;
  if (takes && !presses(rest ?? said)) {
    const shared = sharedWords(ctx, misses, rest ?? ctx.current.body);
    if (shared === 0 || (NEW_QUESTION.test(said) && shared < 2)) return null;
  }
  return {
    trigger: 'repeated_failure',
    confidence: Math.min(0.95, 0.7 + 0.1 * misses.length),
    reason: `The help articles had no answer ${misses.length + 1} times`,
    evidenceSeq: ctx.current.seq,
  };
}
