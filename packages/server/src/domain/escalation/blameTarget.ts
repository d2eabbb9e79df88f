/**
 * Whom a harsh word is aimed at: the shop (its staff, bot or service), or someone or something else ("my bank is the
 * worst", "GPS altitude is useless for that"). frustration.ts counts an insult only when it is aimed at the shop.
 */
import { sentences } from '../bot/text.js';
import { namedShop } from '../site/siteNames.js';

/** Someone or something other than the shop, as a sentence's subject: "my bank", "the airline", "another brand". */
const SOMEONE_ELSE = /\b(my|our|his|her) (bank|brother|sister|[\w-]+-in-law|friend|mum|mom|mother|dad|father|husband|wife|partner|boyfriend|girlfriend|kids?|children|son|daughter|neighbou?r|boss|colleague|postal service|post office|courier|landlord|old \w+|current \w+|previous \w+|last \w+)\b|\bthe (airline|campsite|post office|postal service|local post|weather|forecast|reviews?|reviewers?|hotel|airport|customs office|train|railway)\b|\b(an?other|other|different) (brands?|shops?|stores?|sites?|websites?|sellers?|retailers?|companies|company)\b|\b(marketplace|third[- ]party) sellers?\b|\bthose (guys|people|sellers|folks)\b|\bsomeone (in|on) (a|the) (forum|review|group|thread)\b/;
/** The shop, its staff, its bot or its service, named or addressed. */
const THE_SHOP = /\b(you|your|u|ur|yall|youre|this (shop|store|chat|bot|company|site|website|service)|the (bot|chat|support|service|customer service|shop|store|website|site|company)|<shop>)\b/;

/**
 * The text without what blames someone else: a sentence that does not name the shop is cut where someone else becomes
 * its subject ("My bank is honestly the worst", "The airline was useless about it too"; "What a rip-off, my friend paid
 * half" keeps its rip-off), and so is the sentence right after, unless it names the shop ("My brother-in-law sat on
 * it. Useless man."). An insult there is not aimed at the shop.
 */
export function withoutOthersBlamed(text: string, shopName: string): string {
  const parts = sentences(text);
  const shop = namedShop(THE_SHOP, shopName);
  if (!parts.some((p) => SOMEONE_ELSE.test(p))) return text;
  return parts
    .map((p, i) => {
      if (shop.test(p)) return p;
      const at = p.search(SOMEONE_ELSE);
      if (at >= 0) return p.slice(0, at);
      const before = parts[i - 1];
      return before !== undefined && SOMEONE_ELSE.test(before) && !shop.test(before) ? '' : p;
    })
    .join(' ');
}

const THING_UNFIT = /\b(is|are|was|were|s|gets|becomes|seems|looks)( (completely|totally|pretty|basically|kind of|a bit|rather|fairly|quite))? useless (for|when|in|at|above|below|under|indoors|outdoors)\b(?! (answering|helping|anything|everything)\b| (me|us)\b(?! (when|in|on|at|for|because|as|while)\b))/;

/** Session 52: "GPS altitude is useless for that. Barometer yes or no?": a thing unfit for a use, not the shop blamed. */
export function unfitForUse(text: string, shopName: string): string {
  const shop = namedShop(THE_SHOP, shopName);
  // (Review 2: a thing said to be useless, "X is useless for…"; not a bare "Completely useless at answering anything",
  // "Honestly useless when it matters", aimed at whoever answered.)
  return sentences(text).map((p) => (THING_UNFIT.test(p) && !shop.test(p) ? p.replace(/\buseless\b/g, ' ') : p)).join(' ');
}


/**
 * Session 62 (RF2): the customer's own telling called silly before they tell it ("this is going to sound ridiculous but
 * bear with me", "I know it sounds absurd", "probably a stupid question", "I feel ridiculous asking"): aimed at
 * themselves, not the shop. Not "your policy sounds ridiculous", "that sounds like a joke".
 */
const OWN_TELLING = /\b(?:(?:this|it)(?: is| s)? (?:going to|gonna|will|might|may|could|probably)(?: probably| totally| sound like| be| seem)? (?:sound|seem)|(?:i know|i realise|i realize|i know that) (?:this|it|how this|how it)(?: (?:may|might|will|probably|must))? (?:sounds?|seems?|is)|(?:i )?(?:feel|felt|feeling)(?= (?:a (?:bit|little) |so |kind of |kinda )?\w+ (?:asking|for asking|to ask|even asking|but)\b))(?: a (?:bit|little)| kind of| kinda| so| totally| completely)? (?:ridiculous|absurd|crazy|insane|silly|stupid|daft|dumb|weird)\b|\b(?:probably |maybe |might be |possibly )?(?:a |my )?(?:ridiculous|stupid|silly|daft|dumb) question\b/g;
export function withoutOwnTelling(text: string): string {
  return text.replace(OWN_TELLING, ' ');
}
