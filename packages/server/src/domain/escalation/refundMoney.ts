/**
 * "I sent the jacket back two weeks ago, where's my €89?", "Klarna still wants the full amount although you have the
 * boots": the return is done, and what the customer is chasing is the money. Its words are the returns team's
 * (returned, order, sent back), the matter is the team that owns refunds' (timing, amount, where it went).
 * Asking how to return something, or who pays the return postage, stays with returns.
 */
import { normalise } from '../bot/text.js';

/** The refund itself, in en/de/es. */
const REFUND = String.raw`(?:\b(?:refund(?:ed)?|money back|my money|the money|reembolso|mi dinero|el dinero|erstattung|ruckerstattung|gutschrift|mein geld|das geld)\b|\b(?:my|the|die|mis|los) (?:[€$£]\s?\d[\d.,]{0,24}|\d[\d.,]{0,24}\s?(?:€|eur\b|euros?\b|usd\b|dollars?\b))|\b(?:bekomme|kriege|erhalte)\b[^.!?]{0,30}\bzuruck\b)`;

/** Chasing it: not there yet, when, where, how much. */
const CHASE = String.raw`\b(?:still|yet|wheres|where is|when (?:will|do|does|can|is)|hit my|how long|not (?:arrived|appeared|there|back|received|come|showing|on)|(?:hasnt|has not|havent|have not|didnt|did not|isnt|is not) (?:arrived|appeared|come|shown|been|reached|landed|hit|got|received)|less than|short by|missing|nothing (?:on|in|back)|wrong amount|only got|todavia no|aun no|cuando (?:me|llega\w*|recib\w*|vuelve|devolve\w*|voy a)|donde esta|esperando|noch|wann|wie lange|wo (?:ist|bleibt)|immer noch)\b`;

/** Klarna or PayPal still asking to be paid for what went back, with reminders and fees. */
const STILL_BILLED = /\b(klarna|paypal|afterpay|affirm)\b[^.!?]{0,60}\b(still|reminders?|mahnung\w*|erinnerung\w*|recordatorio\w*|sigue|wants?|asks?|fees?)\b|\b(reminders?|mahnung\w*|recordatorio\w*)\b[^.!?]{0,40}\b(klarna|paypal)\b/;

/** Chasing a refund, within a question ("the refund still isn't on my card", "The refund says issued. When will it hit my card?"). */
const NEAR = String.raw`[^!?\n]{0,60}`;
const CHASES = new RegExp(String.raw`${REFUND}${NEAR}${CHASE}|${CHASE}${NEAR}${REFUND}`);

/** Where the refund should go, or a fee to have back ("refund both to my Mastercard", "getting that fee back"). */
const REFUND_TO = /\brefund (?:it|them|both|everything|all|the \w+ )?\s?(?:back )?to (?:my|the|our) (?:card|credit card|debit card|mastercard|visa|amex|paypal|bank|account)\b|\b(?:get|getting|want|have) (?:that|the|my|this)(?: \w+)? (?:fee|shipping|postage|charge) back\b/;

/**
 * The premise: the item went back (or the order was cancelled), or the refund was issued. Without it, "my €240 order
 * still hasn't arrived" or "will I still get my money back if I return it?" is a delivery or a returns question.
 */
const WENT_BACK =
  /\b(returned|sent (?:it|them|this|that|both|everything|the \w+(?: \w+)?) back|sent back|send back the|rucksendung\b[^.!?]{0,40}\bangekommen|dropped (?:it|them|the \w+(?: \w+)?) off|return (?:was |has been |got )?(?:received|processed|accepted)|received (?:it|them|the return|my return|my parcel back)|refund\b(?:[^.!?\n]|\.(?=\d)){0,30}\b(?:issued|processed|approved|came|arrived|went through)|cancell?ed|zuruckgeschickt\w*|zuruckgesendet\w*|zuruckgegeben\w*|storniert|devolvi|devuelto|devuelta|cancelado)\b/;

/**
 * Session 62 (T2): the return told done in German or Spanish beyond the participles above: sent off ("meine Rücksendung
 * vor zwei Wochen geschickt", "envié la devolución"), or with the shop now ("die Jacke ist seit zwei Wochen bei euch";
 * not in stock there, "ist die Jacke bei euch noch vorrätig?").
 */
