/**
 * Session 61 (T): how long delivery takes, or whether it will come by a date, asked before an order is placed ("wie lange
 * dauert der Versand nach Österreich? Ich brauche das Zelt bis Freitag", "how long does shipping to Ireland take?"): the
 * shipping team's, though the product named pulls the classifier to pre-sales or the troubleshooters. (The placed order's
 * "can it arrive by Thursday?" is teamCorrectionsMore.ts's.)
 */
import { normalise } from '../bot/text.js';

/** The time a delivery takes, asked (en/de/es). */
const DELIVERY_TIME = new RegExp(
  [
    String.raw`\bhow (long|many (working |business )?days) (does|do|will|would|is|should) (the )?(shipping|delivery|postage|standard delivery|express delivery|it take to (ship|deliver|arrive|get (here|there)))\b`,
    String.raw`\bhow (long|many (working |business )?days) (does|do|will|would) (it|they|an? order|the (parcel|package|tent|jacket|watch|order)) take to (ship|be (shipped|delivered)|deliver|arrive|get to|reach)\b`,
    String.raw`\b(shipping|delivery|transit) (times?|duration)\b(?! (for|of) (the |my |our )?(return|refund)s?\b)`,
    String.raw`\bwhen (would|will|could) (it|they|the \w+) (arrive|be delivered|get (here|there|to me))\b[^.!?]{0,30}\bif (i|we) (order|buy|place)\w*`,
    String.raw`\bwie lange (dauert|braucht|brauchen|dauern) (der versand|die lieferung|die zustellung|das paket|ein paket|die sendung|der transport)\b|\b(lieferzeit|lieferdauer|versanddauer|versandzeit|zustellzeit)\w*\b`,
    String.raw`\bwann (ware|wäre|ist|kommt|kame) (\w+ ){0,3}(da|an)\b[^.!?]{0,30}\bwenn (ich|wir) (\w+ ){0,2}(bestelle|bestellen|kaufe|kaufen)\b`,
    // Session 61 (T3): what a delivery option costs or whether it is offered to a place ("how much is express to alaska",
    // "express isnt available?? every other shop does it", "was kostet der Expressversand nach Wien?").
    String.raw`\bhow much (is|does|do|would|will) (it cost (to|for) )?(the )?(express|standard|next[- ]day|overnight)?( ?(shipping|delivery|postage))? ?(to|for) (alaska|hawaii|[a-z]+land|[a-z]+ia|canada|the (us|uk|eu|usa|islands))\b`,
    String.raw`\b(how much|what does|what do you charge for) (is |does )?(the )?(express|next[- ]day|overnight) (shipping |delivery |postage )?(cost|to)\b|\b(express|next[- ]day|overnight) (shipping |delivery )?(isnt|is not|arent|not) (available|offered|possible)\b|\b(no|not even) (express|next[- ]day|overnight) (shipping|delivery|option)\b`,
    String.raw`\bwas kostet (der|die) (express)?(versand|lieferung|zustellung)\b|\bcuanto cuesta (el )?envio (express|urgente|a)\b`,
    String.raw`\bcuanto (tiempo )?(tarda|tardan|tardaria|tardarian) (el envio|la entrega|el paquete|el pedido|en (llegar|enviar|entregar))\b|\b(plazos?|tiempos?) de (entrega|envio)\b`,
  ].join('|'),
);
/** …not a return's or a refund's, a restock's, a repair's, nor an order already on its way (its own correction). */
const NOT_BEFORE_ORDER =
  /\b(return\w*|refund\w*|repair\w*|restock\w*|back in stock|in stock|sold out|exchang\w*|[a-z]{1,4}-\d{4,}|my order|(i|we) (have )?(ordered|placed)|ruck\w*|zuruck\w*|erstatt\w*|reparatur\w*|wieder (verfugbar|lieferbar|da)|devol\w*|reembols\w*|reparaci\w*|mi pedido|meine bestellung)\b/;

export function asksDeliveryTime(topical: string): boolean {
  const t = normalise(topical);
  return DELIVERY_TIME.test(t) && !NOT_BEFORE_ORDER.test(t);
}
