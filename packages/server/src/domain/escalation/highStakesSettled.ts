/**
 * Session 62 (HS): a scare that is not the customer's trouble now, which the KB or an FAQ answers: hacks in general
 * ("after all the news about hacked accounts… do you offer two-step verification?"), a phishing text someone else got
 * ("my friend got a phishing text pretending to be you, do you ever text customers?"), a hack the shop already put right
 * ("my account got hacked in march but you refunded everything… should i turn on 2fa"), and a device scare heard from
 * someone else with the customer's own fine ("someone from my running club said their trailsense caught fire?? mine's
 * fine"). Each holds only while nothing in the message is still wrong. Read on normalised text.
 */

/** Hacked accounts spoken of in general, plural and nobody's: "news about hacked accounts", "so many hacked emails". */
const HACKS_IN_GENERAL = /(?<!\b(my|our|his|her|their|both|two|three|\d+) (\w+ )?)\bhacked (accounts|profiles|e ?mails|e ?mail accounts|passwords|sites|websites|shops|stores|companies|retailers|databases)\b|\b(news|headlines|stories|articles?|reports?|all the|all these|so many|lots of|a lot of)\b[^.!?]{0,20}\b(hacks|hacking|data breaches|breaches|account takeovers|phishing (scams|texts|emails|attacks))\b/g;

/** Someone else received the phishing or scam message (not the customer). */
const OTHERS_PHISH = /\b((my|our|a) (\w+ )?(friends?|mates?|mums?|moms?|dads?|mother|father|parents?|grand\w+|wife|husband|partner|sons?|daughters?|brothers?|sisters?|cousins?|colleagues?|neighbou?rs?|flatmates?|roommates?|aunt|uncle|boss)|some ?one i know|people i know)\b[^.!?]{0,20}\b(got|gets|received|had|was sent|keeps getting|has been getting)\b[^.!?]{0,30}\b(phishing|scam|fake|dodgy|suspicious|spam|fraudulent)\b(?:(?!\b(?:and|but|so|then|now|also)\b)[^.!?])*/g;
/** …and acted on it anywhere in the message, or besides it money or the account touched: then it is a case after all. */
const HANDED_OVER = /\b(clicked|tapped|entered|typed|gave|filled in|paid)\b/;
const ACTED_ON = /\b(charged|debited|logged in|locked out|hacked|(never|didnt|did not) (order|ordered|place|placed))\b|[€$£]\s?\d/;

/** The shop (or the customer) already put the hack right: "your team sorted it all out", "you refunded everything". */
const PUT_RIGHT = /\b(you|you guys|your (\w+ )?(team|colleagues?|support|staff|people)|they|support)( all| kindly| quickly| already| then| eventually| swiftly)? (sorted|fixed|resolved|refunded|reversed|restored|recovered|cancell?ed|secured|handled|dealt with|took care of) (it|that|this|them|everything|all of it|it all|the (\w+ )?(orders?|charges?|money|account|hack|damage|payments?)|my (account|money|points|trailpoints))\b|\ball (good|fine|sorted|ok|okay|resolved) (now|since|again)\b|\b(it|that|this|everything|the (hack|order|orders|charge|charges|money)) (was|got|has been|have been|were) (all )?(sorted|resolved|fixed|refunded|reversed)\b/g;
/** …unless something is wrong again or still: "but now there's another order", "i'm still locked out". */
const STILL_WRONG = /\b(again|still|another|once more|new (orders?|charges?|logins?|sign ?ins?)|(but|and) now|this (morning|week)|today|yesterday|just now|(not|never|havent|hasnt|didnt) (been )?(sorted|fixed|resolved|refunded))\b/;

/** The hack told as happening now, before any fix: "someone is in my account right now". */
const NOW_HAPPENING = /\b(right now|at the moment|currently|today|this (morning|week)|just (got|been) hacked|(is|are|keeps? getting) (hacked|compromised))\b/;

/** A device scare told by someone else ("someone from my running club said their trailsense caught fire"). */
export const TOLD_BY_OTHERS = /\b(some ?one|some ?body|a (guy|girl|woman|man|lady|friend|mate|colleague)|(my|our) (friends?|mates?|colleagues?|neighbou?rs?|coach|brother|sister|cousin|dad|mum|mom|flatmate)|people)\b[^.!?]{0,40}\b(said|says|told (me|us)|mentioned|posted|claims?|claimed|reckons?)( that)? (their|his|her|theirs|one)\b/;

/**
 * Whether a security finding is one of these scares; `securityIn(rest)` reads what is left of the message once the scare
 * is set aside (or what follows the fix), so a real takeover told beside it still counts.
 */
export function securityNotCurrent(t: string, securityIn: (rest: string) => boolean): boolean {
  const general = t.replace(HACKS_IN_GENERAL, ' ');
  if (general !== t && !securityIn(general)) return true;
  const phish = t.replace(OTHERS_PHISH, ' ');
  if (phish !== t && !HANDED_OVER.test(t) && !ACTED_ON.test(phish) && !securityIn(phish)) return true;
  const fixes = [...t.matchAll(PUT_RIGHT)];
  const last = fixes[fixes.length - 1];
  if (!last || NOW_HAPPENING.test(t.slice(0, last.index))) return false;
  const rest = t.slice(last.index + last[0].length);
  return !STILL_WRONG.test(rest) && !securityIn(rest);
}
