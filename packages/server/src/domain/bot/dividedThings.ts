import { normalise, processTerm } from './text.js';

/**
 * Asking for one thing the shop issues to be divided ("two separate invoices", "split the invoice", "two different
 * addresses") is asking for something of its own: a KB that explains invoices but never speaks of dividing one does not
 * settle it, however well it matches "invoice". What may be divided is read from the message, and whether the KB covers
 * it from the KB's own wording ("we can issue separate invoices" covers a request for two). Measured over 5,550
 * conversations: see the README (session 21).
 */
// "Two payments of €74.90" is a double charge and "two parcels" a delivery: only what is issued per order counts in
// twos, and only invoices, receipts or bills count when split.
const ISSUED = 'invoices|receipts|bills|addresses';
// ("Split the payment between a gift card and my Visa", "split into two deliveries": the KB answers those in its own words.)
const SPLITTABLE = 'invoices?|receipts?|bills?';
const DIVIDES = new RegExp(String.raw`\b(?:separate|two|three|multiple|several|[2-9])\s+(?:[a-z]+\s+)?(${ISSUED})\b|\b(?:split|splitting|divide|dividing)\s+(?:the\s+|my\s+|our\s+|this\s+|that\s+|one\s+|an?\s+|into\s+)?(?:[a-z]+\s+)?(${SPLITTABLE})\b|\b(${SPLITTABLE})\b[^.?!]{0,20}?\b(?:split|divided)\b`, 'g');

/** "count:invoic" for "two invoices", "split:invoic" for "split the invoice": how a text speaks of dividing what. */
export function dividedThings(text: string): string[] {
  const out: string[] = [];
  for (const m of normalise(text).matchAll(DIVIDES)) {
    const st = processTerm(m[1] ?? m[2] ?? m[3]!);
    if (st) out.push(`${m[1] ? 'count' : 'split'}:${st}`);
  }
  return out;
}

/**
 * Whether the KB speaks of dividing any of what the query divides: a split of it ("split invoices" covers "two
 * invoices" and "split my invoice"), or for a count, a count ("separate receipts" covers "two receipts", not "split the
 * receipt"). One covered is enough.
 */
function kbDivides(kbDivided: ReadonlySet<string>, asked: readonly string[]): boolean {
  return asked.some((a) => {
    const [kind, noun] = a.split(':') as [string, string];
    return kbDivided.has(`split:${noun}`) || (kind === 'count' && kbDivided.has(`count:${noun}`));
  });
}

/** The query asks to divide something, and the KB (`kbDivided`: dividedThings of its articles) never speaks of dividing it. */
export function asksUndividedKb(kbDivided: ReadonlySet<string>, query: string): boolean {
  const asked = dividedThings(query);
  return asked.length > 0 && !kbDivides(kbDivided, asked);
}
