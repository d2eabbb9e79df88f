/**
 * Session 62 (V2): questions about something gone that a passage near them leaves open, which a VIP is handed off for
 * (narrowAsks.ts applies them; `said` is normalised). A product no longer sold, asked again ("Is there a way to reorder
 * the Ridgeline 2P? It doesn't show in the shop anymore"): the warranty or exchange passages match its words, but no
 * article says what replaces a product or whether it returns. (Mail after an account was deleted, "I deleted my account
 * but just got a Trailpoints email, how is that possible?", was taken back on the development pool: an older label reads
 * the shouted version as frustration at the deletion passage.)
 */
import { sentences } from './text.js';
import type { NarrowAsk } from './narrowAsks.js';

const LISTING = String.raw`(?:the|your) (?:online |web ?)?(?:shop|store|site|website|webshop|catalogue|catalog|range|search)`;
const ANY_MORE = String.raw`(?:any ?more|any longer|now)`;
/** Said to be no longer sold: discontinued, gone from the shop, not sold any more (not "sold out", a restock). */
const NO_LONGER_SOLD = new RegExp(
  String.raw`\b(?:discontinued|out of production|no longer (?:sold|made|available|stocked|listed|offered|(?:on|in) ${LISTING})|not (?:sold|made|stocked|listed|offered|available) ${ANY_MORE})\b` +
    String.raw`|\b(?:isnt|is not|arent|are not|its not|not) (?:listed )?(?:on|in) ${LISTING} ${ANY_MORE}\b` +
    String.raw`|\b(?:doesnt|does not|dont|do not|wont|cant) (?:show|appear|come)(?: up)? (?:on|in) ${LISTING} ${ANY_MORE}\b` +
    String.raw`|\b(?:disappeared|vanished|gone|been removed|was removed|were removed|taken off) (?:from|off) ${LISTING}\b` +
    String.raw`|\b(?:you|u) no longer (?:sell|stock|carry|make|offer)\b|\b(?:you|u) (?:dont|do not) (?:sell|stock|carry|make|offer)\b[^.!?]{0,30}? ${ANY_MORE}\b` +
    String.raw`|\b(?:cant|cannot|can not|couldnt) find\b[^.!?]{0,40}? (?:on|in) ${LISTING} ${ANY_MORE}\b`,
);
/** Wanting it again, or what takes its place. */
const AGAIN_OR_INSTEAD = /\b(re-?order\w*|buy (it|one|another|them)( again)?|order (it|one|another|them)( again)?|get (it|one|another|them)( again)?|(coming|come|comes|be) back|replac\w*|successor|alternative|similar|equivalent|instead|any (left|stock)|still (get|buy|order|find))\b/;
/** A product's fault, asked of the warranty, which that passage settles. */
const FAULT = /\b(warranty|repair\w*|broken|broke|faulty|defect\w*|spare parts?)\b/;
const ASKED = /\?|^\W*(is|are|can|could|will|would|do|does|any|what|which)\b|\b(wonder\w*|know (if|whether|what)|tell me (if|whether|what))\b/;
export function asksDiscontinuedAgain(said: string): boolean {
  return NO_LONGER_SOLD.test(said) && !FAULT.test(said) && sentences(said).some((s) => AGAIN_OR_INSTEAD.test(s) && ASKED.test(s));
}
/** A passage about products no longer sold or what replaces them. */
const SPEAKS_DISCONTINUED = /\b(discontinued|no longer (sold|available|made|stocked)|successor|replacement (models?|products?)|end[- ]of[- ]line)\b/i;

export const GONE_ASKS: readonly NarrowAsk[] = [
  { asks: asksDiscontinuedAgain, settles: SPEAKS_DISCONTINUED, another: true, besideOthers: true },
];
