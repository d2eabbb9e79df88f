/**
 * Session 57: phrases whose words say one thing that help articles name otherwise. The words of the phrase give way to
 * what it means, as a term the passage must have: "€449 already left my account" is a charge (the account-and-password
 * passage has "account", the tracking passage "left"), "never used it" is an unused balance (the privacy passage has
 * "never" and "used for nothing else"), "pay by invoice" is a way to pay (the refunds passage adjusts a Klarna invoice),
 * "it's going to my old address, can it be fixed?" is changing the address. `said` is normalised (lower case, no apostrophes).
 */

/** Money by any name, or a sum ("€449", "449 euros", "the full amount"). */
const MONEY = String.raw`(?:\b(?:money|cash|payment|amount|sum|charge|total|price)\b|[€$£]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|(?:eur|euros?|dollars?|usd|bucks)\b))`;
/** An account money is kept in. */
const BANK_ACCOUNT = String.raw`(?:my|our|the) (?:bank |checking |current |credit card |card |paypal )?(?:account|card|bank|balance)`;
/**
 * Money gone from the customer's account: "debited from my account", "taken out of my bank", and "left / gone from /
 * come out of my account" when money or a sum is named before it (not "I left my account open on the shared laptop",
 * "leave my account", which is the account itself).
 */
const MONEY_TAKEN = new RegExp(
  String.raw`\b(?:debited|deducted|withdrawn|taken out|taken|removed|pulled|gone out|came out|come out|went out)\s+(?:of|from)\s+${BANK_ACCOUNT}\b` +
    String.raw`|${MONEY}[^.?!]{0,30}?\b(?:left|leaving|gone|went|disappeared|vanished|come|came|taken|missing)\s+(?:(?:out\s+)?(?:of|from)\s+)?${BANK_ACCOUNT}\b`,
);
/** Never used, not once: "never used it", "haven't used it yet", "not used a cent of it" (not "never used to happen"). */
const NEVER_USED = /\b(?:never|not|havent|hasnt|have not|has not|didnt|did not)\s+(?:(?:even|yet|once|ever|been)\s+)?used\b(?!\s+to\b)/;
/**
 * Paying by invoice is a way to pay ("can I pay by invoice with Klarna?", "pay on invoice"): the payment methods, which
 * speak of "pay in 30 days". (Not "payment terms" or "on account" for a business, detailAsks.ts, which is another question.)
 */
const PAY_BY_INVOICE = /\b(?:pay|paying|payment|buy|order)\s+(?:by|on|via|per|with|against|through)\s+(?:an?\s+)?invoice\b|\binvoice\s+payment\b|\bpay\s+later\b/;

/**
 * An order's address put right: "it's going to my old address, can it still be fixed?", "fix the address", "sent to my
 * previous address": changing the delivery address, as the articles say it (not "my old address was in Berlin", told).
 */
const ADDRESS_FIXED = /\b(?:going|sent|sending|shipped|shipping|delivered|coming|headed|heading|addressed|go|goes)\s+to\s+(?:my|the|an|our)\s+(?:old|previous|former|wrong|outdated|last)\s+(?:home\s+|delivery\s+|shipping\s+)?address\b|\b(?:fix|correct|amend|update|sort out)\s+(?:the|my|that|this|our)\s+(?:delivery\s+|shipping\s+)?address\b/g;
/** "…my old address. Can it still be fixed?": put right, within a sentence or two after the address is named. */
const PUT_RIGHT = /\b(?:be|get|have)\s+(?:it\s+|that\s+|this\s+)?(?:fixed|sorted|corrected|amended|changed|updated)\b/g;
/** The address phrases of `said`, and "be fixed" up to 120 characters after "address" (a look-behind took ~100 ms on 4,000 characters). */
function addressFixed(said: string): string[] {
  const found = [...said.matchAll(ADDRESS_FIXED)].map((m) => m[0]);
  const at = said.indexOf('address');
  if (at >= 0) found.push(...[...said.slice(at, at + 130).matchAll(PUT_RIGHT)].map((m) => m[0]));
  return found;
}

/**
 * Session 60: what the customer was told before and asks to have confirmed ("last time the bot said returns are free in the
 * EU… is that still right?"): the telling and the "is that right" name no topic (only what was said does), so they give way.
 */
