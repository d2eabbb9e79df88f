/**
 * Requests a nearby passage does not settle (serviceAsks.ts), in wordings of our own, each with the near misses that
 * are ordinary questions the help centre answers.
 */
import { describe, expect, it } from 'vitest';
import { normalise } from './text.js';
import { asksDataLocation } from './narrowAsks.js';
import { asksForAdvanceReplacement, asksForAService, asksForException, asksForPersonalisation, asksOwnPriceDrop, asksStoreStock, asksToCombineOrders, asksToDelayDispatch, asksToSplitDelivery, asksToSplitPayment } from './serviceAsks.js';

const cases: [string, (said: string) => boolean, string[], string[]][] = [
  [
    'a store’s stock today',
    asksStoreStock,
    ['do you have at least two Trailsense watches in the Portland shop right now?', 'Is the Summit Pro 2 in stock at the Berlin store? I could pop in tomorrow', 'does the berlin store have the stormshell in XL?', 'any lumen 400 available at your Leeds shop today?', 'when does the Berlin shop close tonight? and do they have the Pace 5 in stock there?'],
    ['What time does the Berlin store open on Saturday?', 'Do you have a store in Munich?', 'can I collect my order in the Portland store?', 'does the Berlin shop have the watch demo table?', 'is the Summit Pro 2 in stock online?', "Can I order online and pick it up tomorrow? The site says it's in stock at the store."],
  ],
  [
    'two orders in one parcel',
    asksToCombineOrders,
    ['Could you ship both orders together? NW-100001 and NW-100002', 'can you combine my two orders into one delivery', 'please send them both in one box, the two orders I placed yesterday', 'I placed two orders this morning, NW-100001 and NW-100002. can you ship them together?'],
    ['Will my order come in one parcel?', 'I placed two orders, where are they?', 'my two orders came separately, can I return them together in one box?', 'can I combine a discount code with a gift card?'],
  ],
  [
    'an exception to a rule',
    asksForException,
    ['I know it is day 35 but could you make an exception this once?', 'Is there any way you could still take it back? I was away for work', 'would you take it back as a goodwill gesture?', 'could you waive the deadline, I was in hospital'],
    ['Is there any way to track my parcel?', 'can I still cancel my order?', 'what are the exceptions to free returns?'],
  ],
  [
    'a logo, name or engraving',
    asksForPersonalisation,
    ['Can you engrave my initials on the back of the watch?', 'We need 20 jackets with our club logo on them', 'is embroidery possible on the Stormshell?', 'could you print our company logo on the tents'],
    ['I saw the Klarna logo on the checkout page', 'How do I turn off personalised ads?', 'the logo on my jacket is peeling, is that covered?'],
  ],
  [
    'the replacement sent first',
    asksForAdvanceReplacement,
    ['Can you send the replacement before I send the broken one back?', 'is an advance replacement possible? I need the watch for work', 'could you ship a new one first and I return mine after'],
    ['How long does a replacement take to arrive?', 'When will you send the replacement?', 'I sent the broken one back, where is the new one?'],
  ],
  [
    'the shop’s own price drop',
    asksOwnPriceDrop,
    ['I paid €189 last week and now your website sells it for €159, can I get the difference?', 'bought the lamp for $60, your own site has it at $45 today. refund the difference please', 'ordered a tent on monday and it went down on your site by 30 euros, could you adjust it?', 'the Summit Pro 2 I bought last week is now €60 cheaper in your own sale. Could you refund me the difference?'],
    ['Another shop has the Pace 5 for €20 less, do you price match?', 'I paid €189, when will my refund arrive?', 'Can I get the student discount on your website?', 'Could I hand the tent back at your shop in Berlin instead of posting it?', 'I bought it in your summer sale for €89, the zip broke, I want a refund'],
  ],
  [
    'an order sent out on a day the customer names',
    asksToDelayDispatch,
    ['can you hold NW-100001 and only send it out on the 22nd?', 'please delay shipping until next week, I am away', 'could you wait and ship it after Friday?'],
    ['When will my order ship?', 'Can I change the delivery address before it ships?', 'hold on, how long does shipping take?'],
  ],
  [
    'a paid service done for them',
    asksForAService,
    ['Do you offer a service where I send the jacket to you and you re-proof it?', 'could your workshop repair the zip for a fee?', 'I would happily pay you to replace the battery', 'can I post it to you and you clean it?'],
    ['How do I re-proof my jacket at home?', 'Is the zip covered by the warranty?', 'how do I pay for my order?', 'do you offer free shipping?'],
  ],
  [
    'one order paid with two cards',
    asksToSplitPayment,
    ['For the order I am putting together, about €640, can I pay half with my Amex and half with my Visa?', 'can I split the payment between two cards?', 'can i use two different cards for one order', 'could we split the bill between my card and paypal'],
    ['can I pay part with a gift card and the rest with my visa', 'do you take amex and visa?', 'I want to pay half now and half later', 'can I split my order into two deliveries', 'I paid with my visa and then my partner paid with his'],
  ],
  [
    'one order sent to two places',
    asksToSplitDelivery,
    ['Can I place it as one order and have you ship one jacket to Oslo and the other to Copenhagen?', 'can you deliver the order to two different addresses?', 'one order but two delivery addresses, possible?', 'can I split the shipment between two addresses'],
    ['can I change the delivery address?', 'can I ship to a different address than my billing address?', 'I have two addresses on my account, which one will it go to?', 'I returned one to Berlin and the other to Portland'],
  ],
];

