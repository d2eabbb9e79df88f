import { describe, expect, it } from 'vitest';
import { chargeSenseForRouting } from './chargeSense.js';

const power = (t: string) => expect(chargeSenseForRouting(t), t).toContain('recharge');
const money = (t: string) => expect(chargeSenseForRouting(t), t).not.toContain('recharge');

describe('chargeSenseForRouting', () => {
  it('reads the power sense of charge as recharging', () => {
    power('headlamp won\'t charge anymore');
    power('My Pace 5 won\'t charge. Cable\'s plugged in, nothing on the screen.');
    power('I charged it all night with the USB-C cable, nothing.');
    power('it stops charging at 80%');
    power('the charging port is loose');
    power('does the power bank recharge from a laptop?');
    power('the watch was fully charged this morning');
    power('die Lampe lädt nicht, it does not charge');
    power('charge the battery for 4 hours first?');
  });
  it('keeps the money sense', () => {
    money('i got charged twice for one order');
    money('there is a charge on my card I do not recognise');
    money('you charged me €79 for a brick');
    money('charged for something I did not buy');
    money('I was not charged for the shipping');
    money('the site won\'t charge my card');
    money('why was I charged VAT?');
    money('a double charge from your shop');
    money('I haven\'t been charged yet');
  });
});

describe('chargeSenseForRouting: review of the money and power senses', () => {
  it('keeps money when the sentence is about cards, prices or payment services', () => {
    money('The order went through but my card was not charged.');
    money('you charged it to the wrong card');
    money('Does the price include shipping or do you charge it separately?');
    money("PayPal won't charge, it just spins");
    money("The site won't charge my Revolut card");
  });
  it('reads power with curly apostrophes, a battery that holds a charge, and a lamp that will not charge', () => {
    power('My Pace 5 won’t charge.');
    power('the headlamp isn’t charging');
    power("the battery won't hold a charge");
    power("I paid €79 for a lamp that won't charge");
  });
});

describe('chargeSenseForRouting: session 23', () => {
  it('reads "charges to full" as power', () => {
    power('my lumen 900r charges to full but dies after like 40 minutes on low');
    power('it only charges to 100 when plugged into the wall');
    money('they charged the full price');
  });
});

describe('chargeSenseForRouting: review of session 23', () => {
  it('keeps money in "charge to full price" and "charges to max 3 instalments"', () => {
    money('The power bank is on preorder, does it charge to full price straight away?');
    money('Klarna charges to max 3 instalments for the power bank?');
  });
});
