/**
 * What goes into the parcel: a gift note, gift wrap, no price or invoice in the box ("it's a present going straight
 * to my dad"). Read by the bot (a help centre rarely says whether the team does it) and by team routing.
 */
export const PACKING =
  /\b(gift[- ]?wrap\w*|wrap (it|them) (up|as)|(gift|greeting|handwritten) (note|message)|personal (note|message) (in|with|inside)|(greeting|handwritten|birthday|christmas|little|small) card|(note|card|message) in (the|with) (box|parcel|order|package)|put (in )?a (small |little )?(card|note)|(invoice|receipt|price|packing slip|price slip|prices)\b[^.!?]{0,30}\b(in|inside|into|out of|off) the (box|parcel|package|packing slip)|(leave|keep|take) (the )?(price|invoice|receipt)s? (out|off)|(dont|do not) (include|put in|add) (the |any |a )?(invoice|receipt|price|prices|price tag)s?|prices? (printed )?on the (packing slip|delivery note)|grusskarte|karte\b[^.!?]{0,40}\bbeilegen|geschenk verpack\w*|als geschenk verpacken|envolver\w*|papel de regalo|tarjeta (de felicitacion|con un mensaje|escrita))\b/;

/** It is a present: without one, "no invoice in the parcel, I need one for my company" is billing's. */
export const A_PRESENT = /\b(gift|present|surprise|birthday|christmas|anniversary|graduation|geschenk|geburtstag|weihnacht\w*|regalo|cumpleanos|sorpresa|grusskarte)\b|\bgift[- ]?wrap/;
/**
 * Or the parcel goes straight to someone of the family and the customer asks to leave the prices out ("going straight
 * to my goddaughter … leave the invoice out"; not "delivered to my mum by mistake, the invoice has the wrong VAT").
 */
const TO_FAMILY = /\b(going|goes|sending|send|shipping|ship|posting|post)( it| them| the order| this| the parcel)? (straight |directly |right )?to my (god)?(daughter|son|mum|mom|mother|dad|father|wife|husband|partner|sister|brother|niece|nephew|grand(daughter|son|ma|pa|mother|father|kids?|children)|aunt|uncle|godchild|girlfriend|boyfriend|fiance|fiancee)\b/;
const LEAVE_OUT = /\b(leave|keep|take)\b[^.!?]{0,50}\b(out|off)\b|\b(dont|do not|without)( include| put in| add)?( the| any| a)? (invoice|receipt|price|prices|price tag)s?\b/;

/** `said` normalised: asks for something in or about the parcel of a present. */
export function asksAboutPacking(said: string): boolean {
  return PACKING.test(said) && (A_PRESENT.test(said) || (TO_FAMILY.test(said) && LEAVE_OUT.test(said)));
}
