/**
 * "Charge" means money to a billing team and power to a technical one: "my watch won't charge" and "you charged
 * me twice" share their most telling word. For routing, the power sense is rewritten as "recharge", so the
 * classifier sees two different words. Money wins whenever the words around say so (me, my card, an amount,
 * twice, "was charged for").
 */
const CHARGE = /\b(re)?(charg(?:e|es|ed|ing))\b/gi;

/** Words right after a charge word that make it the power sense. */
const POWER_AFTER =
  /^\s*(?:(?:it|them|the (?:battery|batteries|watch|lamp|headlamp|light|device|power ?bank|phone|unit))\b|overnight\b|all night\b|fully\b|properly\b|(?:very |really |so |too )?slowly\b|itself\b|(?:my |a |the |both )?(?:phones?|laptops?|tablets?)\b|anymore\b|any more\b|at all\b|up\b|via\b|through\b|from (?:usb|the wall|a laptop|my laptop)\b|with (?:the |a |my )?(?:usb|cable|charger|plug|adapter|power)|(?:at|to|past) \d+ ?%|to (?:full|100 ?%?|max)\b(?!\s*(?:price|amount|payment|instal|install|dollars|euros|\d))|for \d+ (?:hours?|hrs?|minutes?)\b|(?:port|cable|light|led|indicator|dock|lead|socket|time|speed)\b)/i;
/** "won't", "stopped": a thing that fails to charge. */
const FAILS = String.raw`(?:won'?t|wont|doesn'?t|does not|didn'?t|did not|isn'?t|is not|will not|can'?t|cannot|stopped|no longer|never)`;
/** Words right before a charge word that make it the power sense. */
// (Session 59 S3: "pass-through charging", a power bank's feature; "my laptop charges very slowly".)
const POWER_BEFORE = new RegExp(String.raw`\b(?:${FAILS}|stops|not|fully|half|keeps|started|while|when|to|pass-?through|laptop|phone|tablet)\s+$`, 'i');
/** The word before "won't charge": who fails to charge. */
const SUBJECT = new RegExp(String.raw`\b(\w+)\s+(?:that\s+|which\s+)?${FAILS}\s+$`, 'i');
/** Words that make it money, whatever came before. */
const MONEY_AFTER = /^\s*(?:me\b|us\b|my (?:card|account|bank|visa|mastercard|amex|paypal)|(?:the|my|a) (?:full|wrong)|twice\b|double\b|two times\b|again\b|extra\b|[€$£]|\d|for\b|on my\b|vat\b|tax\b|shipping\b|customs\b|a fee\b|fees?\b)/i;
const MONEY_BEFORE = /\b(?:been|was|were|get|got|getting|gets|be|being|a|the|any|no|double|duplicate|extra|hidden|card|bank)\s+$|\b(?:was|were|been|be|get|got) (?:not|never|i|we|you)\s+$|\b(?:did|do|does|will|would) (?:you|they) (?:not\s+)?$/i;

/** Words in the same sentence that settle the sense when only one side appears. */
const MONEY_CONTEXT = /\b(card|visa|mastercard|amex|paypal|klarna|bank|account|price|prices|shipping|postage|invoice|vat|tax|fee|fees|refund|paid|pay|payment|checkout|twice|double|[€$£]|\d+[.,]\d\d|eur|usd)\b|[€$£]/i;
const POWER_CONTEXT = /\b(battery|batteries|usb|usb-c|cable|charger|plug|plugged|port|power ?bank|socket|adapter|led|mah|overnight|all night|hours?|percent|%)\b|%/i;

export function chargeSenseForRouting(text: string): string {
  // Phones type curly apostrophes ("won’t charge"); same length, so offsets still match the original.
  const plain = text.replace(/[’‘]/g, "'");
  return text.replace(CHARGE, (m, re: string | undefined, _w: string, offset: number) => {
    const before = plain.slice(Math.max(0, offset - 24), offset);
    const after = plain.slice(offset + m.length, offset + m.length + 40);
    if (re) return 'recharge';
    // The thing that charges: "the charging port", "won't hold a charge", "my power bank won't charge".
    if (/^charging$/i.test(m) && /^\s*(?:port|cable|light|led|indicator|dock|lead|socket|time|speed|case|pad|station)\b/i.test(after)) return 'recharge';
    if (/power ?bank\s+(?:that\s+|which\s+)?\S+\s+(?:not\s+)?$|\bhold(?:s|ing)? (?:a |its |the |any )?$/i.test(before)) return 'recharge';
    // Who won't charge: "PayPal won't charge" is money, "a lamp that won't charge" is power.
    const subject = SUBJECT.exec(before)?.[1]?.toLowerCase();
    if (subject && /^(paypal|klarna|site|website|shop|store|checkout|card|you|they)$/.test(subject)) return m;
    if (subject && /^(lamp|headlamp|watch|battery|powerbank|phone|device|unit|it|light|torch|tracker|one)$/.test(subject)) return 'recharge';
    // "Why was I charged for the USB-C cable?": money said right at the word wins over power words nearby.
    if (MONEY_AFTER.test(after) || MONEY_BEFORE.test(before)) return m;
    const start = Math.max(plain.lastIndexOf('.', offset), plain.lastIndexOf('!', offset), plain.lastIndexOf('?', offset), plain.lastIndexOf('\n', offset)) + 1;
    const ends = [plain.indexOf('.', offset), plain.indexOf('!', offset), plain.indexOf('?', offset), plain.indexOf('\n', offset)].filter((i) => i >= 0);
    const sentence = plain.slice(start, ends.length ? Math.min(...ends) : plain.length).replace(m, ' ');
    const money = MONEY_CONTEXT.test(sentence);
    const power = POWER_CONTEXT.test(sentence);
    if (money !== power) return power ? 'recharge' : m;
    if (POWER_AFTER.test(after) || POWER_BEFORE.test(before)) return 'recharge';
    return m;
  });
}
