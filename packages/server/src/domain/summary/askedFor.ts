/**
 * What the customer asks the shop to offer or do, as typed: "do you offer a professional re-proofing service I could
 * send it to?" → "professional re-proofing service", "could you engrave the back with our wedding date?" → "engrave the
 * back". The agent reads what is wanted before the story around it.
 */
import type { TypedSpan } from './typedSpan.js';
import { namedShop } from '../site/siteNames.js';

/** Who is asked: the shop, as "you" or by its name (`<shop>`, site/siteNames.ts): "will you guys at Acme offer…". */
const WHO = String.raw`(?:you|u|ya|<shop>|the shop|the store|your (?:shop|store|company|team|workshop))(?:\s+(?:guys|folks|lot|also|still|maybe|perhaps|actually|ever|please|kindly|possibly))*(?:\s+(?:at|from)\s+<shop>)?`;
/** Where the thing asked for ends: a word that starts the rest of the sentence, or punctuation. */
const ENDS = String.raw`(?=\s+(?:if|where|that|which|for|to|so|i|we|or|and|as|when|with|at|in|on|of|by|rather|instead|like|because|please|too|as well|while|after|afterwards|though|whereby|separately|then|now|again|later|before|once)\b|\s*[?.!,;:]|\s*$)`;
// ("your colleague said you might offer a re-proofing service. Do you?": asked about, a question following.)
const OFFER = new RegExp(String.raw`\b(?:(?:do|does|would|will|can|could)\s+${WHO}|(?<!\bi know\s+)${WHO}\s+(?:might|may)(?=[^.!?]*[.!]?\s*(?:do|does)\s+(?:you|u|they)\b[^.!?]*\?))\s+(?:offer|provide|sell|rent|hire|run|stock|carry|organi[sz]e|arrange|do)(?:\s+out)?\s+(?:a |an |any |some |the )?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)${ENDS}`, 'giu');
const ACT = new RegExp(String.raw`\b(?:can|could|would|will)\s+${WHO}\s+((?:engrave|embroider|print|gift[- ]?wrap|wrap|split|hold|reserve|put aside|set aside|re-?proof|repair|fix|replace|invoice)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)${ENDS}`, 'giu');
/** "do you offer it", "could you send me the link": nothing named. */
const NOTHING_NAMED = /^(?:it|them|that|this|one|those|these|me|us|him|her|anything|something|so|yes|no|same|kind|sort|click|of\s+\S+|(?:me|us|one|those|these)\s+\S+|(?:such|that|this|the same)\s+(?:a\s+)?(?:thing|kind|sort)|(?:anything|something)\s+like\s+that)$/i;

/** `shop`: site.json `name` ("does Northwind offer…" asks the shop too). */
export function findAskedFor(text: string, shop = ''): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const re of [OFFER, ACT]) {
    for (const m of text.matchAll(namedShop(re, shop))) {
      const value = m[1]!;
      if (NOTHING_NAMED.test(value) || value.length < 4) continue;
      out.push({ index: m.index + m[0].lastIndexOf(value), value });
    }
  }
  return out;
}