const WENT_BACK_DE_ES =
  /\b(rucksendung|retoure|paket|packchen)\b[^.!?]{0,40}\b(geschickt|abgeschickt|verschickt|versendet|weggeschickt|aufgegeben|abgegeben|zugestellt)\b|\b(ist|sind|liegt|liegen)\b[^.!?]{0,30}\bbei (euch|ihnen)\b(?! (noch |wieder |auch )?(vorratig|erhaltlich|lieferbar|auf lager|zu haben|verfugbar|im angebot))|\b(envie|mande|entregue|enviamos|mandamos|entregamos)\b[^.!?]{0,20}\b(devolucion|de vuelta|paquete)\b/;

/** Asking about a return still to make ("how do I return them?", "will I still get my money back if…"). */
const BEFORE_RETURNING = /\b(how (?:do|can|would) (?:i|we) (?:return|send)|can (?:i|we) (?:still )?(?:return|send)|(?:will|would|do|can) (?:i|we) (?:still )?get (?:my|the|a) (?:money|refund)|if (?:i|we) (?:return|send)|(?:want|need|like) to (?:return|send))\b/;

/** Asking when the money comes, or waiting for a refund by name: chasing it, whatever came before. */
const WAITING =
  /\b(how long (until|till|before|does it take|for|will it take)\b[^.!?]{0,40}\b(refund|money)|when (will|do|would) (i|we) get (my|the|our) (money|refund)|wie lange\b[^.!?]{0,40}\bgeld|(still|been|im|i am|we are|were) waiting (for|on) (my|the|our) (refund|money)|esperando (el|mi) (reembolso|dinero)|(el|mi) (reembolso|dinero) (todavia |aun |sigue sin |)?no (llega|ha llegado|aparece|me ha llegado)|no (me )?(ha|han) llegado (el|mi) (reembolso|dinero)|no (me )?llega (el|mi) (reembolso|dinero)|warte\w* (noch )?auf (mein|das|die|meine) (geld|erstattung|ruckerstattung)|where(s| is) (my|the) (refund|money)|still no refund|no refund (yet|still)|refund (still )?(hasnt|has not|isnt|is not) (arrived|come|shown|appeared))\b/;

/**
 * Session 48: the money of a return by other words: a refund short of what went back ("why did my refund only cover the
 * jacket and not the shipping?"), the amount not seen yet ("todavía no veo los 74,50 €", "si no recibo el reembolso").
 */
const SHORT_OR_UNSEEN = /\b(refund (only|just) (covered|included|was for)|refund\b(?! (window|period|policy|deadline|time ?frame|rules?|terms))[^.!?]{0,25}\b(came back|came through|arrived|was|is)\b[^.!?]{0,15}\b(short|too little|less than)\b|(did|has) (my |the |our )?refund (only|just) (cover|include)|refund(ed)? (didnt|did not|doesnt|does not) (cover|include)|(only|just) refunded (the|my|part|half)|(todavia|aun) no (veo|he recibido|me (ha|han) (llegado|devuelto)) (los|el|mi|mis|la|las) ([€$£]\s?\d|\d[\d.,]{0,24}\s?(€|eur\b|euros?\b|usd\b|dolares\b)|dinero|reembolso|importe (del reembolso|de la devolucion|devuelto))|si no (recibo|veo) (el|mi) (reembolso|dinero)|where(s| is) our (refund|money))/;

/** A sum of money as typed ("€129", "129 euros", "$80"). */
const SUM = String.raw`(?:[€$£]\s?\d[\d.,]{0,12}|\d[\d.,]{0,12}\s?(?:€|eur\b|euros?\b|usd\b|dollars?\b|pounds?\b|quid\b|bucks\b))`;
/**
 * Session 59: a sum back that falls short of what was paid ("only got €129 back", "got $80 back instead of $95",
 * "€30 less than I paid"): the money of a return by its amount alone. Not goods ("only got 2 back").
 */
