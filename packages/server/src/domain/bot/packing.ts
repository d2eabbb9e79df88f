/**
 * What goes into the parcel: a gift note, gift wrap, no price or invoice in the box ("it's a present going straight
 * to my dad"). Read by the bot (a help centre rarely says whether the team does it) and by team routing.
 */
export const PACKING =
  /\b(gift[- ]?wrap\w*|wrap (it|them) (up|as)|(gift|greeting|handwritten) (note|message)|personal (note|message) (in|with|inside)|(greeting|handwritten|birthday|christmas|little|small) card|(note|card|message) in (the|with) (box|parcel|order|package)|put (in )?a (small |little )?(card|note)|(invoice|receipt|price|packing slip|price slip|prices)\b[^.!?]{0,30}\b(in|inside|into|out of|off) the (box|parcel|package|packing slip)|(leave|keep|take) (the )?(price|invoice|receipt)s? (out|off)|(dont|do not) (include|put in|add) (the |any |a )?(invoice|receipt|price|prices|price tag)s?|prices? (printed )?on the (packing slip|delivery note)|grusskarte|karte\b[^.!?]{0,40}\bbeilegen|geschenk verpack\w*|als geschenk verpacken|envolver\w*|papel de regalo|tarjeta (de felicitacion|con un mensaje|escrita))\b/;

/**
 * It is a present (without one, "no invoice in the parcel, I need one for my company" is billing's): named so, or the
 * parcel goes straight to someone of the family ("going straight to my goddaughter").
 */
export const A_PRESENT = /\b(gift|present|surprise|birthday|christmas|anniversary|graduation|geschenk|geburtstag|weihnacht\w*|regalo|cumpleanos|sorpresa|grusskarte)\b|\bgift[- ]?wrap|\b(going|goes|sent|sending|send|shipping|ship|delivered|deliver|posted) (straight |directly |right )?to my (god)?(daughter|son|mum|mom|mother|dad|father|wife|husband|partner|sister|brother|niece|nephew|grand(daughter|son|ma|pa|mother|father|kids?|children)|aunt|uncle|godchild|girlfriend|boyfriend|fiance|fiancee)\b/;

/** `said` normalised: asks for something in or about the parcel of a present. */
export function asksAboutPacking(said: string): boolean {
  return PACKING.test(said) && A_PRESENT.test(said);
}