const TOLD_BEFORE = /\b(?:(?:last time|earlier|before|previously|yesterday|once)\s+)?(?:the|your|a|this|you r|youre)\s+(?:chat ?bot|bot|chat|assistant|website|site|faq|help (?:centre|center|page)|colleague)\s+(?:said|told me|says|mentioned|claimed|stated)\b|\b(?:is|was) (?:that|this) (?:still )?(?:right|true|correct|the case|accurate|valid|so)\b/;
/**
 * Session 61: a figure the customer states and asks to have confirmed ("Express to Madrid is 1-2 days, right?", "2 years
 * minimum, is that the same for your jackets?"), and what someone else told them ("my lawyer friend says…", "I read
 * that…"): the tag and the teller name no topic, only the claim does.
 */
const CONFIRM_TAG = /,\s*(?:right|correct|yes|no|true|isnt (?:it|that|they)|arent they)\s*\?|\b(?:is|are) (?:that|this|it|they) (?:the same|also (?:true|the case|so)|true|so) (?:for|with|on)\b/;
const KIN = String.raw`(?:friend|colleague|brother|sister|mum|mom|mother|dad|father|wife|husband|partner|neighbou?r|lawyer|cousin|uncle|aunt|boss|son|daughter|girlfriend|boyfriend)`;
const HEARSAY = new RegExp(String.raw`\b(?:my|our|a) (?:\w+ )?${KIN}s? (?:says|said|told me|tells me|reckons|thinks|claims|mentioned)\b|\b(?:i (?:heard|read)|someone (?:told me|said)|people say)(?= that\b)`);
/**
 * Session 61: a store asked for in a place ("do you have a store in Madrid?", "is there a shop near Lyon?"): the store
 * list settles it, yes or no, and the place is where, not what is asked (not "a store in stock").
 */
/** A Spanish greeting opening an English question ("hola! do you have a store in Madrid?") names no topic either. */
const HOLA = /^hola\b/;
const STORE_IN_PLACE = /\b(?:do you have|have you got|is there|are there|any|got) (?:a |an |any )?(?:stores?|shops?|branch(?:es)?|outlets?|showrooms?) (?:in|near|around|close to) (?!(?:stock|store|shop|the (?:us|eu|uk)|europe)\b)[a-z]+\b/;
/**
 * Session 61: a product got to a relative who lives elsewhere ("my brother lives in Boston… how do I get a Pace 5 to
 * him?"): sending a gift to someone, as the shipping articles say it.
 */
