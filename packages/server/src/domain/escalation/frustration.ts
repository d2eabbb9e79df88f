/**
 * Frustration: clear negative emotion towards the service, the bot or the
 * situation. Signals are scored and summed; one strong signal (an insult, rejecting
 * the bot's answer, sarcasm about a problem, a threat to leave, the same message
 * sent again) is enough once the bot has had a chance to help. On the very first
 * message only an outright hostile opener counts: an all-caps question is someone
 * in a hurry, not yet someone the bot has failed.
 */
import { detectSmallTalk } from '../bot/smallTalk.js';
import { onlyDetails } from '../bot/notYetAsked.js';
import { normalise } from '../bot/text.js';
import type { TranscriptEntry } from '../pipelineTypes.js';
import { botHasReplied, customerMessages, lastBotReply, type DetectorContext, type DetectorResult } from './types.js';
import { ANOTHER_HOOP, CHORE_AGAIN, CORRECTS_BOT, INSULTS, MEDIUM, PLEASED, SERVICE_AS_ALWAYS, SIGNALS, STRESSED_WORD, STRONG, TAKES_THEN_ASKS_MORE, THUMBS_UP_LET_DOWN, type Signal } from './frustrationSignals.js';
import { namedShop } from '../site/siteNames.js';
import { unfitForUse, withoutOthersBlamed, withoutOwnTelling } from './blameTarget.js';
import { echoesReply, quotesReply, repeatsReplyWords } from './replyEcho.js';
import { mildNoThenAsks, verdictSignals } from './frustrationVerdicts.js';
import { calmSecondAttempt, hostileOpenerWithFacts, LONE_EXASPERATION, SHOUTED_CLOSE, withoutCodeLists } from './frustrationOpener.js';

/** "Do you people read your own rules?", "do you guys even listen": the bot and shop addressed as "you people". */
const YOU_PEOPLE_READ = /\bdo (you|u) (people|guys|lot) (even |actually |ever |just )?(read|listen|check|look|ignore|not care)\b/;
/** "How marvellous." after "I can't use them": praise of a let-down, unless they thank. */
const HOW_PRAISE = /\bhow (marvell?ous|wonderful|lovely|delightful|charming|convenient|nice|generous|helpful)\s*(?:[.!]|$)/;
const VERDICT_PRAISE = /(^|[.!?]\s+)(just |how |simply |truly |absolutely )?(marvell?ous|genius|splendid|fantastic|brilliant|superb|terrific|wonderful)(\s*\.+)?\s*$/;
/** What the shop will not do, said back to it: "you can't do", "instead I get to wait". ("I didn't know that" is news.) */
const SHOP_REFUSES = /\byou (cant|cannot|can not|wont|will not|dont|do not|refuse to)\b|\binstead i (get|have) to\b/;
/** "and your answer is wait longer?", "so your solution is for me to…": the reply restated to be rejected. */
const DRY_PRAISE = /\b((really|truly|genuinely|very|most|so|hugely) impressive( service| stuff| work| system| support)?(?=\s*(?:[.!,]|$))|how (very|wonderfully|terribly|awfully|marvell?ously|delightfully) (efficient|reassuring|comforting|helpful|convenient|thoughtful|useful|considerate|professional)\b|(brilliant|great|fantastic|genius|wonderful|marvell?ous|excellent|superb|clever|smart) (system|process|policy|setup|logic|approach)(?=\s*(?:[.!]|$))|(really |very |so |how |truly )?well thought[- ]out(?=\s*(?:[.!]|$))|(useful|helpful|thanks|thank you)\W+as if (i|we) (did not|didnt|had not|hadnt|have not|havent|could not|couldnt|cannot|cant)\b|(fantastic|great|brilliant|wonderful|perfect|lovely|excellent)\W+(thank you|thanks)( so much| very much)? for respecting (my|our) (choice|wishes|decision|privacy|consent|request)\b|(appreciate|admire|love|impressed by) (the|your|such) (consistency|persistence|repetition)|with (impressive|remarkable|admirable|commendable|such) (consistency|persistence|regularity)|(i find (it|that|this)|its|it is|thats|that is) (very |so |most |quite |oddly |strangely |really )?(soothing|relaxing|calming|therapeutic)|(oh|ah) (great|perfect|brilliant|wonderful|fantastic|lovely|super),? (another|more|the same|\w+ (it|that) again)|congratulations on (building|creating|making|designing|managing)|the gift that keeps (on )?giving|(ive|i have) (got )?all (day|evening|night|week)( long)?(?=\s*(?:[.!,]|$)))/;
/** What went wrong, said beside the praise (not "already", "never", "can't believe": sincere praise uses those too). */
const WENT_WRONG = /\b(failed|again|still (nothing|no|not|waiting|the same|locked|broken)|not (one|a single)|no (reply|answer|response|word)|in a row|since then|more emails|myself|for the privilege|one more time|once more|(a|for the) (second|third|fourth) time|up to \d+|expired|ten times|(\d+|two|three|four|five|six) (days|weeks|emails|links) (now|in|and)|on hold|as if|(i am|im) (to|supposed to|expected to) wait)\b/;
const YOUR_ANSWER_IS = /\b(and|so|then) your (answer|solution|advice|suggestion|idea|reply|fix) is\b/;
/** "Great product, great support." closing a message, or "exactly what I needed to hear". */
const CLOSING_PRAISE = /\b(great|fantastic|brilliant|wonderful|excellent|superb|top|stellar|amazing) (product|service|support|customer service|company|shop)s?,? (and )?(great|fantastic|brilliant|wonderful|excellent|superb|top|stellar|amazing) (product|service|support|customer service|company|shop)s?\W*$|\bexactly what i (needed|wanted) to hear\b/;
const CLASSY = /(^|[.!?]\s*)(real |really |very |how |so |oh so )?classy(\W*$|[.!])|\bclassy move\b/;
/** "…a nineteen-year-old gets 15% off while I don't. Charming.": a one-word verdict after a grievance. */
const CHARMING = /[.!?]\s+(how |very |oh so |just |simply )?charming\s*([.!]+|$)/;
/** What the shop kept doing or failed to do: "three months of emails after deleting everything". */
const IGNORED = /\b(after|still|again|months?|weeks?|deleted|ignored|charged|wrong)\b/;
const LET_DOWN = /\b((cant|cannot|can not)(?! wait\b)|wont|will not|doesnt|does not|didnt|not allowed|no way|never)\b/;
/** "that's rather mean", "I don't like to make a fuss, but": a polite complaint about how they are treated. */
const POLITE_COMPLAINT = /\b((thats|that is|its|it is|which is|i find that) (rather |quite |a bit |really |very |most |terribly |frankly )?(mean|unfair|stingy|petty|unreasonable|unacceptable|disgraceful|shabby|cheeky|tiresome|poor form)\b|i (dont|do not) like to (make a fuss|complain)\b|((im|i am) not (terribly |very |at all |remotely |particularly |exactly |too |overly )?|\bnot (terribly|very|remotely|particularly|overly) )impressed\b(?! (with|by) (my|the|his|her) (old|previous|last|other|own)\b)|(das ist|das finde ich|ich finde das) (\w+ )?enttauschend|(es|esto es|me parece) (muy |bastante |realmente )?decepcionante)/;


