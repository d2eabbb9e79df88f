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
