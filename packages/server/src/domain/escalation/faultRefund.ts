/**
 * Session 62 (T2): a refund asked as the remedy for a fault ("i want a refund for the headlamp, it flickers… it died after
 * 3 weeks"): a claim on a faulty item, the team's that owns warranty claims and damaged items, though its word is "refund".
 * Not the money of a refund (its timing, its sum, a charge or a card), nor an item already sent back: those stay billing's.
 */
import { normalise } from '../bot/text.js';
import { chasesRefundMoney, itemWentBack } from './refundMoney.js';

/** The refund asked for (en/de/es). */
export const REFUND_ASKED =
  /\b(want|need|like|demand|expect|give me|requesting|request|deserve|just) (a |my |the |full |a full |your )?(refund|money back)\b|\b(just |please )?refund (it|them|me|this|that|the \w+)\b|\b(quiero|queria|quisiera|exijo|necesito) (un |el |mi )?(reembolso|dinero de vuelta)\b|\b(will|mochte|mochten|wollen|hatte gerne|verlange) (\w+ ){0,3}(mein geld zuruck|geld zuruck|erstattung|ruckerstattung)\b/;

/** A fault on the item (en/de/es). */
export const ITEM_FAULT =
  /\b(flicker\w*|died|dead|broke|broken|stopped working|quit working|gave up|fell apart|came apart|faulty|defect\w*|cracked|leak\w*|ripped|torn|peel\w*|(doesnt|does not|wont|will not|wouldnt|didnt|cant) (work|charge|turn on|switch on|hold a charge|stay on|light up)|kaputt|defekt\w*|funktioniert nicht|geht nicht mehr|flackert|no funciona|roto|rota|se rompio|defectuos[oa]|parpadea)\b/;

/** The money side of it: a sum or a share, a charge, a card, a code, or when the refund comes ("the code WELCOME10 didn't
 * work… refund the 10% manually" is a discount missed, billing's in an older label). */
const MONEY_SIDE =
  /\b(charged|charges|paid|payment|invoice|klarna|paypal|card|codes?|vouchers?|coupons?|discount|promo|gutschein|rabatt|cupon|descuento|how long|how soon|when (will|do|does|is|can)|cuanto tarda|cuando|wann|wie lange)\b|[€$£]\s?\d|\d\s?(€|%|eur\b|euros?\b|usd\b|dollars?\b)/;

export function refundForFault(conversation: string): boolean {
  const all = normalise(conversation);
  return REFUND_ASKED.test(all) && ITEM_FAULT.test(all) && !MONEY_SIDE.test(all) && !itemWentBack(all) && !chasesRefundMoney(conversation);
}
