/**
 * What goes into the parcel: a gift note, gift wrap, no price or invoice in the box ("it's a present going straight
 * to my dad"). Its words are billing's (card, invoice, price), the matter is the team's that ships the order.
 */
import { normalise } from '../bot/text.js';

const PACKING =
  /\b(gift[- ]?wrap\w*|wrap (it|them) (up|as)|(gift|greeting|handwritten) (note|message)|personal (note|message) (in|with|inside)|(greeting|handwritten|birthday|christmas|little|small) card|(note|card|message) in (the|with) (box|parcel|order|package)|put (in )?a (small |little )?(card|note)|(invoice|receipt|price|packing slip|price slip|prices)\b[^.!?]{0,30}\b(in|inside|into|out of|off) the (box|parcel|package|packing slip)|(leave|keep|take) (the )?(price|invoice|receipt)s? (out|off)|grusskarte|karte\b[^.!?]{0,40}\bbeilegen|geschenk verpack\w*|als geschenk verpacken|envolver\w*|papel de regalo|tarjeta (de felicitacion|con un mensaje|escrita))\b/;

/** It is a present: without one, "no invoice in the parcel, I need one for my company" is billing's. */
const A_PRESENT = /\b(gift|present|surprise|birthday|christmas|anniversary|graduation|geschenk|geburtstag|weihnacht\w*|regalo|cumpleanos|sorpresa|grusskarte)\b|\bgift[- ]?wrap/;

export function asksAboutPacking(conversation: string): boolean {
  const all = normalise(conversation);
  return PACKING.test(all) && A_PRESENT.test(all);
}
