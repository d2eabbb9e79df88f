/**
 * Session 62 (HS): an account or card taken over, told in words the older patterns missed: someone else paying with the
 * customer's card ("someone used my credit card to order from you", "Jemand hat mit meiner Kreditkarte bei Ihnen
 * bestellt", "alguien ha comprado con mi tarjeta"), someone using the account in Spanish or German ("alguien ha usado mi
 * cuenta para pedir…", "jemand hat mein Konto benutzt"), and the delivery address changed behind the customer's back
 * ("someone changed the shipping address on my account to one in lyon"). Read on normalised text (no accents, no
 * apostrophes).
 */

/** A stranger as the one who did it; "nobody", "no one" and a named relative are not. */
const SOMEONE_EN = String.raw`(?:some ?one|some ?body|a stranger|strangers|a hacker|hackers)(?: else)?`;
const SOMEONE_ES = String.raw`(?:alguien|otra persona|un desconocido|unos desconocidos|un hacker|hackers?)(?: mas)?`;
const SOMEONE_DE = String.raw`(?:jemand|irgendwer|ein fremder|fremde|ein unbekannter|unbekannte|hacker)(?: anderes| anders)?`;
/** Asked whether it could happen, not told that it did: "can someone order with my card?", "si alguien usa mi cuenta". */
const SUPPOSED_EN = String.raw`(?<!\b(?:if|whether|can|could|would|will|should|may|might|let|when|once|case|does|do|did|stop|prevent|that) )`;
const SUPPOSED_ES = String.raw`(?<!\b(?:si|saber si|ver si|comprobar si|puede|podria|pueden|cuando|que|evitar que) )`;
const SUPPOSED_DE = String.raw`(?<!\b(?:wenn|falls|ob|kann|konnte|darf|dass|damit) )`;

const CARD_EN = String.raw`(?:my|our) (?:credit |debit |bank )?(?:card|card details|visa|mastercard|amex|paypal|apple pay|bank details)`;

/** Someone else paying with the customer's card or account (en/es/de). */
const PAID_WITH_MINE = new RegExp(
  [
    String.raw`${SUPPOSED_EN}\b${SOMEONE_EN} (?:has |have |had |just |apparently )?(?:used|been using|ordered|bought|purchased|paid|shopped|placed (?:an? |some )?orders?)\b[^.!?]{0,40}?\b(?:with|using|on|via|through|from)? ?${CARD_EN}\b`,
    String.raw`${SUPPOSED_ES}\b${SOMEONE_ES} (?:ha |han |habia |me ha |ya ha )?(?:usado|utilizado|uso|utilizo|usaron|utilizaron|comprado|compro|compraron|pedido|pidio|pidieron|pagado|pago|pagaron|hecho (?:un|varios) pedidos?|hizo (?:un|varios) pedidos?)\b[^.!?]{0,40}?\b(?:mi|nuestra) (?:tarjeta|cuenta|paypal|visa|mastercard)\b`,
    String.raw`${SUPPOSED_DE}\b${SOMEONE_DE} (?:hat|haben|hatte|hatten) (?:\S+ ){0,4}?(?:mit|uber) (?:meiner|unserer|meinem|unserem) (?:kredit|debit|bank|ec-?|giro)?(?:karte|konto|account|kundenkonto|paypal\w*)\b[^.!?]{0,60}\b(?:bestellt|gekauft|bezahlt|eingekauft|aufgegeben|eingelost)\b`,
    String.raw`${SUPPOSED_DE}\b${SOMEONE_DE} (?:hat|haben|hatte|hatten) (?:mein|meine|meinen|unser|unsere|unseren) (?:kredit)?(?:karte|konto|account|kundenkonto|kartendaten|paypal\w*) (?:\S+ ){0,3}?(?:benutzt|verwendet|genutzt|missbraucht|belastet)\b`,
  ].join('|'),
);

/** The delivery or billing address changed on the account by someone else, or passively (then it must be disowned). */
const ADDRESS = String.raw`(?:(?:shipping|delivery|billing|postal|home|default|saved) )?address`;
const ADDRESS_BY_SOMEONE = new RegExp(String.raw`${SUPPOSED_EN}\b(?:${SOMEONE_EN}|they|hackers) (?:has |have |had |just )?(?:changed|updated|edited|altered|switched|replaced)\b[^.!?]{0,20}?\b(?:the|my|our) ${ADDRESS}\b`);
const ADDRESS_CHANGED = new RegExp(String.raw`(?<!\b(?:i|we|ive|weve|i have|we have|i had|id|i just|we just|i already|to|can i|how do i|how can i|want to|need to) )\b(?:changed|updated|edited|altered) (?:the|my|our) ${ADDRESS}\b[^.!?]{0,20}\b(?:on|in|of) (?:my|our) account\b|\b${ADDRESS} (?:on|in|of) (?:my|our) account (?:was |has been |got |had been |is )?(?:changed|updated|edited|different)\b|\b(?:my|our) ${ADDRESS} (?:was|has been|got|had been) (?:changed|updated|edited)\b`);
/** The account named, which keeps "someone changed the address" from being a parcel's label fixed by a courier. */
const ON_THE_ACCOUNT = /\b(my|our) (\w+ )?(account|login|profile)\b|\bkonto\b|\bcuenta\b/;

/**
 * What reads as the customer's card or account used by someone else, or null. `disowned`: the message denies the act
 * ("i didnt do it", "that wasnt me"), which a passive address change needs.
 */
export function takenOver(text: string, disowned: boolean): string | null {
  const paid = PAID_WITH_MINE.exec(text);
  if (paid) return paid[0];
  const bySomeone = ADDRESS_BY_SOMEONE.exec(text);
  if (bySomeone && (disowned || ON_THE_ACCOUNT.test(text))) return bySomeone[0];
  const changed = ADDRESS_CHANGED.exec(text);
  return changed && disowned ? changed[0] : null;
}

/** Money moved in such a takeover: a card or payment account paid with (the fraud team's case, not sign-in). */
export function paidWithTheirs(text: string): boolean {
  return PAID_WITH_MINE.test(text);
}
