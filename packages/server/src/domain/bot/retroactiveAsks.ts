/**
 * Something missed at the time, asked to be done after the fact: points for a purchase not scanned or linked ("I forgot
 * to scan my QR code at the till, can you add the points afterwards?", "the points for NW-123456 never arrived, can you
 * credit them?"). A loyalty passage says how points are earned at the time, rarely how missing ones are added later; only
 * a passage that speaks of that settles it. `said` is normalised (lower case, no apostrophes).
 */
import { sentences } from './text.js';
import type { NarrowAsk } from './narrowAsks.js';

const POINTS = String.raw`(points|trailpoints|stamps|miles|rewards?|loyalty)`;
// "add/credit/claim the points afterwards / later / retroactively / for that receipt".
const ADD_LATER = new RegExp(
  String.raw`\b(add|added|credit|credited|claim|apply|applied|award|give|get|put|transfer|assign|backdate)\b[^.!?]{0,30}\b${POINTS}\b[^.!?]{0,40}\b(afterwards?|after the fact|later|retro-?actively|retrospectively|manually|belatedly)\b` +
    String.raw`|\b${POINTS}\b[^.!?]{0,20}\b(added|credited|applied|awarded|transferred|claimed)\b[^.!?]{0,30}\b(afterwards?|after the fact|later|retro-?actively|retrospectively|manually|belatedly)\b` +
    String.raw`|\b(retro-?actively|retrospectively|manually|belatedly|after the fact)\b[^.!?]{0,30}\b(add|credit|claim|award|apply|get)\b[^.!?]{0,30}\b${POINTS}\b` +
    // (Session 61: plainly, "forgot to scan my QR at the till. can you add the points?", the miss said beside it.)
    String.raw`|\b(can|could|would|will) you (please )?(add|credit|award|give me|put|transfer) (me )?(the|my|those|these|them|any) (missing )?${POINTS}\b(?! (to|onto|into) (my|the|a|his|her|our|their|another|\w+s) (\w+ ){0,2}(account|profile|card))` +
    String.raw`|\b(add|credit|claim|award|apply|get|give)\b[^.!?]{0,15}\b${POINTS}\b[^.!?]{0,20}\bfor (a|the|my|that|this|an?) (\w+ ){0,2}(receipt|purchase|order|till receipt|store purchase|shop purchase)\b[^.!?]{0,30}\b(didnt|did not|forgot|wasnt|was not|missed|without)\b`,
);
// Missed at the time, said anywhere in the message ("I forgot to scan", "wasn't logged in"), not points merely pending.
const MISSED = /\b(forgot|forget|forgotten|didnt|did not|wasnt|was not|werent|never|not)\b[^.!?]{0,20}\b(scan\w*|link\w*|log\w* in|sign\w* in|app|qr|member\w*|loyalty|account)\b|\bwithout (scanning|logging in|signing in|my (account|app|qr))\b/;

export function asksPointsAddedLater(said: string): boolean {
  return MISSED.test(said) && sentences(said).some((s) => ADD_LATER.test(s));
}
/** A passage that says how points missed at the time are added later. */
const ADDS_MISSED_POINTS = /\b(missing points|missed points|retroactive\w*|retrospectiv\w*|afterwards|added later|add (them|points) later|claim (missing )?points|within \d+ days of (the |your )?purchase)\b/i;

export const RETROACTIVE_ASKS: readonly NarrowAsk[] = [{ asks: asksPointsAddedLater, settles: ADDS_MISSED_POINTS, another: true, besideOthers: true }];
