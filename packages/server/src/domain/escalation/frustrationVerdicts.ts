/**
 * Session 60: frustration signals that need the raw message beside the normalised text (capitals, numbers compared), kept
 * apart from frustration.ts, which is near its size limit: praise of the service closed by a lone "Truly." after a let-down,
 * a promised number of days already passed and shouted about, and praise said flat before "again just a link" (English
 * and German). Also the mild "that doesn't help" that goes straight on to ask for another way, which is no anger.
 */
import { MEDIUM, STRONG } from './frustrationSignals.js';

export interface Verdict {
  weight: number;
  label: string;
}

/** "Outstanding support. Truly.": praise of the service, then one word to underline it, closing the message. */
const PRAISE_UNDERLINED = /\b(outstanding|stellar|excellent|great|amazing|fantastic|brilliant|superb|top[- ]?notch|first[- ]class|world[- ]class|exceptional|wonderful|impressive|fabulous|incredible) (support|service|customer service|customer support|help|job|work|advice)[.!]+\s*(truly|really|honestly|seriously|bravo|well done|wow|just wow|impressive)[.!]*\s*$/;
/** (Review: the same verdict opening the message, "Outstanding support. Truly. My Lumen 900R still dies after 20 minutes".) */
const PRAISE_UNDERLINED_FIRST = /^\W*(outstanding|stellar|excellent|great|amazing|fantastic|brilliant|superb|top[- ]?notch|first[- ]class|world[- ]class|exceptional|wonderful|impressive|fabulous|incredible) (support|service|customer service|customer support|help|job|work|advice)[.!]+\s*(truly|really|honestly|seriously|bravo|well done|wow|just wow|impressive)[.!]+\s+\S/;
/** …beside something that went wrong or advice that did not help. */
const LET_DOWN = /\b(your (answer|advice|reply|solution|fix|suggestion) (is|was)|stops?|stopped|died|broke|broken|failed|leaks?|leaking|still|again|(didnt|doesnt|did not|does not) (work|help)|not working|no longer)\b/;
/** Sincere praise: the trouble put right, or thanks. */
const PUT_RIGHT = /\b(thanks|thank you|replaced|refunded|fixed|sorted|resolved|swapped|works now|working now|sent (me )?a new)\b/;

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14 };
const num = (w: string) => NUMBER_WORDS[w] ?? Number(w);
const NUM = String.raw`(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fourteen)`;
/** "you said 5", "your email said 3 days": a number promised by the shop… */
// (Review: the top of a range said, "you said 3 to 5 days", and its unit, "you said 2 weeks" is not passed at "3 days".)
const PROMISED = new RegExp(String.raw`\b(you|u|your (?:site|website|page|article|email|faq|policy|bot|colleague|team)|the (?:site|website|page|article|email|faq|policy)) (said|says|told me|promised)\s+${NUM}\b(?:\s*(?:-|to|or)\s*${NUM}\b)?(?:\s+(?:business |working )?(days?|weeks?|months?)\b)?`);
/** …and more than that already gone by ("it's been Checked for 9 business days"). */
const WAITED = new RegExp(String.raw`\b(been|waited|waiting|now|already|over|more than|at)\b[^.!?\d]{0,25}?\b${NUM}\s+(business |working )?(days|weeks|months)\b`);
const inDays = (n: number, unit: string) => n * (unit.startsWith('week') ? 7 : unit.startsWith('month') ? 30 : 1);
/** A word of three letters or more shouted in a message otherwise typed in lower case ("WHAT is going on"). */
const SHOUTED_WORD = /(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/u;

/** "FANTASTISCH. Wieder nur ein Link.", "Great. Again just the same article.": praise alone, then the same let-down again. */
const PRAISE_THEN_AGAIN = /(?:^|[.!?]\s*)(fantastisch|toll|super|klasse|prima|grossartig|wunderbar|herrlich|spitze|perfekt|genial|bravo|great|fantastic|brilliant|wonderful|perfect|lovely|awesome|amazing|superb)[.!]+\s+(und\s+|and\s+)?(schon\s+|yet\s+|once\s+)?(wieder|nochmal|erneut|again)\s+(nur|bloss|blos|just|only|ein|eine|einen|der|die|das|dieselbe|derselbe|dasselbe|die gleiche|der gleiche|das gleiche|keine?|nichts|nothing|a|an|the same|another|no)\b/;

/** The thing tried this time did work. */
const WORKED_NOW = /\b((it|this|that|this one|that one|they|now it) (worked|works|did it|did the trick)|(now )?(it )?works now|worked (this time|now)|(hat|es hat) (\w+ )?(geholfen|funktioniert|geklappt)|(es )?(funktioniert|klappt|geht) (jetzt|jetzt doch|endlich|wieder)|(jetzt|endlich) (funktioniert|klappt|geht) es|sorted|fixed|solved)\b/;

export function verdictSignals(text: string, message: string): Verdict[] {
  const out: Verdict[] = [];
  if ((PRAISE_UNDERLINED.test(text) || PRAISE_UNDERLINED_FIRST.test(text)) && LET_DOWN.test(text) && !PUT_RIGHT.test(text)) out.push({ weight: STRONG, label: 'sarcasm' });
  const promised = PROMISED.exec(text);
  const waited = promised ? WAITED.exec(text) : null;
  if (promised && waited && inDays(num(waited[2]!), waited[4]!) > inDays(num(promised[4] ?? promised[3]!), promised[5] ?? waited[4]!)) {
    // Said with "!!" or a shouted word it is anger; said plainly it is a chase.
    const loud = /!!|\?!|!\?/.test(message) || (SHOUTED_WORD.test(message) && message.replace(/[^\p{Ll}]/gu, '').length > 3 * message.replace(/[^\p{Lu}]/gu, '').length);
    out.push({ weight: loud ? STRONG : MEDIUM, label: 'broken promise' });
  }
  // (Review: not when the same again did it, "Perfect. Again a link, this one worked!", "Super! Wieder ein Link, und es klappt".)
  if (PRAISE_THEN_AGAIN.test(text) && !/\b(danke|thanks|thank you)\b/.test(text) && !WORKED_NOW.test(text)) out.push({ weight: STRONG, label: 'sarcasm' });
  for (const v of ironySignals(text, message)) out.push(v);
  return out;
}

/**
 * Session 61 (F): irony aimed at what the shop sold or promised, said after its answer did not help.
 * "worth every cent clearly 🙄": the price's worth praised beside a let-down (an eye-roll, or "clearly" and the let-down).
 */
const VALUE_PRAISE = /\b(worth every (cent|penny|euro|dollar|pound)|money well spent|(great|good|excellent|fantastic|amazing|brilliant) value( for money)?|worth (the|every bit of the) (money|price|extra|premium|wait))\b/;
const EYE_ROLL = /🙄|😒|🙃|👏/u;
/** "clearly", "obviously", "lol" said after the praise: the tone marked as not meant. */
const TONE_MARKED = /\b(worth every \w+|well spent|value( for money)?|(money|price|extra|premium|wait))[^\w?]+(clearly|obviously|evidently|apparently|lol|not|right|eh|huh|i guess|innit)\b/;
/** What went wrong with what was paid for: late, not here, dead, broken. */
const PAID_LET_DOWN = /\b(still (not|no|nothing|waiting|hasnt|hasnt)|not (here|arrived|delivered|working|shipped)|never (arrived|came|worked|shipped)|(on the way|in transit|waiting|been) (for )?(\d+|two|three|four|five|six|seven|ten) (days|weeks)|late|dies|died|dead|broke|broken|leaks?|leaking|stopped|soaks?|wets? out|fell apart)\b/;
/**
 * "great 'promise' you've got there", "some 'guarantee'", "nice 'lifetime warranty'": a word of the shop's in scare quotes
 * beside praise or "so-called" (read in the raw message: normalising drops the quotes).
 */
const SCARE_QUOTED = /\b(great|nice|lovely|brilliant|fantastic|wonderful|amazing|fine|real|some|so[- ]called|what a|excellent|awesome)\s+['"‘“](?:[a-z-]+ ){0,2}(promise|guarantee|warranty|policy|service|support|help|customer service|price match|express|satisfaction|quality|waterproof|care|advice|solution|answer|team)['"’”]/;
/** "lovely policy you've got there", "great system you have going": the shop's way of working praised at arm's length. */
const YOUVE_GOT_THERE = /\b(great|nice|lovely|brilliant|fantastic|wonderful|fine|real|some|quite a|what a|excellent) ([a-z]+ ){0,2}(promise|guarantee|warranty|policy|system|service|setup|process|operation|business|support|website|bot|chat|rules?)\W{0,3} (youve got|youve|you have got|you have|you got|youre running) (there|going( on)?|here)\b/;
/** "marketing gimmick then", "just a sales ploy": the offer called a trick, said as a verdict (not asked). */
/** Review 61: the quoted word naming a product wanted ("I need a real "waterproof" jacket"), not the shop's word mocked. */
const QUOTED_PRODUCT = /^\s*(jackets?|shells?|coats?|tents?|watch(es)?|lamps?|headlamps?|boots?|gear|one|ones|model|version|kit|trousers|pants)\b/;
const MARKETING_TRICK = /\b(marketing|sales|pr|advertising) (gimmick|ploy|stunt|trick|con|lie|lies|nonsense|fluff|bs|spin)\b(?![^.!?]*\?)/;
/** Review 61: the trick waved off, not alleged ("no marketing fluff please", "not saying it's a marketing lie"). */
const TRICK_WAVED_OFF = /\b(no|without|spare me|skip|cut|(dont|do not) (want|need)|not (saying|claiming|suggesting|implying)( (that|its|it is|this is))?( (a|just|some))?)( (the|any|all|that|this|a))? (marketing|sales|pr|advertising) (gimmick|ploy|stunt|trick|con|lie|lies|nonsense|fluff|bs|spin)\b/;
/** Someone else's view passed on ("my husband said it's a marketing trick, prove him wrong"), not the customer's verdict. */
const HEARSAY = /\b(said|says|thinks|reckons|told me|tells me|claims|according to|prove (him|her|them|me) wrong)\b/;
/**
 * "ask my bank. right. because that's worked so well for everyone.": the advice met with mock faith in it, opening a
 * sentence (not "I reordered because that's worked so well for us").
 */
const MOCK_FAITH = /(?:^|[.!?]\s*)((yeah|yes|sure|right|oh yes|oh yeah|oh sure|of course|ah yes)\W+)?(because|cause|cos|coz|as if) (thats|thatll|thatd|its|itll|theyve|youve|that|this|it|they|you)( has| have| is| are| will| would)?( (always|ever|really|totally|definitely))? (worked|work|works|working|going to work|gonna work|helped|help|went|gone|going) (out )?((so|really|sooo+|ever so) (well|great|nicely|smoothly)|brilliantly|beautifully|wonderfully|perfectly)\b(?![^.!?]*,\s*(i|we|ill|id|so)\b)(?![^.!?]*\b(on my (last|previous)|(i|we) (want|would|need|bought|ordered|got|am|will))\b)/;
/** "you people are unbelievable", "you lot are something else": contempt for the shop, said to it. */
const YOU_PEOPLE_ARE = /\b(you people|you lot) (are|r) (just |simply |truly |absolutely |honestly |really |actually )?(unbelievable|impossible|incredible|something else|a nightmare|beyond belief|a piece of work|a disgrace)\b/;
/** Review 61: praise meant, said with what pleased ("really easy to find sizes", "already here", "bought three already", 😍). */
const PLEASED = /\b(easy|helpful|quick|fast|already here|came (the )?next|arrived|love|loved|recommend\w*|found everything|bought (\w+ ){0,2}already|happy|impressed|great job)\b|😍|🥰|❤️|😊|🙌/u;
/** Thanks, or the trouble put right: praise and wonder meant. */
const MEANT = /\b(thanks|thank you|thx|cheers|arrived (today|yesterday|this morning|next day|the next day|early|on time)|works (now|great|perfectly)|fixed|sorted|love (it|them))\b/;

function ironySignals(text: string, message: string): Verdict[] {
  const out: Verdict[] = [];
  const meant = MEANT.test(text);
  const raw = message.toLowerCase();
  if (VALUE_PRAISE.test(text) && !meant && (EYE_ROLL.test(message) || (TONE_MARKED.test(text) && PAID_LET_DOWN.test(text)))) out.push({ weight: STRONG, label: 'sarcasm' });
  const quoted = SCARE_QUOTED.exec(raw);
  if (((quoted !== null && !QUOTED_PRODUCT.test(raw.slice(quoted.index + quoted[0].length))) || (YOUVE_GOT_THERE.test(text) && !PLEASED.test(message.toLowerCase()))) && !meant) out.push({ weight: STRONG, label: 'sarcasm' });
  if (MARKETING_TRICK.test(text) && !/^\W*(is|are|isnt|was)\b/.test(text) && !HEARSAY.test(text) && !TRICK_WAVED_OFF.test(text)) out.push({ weight: STRONG, label: 'insult' });
  if (MOCK_FAITH.test(text) && !meant) out.push({ weight: STRONG, label: 'sarcasm' });
  if (YOU_PEOPLE_ARE.test(text) && !meant && !PLEASED.test(message.toLowerCase())) out.push({ weight: STRONG, label: 'insult' });
  return out;
}

/**
 * f312_060: "Das hilft nicht, die Farbe ist nicht mehr verfügbar. Kann ich stattdessen eine andere Jacke nehmen?": the
 * answer turned down mildly and another way asked for at once is a new question, not anger.
 */
const MILD_NO = /^\W*(das hilft (mir )?(leider )?nicht|that (doesnt|does not) (really )?help|that (doesnt|does not) (really )?answer (it|my question)|no me sirve|eso no me ayuda)\b/;
const ASKS_ANOTHER_WAY = /\b(kann ich|konnte ich|darf ich|ist es moglich|can i|could i|is it possible|may i|puedo|podria)\b[^?]*\?\s*[^?]*$/;
export function mildNoThenAsks(text: string): boolean {
  return MILD_NO.test(text) && ASKS_ANOTHER_WAY.test(text) && !/!!|\?\?/.test(text);
}
