/**
 * Which team a high-stakes case goes to, named by the duty a team's description states (split out of highStakes.ts
 * to keep it short): the kind's own duty, or for a legal threat what it is about.
 */
import { normalise } from '../bot/text.js';
import { returnTurnedDown, type HighStakesKind } from './highStakesPatterns.js';

/** How a team's description names the duty for each kind ("product safety", "chargebacks", "fraudulent charges"). */
export const DUTY: Record<HighStakesKind, string | undefined> = {
  safety: 'safety',
  injury: 'safety',
  dispute: 'chargebacks?|disputes?',
  legal: undefined,
  security: undefined,
};
/** A legal threat over money not returned is the money team's case ("refunds (the money side)"). */
const LEGAL_MONEY = /\b(refund\w*|(my )?money back|erstatt\w*|ruckerstatt\w*|geld [^.!?]{0,40}(zuruck|auf (meinem|unserem) (konto|karte))|reembols\w*|devolucion del dinero|charged (me )?twice|double charge|(money|it|refund|payment|funds|cash|amount|(the|my|our) [€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|eur|euros?|usd|dollars?))( (is|isnt|are|arent|was|wasnt|not|is not|are not|has not been|hasnt been|goes|gets|comes))?( \w+)? back (on|in|into|to) (my|our) (card|account|bank|visa|mastercard|amex|paypal)|a penny back|(meine?n? |unsere?n? |die |mis |los )?\d[\d.,]*\s?(€|eur|euros?|usd|dollars?)\b[^.!?]{0,40}\b(zuruck(bekomm\w*|erhalt\w*|haben|gezahlt|zahlen|uberwies\w*|gebucht)?|erstatt\w*|devuelv\w*|devolv\w*|reembols\w*))\b/i;

/**
 * Session 60 (S2): the money held back, told without "refund" ("Sie haben mein Geld seit 3 Wochen!", "you've had my money
 * for a month", "tienen mi dinero"): a legal threat over it is the money team's. (Session 61 T3: or its sum, "you kept my
 * €45 for a return you claim never arrived".)
 */
const MONEY_HELD = /\b(you|youve|u|they|theyve|sie|ihr|tienen|teneis|tiene)( still| have| had| got| are| been){0,2} (\w+ ){0,2}(my|our|mein|unser|mi|nuestro) (money|geld|dinero)\b|\b(you|youve|u|they|theyve)( still| have| had| are){0,2} (kept|keeping|withheld|withholding|held on to|holding on to|pocketed|sat on) (my|our) ([€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|eur|euros?|usd|dollars?)|money|refund|deposit)\b/;

/**
 * Session 60 (S2): money moved in an account taken over, told without "charged" or "ordered": an order the customer
 * disowns ("order NW-… for two watches going to Lyon. That is NOT me", "I did not order anything"), or card details
 * typed into a text's link ("I entered my card on the link"). Either is the fraud team's case. (Session 61 T: also an order
 * someone else placed, "someone changed the email… and placed order NW-… with my saved card".)
 */
export const MONEY_MOVED_MORE =
  /\b(orders?|[a-z]{1,4}-\d{4,})\b[^!?]{0,100}?\b((that|this|it|which|those|these|thats|its)( one| order)?( is| was| are| were)? (not|isnt|wasnt|arent|werent) (me|mine|us|ours)|(i|we) (did not|didnt|never|have not|havent) (order|place|make)\w*)\b|\b(i|we) (did not|didnt|never|have not|havent) (place|placed|make|made) (the |that |this |an? )?(order|[a-z]{1,4}-\d{4,})|\b(entered|typed|put|gave|filled in) (in )?(my|the|our) (credit |debit )?(card|visa|mastercard|amex)( details| number)? (on|into|in|at) (the|that|their|a|this) (link|page|site|form|website)\b|\b(some ?one|some ?body|they|a stranger|the hackers?|hackers?)\b[^.!?]{0,80}\b(placed|made|put through|submitted) (an? |the |this |that |some |two |three |\d+ )?(new )?(orders?|[a-z]{1,4}-\d{4,})\b|\b(orders?|[a-z]{1,4}-\d{4,}) (was|were|has been|have been|got) (placed|made) (on|from|with|using|through) (my|our) (account|card|saved card|credit card|debit card)\b/;

/**
 * Session 62 (T): an order the customer does not know, in a takeover ("eine Bestellung NW-… aufgegeben, die ich nicht
 * kenne", "un pedido que no reconozco", "an order I don't recognise"): placed with their account, so money moved; the
 * labels put it with the fraud team (an earlier set's locked-out customer stays with sign-in, see `lockedOut`).
 */
