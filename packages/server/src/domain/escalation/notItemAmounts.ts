/**
 * Amounts a refund message names that are no item being refunded (session 62, RU): a threshold asked about ("was my
 * refund €200 or more?") and, beside what was paid, what already came back of that same money ("I was refunded $96 but
 * paid $120", "it's only $142.10 and I paid $169.85"): summed with the rest they made a refund that nobody asked for.
 * `text` is the message in lower case (apostrophes kept), as refundAmount reads it.
 */
import type { Amount } from './amounts.js';

/** "€200 or more", "$250 or less": a bound the customer compares against, not a price. (Not "or so", an estimate.) */
const BOUND_AFTER = /^\s*(or (more|less|over|above|under|below|higher|lower|greater|bigger|smaller)|and (up|over|above))\b/;
/** "is it over €200?", "was the refund more than €200": the same asked the other way round. */
const BOUND_BEFORE = /\b(is|was|be|it|that|this|refund|total)(['’]s)? (it |that |this |the refund |my refund )?(over|above|more than|under|below|less than|at least|at most|higher than|lower than)\s*$/;

/** What the customer paid: "I paid $169.85", "was charged €240". */
const PAID_BEFORE = /\b(paid|spent|was charged|were charged|got charged|charged (me|us)|cost (me|us))( (only|just|about|around|roughly))?\s*$/;
/**
 * What came back of it: "I was refunded $96", "got back €80", "it's only $142.10", "the refund says just €90".
 * (A bare "only" is not enough: "I paid €150 for the jacket and only €60 for the gloves" prices two items.)
 */
const BACK_BEFORE = /\b(refunded|reimbursed|credited|paid back|got back|given back|gave (me|us) back|(i|we) (only |just )?(got|received|had)|(it|that|this|which|refund|credit|amount)(['’]?s| is| was| came to| shows| says)? (only|just))( (me|us))?( back)?\s*$/;

const before = (text: string, a: Amount, n: number) => text.slice(Math.max(0, a.index - n), a.index);

/** An amount compared against, not priced: "was my refund €200 or more?". */
export function isBound(text: string, a: Amount): boolean {
  return BOUND_AFTER.test(text.slice(a.index + a.raw.length, a.index + a.raw.length + 16)) || BOUND_BEFORE.test(before(text, a, 40));
}

/**
 * The amounts left once the money already back is set beside what was paid for the same thing: the paid amount stands
 * for the refund (the part still owed is what is chased, the part back is no further item). Unchanged unless the
 * message names both a paid amount and a smaller one that came back.
 */
export function withoutMoneyBack(text: string, amounts: readonly Amount[]): Amount[] {
  const paid = amounts.filter((a) => PAID_BEFORE.test(before(text, a, 30)));
  if (paid.length === 0) return [...amounts];
  const most = Math.max(...paid.map((a) => a.value));
  const back = amounts.filter((a) => !paid.includes(a) && a.value <= most && BACK_BEFORE.test(before(text, a, 40)));
  return back.length > 0 ? amounts.filter((a) => !back.includes(a)) : [...amounts];
}