const SUM_SHORT = new RegExp(
  String.raw`\b(?:only|just) (?:got|received|gotten|had|saw|see|been (?:refunded|paid|given|credited)|refunded|credited)(?: me| us)? (?:back ${SUM}|${SUM} (?:back|refunded|(?:on|to|into) (?:my|our|the) (?:card|account|bank|paypal)))|\b(?:got|received|refunded|credited)(?: me| us)? (?:back )?${SUM} (?:back )?(?:instead of|rather than|not|out of) (?:the )?${SUM}|${SUM} (?:short\b(?! of)|less than (?:i|we) paid|less than (?:what|the amount) (?:i|we) paid)\b`,
);

/** A sum back short of what was paid (session 59), whatever team the words point to. */
export function refundFallsShort(conversation: string): boolean {
  return SUM_SHORT.test(normalise(conversation));
}

/**
 * Session 62 (T): the refund missed in a clause after the return ("status says Checked 8 days ago but no refund", "und
 * immer noch keine Erstattung", "pero ni rastro del reembolso"); read only once the item went back.
 */
const NO_REFUND_YET =
  /\b(but|and|yet|still|though|however|nope|sadly)( there(s| is| has| was)?( been)?)? (no|not a|zero) (sign of (the |my |a |any )?|trace of (the |my )?)?(refund|money|payout|credit)\b(?! ((is|was|were) )?(policy|needed|necessary|required|wanted|just|only|please|thanks|taken|owed|charged|due|deducted|involved|card)\b)|\b(keine|kein) (erstattung|ruckerstattung|gutschrift|geld)\b|\b(pero|y|aun|todavia|sigo) (ni rastro del?|no hay|sin|nada del?) (reembolso|dinero)\b/;

/**
 * Session 62 (T2): the refund itself gone wrong ("the refund is all over the place", "my refund was for the wrong item",
 * "die Erstattung stimmt nicht", "el reembolso está mal"): its money, whatever was returned. Not the policy or the form.
 */
export const REFUND_WRONG =
  /\b(my|the|our|this|that|your|de[rn]?|die|meine|el|mi) (refund|erstattung|ruckerstattung|gutschrift|reembolso)\b(?! (policy|window|period|rules?|terms|form|process|page|button|option|request|claim|label|politik|formular|formulario|plazo|politica))[^.!?]{0,30}?\b(is|was|looks|seems|came|went|has been|got|ended up|ist|war|stimmt|esta|es|fue|ha sido|llego|vino)( \w+)? (wrong|incorrect|off|messed up|a mess|all over the place|not right|screwed up|botched|for the wrong|to the wrong|the wrong amount|falsch|nicht|fehlerhaft|mal|incorrecto|equivocado|erroneo|por el articulo equivocado)\b|\brefunded (me |us )?(for )?(the wrong|a different) (item|product|thing|one|amount|order|size|colou?r)\b|\bwrong refund( amount)?\b|\brefund (amount )?(doesnt|does not|didnt|did not) (match|add up)\b/;

/**
 * Session 62 (T2): the money not there yet in German or Spanish ("das Geld ist noch nicht da", "noch kein Geld bekommen",
 * "todavía no tengo el dinero"): read once the item went back, as CHASES is.
 */
const MONEY_NOT_THERE =
  /\b(geld|erstattung|ruckerstattung|gutschrift)\b[^.!?]{0,20}\b(noch nicht|immer noch nicht|nicht) (da|angekommen|eingegangen|gutgeschrieben|auf (meinem|dem) konto)\b|\b(noch|immer noch) (kein|keine|keinen) (geld|erstattung|ruckerstattung|gutschrift)\b|\b(todavia|aun) no (tengo|he recibido|he visto|veo) (el|mi) (dinero|reembolso)\b/;

/** The item told as gone back (or the order cancelled): `said` normalised. */
export function itemWentBack(said: string): boolean {
  return WENT_BACK.test(said) || WENT_BACK_DE_ES.test(said);
}

export function chasesRefundMoney(conversation: string): boolean {
  const all = normalise(conversation);
  if (REFUND_TO.test(all) || WAITING.test(all) || SHORT_OR_UNSEEN.test(all) || SUM_SHORT.test(all) || REFUND_WRONG.test(all)) return true;
  if (!itemWentBack(all) || BEFORE_RETURNING.test(all)) return false;
  return CHASES.test(all) || STILL_BILLED.test(all) || NO_REFUND_YET.test(all) || MONEY_NOT_THERE.test(all);
}
