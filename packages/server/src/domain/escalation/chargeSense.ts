/**
 * "Charge" means money to a billing team and power to a technical one: "my watch won't charge" and "you charged
 * me twice" share their most telling word. For routing, the power sense is rewritten as "recharge battery", so the
 * classifier sees two different words. Money wins whenever the words around say so (me, my card, an amount,
 * twice, "was charged for").
 */
const CHARGE = /\b(re)?(charg(?:e|es|ed|ing))\b/gi;

/** Words right after a charge word that make it the power sense. */
const POWER_AFTER =
  /^\s*(?:(?:it|them|the (?:battery|batteries|watch|lamp|headlamp|light|device|power ?bank|phone|unit))\b|overnight\b|all night\b|fully\b|properly\b|slowly\b|anymore\b|any more\b|at all\b|up\b|via\b|through\b|from (?:usb|the wall|a laptop|my laptop)\b|with (?:the |a |my )?(?:usb|cable|charger|plug|adapter|power)|(?:at|to|past) \d+ ?%|for \d+ (?:hours?|hrs?|minutes?)\b|(?:port|cable|light|led|indicator|dock|lead|socket|time|speed)\b)/i;
/** Words right before a charge word that make it the power sense. */
const POWER_BEFORE = /\b(?:won'?t|wont|doesn'?t|does not|didn'?t|did not|stopped|stops|no longer|never|isn'?t|is not|not|fully|half|keeps|started|while|when|can'?t|cannot|will not|to)\s+$/i;
/** Words that make it money, whatever came before. */
const MONEY_AFTER = /^\s*(?:me\b|us\b|my (?:card|account|bank|visa|mastercard|amex|paypal)|(?:the|my|a) (?:full|wrong)|twice\b|double\b|two times\b|again\b|extra\b|[€$£]|\d|for\b|on my\b|vat\b|tax\b|shipping\b|customs\b|a fee\b|fees?\b)/i;
const MONEY_BEFORE = /\b(?:been|was|were|get|got|getting|gets|be|being|a|the|any|no|double|duplicate|extra|hidden|card|bank)\s+$/i;

export function chargeSenseForRouting(text: string): string {
  return text.replace(CHARGE, (m, re: string | undefined, _w: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - 24), offset);
    const after = text.slice(offset + m.length, offset + m.length + 40);
    if (re) return 'recharge';
    if (/^charging$/i.test(m) && /^\s*(?:port|cable|light|led|indicator|dock|lead|socket|time|speed)\b/i.test(after)) return 'recharge';
    if (MONEY_AFTER.test(after) || MONEY_BEFORE.test(before)) return m;
    if (POWER_AFTER.test(after) || POWER_BEFORE.test(before)) return 'recharge';
    return m;
  });
}
