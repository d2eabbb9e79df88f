/**
 * Session 58 (helper R2): the refund-over-200 rule on chases said other ways — the money "shows up" or "lands" after a
 * return, it "goes back to the club's card" (a possessor before the card), a return's status quoted as stuck ("has shown
 * 'Checked' since Monday") — and a VIP's acceptance that gives in after "but" ("Shame, but clear. Thanks!"). With
 * look-alikes: sums under 200, a status asked about rather than chased, the same words with nothing returned.
 */
import { describe, expect, it } from 'vitest';
import { onlyAcknowledges } from './rules.js';
import { refundAmount } from './refundAmount.js';
import { runRules, unknownReply } from './testContext.js';

const rule = (messages: string[]) => runRules(messages)?.skill;

describe('the money arriving after a return, in the third person', () => {
  it.each([
    ['hey, sent back the stormshell and a lumen 900r from NW-583310 last monday', "how long till the money shows up? it's €189 + €74.95, paid by visa"],
    ['returned two jackets from NW-111223 last week', 'when does the money show up on my card? €129 and €99'],
    ['sent the stormshell back via dhl', 'how long till the money hits my account? €219,00'],
    ['I sent back the tent from NW-100200 on Friday', 'how long before the money comes through? it was €249'],
  ])('%j … %j is a refund over 200', (first, second) => expect(rule([first, second])).toBe('billing'));
  it.each([
    ['sent back a headlamp from NW-111232', "how long till the money shows up? it's €89 + €74.95"],
    ['can I pay by bank transfer?', 'how long till the money shows up on your side? the order is €250'],
  ])('%j … %j is not', (first, second) => expect(rule([first, second])).toBeUndefined());
});

describe("money back to someone's card", () => {
  it.each([
    ['Our club ordered 20 headlamps under NW-455071 and only needs 15. How do we send the other 5 back?', "Done, the parcel is on its way. That's 5 × €44.90, so €224.50 - please confirm it goes back to the club's card."],
    ['How do I send back part of order NW-111226?', "Sent. That's €239 - please confirm it goes back to my wife's Visa."],
    ["We're returning 5 of the lamps from NW-111225.", "It's posted. 5 x €44.90 = €224.50, make sure it goes back to the company's card."],
  ])('%j … %j is a refund over 200', (first, second) => expect(rule([first, second])).toBe('billing'));
  it.each([
    ['How do I send back part of order NW-111226?', "Sent. That's €139 - please confirm it goes back to my wife's Visa."],
    ['Can I pay with a second card?', "Can the €260 for the tent go on my wife's card?"],
  ])('%j … %j is not', (first, second) => expect(rule([first, second])).toBeUndefined());
});

describe("a return's status quoted as stuck", () => {
  it.each([
    [["Return for NW-109384 has shown 'Checked' since Monday", "ok, within 5 business days. just keeping an eye on it, it's €254,90 for the two jackets so I'd like it sorted"]],
    [['My return for NW-111228 still says Checked', 'it was €310 for the tent, keep me posted']],
    [["the return status has been 'Return received' for a week now, NW-111229", '€205 for the watch, just so you know']],
    [['NW-111230 return has been on Checked for 6 days. It is €229.']],
  ])('%j is a refund chase over 200', (messages) => expect(rule(messages)).toBe('billing'));
  it.each([
    [["Return for NW-111233 has shown 'Checked' since Monday", "ok, it's €54,90 for the gloves"]],
    [["what does the return status 'Checked' mean? the jacket was €240"]],
    [['My return shows Checked. What happens next with my €250 tent?']],
    [["I've checked since Monday and the €240 tent is still not on sale"]],
  ])('%j is not', (messages) => expect(rule(messages)).toBeUndefined());
});

describe('an acceptance that gives in after "but"', () => {
  it.each(['Shame, but clear. Thanks!', 'Pity, but understood. Thanks!', 'Bummer, but noted, thanks', 'shame but i see, thanks'])('%j only acknowledges', (m) =>
    expect(onlyAcknowledges(m)).toBe(true),
  );
  it.each(['Shame, but clear. Can you make an exception though?', 'Thanks, but the code still does not work', 'Clear, but I need it by Friday. Thanks!', 'Noted, but can you hold one for me? Thanks'])('%j still asks', (m) =>
    expect(onlyAcknowledges(m)).toBe(false),
  );
  it('a VIP taking the answer is no tier rule', () =>
    expect(runRules(['Can we combine our points for one voucher?', 'Shame, but clear. Thanks!'], { tier: 'vip', answer: unknownReply })).toBeNull());
});

describe("a total stated with 'so exactly' is the sum of the parts, not one more part", () => {
  const m = "returned 2x lumen 900r (€89,00 each) and a lumen 400 (€22,00) from NW-150932, so exactly €200,00. status says 'return received' since tuesday. when does the money come?";
  it('"so exactly €200,00" is the total', () => expect(refundAmount(m).total).toBe(200));
  it('and exactly 200 is no refund over 200', () => expect(rule([m])).toBeUndefined());
  it('"so about €260" after parts is the total too', () => expect(refundAmount('returned the €189 jacket and the €74.95 lamp, so about €264 back').total).toBe(264));
});
