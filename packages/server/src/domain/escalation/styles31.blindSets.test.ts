/** Phrasings from session 31's blind sets (fresh104, 105, 107: phone typing, long stories, regional English) and their negatives. */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { northwindNames, runRules } from './testContext.js';

describe('explicit request: regional and polite phrasings (session 31)', () => {
  it.each([
    'Kindly do the needful and arrange a call from the concerned person at the earliest. My number is +1 201 555 0187.',
    'Please arrange for someone to ring me about NW-483920.',
    'Could I trouble someone to telephone me on 01392 555 318 and talk me through it?',
    "Sugar, I don't mean to be a bother, but could you have somebody from the billing folks give me a holler at 615-555-0193?",
    "I'd like this sorted before I go, so please let me speak to whoever's in charge of payments.",
    'i didnt drop it or anything. let me speak to ur manger',
    'Thank you dear, but I really would prefer a voice on the telephone.',
    'I would like to speak to the concerned person regarding my refund.',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    "I'll arrange a call with my bank tomorrow.",
    'Can you arrange a call with DHL for me? They never pick up.',
    'Please arrange a collection for the tent, it is too heavy.',
    'Kindly arrange a refund for the returned jacket, order NW-123456.',
    'Sorry to trouble someone with this, but how long is the return window?',
    "I'd prefer a voice assistant that works with the watch.",
    "Does the Pace 5 have voice control? I'd like a voice prompt when I hit 5 km.",
    'I would like a voice on the recording to say the order number.',
    'the manger in our nativity scene needs a lamp, is the Lumen 400 bright enough?',
    "Whoever's in charge of the warehouse did a great job packing it, thanks!",
    'The concerned person at DHL said it was delivered.',
    "my mum asked someone to telephone me about the gift, she's sorted it now",
  ])('"%s" is no request for a person', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('frustration: outrage, leaving, being ignored (session 31)', () => {
  it.each([
    'I did exactly that, TWICE. It has been fourteen days. Do you just ignore people?',
    "I'm this close to closing my account and never ordering again.",
    'Honestly, never ordering again.',
    'I have been a customer of yours since before you had a website and I have never been treated so shabbily.',
    'I am thoroughly disgusted.',
    "Well bless your heart, you just keep sendin' me cleanin' instructions like I'm some kinda fool.",
    "I'm about done with y'all, I swear.",
  ])('"%s" is frustration', (m) => {
    expect(scoreFrustration(m).strongest).toBe(1);
  });
  it('reads praise of the shop closing a let-down, and a quoted promise disbelieved, as sarcasm', () => {
    expect(scoreFrustration("So the answer is 'make a warranty claim' and wait two or three weeks in the middle of my training block. Fantastic. Exactly what I needed to hear. Great product, great support.").labels).toContain('sarcasm');
    expect(scoreFrustration("I did exactly that. 'Up to 48 hours' my foot. It's been fourteen days.").labels).toContain('sarcasm');
  });
  it.each([
    'Thanks! I was disgusted by the smell of the old one, so good to know.',
    '5 days? Exactly what I needed to hear, thank you!',
    'Great product, great support. Thanks a lot!',
    'Done that, all good now. Great product, great service.',
    'I treat my gear like a child, honestly. Is there a care guide for the Stormshell?',
    'I hurt my foot. Do you sell insoles?',
    "The guide says 'up to 30 minutes' and it came in 2. Nice.",
    'Is the Summit Pro 2 done with the new poles yet?',
  ])('"%s" is no frustration', (m) => {
    expect(scoreFrustration(m).strongest).toBeLessThan(1);
  });
});

describe('high stakes: phone typing and an injury that only changed the plans (session 31)', () => {
  it('reads a device too hot to hold with a chemical smell, and a misspelt power bank puffy on one side', () => {
    expect(findHighStakes('super hot on the charger, couldnt even hold it, and theres a weird chemical smell')).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('my voltpak is kinda puffy on one side now?? still works tho can i keep using it', '', '', northwindNames)).toMatchObject({ kind: 'safety' });
  });
  it.each([
    "theres a really hot deal on the summit pro 2 at another shop, do you price match?",
    'the power bank gets a bit warm while charging, theres nothing else wrong, is that normal?',
    "I can't hold it steady when running, the watch is too loose, do you sell a smaller strap?",
    'My down jacket is puffy on one side after washing, how do I fix the filling?',
    "My friend and I had planned a week in the Lake District, and then she broke her ankle two days before we left (she's fine, just grumpy). So the gear I bought for the trip is going back unused.",
    'My husband broke his wrist two weeks before our hike so we need to cancel the order NW-123456.',
  ])('"%s" is not high stakes', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
  it('still reads an injury the product caused before a trip', () => {
    expect(findHighStakes('My daughter broke her arm before the trip when the tent pole snapped and hit her.')).toMatchObject({ kind: 'injury' });
  });
});

describe('rules: a refund chased in plain words (session 31)', () => {
  it.each([
    "Hey there, I sent back that Summit Pro 2, $429, three weeks ago. Still ain't seen a dime. Order NW-147792.",
    'I returned my $429 tent a month ago and not a cent has come back.',
  ])('"%s" is a refund over 200 chased', (m) => {
    expect(runRules([m])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
  it('not when the money is under the threshold or the goods are awaited', () => {
    expect(runRules(["I sent back the Lumen 400, $49, three weeks ago. Still ain't seen a dime."])).toBeNull();
    expect(runRules(["I sent back the $429 tent for a size swap and ain't seen a thing since, where's the new one?"])).toBeNull();
  });
});

/** A review helper's probes of the patterns above (old code vs new): each misfire it found, and the intended readings it showed missing. */
describe('session 31 review', () => {
  it.each([
    'I want to talk to a manger about this',
    'Let me speak to the manger immediately',
    'Kindly arrange a telephonic call from the concerned person regarding my refund',
    'kindly arrange call from concerned person asap',
    "I'd rather speak to a real voice on the phone",
    'Could you please arrange a phone call with someone from billing?',
    'May I ask somebody to telephone me regarding the warranty?',
  ])('"%s" is a request', (m) => expect(findExplicitRequest(m)).not.toBeNull());
  it.each([
    "The Trailsense only beeps for the pace alerts but I'd prefer a voice.",
    "Does the Pace 5 do audio cues? I'd rather hear a voice, the beeps all sound the same",
    "My mum is blind so she'd need a voice on the phone app, does the Trailsense have one?",
    'Can you please arrange a call with Royal Mail, they have my parcel',
    'Could you arrange a call with my husband, he has the order number',
  ])('"%s" is no request for a person', (m) => expect(findExplicitRequest(m)).toBeNull());
  it.each([
    "I'm absolutely fuming with myself, I left the tent in the loft and mice got at it. Do you sell repair patches?",
    'I was appalled at how much mud the kids got in the tent lol. Can I machine wash the groundsheet?',
    'I was livid with the airline, they lost my bag with the tent in it. Can I get a replacement pole?',
    "I am so close to leaving for the trip and the Pace 5 still isn't here, can I pick it up in Berlin?",
    'Never buying from this supermarket again, their tents are rubbish. Is the Ridgeline 3P good in wind?',
    'If I email on a Sunday, do you just ignore emails until Monday?',
    'Pitching it made me feel like im a child again haha. Can I get a second one for my brother?',
    'The kids treat me like some kind of fool when I try to pitch it lol',
    'Tent came in 2 weeks, pitched it in the rain, dry as a bone. Great product, great service!',
    'Had to wait a few weeks for the replacement pole but it arrived and fits perfectly. Great product, great support.',
    'So delivery to Ireland is only a week? Exactly what I needed to hear, the trip is in three weeks!',
    'My daughter keeps saying "my foot is cold" in the sleeping bag, is it rated for 0C?',
    'Almost done with you guys, one more question: does the Stormshell have pit zips?',
  ])('"%s" is no frustration', (m) => expect(scoreFrustration(m).labels).not.toContain('fed up'));
  it('sarcasm closing a let-down, and a quoted promise disbelieved, still read', () => {
    expect(scoreFrustration("'Next day delivery' my foot. It's been a week.").labels).toContain('sarcasm');
    expect(scoreFrustration('My daughter keeps saying "my foot is cold" in the sleeping bag').labels).not.toContain('sarcasm');
    expect(scoreFrustration('Tent came in 2 weeks, pitched it in the rain, dry as a bone. Great product, great service!').labels).not.toContain('sarcasm');
  });
  it('a device that smoked on a hot day, or got hot days after charging, is still high stakes; a jacket called Voltage is no battery', () => {
    expect(findHighStakes('On a really hot day last week the Lumen 900R started smoking in my hand')).toMatchObject({ kind: 'safety' });
    expect(findHighStakes("It's been really hot weather all week and the VoltPack started smoking on the charger")).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('the voltpack 20000 got really hot days after I last charged it and smells weird')).toMatchObject({ kind: 'safety' });
    expect(findHighStakes('It was a really hot day so I couldnt hold the metal poles, do you sell foam grips?')).toBeNull();
    expect(findHighStakes('My down jacket is puffy on one side, the Voltage model, is that normal after a wash?')).toBeNull();
  });
  it('an injury the product caused just before a trip is still an injury', () => {
    expect(findHighStakes('The day before our trip my son tripped over the Summit Pro 2 guy rope and broke his arm')).toMatchObject({ kind: 'injury' });
    expect(findHighStakes('my wife sprained her ankle before we set off, the boot sole peeled right off on the stairs')).toMatchObject({ kind: 'injury' });
    expect(findHighStakes('My friend broke her ankle before the trip so we need to return the tent unused')).toBeNull();
  });
  it.each([
    'returned the summit pro 2 ($429) 3 wks ago and not a single dime back',
    "sent back the $429 tent 3 weeks ago, haven't seen a single dime",
    "sent back the $429 tent 3 weeks ago and I ain't seen one red cent",
    'I returned my $429 tent a month ago and not a penny has reached my account',
  ])('"%s" chases a refund over 200', (m) => expect(runRules([m])).toMatchObject({ trigger: 'rule' }));
});

describe('fresh109 (boundary cases told calmly)', () => {
  it.each([
    ["No worries, I've raised it with my bank as a disputed transaction in the meantime. Just keeping you in the loop.", 'dispute'],
    ['el Lumen 900R hace un silbido raro cuando lo cargo y huele a químico', 'safety'],
    ["If it carries on I'll have to write to the Berlin data protection commissioner.", 'legal'],
    ["There's an order NW-905563 in my account going to Lyon. Nobody in this house ordered it, and I was charged €299.", 'security'],
  ])('"%s" is high stakes (%s)', (m, kind) => expect(findHighStakes(m)).toMatchObject({ kind }));
  it.each([
    "Our VAT ID didn't make it onto the invoice for NW-827731, can you fix it?",
    'My bank asked whether I want to raise it as a disputed transaction, but I said no, I trust you.',
    "Nobody in this house ordered the blue one, we wanted green. Can I swap it?",
    // A second review's probes of the round above.
    'Is the Summit Pro 2 more than warm enough for Scottish winters?',
    'My friend, who is a solicitor, recommended the Ridgeline 3P. Before taking it further, can you tell me the packed weight?',
    'Does the stove hose go straight to the gas regulator, or do I need an adapter?',
    'My payment of €129.95 went through but the size that arrived isn\'t mine, I ordered M not XL.',
    "I haven't raised it with my bank as a disputed transaction, and I won't if you sort it this week.",
    "I almost reported it to my bank as a fraudulent transaction before I realised it was my husband's order. All fine now!",
    'el viento hace un silbido entre las varillas de la tienda, ¿es normal?',
    'la tienda nueva huele a químico, ¿es normal?',
  ])('"%s" is not high stakes', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    "I'd like this to go straight to your data protection officer, please.",
    "Still E12. I'd really rather go through this with one of your technicians directly.",
    'Could whoever handles invoices give me a ring on 0176 4432 1180?',
  ])('"%s" is a request', (m) => expect(findExplicitRequest(m)).not.toBeNull());
  it.each([
    "I'd like it to go to someone else as a gift, can I change the address?",
    'I want this to go to the manager of our campsite, she will sign for it.',
    "I'd rather sort it out with a technician at my local watch shop, can you just post the spare strap pin?",
    "I'd rather discuss this with your team once I've measured the car boot, no rush.",
  ])('"%s" is no request for a person', (m) => expect(findExplicitRequest(m)).toBeNull());
  it.each([
    "this is the second parcel this month that's just disappeared and I'm honestly so tired of it",
    'I think this will be my last order.',
    "Fine. I'll wait. Again. It's not as if I have anything better to do than refresh my banking app every morning.",
  ])('"%s" is frustration', (m) => expect(scoreFrustration(m).strongest).toBe(1));
  it.each([
    "I'm so tired of it raining every weekend, will the Stormshell cope?",
    'This will be my last order before the trip, can it arrive by Friday?',
    'Is this my last order eligible for points?',
    "I'm still not tired of it! Best tent ever.",
    "Please cancel NW-443210, this is our last order, we're moving to Australia",
    'This is my last order, I promise my wife!',
    "It's not like I have anything better to do on a rainy Sunday than browse tents, haha",
  ])(
    '"%s" is no frustration',
    (m) => expect(scoreFrustration(m).strongest).toBeLessThan(1),
  );
  it('money dropped off at the shop and chased', () => {
    expect(runRules(['Dropped the Ridgeline 3P off at the Berlin shop on Monday, €329. When will the money be back on my card?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
    expect(runRules(['Dropped the Lumen 400 off at the Berlin shop on Monday, €39. When will the money be back on my card?'])).toBeNull();
    expect(runRules(["I'm saving for the €449 Summit Pro 2. As soon as the money comes back from my tax return I'll order it."])).toBeNull();
    expect(runRules(['when the money comes back from members I will order 3 x €329 Ridgeline 3P'])).toBeNull();
  });
});