describe.each(cases)('%s', (_name, asks, yes, no) => {
  it.each(yes)('%j asks it', (m) => expect(asks(normalise(m))).toBe(true));
  it.each(no)('%j does not', (m) => expect(asks(normalise(m))).toBe(false));
});

describe('where the data physically is (narrowAsks.ts)', () => {
  it.each(['Before I decide: in which country are your customer databases physically hosted?', 'where is my data stored?', 'is my data kept in the EU?', 'are your servers located in the US?', 'Where are your servers?', 'But the location question - EU or US servers?', 'which country are those servers in?', 'is my order history kept in the EU or sent to the US?'])('%j asks it', (m) => expect(asksDataLocation(normalise(m))).toBe(true));
  it.each(['where can I download my data?', 'what data do you keep about me?', 'where is my account page?', 'how long is my data kept?', 'where are your stores?', 'is my order history kept after I delete my account?'])('%j does not', (m) => expect(asksDataLocation(normalise(m))).toBe(false));
});

describe('a service someone said the shop might offer, asked about', () => {
  it('"your colleague said you might offer a re-proofing service. Do you?" asks for it; the statement alone does not', () => {
    expect(asksForAService(normalise('your colleague said you might offer a re-proofing service. Do you? And how would I send it in?'))).toBe(true);
    expect(asksForAService(normalise('your colleague said you might offer a re-proofing service, I will check the website.'))).toBe(false);
  });
});

describe('the shop\'s own price fell, and a dispatch held until they are back', () => {
  it('"bought it last week for €459 and today it\'s €399 in your own sale. Can you refund me the difference?"', () => {
    expect(asksOwnPriceDrop(normalise("I bought a Summit Pro 2 last week for €459 and today it's €399 in your own sale. Can you refund me the difference?"))).toBe(true);
    expect(asksOwnPriceDrop(normalise('I bought it in your summer sale for €89 and the zip broke, can I get a refund?'))).toBe(false);
  });
  it('"keep order NW-466291 at the warehouse and ship it so it arrives after I\'m back"', () => {
    expect(asksToDelayDispatch(normalise("I'm away until the 12th. Could you keep order NW-466291 at the warehouse and ship it so it arrives after I'm back?"))).toBe(true);
    expect(asksToDelayDispatch(normalise('Could you ship it so it arrives quickly?'))).toBe(false);
  });
});

describe('a paid repair or replacement offered', () => {
  it('"Do you offer a paid battery replacement?" asks for a service; "is the battery replaced under warranty?" does not', () => {
    expect(asksForAService(normalise("My Pace 5 is three years old. I'm aware that's not a warranty issue. Do you offer a paid battery replacement?"))).toBe(true);
    expect(asksForAService(normalise('is the battery replaced under warranty?'))).toBe(false);
  });
});

describe('service asks after review: what they must not take', () => {
  it.each([
    [asksOwnPriceDrop, 'bought the pace 5 on your site, battery drops 20% overnight, can i get a refund?'],
    [asksOwnPriceDrop, 'if the price drops on amazon after i buy from your shop, do you refund the difference?'],
    [asksForAService, 'i may have a service voucher from my old watch, can i use it?'],
    [asksForAService, "i'd rather not do a paid repair, it's under warranty, can you replace it?"],
    [asksToDelayDispatch, 'keep me posted, will you ship it so it arrives on friday?'],
  ] as [(s: string) => boolean, string][])('%#: %j is not', (f, m) => expect(f(normalise(m))).toBe(false));
});