export const ORDER_DISOWNED =
  /\b(bestellung\w*|kauf|einkauf|[a-z]{1,4}-\d{4,})\b[^.!?]{0,80}?\b(die|den|das) (ich|wir) (gar |uberhaupt |so )?(nicht|nie) (kenne|kennen|erkenne|erkennen|getatigt|aufgegeben|bestellt)\b|\b(unbekannte\w*|fremde\w*) (bestellung|einkauf|kauf)\w*|\b(pedidos?|compras?|[a-z]{1,4}-\d{4,})\b[^.!?]{0,60}?\bque (yo |nosotros )?no (reconozco|reconocemos|conozco|conocemos)\b|\b(pedidos?|compras?) (desconocid[oa]s?|que no (es|son) (mio|mia|mios|mias|nuestro|nuestra))\b|\b(orders?|purchases?|[a-z]{1,4}-\d{4,}) (that |which )?(i|we) (dont|do not|didnt|did not|cant|cannot) recogni[sz]e\b|\b(unknown|unrecogni[sz]ed) (orders?|purchases?)\b/;

/**
 * Session 62 (T2): an order that turned up on the account in a takeover ("now there's a new order on my account… to an
 * address I don't know"): money moved, the fraud team's as ORDER_DISOWNED's. Not one the customer placed ("I placed a
 * new order on my account") nor sent to an address they know.
 */
export const ORDER_SLIPPED_IN =
  /(?<!\b(i|we) (just |also )?(placed|made|put in|put through|submitted|see|saw|can see|checked) )\b(a|an|another|some|two|three|\d+) (new |strange |unknown |random |extra |weird |odd |fresh )+(orders?|purchases?)\b[^.!?]{0,20}\b(on|in|from|placed on|placed from|placed with) (my|our) account\b|\b(orders?|purchases?|[a-z]{1,4}-\d{4,})\b(?! page)(?:(?!replacement|warranty|claim|repair)[^.!?]){0,80}?\bto (an?|some) (address|name|person|house|flat)( \w+)? (i|we) (dont|do not|didnt|did not|cant|cannot|have never|never|wont) (know|recogni[sz]e|seen|heard of)\b|\b(neue|fremde) bestellung (\w+ ){0,2}(in|auf) (meinem|unserem) (konto|kundenkonto)\b|\bun pedido (nuevo|extrano|desconocido) en (mi|nuestra) cuenta\b/;

/** A claim or a replacement under way (en/de/es). */
const CLAIM_REMEDY = /\b(claim|warranty|replacement|replaced|garantie\w*|gewahrleistung|reklamation|ersatz\w*|garantia|reclamacion|reemplazo|sustitu\w*)\b/;
/** A fault on the item itself. */
const ITEM_FAULT = /\b(faults?|faulty|defect\w*|broke|broken|stopped working|(doesnt|does not|wont|will not) (work|charge|turn on|start)|same (problem|issue|fault|defect)|defekt\w*|kaputt|fehler|no funciona|averiad[oa]|defectuos[oa])\b/;
/** Sent back and the money awaited: the refund is the money team's. */
// (Session 61 T3: or the return is what the shop says never came, "a return you claim never arrived, I have the DHL receipt".)
const RETURN_SENT = /\b(i|we) (returned|sent (it|them|\w+) back|posted (it|them) back)\b|\breturn\b[^.!?]{0,30}\b(never (arrived|came)|not (received|arrived)|(didnt|did not|wasnt|was not) (arrive|received))\b|\b(proof of postage|postage receipt|(dhl|ups|dpd|gls|hermes|usps|fedex|royal mail|post office) receipt)\b|\breturn (was )?(received|arrived|delivered|processed)\b|\b(zuruckgeschickt|zuruckgesendet|devolvi|he devuelto)\b/;

/** An order or parcel that never came, or was marked delivered and was not (en/de/es). */
const NEVER_DELIVERED =
  /\b(order|parcel|package|delivery|shipment|[a-z]{1,4}-\d{4,})\b[^.!?]{0,30}\b(never (arrived|came|showed up|turned up|got here|was delivered)|(hasnt|has not|didnt|did not|wasnt|was not) (arrived|come|been delivered|turned up|shown up))\b|\b(marked|says|saying|shows|scanned|listed) (as |it was |it is )?delivered\b[^.!?]{0,40}\b(wasnt|was not|isnt|is not|never|nothing|not here|dont have)\b|\b(nie|nicht) (angekommen|geliefert|zugestellt)\b|\b(nunca|no) (ha llegado|llego|me llego|me ha llegado)\b/;
/** The refund itself is what never came ("the refund for NW-… never came"): the money team's. */
const REFUND_NEVER_CAME = /\b(refund|money|erstattung|reembolso)\b[^.!?]{0,40}\b(never (came|arrived)|not (arrived|received)|(still )?(hasnt|has not|havent|have not|didnt|did not) (arrived|come|come through|been received|shown up|turned up)|nie angekommen|nunca llego)\b/;
/** A wrong item delivered (en/de/es); not a damaged one (an older label keeps a dispute over damage with billing). */
const WRONG_ITEM =
  /\b(wrong (item|size|colou?r|product|model|watch|tent|jacket|one)|(sent|got|received|arrived|came|delivered|llego|me llego|me enviasteis|recibi|bekommen|erhalten|geliefert|kam)\b[^.!?]{0,60}\b(instead of|en vez del?|en lugar del?|statt|anstatt)|(statt|anstatt)\b[^.!?]{0,60}\b(bekommen|erhalten|geliefert|geschickt))\b/;
