import { describe, expect, it } from 'vitest';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { alternatingTurns as ctx } from './testContext.js';

describe('frustration: giving up on the shop by name', () => {
  it('"forget it, I\'m done with <the shop>, I\'ll take my money somewhere else" is frustration', () => {
    const c = ctx('How do I return a tent I bought in the Portland store?', "So I have to post it myself and wait. Honestly forget it, I'm done with Northwind, I'll take my money somewhere else from now on.");
    expect(detectFrustration(c)).toMatchObject({ trigger: 'frustration' });
    expect(detectFrustration(ctx('is there an exchange button?', "so I return it and buy it AGAIN? forget it. I'm done with Northwind, ordering elsewhere"))).toMatchObject({ trigger: 'frustration' });
    // The shop by its own name, typed in any case; a name's "The" is not it.
    expect(scoreFrustration("i'm done with northwind, ordering elsewhere", [], false, 'Northwind Gear').labels).toContain('gives up');
    expect(scoreFrustration("ok i'm done with the form, what now?", [], false, 'The Lamp Store').labels).not.toContain('gives up');
    expect(scoreFrustration("I'M DONE WITH NORTHWIND!", [], false, 'Northwind Gear').labels).toContain('gives up');
  });

  it.each([
    ['returns after 30 days?', "Two days over and that's it? I'll be buying my next watch somewhere else."],
    ['add our VAT ID?', "So we swallow 25% VAT because of one checkbox. We'll be placing our team orders somewhere else from now on."],
    ['price match?', "Fine. We'll order from another shop then."],
  ])('a customer (or their company) saying where their next orders go: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });

  it.each([
    "I'll be going somewhere else for the holidays, can I change the delivery address?",
    "We'll be placing another order next week, can we reuse the discount code?",
    "I'll be buying a second one for my wife, is there a bundle price?",
  ])('"%s" is not', (m) => {
    expect(detectFrustration(ctx('a question', m))).toBeNull();
  });

  it.each([
    ['return label expired?', "I've been buying from you since before you had a website, and this is the thanks. I shan't trouble you again after this one."],
    ['still getting newsletters', "It was already unticked. I'd call this ignoring my consent, frankly, and I'm running out of patience with it."],
    ['price match?', "I've been recommending you to everyone in my walking group. I think I'll stop doing that."],
    ['PAY-310 again', 'It still says the same thing. Is this some kind of joke?'],
    ['refund not here', "Yes, I have read the part about 5 business days and then the bank, thank you, I'm not a complete fool."],
    ['refund not here', "Well, how reassuring. I'm beginning to think I'll take my custom somewhere that can manage it."],
    ['price match?', 'Well, isn\'t that a convenient little rule. How very clever.'],
    ['E12 again', 'I closed the app, I restarted the watch, 5 times!! Still E12. Really bravo for this app, very professional 👏'],
    ['return after 33 days?', 'This is very poor. Just 3 days extra and you are not allowing?? Such a cheating company.'],
    ['price match?', 'What nonsense policy yaar. You are simply looting the customers.'],
    ['Klarna fees', 'This is a circus.'],
    ['label expired', 'brilliant service, really'],
    ['exchange size L', 'So I must return, wait the refund, buy again. Complimenti, very smart system.'],
    ['exchange size L', 'Whatever. Always complicated with you.'],
  ])('polite frustration: %j → %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });

  it.each([
    "I won't bother you again today, thanks, it worked",
    "I won't be ordering again until the sale, when does it start?",
    'could I get it elsewhere in Berlin, like a partner store?',
    "what's the pole diameter then, I could get one elsewhere",
    'I have lost patience with my old headlamp, so which one is brighter?',
    'How very convenient, the store is right next to my office! Is it open Sundays?',
    "I'm not a fool with tents, but which pegs suit sand?",
    'the staff in Berlin were very professional, thanks',
    'the light output is very poor in fog, is the 900R better?',
    'is it always the same with you, shipping from Leipzig?',
    'my kids think the tent is like a circus tent, so fun',
    'Battery life, it is very poor after the update. Is there a fix?',
    'I bought it as a kind of joke gift for my brother, can he exchange it?',
    'the driver was very professional',
    'brilliant service, thanks a lot!',
    'Oh, how lovely. Can I collect it in Berlin?',
  ])('"%s" is not', (m) => {
    expect(detectFrustration(ctx('a question', m))).toBeNull();
  });

  it.each([["I'm done with packing, what's next?"], ["ok I'm done with step 2. what now?"], ['Great, I am done with payment. When will it ship?'], ["Ok I'm done with checkout, how do I track the parcel?"], ["I'm done with registration. Can I now save items?"]])('"%s" is not', (m) => {
    expect(detectFrustration(ctx('how do I return it?', m))).toBeNull();
  });
});