/** "I'm done with Northwind.": a name as typed (capitalised), so "done with payment, when will it ship?" is progress. */
const DONE_WITH_NAME = /\b(?:[Ii]['’]?m|[Ii] am) (?:so |just |totally |completely )?done with (?!(?:Step|Part|Page|Section|Stage)\b)[A-Z][\p{L}&'’-]+(?:\s+[A-Z][\p{L}&'’-]+)?(?=\s*(?:[.!,;]|$))/u;

/** "i'm done with northwind", "I'M DONE WITH NORTHWIND": the shop by its own name (first word of it), any case. */
// ("…than knock $50 off. done with northwind honestly": the sentence may start with it.)
const DONE_WITH_SHOP = /\b(?:im|i am|were|we are) (?:so |just |totally |completely |honestly )?done with <shop>\b|(?:^|[.!?]\s*)(?:so |just |totally |completely |honestly )?done with <shop>(?: gear)?(?=\s*(?:[,.!;]|honestly|$))/;
function doneWithShop(normalised: string, shopName: string): boolean {
  // (`<shop>` of "The Lamp Store" is "the lamp store" or "lamp": "done with the …" is no shop's name.)
  return namedShop(DONE_WITH_SHOP, shopName).test(normalised);
}

/** Sarcasm: praise words used about a problem ("fantastic. really great.", "amazing service, really", "love that for me"). */
const PRAISE = /(?<!\b(would be|that would be|thatd be|it would be|itd be|will be|that will be) )\b(fantastic|brilliant|great|amazing|wonderful|lovely|perfect|awesome|excellent|superb|marvell?ous|super helpful|very helpful|so helpful|really helpful|super useful|very useful|so useful|really useful|thanks a lot|thanks for nothing|love that|love it|just great|great job|well done|nice one|genial|fantastico|perfecto|toll|super|klasse|prima)\b(?:[\s,]+(?:service|job|work|help|support|stuff|system|process|policy|company|shop|store|deal|really|thanks|then|as always|as usual|guys|folks|team))*\s*(?:[.!,]|$|\p{Extended_Pictographic})/u;
/** Sarcasm that needs no problem beside it: said to a support bot, these are never praise. */
const SARCASM_ALONE = /\b(love that for me|thanks for nothing|cheers for nothing|(thank you|thanks)( (so|very) much)? for nothing|thanks for wasting my (time|lunch|lunch break|morning|afternoon|evening|day|weekend)|danke fur (gar )?nichts|gracias por nada|((well|oh|ah),? how|how very) (reassuring|convenient|clever)(?=\s*(?:[.]|$|\p{Extended_Pictographic}))|how (very )?helpful(?=\s*(?:[.!,]|$|\p{Extended_Pictographic}))|great help as always|brilliant help|very helpful,? thanks a lot|(super|so|very|really) helpful,? (not|lol|haha)\b|(?<!\b(would|wouldnt|id|dont|do not) )(love|loving|enjoy|enjoying|adore) (being|getting) (ignored|ghosted|fobbed off|passed around|left on read|left hanging|kept waiting|strung along|brushed off|given the runaround)\b)/u;
/** Turns of phrase that are sarcastic whatever they are about ("let me guess, there's a form", "exactly how I hoped to spend my Saturday"). */
const SARCASM_PHRASE = /\b((truly|really|so|how|very) (groundbreaking|revolutionary)( stuff)?|love how (fast|quick|quickly|easy|easily)\b[^.!?]{0,60}\bhow (slow|slowly|hard|long)\b|love how (slow|slowly|hard)\b[^.!?]{0,60}\bhow (fast|quick|quickly|easy|easily)\b|(ill|i will) just (wait|sit (here|tight|and wait)|keep waiting|hope)\b[^.!?]{0,40}\b(then|,)\s*shall i|let me guess|what(ever)? would (we|i|anyone|the world) do without|how i (always )?(hoped|wanted|planned|dreamed|wished|love|like) to spend)\b|(?:^|[.!?]\s*)(?:(?:ah|oh|and|well),?\s+)?of course (?:theres|there is|there would be|its|it is|it would be)\s+(?:a|an|another)\s+\w+(?:\s+\w+)?\s*(?:[.!]|$)/;
/** "Your staff in Berlin are really customer friendly!": people of the shop praised, nothing gone wrong (session 49). */
const PEOPLE_PRAISED = /^(?!.*\b(never|nobody|no one|still|wait\w*|not|didnt|doesnt|wont|cant|again|lost|gone)\b).*\b(staff|team|people|guys|colleagues|employees|folks|store|shop|they)\b[^.!?]{0,20}\b(are|were|is|was)\s+(real|really|so|very)\s+customer[- ]?(friendly|focused|oriented)\b/;
/** Said without thanks, these are sarcasm ("Cool cool cool. Very customer-centric."); with thanks, sincere. */
const SARCASM_UNLESS_THANKED = /\b((lovely|nice|great|wonderful|fantastic|brilliant|charming|fine) way to treat (people|customers|your customers|loyal customers|anyone)\b|never (would|wouldve|would have|wudve) (thought|guessed) (of )?(that|it)|cool,? cool,? cool|(very|so|how|real|really) customer[- ]?(centric|friendly|focused|oriented)|(really |so )?bravo\b[^.!?]{0,30}\b(very|so|how|really) professional|(very|so|how|really) professional\W*(👏|🙄)|complimenti|(very|so|how|really) smart (system|process|policy|idea)|(brilliant|great|fantastic|excellent|amazing|wonderful|superb|stellar) (service|support|customer service),? (really|truly|honestly)\b)/u;
/**
 * Dry praise of the process or the policy ("What a seamless experience.", "Splendid policy.", "Very reassuring." to end),
 * only beside a complaint ("wait for the refund, then buy the L whenever it's back", "except the ones that are lower",
 * "floats about in the ether, does it?"); alone it is as often sincere ("Under 100 Wh, good. Very reassuring.").
 */
const PROCESS_PRAISE = /\b((what a|such a) (seamless|joyous|frictionless) (experience|process|journey)\b|(splendid|marvell?ous) policy\b(?! (for|on|if|when))|(^|[.!?;]\s*)(well,? )?(thats |that is )?(very|most|how|so|really) (reassuring|comforting)\s*[.!]*\s*$)/;
/** "…any price except the ones that are lower", "…whenever it's back", "…floats about in the ether, does it?". */
const COMPLAINT_CUE = /\b(except|whenever|apparently)\b|, (does|is|do|are|did|was) (it|he|she|they|that|there)\s*\?/;
/** German and Spanish sarcasm at the service: "Na toll", "Toller Service, wirklich", "Muy bonito todo, de verdad" (unless thanked). */
/** …beside a problem: "Super Service, wirklich! Das Paket war nach einem Tag da." is praise. */
const PROBLEM_DE_ES = /\b(nicht|kein\w*|nie|nichts|schon wieder|immer noch|noch immer|ohne|enttausch\w*|warte (schon )?seit|no|nunca|nada|sigue|todavia|sin|tampoco)\b/;
const SARCASM_DE_ES = /\bna (toll|super|prima|klasse|grossartig|wunderbar|bravo)\b|\b(toller|super|klasse|grossartiger|prima|ausgezeichneter) (service|kundenservice|support|laden),? (wirklich|echt|ehrlich)\b|\b(muy|que|todo muy) (bonito|util|amable|profesional)( todo)?,? (de verdad|eh|vamos)\b|\b(sehr|wirklich|echt|total|super) (kundenfreundlich|kundenorientiert|serviceorientiert),? (wirklich|echt|ehrlich)\b/;
/** "Very generous of you" about a refusal ("covers every zip except the ones that break"). */
const GENEROUS = /\b(very|so|how|too|most|extremely|incredibly|awfully) generous\b/;
const REFUSAL = /\b(except|but not|only if|only\b[^.!?]{0,25}\b(who|if|when|once|above|over|after)|not|no|doesnt|dont|wont|cant|cannot|never|excluding)\b/;
const ECHO_PRAISE = /\b(genius|brilliant|fantastic|wonderful|marvell?ous|amazing|superb|terrific|ingenious|groundbreaking|revolutionary)\b/;
/** Thanks anywhere: an echo of the answer with praise and thanks is someone taking it. */
/** Ending on plain thanks ("Lovely, he'll never know I didn't need anyone's help. Thanks!"): sincere, not "thanks a lot". */
const SIGNS_OFF_THANKS = /\b(thanks|thank you|thx|ty|cheers)(?! (a lot|for nothing|so much for nothing))\W*$/;
/**
 * "…so I'll rewash it with a tech wash. Thanks, really useful!": thanks and a word of praise closing the message, with
 * nothing still wrong ("Still broken, never worked. Thanks, really useful." is sarcasm).
 */
const THANKS_THEN_PRAISE = /\b(thanks|thank you|thx|ty|cheers)\b[\s,!.-]*((really|very|so|super|most|incredibly) )?(useful|helpful|great|perfect|brilliant|lovely|appreciated|clear)\W*$/;
const THANKS = /\b(thanks|thank you|thx|ty|cheers|danke|gracias)\b/;

/** What already happened, said against the advice: "it's been nine days", "I literally just said it's empty". */
const CONTRADICTED = /\b(its been|it has been|(i|we) (literally |just |already |clearly )+(said|told you|did|tried|checked|wrote|explained|mentioned)|as i (said|told you|wrote|mentioned)|i (said|told you) (it|that|i|its)|(already|twice|three times) (did|done|tried|checked)|(did|done|tried|checked) (that|it|this) (already|twice|three times))\b/;

/** Session 54: "bit rubbish but ok, thanks for being straight about it": a grumble taken back in the same breath. */
const MILD_GRUMBLE = /\b(a )?(bit|little|tad|kinda|slightly|somewhat) (rubbish|crap|useless|rubbish news)\b(?=[^.!?]{0,20}\b(but|though)\b[^.!?]{0,30}\b(ok|okay|fine|fair enough|thanks|thank you|understood|no worries|cheers)\b)/g;
/** Taking the answer, grumbling: "ugh 🙄 lol ok fine, i'll add a tent cleaner. thx" is annoyance resolved, not frustration. */
const RESOLVED = /(?<!\b(?:not|no|havent|have not|hasnt|didnt|never|none of this|nothing)\s)\b(ok(ay)?,? fine|fine,? (ill|i will|i guess)|fair enough|makes sense|no worries|all good|got it|(ok|okay|alright),? (thanks|thx|ty))\b|\b(thanks|thx|ty|cheers|thank you( (so|very) much)?)[\s.!]*$/;
const JOY = /\b((it|that|this) (finally )?(worked|works)|works now|(its|it is|thats) working|fixed it|found it|yay|woo+ ?hoo+|hooray)\b/;
/** A dismissive one-word reply after the bot's answer. */
const DISMISSIVE = /^\W*(whatever|forget it|useless|pointless|sigh)\W*$/;
/**
 * Session 52: "never had a problem, great service", "Never mind, my niece will love it", "fussing over nothing": no let-down.
 * (Review 3: not a verdict the trouble still there belies, "…says nothing is wrong with the watch… It still dies".)
 */
const NEVER_A_PROBLEM = /\bnever (had|had a|had any|once had|ever had) (single )?(problems?|issues?|trouble|complaints?|complaint)\b|\bnever (let (me|us) down|disappoint\w*)\b|\bnever ?mind\b|\b(fuss\w*|worr\w*) (over|about) nothing\b|\bnothing to worry about\b|\bnothing (was |is )?wrong\b(?![^]{0,80}\b(still|yet|but|though|although|snapped|broken|dies|died|doesnt|wont|cant)\b)/g;
/** "great. and on sundays nobody, right?": nobody there at a time asked about, not nobody answering. */
const NOBODY_THEN = /\b(on )?(sundays?|saturdays?|weekends?|(public )?holidays?|evenings?|nights?|at night|overnight)\b[^.!?]{0,20}\b(nobody|no one|noone)\b(?![^.!?]*\b(actually|when (im|i am|were|we are))\b)[^.!?]*\?|\b(nobody|no one|noone)\b[^.!?]{0,20}\b(on )?(sundays?|saturdays?|weekends?|(public )?holidays?|evenings?|at night|overnight)\b(?![^.!?]*\b(actually|when (im|i am|were|we are))\b)[^.!?]*\?/g;
const PROBLEM_CONTEXT = /\b(ruined|nobody|no one|noone|supposed to|tough luck|(walked|ran|made) off with|pays? (more|extra|twice|double)|have to pay|had to pay|charged|wrong|never|lost|nothing|useless|not even|doesnt work|didnt work|so your|apparently|because i|locked out|locked me out|(my|the|our) money (is |s |has )?(just |simply )?(gone|vanished|disappeared)(?![^.!?]{0,40}\b(as an? (hold|reservation|pre-?authori[sz]ation)|pending)\b)(?![^]*\b(got it|makes sense|understood|i see)\b))\b|\?\?|👏|🙄/;
/** "Wonderful. Absolutely wonderful.": one praise word as a sentence, then again, stressed. */
/** (Review of session 56: after a comma only as the message's last words, "Brilliant, just brilliant." — not "Wonderful,
 * absolutely wonderful, the tent is exactly what I wanted".) */
const PRAISE_TWICE = /(^|[.!?]\s+)(wonderful|brilliant|fantastic|great|marvell?ous|lovely|perfect|superb|terrific|splendid|amazing)(?:[.!]+\s+(absolutely|just|truly|simply|utterly) \2\b|,+\s+(absolutely|just|truly|simply|utterly) \2(?=\s*(?:[.!]|$)))/;
/** "great. really great." after copy-pasted answers: only beside what plainly went wrong ("Perfect. Really perfect, not a leak" is praise). */
const PRAISE_REALLY_TWICE = /(^|[.!?]\s+)(wonderful|brilliant|fantastic|great|marvell?ous|lovely|perfect|superb|terrific|splendid|amazing)[.!]+\s+really \2\b/;
/** What went wrong, beside praise said twice. */
const LET_DOWN_CUE = /\b(fail\w*|wrong|broken|paid|charged|never|nothing|still|again|not|no|cant|wont|didnt|doesnt|dont|havent|hasnt|isnt|arent)\b/;
/** What the customer would have instead of what the reply offered: "…, I want an exchange", "just send the replacement". */
const WANTS_INSTEAD = /^\W*((i|we) (would |d )?(want|like|prefer|rather)|(just|only|instead|rather)\b)|^[^.!?]{0,40}\binstead\b/;
/** Paid for it and got it broken: "pay full price, get a broken lamp". */
const PAID_GOT_BROKEN = /\b(pay|paid|paying)\b[^.!?]{0,25}\b(get|got|receive|received|getting)\b( an?| the| my)?( \w+)? (broken|damaged|faulty|cracked|smashed|used|wrong|defective)\b/;
/** Stuck with the problem, then praise: "so I'm stuck with a tent I can't use? brilliant." */
// (Session 55: "she DID. same code. still says used. brilliant": the fault still there, then praise.)
// (Review of session 55: a fault, not the good that lasts, "it still says 100% after a 10k, great", "still shows 4 bars…
// great!", "still doesn't leak after 3 years. amazing"; nor a fault put right before the praise, "same thing happened last
// year and you fixed it fast, brilliant service"; the praise may be of the company, "still not refunded after 3 weeks. great
// company.". The praise is found at the end first and the fault looked for before it: one pattern with ".*" between them
// took time in the square of the length.)
const STUCK = /\b(stuck with|left with|cant use|cannot use|still (says|shows|saying|showing)\b(?! (it(s| is) )?((100|[5-9]\d) ?%|(\d bars|all bars|full|fully charged|charged|connected|paired|synced|ok|okay|fine|good|perfect|like new|new|waterproof|dry)\b))|still (doesnt|does not|wont|will not|isnt|is not|not|cant|cannot|hasnt|has not|havent|have not)\b(?! (\w+ )?(leak\w*|fade\w*|rip\w*|tear|torn|break|broken|crack\w*|wear\w*|worn|peel\w*|rust\w*|let (me|us) down|disappoint\w*|need\w*|die|died|fail\w*|show (any )?(wear|signs))\b)|same (code|error|problem|message|thing|issue|result))\b/;
const PRAISE_AT_END = /\b(brilliant|great|fantastic|perfect|lovely|wonderful|amazing|marvell?ous)( (customer )?service| company| shop| store)?\b\W*$/;
/** Put right since: "…and you fixed it fast", "but this one is perfect" (not "still not fixed", "nobody has sorted it"). */
const PUT_RIGHT = /\b(fixed|sorted|solved|replaced|works now|working now|this one|the new one)\b(?<!\b(not|never|nobody|no one|noone|didnt|havent|hasnt|wasnt|werent|isnt|cant|couldnt|wont|still|yet to)\s(\w+\s)?(fixed|sorted|solved|replaced|works now|working now|this one|the new one))/;
function stuckThenPraise(text: string): boolean {
  const praise = PRAISE_AT_END.exec(text);
  if (!praise) return false;
  const before = text.slice(0, praise.index);
  return STUCK.test(before) && !PUT_RIGHT.test(before);
}
const PRAISE_WORD = /\b(fantastic|brilliant|great|amazing|wonderful|lovely|perfect|awesome|excellent|superb|top notch|genius|helpful|groundbreaking|revolutionary|ingenious|mind[ -]?blowing|generous|impressive|clever|smart|outstanding|stellar|incredible|nice one|bonito|genial|estupendo|util|utiles|hilfreich|maravillos[oa]|fantastico|toll|toller|klasse|prima|grossartig|wunderbar)\b/;
/**
 * Session 55: "Ok perfect. And the label is free also for Spain or I have to pay the post? gracias": praise taking the
 * answer, then "and" the next question (not "Great. So I have to pay twice?").
 */
const TAKES_THEN_AND = /^((ok|okay|oh|ah)\W+)?(perfect|perfecto|perfekt|genial|great|lovely|brilliant|excellent|wonderful|super|awesome|fantastic)[.!,]\s+(and|also|one more thing|another question)\b(?![^?]*\b(again|still|even|twice|seriously|privilege|broken|supposed to|now what|what (am|are|do|should) (i|we))\b)[^?]*\?\s*(gracias|thanks|thank you|thx|danke|cheers|ty)?\W*$/;

/** Praise and nothing else ("great. really great.") right after the bot said it could not help is sarcasm. */
/** Top praise of the service as a closing verdict ("Truly world-class service.", "truly cutting-edge stuff."). */
const TOP_PRAISE = /\b(truly|really|so|how|very) (cutting[- ]edge|world[- ]class) (stuff|service|support|system|policy|process)\s*[.!]*\s*$|\b(truly|really|so|how|very) (cutting[- ]edge|world[- ]class) (stuff|service|support|system|policy|process)[.!]\s/;
/** "fantastic advice 🙃 … thanks a lot": the answer itself praised beside an upside-down face. */
const ADVICE_PRAISED = /\b(fantastic|brilliant|great|amazing|wonderful|super|awesome|excellent|superb|stellar|top notch|very helpful|so helpful|really helpful) (advice|help|tip|tips|idea|solution|answer|support|service|suggestion)\b|\b(super|very|so|really) helpful\b/;

/** A sentence of praise alone after another sentence: "… early. Brilliant. Next…", "… back. genius. absolute genius." */
// Tried only at a sentence's first letter (the lookbehind): every later start in the sentence reaches the same stop,
// and trying them all took time in the square of a long message's length.
const PRAISE_AFTER_COMPLAINT = /[^.!?\s](?<=(?:^|[.!?])\s*.)[^.!?]*[.!?]+\s+((oh|yeah|well|just|absolute(ly)?|simply|truly|really|how|so|wow),?\s+)*(brilliant|genius|fantastic|marvell?ous|superb|wonderful|great|perfect|lovely|amazing|cool)(\s+(system|service|stuff|job|work|logic|policy))?\s*([.!]+(\s|$)|$)/;
/** Being made to pay for something, or to do the shop's work: "penalised", "punished", "so I have to…". */
const PENALISED = /\b(penali[sz]ed|punished|so (i|we) (have|had|get) to (wait|pay|send|return|buy|order|start|do|go)|so (im|i am|were|we are) stuck (with|without))\b/;
/** "…so I have to pair it from the app first. Brilliant! Works now.": the praise is for the fix. */
const WORKS_NOW = /\b(works?( now)?|working now|sorted|fixed|solved|all good|no problem|minutes from)\b/;
const PRAISE_ONLY = /^\W*((really|just|absolutely|so|simply|truly)\s+)?(great|brilliant|fantastic|wonderful|amazing|lovely|perfect|awesome|superb|marvell?ous|excellent)(\W+((really|just|absolutely|so|simply|truly)\s+)?(great|brilliant|fantastic|wonderful|amazing|lovely|perfect|awesome|superb|marvell?ous|excellent|service|help|stuff|job))*\W*$/;

/**
 * Review of session 55: praise of the shop meant, beside a mishap: the trouble put right by someone ("the staff found the
 * order", "they sorted it") or the goods praised too ("great company, great tents"). Not "found out", "found a way to…".
 */
const MEANT_PRAISE = /\b(found|fixed|sorted|solved)\b(?<!\b(not|never|nobody|no one|noone|didnt|havent|hasnt|wasnt|werent|isnt|cant|couldnt|wont|still|yet to)\s(\w+\s)?(found|fixed|sorted|solved))(?! (out|a way|another way)\b)[^.!?]{0,40}\b(great|brilliant|lovely|amazing|excellent|fantastic|wonderful) (company|shop|store|service|staff|team)\b|\b(great|brilliant|lovely|amazing|excellent|fantastic|wonderful) (company|shop|store)\W+(great|brilliant|lovely|amazing|excellent|fantastic|good|wonderful) (tents?|gear|products?|stuff|jackets?|lamps?|headlamps?|watch(es)?|prices?|quality|service)\b/;

/** Share of upper-case letters in words that aren't codes (NW-123456, PAY-204) or short acronyms. */
function shouting(message: string): boolean {
  const ws = message.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w) && !/\d/.test(w));
  const letters = ws.join('').replace(/[^A-Za-z]/g, '');
  if (ws.length >= 3 && letters.length >= 10) {
    const upper = letters.replace(/[^A-Z]/g, '').length;
    if (upper / letters.length >= 0.7) return true;
  }
  // A shouted clause in a calm message: "that's not what I asked. CAN YOU ENGRAVE IT OR NOT".
  if (/(?:\b[A-Z]{2,}[!?.,]*\s+){3,}[A-Z]{2,}\b/.test(message.replace(/\b[A-Z]{1,4}-?\d+\b/g, ''))) return true;
  // (Session 52: or three shorter ones, "3 DAYS. … WHY does it take … MY money", acronyms aside.)
  const caps = ws.filter((w) => /^[A-Z]{2,}[!?.,]*$/.test(w) && !ACRONYM.test(w.replace(/[!?.,]+$/, '')));
  return ws.filter((w) => /^[A-Z]{4,}[!?.,]*$/.test(w)).length >= 2 || caps.length >= 3;
}
const ACRONYM = /^(EU|US|USA|UK|GB|USB|GPS|DHL|UPS|DPD|GLS|VAT|OK|ID|PIN|PDF|SMS|FAQ|CET|PST|EST|ETA|ASAP|TBH|IMO|IPX|ATM|LED|BPM|HR|AAA|AA|NW|PO|QR|RMA|CEO|NHS|PM|AM|DM|GDPR|BTW|FYI|LOL|OMG|MM|CM|KG|MAH|EUR|USD|GBP|APP|IOS|PC|TV|ANT|SPO|UV|DWR|XL|XS|XXL|SOS|PS)$/;

/** The words two messages share, as a share of all the words either has (Jaccard), and the shorter one's word count. */
export function wordOverlap(a: string, b: string): { share: number; fewest: number } {
  const ta = new Set(normalise(a).match(/[a-z0-9]+/g) ?? []);
  const tb = new Set(normalise(b).match(/[a-z0-9]+/g) ?? []);
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return { share: common / Math.max(1, ta.size + tb.size - common), fewest: Math.min(ta.size, tb.size) };
}

function similar(a: string, b: string): boolean {
  const { share, fewest } = wordOverlap(a, b);
  return fewest >= 3 && share >= 0.8;
}

export interface FrustrationScore {
  score: number;
  labels: string[];
  strongest: number;
}

/** The signals with the shop's own name in them (`<shop>`), built once per site. */
const signalsBySite = new Map<string, Signal[]>();
function signalsFor(shop: string): Signal[] {
  let out = signalsBySite.get(shop);
  if (!out) signalsBySite.set(shop, (out = SIGNALS.map((s) => ({ ...s, re: namedShop(s.re, shop) }))));
  return out;
}

export function scoreFrustration(
  message: string,
  previousCustomerMessages: readonly string[] = [],
  afterUnhelpfulReply = false,
  shopName = '',
  lastBotText = '',
): FrustrationScore {
  const text = normalise(message);
  const labels: string[] = [];
  let score = 0;
  let strongest = 0;
  const add = (weight: number, label: string) => {
    if (labels.includes(label)) return;
    labels.push(label);
    score += weight;
    strongest = Math.max(strongest, weight);
  };
  // (Session 51: "is that legit or a scam??" asks whether someone else's demand is one.)
  // (Review 1 of session 57: nor is wonder, "it's absurd how light the ridgeline is!".)
  const insultText = unfitForUse(withoutOthersBlamed(withoutOwnTelling(text), shopName), shopName).replace(MILD_GRUMBLE, ' ').replace(/\b(some ?one|some ?body|someones|they|theyre|scammers?|fraudsters?)( is| are| s)? (trying|tried|try|wants?|attempting) to scam (me|us|people)\b|\b(absurd|ridiculous|crazy|insane) (just )?how (light|cheap|small|compact|easy|good|well|comfy|comfortable|warm|bright|quick|fast|tiny|sturdy|strong|nice|quiet)\b|\b(legit|real|genuine|safe|official)\s+or\s+(a |just a )?(scam|fake|phishing)\b|\b(is|was) (this|that|it) (a )?(scam|fake)\s*\?/g, ' ');
  for (const s of signalsFor(shopName)) {
    const t = s.label === 'insult' ? insultText : text;
    if (s.re.test(t) && (!s.needs || s.needs.test(t)) && (!s.shouted || shouting(withoutCodeLists(message)))) add(s.weight, s.label);
  }
  for (const v of verdictSignals(text, message)) add(v.weight, v.label);
  if (DONE_WITH_NAME.test(message) || doneWithShop(text, shopName)) add(STRONG, 'gives up');
  // Two insults in one message ("your garbage lamp… what a joke of a company") weigh more than one.
  if (INSULTS.reduce((n, re) => n + (text.match(re) ?? []).length, 0) >= 2) add(MEDIUM, 'insults');
  // An eye-roll beside praise is sarcasm: "Brilliant system you've got there, really top notch 🙄".
  // "it was brilliant, but on Saturday…": praise of the past, then the problem, is sincere.
  // "Oh brilliant, the forecast says rain every day, love that for me 🙃": sarcasm at the weather, not at the shop.
  const atWeather = /\b(forecast|weather|rain(ing|s|y)?|snow(ing|s)?|storms?|heatwave|drizzle)\b/.test(text) && !/\b(you|your|order|refund|delivery|parcel|service|bot|chat|support)\b[^.!?]*\b(love that for me|brilliant|fantastic|great)\b/.test(text);
  // "Perfect. I'm in town next Thursday, could someone set one aside for me? …": praise taking the answer, then a
  // polite request; sarcasm does not go on to ask a favour.
  // "Great. The tent still has its tags and was never pitched. Do I need the original packaging?": the next question,
  // plainly asked (not "Great. So I have to pay twice?").
  const takesThenAsks = (/^(perfect|great|lovely|brilliant|excellent|wonderful|super|awesome|fantastic)[.!,]\s+[^?]*\b(could|can|would) (someone|somebody|you|i|we|one of you|they|the (staff|store|shop|team)|your (staff|store|shop|team))\b[^?]*\?/.test(text) || (/^(perfect|perfecto|perfekt|genial|prima|great|lovely|brilliant|excellent|wonderful|super|awesome|fantastic)[.!,]\s+(?:[^?]*[.!]\s+)?(do|does|can|could|is|are|will|should|would) (i|we|you|it|they|the|my|our)\b[^?]*\?\s*$/.test(text) && !/\b(so|again|still|even|twice|seriously|really|actually|privilege|broken)\b[^.!]*\?\s*$/.test(text)) || TAKES_THEN_ASKS_MORE.test(text) || TAKES_THEN_AND.test(text)) && !/\?\?|🙄|😒|🙃/u.test(message);
  // (Review of session 55: "lost my receipt but the Berlin staff found the order, great store!", "my dog walked off with a tent
  // peg lol. great company, great tents": the trouble put right, or the goods praised too, is praise meant.)
  const sincere = takesThenAsks || atWeather || /\b(was|were|been) (really |absolutely |just |so |always )?(fantastic|brilliant|great|amazing|wonderful|lovely|perfect|awesome|excellent|superb)\W+(but|until|although|though|except)\b/.test(text) || MEANT_PRAISE.test(text);
  if ((/🙄|😒|👏/u.test(message) && PRAISE_WORD.test(text)) || (/🙃/u.test(message) && (/\b(?:really |just |so )?loving (?:this|that|it|the)\b/.test(text) || (ADVICE_PRAISED.test(text) && !atWeather && !sincere && (!THANKS.test(text) || /\b(gone|lost|still|again|nothing|times|wasted|no luck|(didnt|doesnt|did not|does not) (work|help))\b/.test(text))) || (PRAISE.test(text) && !THANKS.test(text) && !atWeather && !sincere))) || (PRAISE.test(text) && PROBLEM_CONTEXT.test(text.replace(NOBODY_THEN, ' ').replace(NEVER_A_PROBLEM, ' ')) && !sincere && !SIGNS_OFF_THANKS.test(text) && !(THANKS_THEN_PRAISE.test(text) && !/\b(still|never|again|not|nothing|doesnt|didnt|wont|cant|useless)\b|🙄|😒/u.test(text))) || (SARCASM_ALONE.test(text) && !atWeather) || stuckThenPraise(text) || (afterUnhelpfulReply && PRAISE_ONLY.test(text))) add(STRONG, 'sarcasm');
  // Session 50: "…even reinstalled the app. still spinning. great app guys, really top notch 🙃": praise with an upside-down
  // face beside the trouble still there. (Review: not "can't believe how great the lumen 400 is 🙃", "still looks great after 3 years 🙃".)
  if (/🙃/u.test(message) && PRAISE_WORD.test(text) && /\b(still(?! (looks?|works?|working|going|runs?|holds?( up)?|is|feels?) (\w+ )?(great|good|fine|strong|amazing|perfect|brilliant|lovely|awesome)\b)|nothing|never(?! (thought|expected|knew))|didnt|doesnt|wont|cant(?! (believe|wait|complain|fault|recommend))|no luck)\b|(?<!\b(?:works?|working|worked|back|fine|okay|ok) )\bagain\b/.test(text) && !THANKS.test(text) && !sincere) add(STRONG, 'sarcasm');
  if (/👍/u.test(message) && THUMBS_UP_LET_DOWN.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  if (CHORE_AGAIN.test(text)) add(STRONG, 'sarcasm');
  // "so i paid for express and got regular shipping. awesome. thanks so much 🙃": paid for one thing, got another, praised
  // with an upside-down face.
  if (/🙃/u.test(message) && (PRAISE.test(text) || THANKS.test(text)) && /\b(paid|pay|paying) for (\w+ ){1,2}(and|but) (got|received)\b/.test(text)) add(STRONG, 'sarcasm');
  // "…i'll just sleep in the car then. thanks a bunch 🙃": thanks with an upside-down face after a let-down; "So we paid VAT
  // because your check failed. Wonderful. Absolutely wonderful.": praise said twice over, alone, is a verdict.
  if (/🙃/u.test(message) && /\bthanks a (bunch|lot|million|ton)\b/.test(text) && /\b(then|just|guess|so)\b/.test(text)) add(STRONG, 'sarcasm');
  const saidTwice = (PRAISE_TWICE.test(text) && LET_DOWN_CUE.test(text)) || (PRAISE_REALLY_TWICE.test(text) && /\b(fail\w*|wrong|broken|still|again|copy ?past\w*|copy and past\w*|pasting)\b/.test(text));
  // ("yes I read the tracking page, thank you. it says … that i dont have a pin for. brilliant, just brilliant": thanks before the complaint.)
  // (Review of session 56: thanks with nothing gone wrong before the praise is still thanks: "Thanks for the quick reply!
  // Brilliant, just brilliant! didn't expect it so fast".)
  const praisedAt = Math.max(0, text.search(PRAISE_TWICE));
  const thankedFirst = THANKS.test(text.slice(0, praisedAt)) && !LET_DOWN_CUE.test(text.slice(0, praisedAt));
  if (saidTwice && !THANKS.test(text.slice(praisedAt)) && !thankedFirst) add(STRONG, 'sarcasm');
  // "amazing. pay full price, get a broken lamp, then wait a month. stellar service 👍": paid in full, got it broken,
  // and praised (not "paid full price and got a great lamp, stellar service 👍").
  if (PRAISE_WORD.test(text) && PAID_GOT_BROKEN.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  // "oh good, ANOTHER form… love this for me": liking a let-down (not "new watch arriving Friday, love this for me").
  if (/\blove this for me\b/.test(text) && /\b(another|again|still|so well|form|waiting|wait)\b/.test(text)) add(STRONG, 'sarcasm');
  if (SARCASM_PHRASE.test(text) || (GENEROUS.test(text) && REFUSAL.test(text)) || (((SARCASM_UNLESS_THANKED.test(text) && !PEOPLE_PRAISED.test(text)) || (PROCESS_PRAISE.test(text) && COMPLAINT_CUE.test(text)) || (SARCASM_DE_ES.test(text) && PROBLEM_DE_ES.test(text))) && !THANKS.test(text))) add(STRONG, 'sarcasm');
  // Quoting the answer back with praise: "Wait 48 hours. For a parcel that is 'delivered'. Genius."
  if (!THANKS.test(text) && ECHO_PRAISE.test(text) && echoesReply(text, lastBotText, message)) add(STRONG, 'sarcasm');
  // "DON'T tell me 48 hours. it's been a MONTH.": the reply's own words refused before they are said again.
  const refused = lastBotText ? /(?:^|[.!?]\s*)(?:and |but |please |oh )?(?:dont|do not) (?:you )?(?:dare )?(?:tell|give) me (?:again )?([^.!?,]{2,40}?)\s*(?:again\s*)?(?:[.!?,]|$)/.exec(text) : null;
  // (Review of session 56: not the customer's own choice put first, "don't give me a refund, I want an exchange".)
  if (refused && repeatsReplyWords(refused[1]!, lastBotText) && !WANTS_INSTEAD.test(text.slice(refused.index + refused[0].length))) add(STRONG, 'rejects the answer');
  // "Thanks so much for telling me to 'wait 48 hours'. It's been nine days. Truly helpful.", "Great, 'check your spam
  // folder'. Genius. I literally just said it's empty.": advice quoted back, praised or thanked, and contradicted by
  // what already happened — whether or not the quote is word for word the reply's.
  if (lastBotText && (PRAISE_WORD.test(text) || /\b(thanks|thank you)( (so|very) much)? for (telling|reminding) me\b/.test(text)) && CONTRADICTED.test(text) && quotesReply(message, lastBotText)) add(STRONG, 'sarcasm');
  if (YOU_PEOPLE_READ.test(text)) add(MEDIUM, 'rejects the answer');
  if (HOW_PRAISE.test(text) && LET_DOWN.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  // "one euro short and you won't count the shipping. classy.": a one-word verdict on a refusal; "Three months of emails
  // after deleting everything. Really classy.": on being ignored (not "Very classy. Thank you!", "So classy! Adding it").
  if (CLASSY.test(text) && (LET_DOWN.test(text) || IGNORED.test(text)) && !THANKS.test(text) && !/\b(love|lovely|gorgeous|beautiful|adding|bought|buy|ordering)\b/.test(text)) add(STRONG, 'sarcasm');
  // "…you can't do, and instead I get to wait… Marvellous.", "your solution is for me to wait for it… Genius.": a
  // one-word verdict of praise closing a complaint.
  if (VERDICT_PRAISE.test(message.trim().toLowerCase().replace(/[’']/g, '')) && (SHOP_REFUSES.test(text) || YOUR_ANSWER_IS.test(text)) && !THANKS.test(text) && !/\b(ill|i will|fine|no problem|no worries|fair enough)\b/.test(text)) add(STRONG, 'sarcasm');
  // "Really love this, now I can not buy anything, very nice.": liking a let-down.
  if ((/\b(really |just |so )?lov(e|ing) (this|that)(?=\s*[,.!]|\s*$)/.test(text) || /\b(very|so|how) nice\W*$/.test(text)) && LET_DOWN.test(text) && !THANKS.test(text) && !atWeather) add(STRONG, 'sarcasm');
  // "So I'm punished because your size chart is off. Truly world-class service.": top praise closing a complaint.
  if (TOP_PRAISE.test(text) && /\?|\b(punished|because (your|you)|still|again|wrong|nothing|never|not|no|cant|wont|doesnt)\b/.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  // "Really impressive service.", "How very efficient.", "brilliant system. really well thought out", "very useful, as if
  // I did not look at it ten times already", "Fantastic, thank you so much for respecting my choice": praise of the
  // shop beside what went wrong.
  if ((DRY_PRAISE.test(text) && WENT_WRONG.test(text) && !SIGNS_OFF_THANKS.test(text)) || (ANOTHER_HOOP.test(text) && !THANKS.test(text))) add(STRONG, 'sarcasm');
  // "So I'm penalised for buying early. Brilliant. Next time…", "so i have to wait for it to arrive and send it back.
  // genius. absolute genius.": praise alone in a sentence after a complaint (not opening the message: "Great. Do I…").
  if (PRAISE_AFTER_COMPLAINT.test(text) && PENALISED.test(text) && !WORKS_NOW.test(text) && !THANKS.test(text) && !sincere) add(STRONG, 'sarcasm');
  // Session 31. "…and wait two or three weeks in the middle of my training block. Fantastic. Exactly what I needed to hear.
  // Great product, great support.": praise of the shop closing the answer restated as a let-down (not after a wait
  // that ended well: "Had to wait a few weeks… fits perfectly. Great product, great support."); "'Up to 48 hours' my
  // foot.": their words quoted back and disbelieved (not 'she keeps saying "my foot is cold"').
  if (CLOSING_PRAISE.test(text) && (YOUR_ANSWER_IS.test(text) || /\bso the (answer|solution|advice|fix) is\b/.test(text) || SHOP_REFUSES.test(text) || PENALISED.test(text)) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  if (/\w[.!?]?['"’”]\s*my (foot|arse|eye)\b(?!\s+(is|was|hurts|feels|has|had|gets|got|keeps))/iu.test(message)) add(STRONG, 'sarcasm');
  if (CHARMING.test(text) && !THANKS.test(text) && !/\b((i|we) love (it|this|that|them)|lovely|gorgeous|beautiful|adorable|cute)\b/.test(text)) add(STRONG, 'sarcasm');
  if (POLITE_COMPLAINT.test(text)) add(MEDIUM, 'complains');
  // Session 49 (second batch): words stressed in capitals to correct the bot ("I ASKED about the label", "it WAS scanned
  // … AND i have no jacket", "NO payment attempt … it's YOUR checkout"): two of them, or one beside the correction.
  // (In a message typed in lower case: a caps-lock typist stresses nothing. Letters counted only when a word is stressed.)
  const stressed = afterUnhelpfulReply || lastBotText ? (message.match(STRESSED_WORD) ?? []).length : 0;
  if ((stressed >= 2 || (stressed === 1 && CORRECTS_BOT.test(text))) && !PLEASED.test(text) && message.replace(/[^\p{Ll}]/gu, '').length > 3 * message.replace(/[^\p{Lu}]/gu, '').length) add(STRONG, 'shouting');
  // Session 49: "Brilliant. Top-notch service as always." right after a reply that did not help.
  if (afterUnhelpfulReply && SERVICE_AS_ALWAYS.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  if (DISMISSIVE.test(text)) add(MEDIUM, 'dismissive');
  // Session 50: "OMG IT WORKED THROUGH THE APP!!!": capitals of joy.
  // (Review: not "IT WORKS NOW BUT WHY DID IT TAKE 3 WEEKS", "WOOHOO THIRD WEEK WITHOUT MY TENT", "IT WORKED … AND NOW NOTHING".)
  if (shouting(withoutCodeLists(message)) && !(JOY.test(text) && !/\b(not|never|no longer|stopped|didnt|doesnt|still|again|dead|broke|broken|until|for a (day|week|while|bit)|why|nothing|without|another|no thanks|after \w+ (hours|days|weeks|months|emails|calls)|weeks|months|pathetic|ridiculous|unacceptable|useless|joke|terrible|awful|worst)\b/.test(text))) add(MEDIUM, 'shouting');
  if (previousCustomerMessages.some((p) => similar(p, message))) add(STRONG, 'sent the same message again');
  // Session 60: "das hilft nicht" and at once another way asked for is a new question (frustrationVerdicts.ts).
  if (labels.length === 1 && labels[0] === 'rejects the answer' && (mildNoThenAsks(text) || calmSecondAttempt(text, message, (rest) => scoreFrustration(rest, [], false, shopName).score))) return { score: 0, labels: [], strongest: 0 };
  // Taking the answer cancels grumbling, not shouting or an angry face.
  if (strongest < STRONG && !labels.includes('shouting') && !/😡|🤬|😤|🖕/u.test(message) && RESOLVED.test(text)) return { score: 0, labels: [], strongest: 0 };
  // Session 57: "€12.95 for express?? daylight robbery, pure fraud 😂 ok fine. if i order before 2…": a joke, then taken.
  if (labels.every((l) => l === 'insult' || l === 'emphatic punctuation') && /😂|🤣|😅|😆|\blol\b|\bhaha\w*/u.test(message) && /\b(ok(ay)?,? fine|fine,? (ill|i will|then)|fair enough|ok(ay)? then)\b/.test(text)) return { score: 0, labels: [], strongest: 0 };
  // Session 57: "oh for god's sake… went through now, sorry for being snappy": the anger taken back once it worked.
  if (/\b(went through|works|working|worked|sorted|fixed|all good)( now)?\b[^.!?]{0,40}\bsorry (for|about) (being|the|my) (so )?(snappy|rude|short|grumpy|harsh|moody|tone|rant|outburst|cranky|blunt)\W*$/.test(text)) return { score: 0, labels: [], strongest: 0 };
  return { score, labels, strongest };
}

/**
 * "You charged me twice… Absolute scam." then, after the bot's reply, "it's been 10 days and both are still there":
 * the anger was plain in the opener, held back only because the bot had not had its chance. It has now, and the
 * customer did not take its reply: the trend is still frustration.
 */
const STILL_WRONG = /\b(still|not|no|never|nothing|again|doesnt|didnt|dont|cant|cannot|wont|isnt|wasnt|havent|hasnt|every time|each time|already)\b/;

function stillUpset(ctx: DetectorContext, previous: readonly TranscriptEntry[], lastBot: TranscriptEntry | undefined): DetectorResult | null {
  const opener = previous.at(-1);
  if (!opener || previous.length !== 1 || !lastBot || lastBot.seq < opener.seq) return null;
  // A new question ("does it work on sale items too?") carries on with the bot; a statement does not take its reply.
  const said = normalise(ctx.current.body);
  if (ctx.current.body.includes('?') || saidThanksOrWorked(ctx.current.body) || detectSmallTalk(ctx.current.body) || RESOLVED.test(said) || onlyDetails(ctx.current.body)) return null;
  // Still not right ("both are still there", "I approved it every time"), not news or a plan ("oh it just arrived", "I'll check again tomorrow").
  // ("I'll make a coffee and use the reset link instead so I don't lock myself out again": a plan.)
  if (!STILL_WRONG.test(said) || /\b(ill|i will|im going to|let me) (\w+ ){0,5}?(check|try|wait|look|do|reset|give|use)\b/.test(said)) return null;
  const before = scoreFrustration(opener.body, [], false, ctx.site.name);
  if (before.strongest < STRONG && before.score < 1.3) return null;
  return {
    trigger: 'frustration',
    confidence: Math.min(0.9, 0.5 + before.score / 4),
    reason: `Customer is still frustrated after the first reply (${before.labels.join(', ')})`,
    evidenceSeq: ctx.current.seq,
  };
}

function saidThanksOrWorked(body: string): boolean {
  const talk = detectSmallTalk(body);
  return talk === 'thanks' || (talk === 'ack' && !/^\W*(ok(ay)?|k|no+|nope|yes|yeah|yep|right|alright|hm+|ah+|oh+)\W*$/i.test(body));
}

export function detectFrustration(ctx: DetectorContext): DetectorResult | null {
  const previous = customerMessages(ctx.transcript).filter((e: TranscriptEntry) => e.seq < ctx.current.seq);
  const lastBot = lastBotReply(ctx.transcript, ctx.current.seq);
  // The same question again after the customer said thanks or that it worked is a new question, not a repeat; after
  // "no", "ok" or "hello" it is the clearest repeat there is.
  const since = previous.findLastIndex((e) => saidThanksOrWorked(e.body));
  // (After a hedged passage, a lone "perfect" takes what it showed; "great. really great." is still sarcasm.)
  const tookHedge = lastBot?.meta.articleId !== undefined && /^\W*\p{L}+\W*$/u.test(ctx.current.body);
  const { score, labels, strongest } = scoreFrustration(ctx.current.body, previous.slice(since + 1).map((e) => e.body), lastBot?.meta.kind === 'unknown' && !tookHedge, ctx.site.name, lastBot?.body ?? '');
  // "right but that doesn't answer it" after the bot said it was not sure: pressing for the answer it could not
  // give (a second attempt), not anger at an answer it gave.
  // (Unless the customer was already hostile: "…Absolute clown show." then "Stop pasting the article." is anger.)
  if (lastBot?.meta.kind === 'unknown' && labels.includes('rejects the answer') && labels.every((l) => l === 'rejects the answer' || l === 'emphatic punctuation' || l === 'annoyance') && !previous.some((e) => scoreFrustration(e.body, [], false, ctx.site.name).strongest >= STRONG)) return null;
  const hadChance = botHasReplied(ctx.transcript, ctx.current.seq);
  // Without a prior bot reply, only an outright hostile opener counts.
  // After the bot's answer, a shouted or dismissive reply is aimed at it: that alone is enough.
  // (A shouted question is someone in a hurry; a shouted statement is aimed at the bot.)
  // "ASK MY BANK FOR AN ARN?? I'M NOT DOING YOUR JOB FOR YOU.": a shouted statement beside a shouted question is aimed too.
  // ("HI, DOES IT COME WITH A FOOTPRINT? I AM GOING CAMPING ON FRIDAY." is a caps-lock typist: no "??".)
  // "SERIOUSLY??" in capitals, alone or closing the message, is aimed at the reply it answers.
  const aimed = labels.includes('dismissive') || (labels.includes('exasperation') && (/^\W*[A-Z]{5,}\s*[?!]{2,}\W*$/.test(ctx.current.body.trim()) || SHOUTED_CLOSE.test(ctx.current.body.trim()) || LONE_EXASPERATION.test(ctx.current.body))) || (labels.includes('shouting') && (!ctx.current.body.includes('?') || (labels.includes('emphatic punctuation') && shouting(ctx.current.body.replace(/[^.!?]*\?+/g, ' ')))));
  const needed = hadChance ? (aimed ? 0.6 : 1) : 1.3;
  // An opener shouted and chasing ("THIS IS THE THIRD TIME I'M WRITING… WHERE IS IT???") is hostile too.
  const hostileOpener = strongest >= STRONG || (labels.includes('shouting') && (labels.includes('chasing') || labels.includes('exasperation')));
  if ((score < needed || (!hadChance && !hostileOpener)) && (hadChance || !hostileOpenerWithFacts(ctx.current.body, normalise(ctx.current.body), labels))) return stillUpset(ctx, previous, lastBot);
  return {
    trigger: 'frustration',
    confidence: Math.min(0.95, 0.5 + score / 4),
    reason: `Customer is frustrated (${labels.join(', ')})`,
    evidenceSeq: ctx.current.seq,
  };
}