/** …the money itself wrong: a charge, a refund, money owed back. */
const MONEY_AT_ISSUE = /\b(charg\w*|refund\w*|money back|paid twice|cobr\w*|reembols\w*|abgebucht|erstatt\w*|geld zuruck)\b/;
/** The duty a team's description would name for this case: the kind's, or for fraud and legal threats, what they are about. */
export function dutyOf(kind: HighStakesKind, moneyMoved: boolean, message: string, context = message): string | undefined {
  if (kind === 'security') return moneyMoved ? 'fraud\\w*' : 'login|log-?in|password|two-step|account access';
  const [said, around] = [normalise(message), normalise(context)];
  // Session 61 (T3): a dispute threatened over a wrong item ("got a Trailsense instead of the Pace 5… or I open a PayPal
  // claim"), nothing wrong with the money: the orders' wrong item, not a chargeback. (Not a damaged one: older label.)
  if (kind === 'dispute' && WRONG_ITEM.test(around) && !MONEY_AT_ISSUE.test(around)) return 'wrong items?';
  if (kind !== 'legal') return DUTY[kind];
  // Session 51: a return turned down, the appeal the orders team's, though the threat asks for the money back.
  if (returnTurnedDown(around)) return 'returns?';
  // Session 58 (S2): the money asked as the remedy of a claim on a faulty item ("the replacement has the same fault… I'd
  // like a refund this time, or consumer protection"): the claims team's, not a refund chased after a return.
  if (CLAIM_REMEDY.test(around) && ITEM_FAULT.test(around) && !RETURN_SENT.test(around)) return 'warranty';
  // Session 59 (S3): a parcel that never came, its money asked back under threat ("order NW-… never arrived… refund it or
  // I'm reporting you to consumer protection"): the shipping team's case, not a refund chased after a return.
  if (NEVER_DELIVERED.test(around) && !RETURN_SENT.test(around) && !REFUND_NEVER_CAME.test(around)) return 'shipping';
  if (LEGAL_MONEY.test(said) || MONEY_HELD.test(said)) return 'refunds?';
  // A lawyer over a rejected warranty claim is the claims team's appeal.
  if (/\b(warrant\w*|garantie\w*|garantia|gewahrleistung|(claim|anfrage|reclamacion) (was |wurde |fue )?(rejected|denied|refused|abgelehnt|rechazad[ao]))\b/.test(said) && !/\b(data protection|gdpr|privacy|datenschutz\w*|datenauskunft|auskunft\w*|proteccion de datos|personal data|my (data|details)|shar(e|ed|ing) (my|the|your) (data|details|photos|information)|(best|tief)?preisgarantie|price (match|guarantee))\b/.test(normalise(message))) return 'warranty';
  return DUTY.legal;
}

/**
 * Session 59: an account's details changed behind the customer's back ("the email there is already some address I've
 * never seen, and the delivery address has been changed too", "I didn't change any of this, can you lock it?"), read by
 * the learned model, which names no kind: a takeover with no money moved is the sign-in team's (as `dutyOf` says of the
 * patterns' takeovers), not the orders team's the address would pull it to.
 */
const ACCOUNT_TAKEN =
  /\b(e-?mail|email address|password|phone number|address|login|details)\b[^.!?]{0,60}\b(ive never seen|i have never seen|i dont recogni[sz]e|i do not recogni[sz]e|(is|isnt|is not) (not )?mine|i (didnt|did not|never) (change|set|add|enter|put)\w*)\b|\bi (didnt|did not|never) (change|touch|set|add|enter)\w* (any of )?(this|that|these|it|them|anything|my (e-?mail|password|address|details))\b|\b(lock|freeze|block|secure|suspend) (my |the |our )account\b|\b(some ?one|some ?body|a stranger) (has |had )?(got|gotten|logged|been|broken|broke) (in ?to|into|in) (my|our) account\b|\b(some ?one|some ?body) (has |had )?changed (my|our|the) (e-?mail|password|address|login|phone number)\b/;
/** Money that moved, which makes it the fraud team's case (or the classifier's). */
const MONEY_MOVED = /\b(charg\w*|paid|payments?|money|debited|ordered|orders?|bought|purchas\w*|refund\w*|cards?|points|vouchers?|gift ?cards?)\b|[€$£]\s?\d/;

/** The sign-in team's duty for a takeover the learned reading found, when no money moved; else none. */
export function accountTakenDuty(text: string): string | undefined {
  return ACCOUNT_TAKEN.test(text) && !MONEY_MOVED.test(text) ? dutyOf('security', false, text) : undefined;
}