const RELATIVE_ELSEWHERE = new RegExp(String.raw`\b(?:my|our) (?:\w+ )?(?:${KIN}|parents|family|grandma|grandmother|grandpa|grandfather|nephew|niece|relatives?)s? (?:lives|live|living|who lives?|is living|is based|are based|moved) (?:in|to|over in|out in)\b`);
const GOT_TO_THEM = /\b(?:get|send|ship|deliver|post|gift)\b[^.!?]{0,40}\bto (?:him|her|them)\b/;
/** Review 61: a day it must arrive by ("…to him by Friday?"): a delivery date, which the articles cannot promise. */
const BY_A_DAY = /\b(by|before|in time for|on|until) (mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(by|before|in time for|until) (the )?(\d{1,2}(st|nd|rd|th)?|christmas|xmas|(his|her|their) birthday|next week|the weekend|tomorrow)\b|\barrives? (by|on|before)\b/;
function sentToRelative(said: string): string[] {
  if (BY_A_DAY.test(said)) return [];
  const told = RELATIVE_ELSEWHERE.exec(said);
  const sent = told ? GOT_TO_THEM.exec(said) : null;
  return told && sent ? [told[0]] : [];
}

/**
 * Session 61 (V): "how do I file it?" after a warranty answer makes a claim, as the articles say it (not "the file it
 * sent", a file). The verb needs someone filing it before it.
 */
const FILE_IT = /\b(?:to|i|we|do|can|could|should|ill|i will|then|and|please|where|how)\s+(?:i\s+|we\s+|you\s+)?(?:file|lodge)\s+(?:it|that|this|one|them)\b/;
/**
 * Money put back onto a card named by its brand ("the difference goes back onto my Amex?", "refunded to my Visa"): a
 * refund to the payment method, as the articles say it (not "go back to my account", a page).
 */
const CARD = String.raw`(?:card|amex|american express|visa|mastercard|master card|maestro|credit card|debit card|paypal|apple pay|google pay)`;
const BACK_ON_CARD = new RegExp(String.raw`\b(?:go|goes|going|went|come|comes|coming|paid|put|credited|refunded|returned|get it|gets)\s+(?:straight\s+)?back\s+(?:on|onto|to|into)\s+(?:my|the|our|that)\s+${CARD}\b|\b(?:refunded|credited|reimbursed)\s+(?:on|onto|to|into)\s+(?:my|the|our|that)\s+${CARD}\b`);
/** "if they go that route", "should you take that option": a step just named, which says no topic of its own. */
const THAT_ROUTE = /\b(?:if|should|when|once)\s+(?:they|you|we|i|it)\s+(?:go|goes|went|take|takes|choose|chooses|pick|picks)\s+(?:that|this)\s+(?:route|way|path|option)\b/;


/** "if they say no, can I contest it?": a decision appealed, as the articles say it (not "dispute it", with a bank). */
const CONTEST = /\b(?:contest|challenge|appeal against|object to)\s+(?:it|that|this|the (?:decision|rejection|refusal|outcome|verdict))\b/;

/**
 * Session 62 (V2): someone else into the customer's account ("is my balance safe if someone else logs in with my
 * password?", "my ex knows my password", "a stranger got hold of my login"): the account's security, which the
 * articles call suspicious activity (change the password), not the balance or points the customer worries for. Someone
 * the customer did not mean to let in: not "my partner logs in with my password" nor "I logged in with my password".
 */
const OUTSIDER = String.raw`(?:some ?(?:one|body)(?: else)?|any ?(?:one|body) else|(?:a )?strangers?|hackers?|other people|people i dont know|(?:my|an|our) ex(?:-?(?:partner|wife|husband|boyfriend|girlfriend))?|(?:my|our) former (?:partner|flatmate|roommate|housemate|colleague|employee))`;
const CREDENTIALS = String.raw`(?:my|our) (?:password|passcode|login(?: details)?|log-?in(?: details)?|sign-?in details|credentials|account details)`;
const OUTSIDER_IN = new RegExp(
  String.raw`\b${OUTSIDER} (?:could |can |might |may |would |will |has |had |have )?(?:logs?|logged|logging|signs?|signed|signing|gets?|got|getting|gotten|break|breaks|broke) (?:in|into|on)(?:to)? (?:with|using) ${CREDENTIALS}\b` +
    String.raw`|\b${OUTSIDER} (?:knows?|knew|has|have|had|got hold of|gets hold of|found out|saw|has seen|stole|guessed|is using|uses|used) ${CREDENTIALS}\b`,
);

/** Each phrase's matches in `said`, and what it means. */
const RESTATED: readonly [(said: string) => string[], string[]][] = [
  [addressFixed, ['change', 'address']],
  [every(MONEY_TAKEN), ['charged', 'payment']],
  [every(NEVER_USED), ['unused']],
  [every(PAY_BY_INVOICE), ['pay', 'methods']],
  [every(TOLD_BEFORE), []],
  [every(CONFIRM_TAG), []],
  [every(HEARSAY), []],
  [every(HOLA), []],
  [every(STORE_IN_PLACE), ['stores']],
  [sentToRelative, ['send', 'across', 'regions']],
  [every(FILE_IT), ['claim']],
  [every(BACK_ON_CARD), ['refund', 'payment', 'method']],
  [every(THAT_ROUTE), []],
  [every(CONTEST), ['appeal']],
  [every(OUTSIDER_IN), ['suspicious', 'activity', 'change', 'password']],
];
function every(re: RegExp): (said: string) => string[] {
  const global = new RegExp(re.source, 'g');
  return (said) => [...said.matchAll(global)].map((m) => m[0]);
}

/** The phrases of `said` that say what the articles name otherwise: what each means, and the words it says it in. */
export function restatedPhrases(said: string): { means: string[]; words: string[] }[] {
  const out: { means: string[]; words: string[] }[] = [];
  for (const [find, means] of RESTATED) {
    const found = find(said);
    if (found.length > 0) out.push({ means, words: found.flatMap((m) => m.split(/[^a-z0-9]+/).filter(Boolean)) });
  }
  return out;
}
