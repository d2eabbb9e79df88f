/** Frustration phrasings from the blind sets of sessions 17–18 and the reviews of their patterns. */
import { describe, expect, it } from 'vitest';
import { detectFrustration } from './frustration.js';
import { alternatingTurns as ctx } from './testContext.js';

describe('frustration: session 17 (sarcasm at the shop\'s ways, plain leaving, "don\'t tell me…", still upset after the first reply)', () => {
  it.each([
    ['returned my jacket 9 days ago and still no refund', 'oh fantastic, so my €140 just floats around in limbo for a month. brilliant system, really'],
    ['can I get the welcome discount again?', "so new people get 10% and people who've been around for years get nothing. brilliant logic. really rewards loyalty, that."],
    ['I need my account deleted', '30 days to press a button, and you hang on to my invoices for ten years. wow. very reassuring, great privacy you\'ve got there.'],
    ['PAY-101 three times', 'Yes I checked the balance, I told you already. Really love this, now I can not buy anything, very nice.'],
    ['No tracking update on NW-515092 for 6 days', "A form. That's it? This is the last time I'm ordering from you."],
    ['Why does my code TRAIL20 not work?', "it's not on sale and not excluded. whatever, I'll just buy it at Globetrotter then"],
    ['my code WELCOME10 not work, basket is 48 euro', 'I will not add something only for code. This is stupid rule, then I buy in other shop, goodbye'],
    ['charged twice for NW-455019', "and don't tell me it's a pending hold, both are final charges on my statement"],
    ['WELCOME10 on a basket of €46 is not valid', "No, I don't need suggestions for what else to add. I'll take my €46 somewhere else."],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it('a hostile opener held back for the bot\'s chance is frustration when the customer does not take the reply', () => {
    // (Session 60: an opener this hostile that already carries the facts is frustration at turn 1, as the README says.)
    expect(detectFrustration(ctx('You charged me twice for NW-417706, €64.90 each time. Absolute scam.'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('You charged me twice. Absolute scam.'))).toBeNull();
    expect(detectFrustration(ctx('You charged me twice for NW-417706, €64.90 each time. Absolute scam.', "it's been 10 days and both are still there"))?.trigger).toBe('frustration');
    // A new question carries on with the bot; thanks takes the reply.
    expect(detectFrustration(ctx('You charged me twice for NW-417706. Absolute scam.', 'how long until the hold drops?'))).toBeNull();
    expect(detectFrustration(ctx('You charged me twice for NW-417706. Absolute scam.', 'ok that makes sense, thanks'))).toBeNull();
    // "My flatmate thought your email was a scam": not at the shop, and the next is a question anyway.
    expect(detectFrustration(ctx('My flatmate thought your welcome-code email was a scam lol. Is it really 10% off?', 'Does it work on sale items too?'))).toBeNull();
  });
  it.each([
    ['my Stormshell wets out', 'Oh brilliant, the forecast says rain every day, love that for me. My jacket doesn\'t bead any more, what do I do?'],
    ['can I return it?', 'great system, thanks, that was easy'],
    ['do you ship to Austria?', "then I'll order from the Austrian site, thanks"],
    ['where is my refund?', "don't worry, I'll wait another week"],
    ['can I use both codes?', "Lovely, he'll never know I didn't need anyone's help. Thanks!"],
  ])('not frustration: %j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: sincere messages a review of session 17 found among the new patterns', () => {
  it.each([
    'That really helps, thank you for that!',
    'ok that really helps there',
    "great idea, really helpful, I'll do that",
    "oh very nice, I didn't know you had a showroom in Berlin",
    "I love this jacket but the zip doesn't close anymore",
    "Fine, I'll order it on Monday then",
    "ok fine, I'll get one at the Berlin store then",
    'I might as well order from you directly then',
    'Is the warranty still valid if I buy from another retailer?',
  ])('%s', (m) => {
    expect(detectFrustration(ctx('first question', m))).toBeNull();
  });
  it.each(['NW-417706', 'oh it just arrived', 'just checked, it says out for delivery now', "I'll check again tomorrow"])('after a hostile opener, news, details or a plan are no frustration: %s', (m) => {
    expect(detectFrustration(ctx('You charged me twice for NW-417706. Absolute scam.', m))).toBeNull();
  });
});

describe('frustration: blind sets fresh48/49', () => {
  it.each([
    "and yet here's your 'spring sale' in my inbox. do you even read your own privacy policy? unbelievable",
    "Right. So I pay to post it back, then pay €14.95 to have the same jacket in another size delivered. That's what passes for customer service now, is it?",
    'Of course it isn\'t. Every single condition on that page seems written to make the promise worthless.',
    "So the one thing I actually need, you can't do, and instead I get to wait for it to ship and then chase DHL myself. Marvellous.",
    'So I ordered the wrong thing and your solution is for me to wait for it, refuse it, and then wait for my money. Genius.',
    "Thank you for pasting the page I'd already read before writing to you. Poor show.",
    'I clicked Download my data yesterday. Still nothing, naturally. Why am I even surprised.',
  ])('%s', (m) => {
    expect(detectFrustration(ctx('first question', m))).toMatchObject({ trigger: 'frustration' });
  });
  it.each([
    'do you have your own privacy policy for the app?',
    'what passes for a carry-on bag on most airlines, is the 30L pack ok?',
    'is a warranty worthless if I lose the receipt?',
    "It can't ship to Norway? Fine, I'll collect it in Berlin then. Brilliant.",
    'ok so I return it and you send the new size. Brilliant.',
    "the parcel came today, I'm surprised how fast it was!",
    "Genius idea, the gift card! She can't decide on a colour anyway.",
  ])('not: %s', (m) => {
    expect(detectFrustration(ctx('first question', m))).toBeNull();
  });
});

describe('frustration: review of session 18 patterns', () => {
  it.each([
    "Oh, I didn't know that. Brilliant!",
    "I can't believe it arrived a day early. Brilliant!",
    'Ah, so the code doesn\'t expire. Splendid!',
    'Does it make the warranty worthless if I open the case to change the battery?',
    "thanks for sending me the link, I just read it and it's all clear now",
    'Reviews say the battery is a poor show in the cold, is that true?',
    "I checked my spam folder too, still nothing, of course I'll wait until tomorrow before worrying.",
  ])('not: %s', (m) => {
    expect(detectFrustration(ctx('first question', m))).toBeNull();
  });
  it.each(['Why am I not surprised.', 'Still no refund, naturally.'])('%s', (m) => {
    expect(detectFrustration(ctx('first question', m))).toMatchObject({ trigger: 'frustration' });
  });
});

describe('frustration: blind sets fresh50/51 (session 19)', () => {
  it.each([
    ['TRAIL20 says expired', "Oh fantastic, a list of reasons that don't apply to me. It says valid until 30 June."],
    ['do you deliver to Perth?', "Seriously?? A so-called outdoor brand that can't post a parcel to Australia. Embarrassing."],
    ['Can you price match the Pace 5 at €229?', "So a price match promise that doesn't match prices. Nice little trick. I'm done here."],
    ['I filled in the damaged form four days ago', 'do you actually read those forms or are they just there for show?'],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['do you have a welcome code?', 'Oh great, a 10% code, thanks!'],
    ['can I change my password?', "It's a bit embarrassing to ask, but how do I log out on the app?"],
    ['how do I return it?', "Printed the label and taped the box. I'm done here, thanks for the help!"],
    ['is the Lumen waterproof?', 'Oh brilliant, another excuse to go canoeing then. What about the Pace 5?'],
    ['does the Trailsense have a torch?', 'is the red one on the side just for show or does it light up?'],
  ])('not frustration: %j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: praise taking the answer, then a favour asked (session 19)', () => {
  it('is not sarcasm', () => {
    expect(detectFrustration(ctx('When does the Berlin store close on Thursdays?', "Perfect. I'm in town next Thursday, could someone set aside a tent for me? Don't want to cross the city for nothing."))).toBeNull();
    expect(detectFrustration(ctx('Where is my parcel?', "Perfect. So nothing has moved since Monday and you can't tell me where it is?"))?.trigger).toBe('frustration');
  });
});

describe('frustration: review of session 19 patterns', () => {
  it.each([
    ['do I need the extended warranty?', "Oh perfect, a 2-year warranty, so I don't need the extended one"],
    ['has my order shipped?', "Oh great, an email saying it shipped — I didn't need to worry after all."],
    ['what are the loops on the pack for?', 'The little loops on the side, are they just for show or can I clip a bottle there?'],
    ['does the Pace 5 have a compass?', 'Is the compass just there for show or does it work without GPS?'],
    ['I wrote delivery notes on my order', 'Do you actually read my delivery notes? I wrote "leave at the back door".'],
    ['what is the return window?', "Wow, that's all I needed, I'm done here!!"],
  ])('not frustration: %j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
  it.each([
    ['any news on my parcel?', 'Oh super, yet another delay email with no new date.'],
    ['my watch will not sync', 'Oh joy, another link to an FAQ that says nothing about my problem.'],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
});

describe('frustration: older sets, session 19', () => {
  it.each([
    ['returns are 30 days?', "I see. So a month-long business trip means I own a tent I'll never use. Good to know how flexible you are with long-standing customers."],
    ['I filled in the missing parcel form', "Four days ago. I've since had the pleasure of an automated email. And now the same form link again."],
    ['locked out of my account', "15 MINUTES?? the sale ends at midnight and I've been at this for ages. unbelievable"],
    ['where is my order?', '3 days with no update and you tell me to just wait?? wow, super useful. great service guys'],
    ['checkout says PAY-402', "Oh brilliant, 'pick another payment method', cheers for that, really earning your keep there. I don't have a card."],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it('an opener shouted in disbelief is hostile already', () => {
    expect(detectFrustration(ctx('ARE YOU KIDDING ME?? Charged TWICE for order NW-455019, €89.95 both times. Fix it.'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('HELLO, WHERE CAN I FIND MY ORDER NUMBER?'))).toBeNull();
  });
  it.each([
    ['is the Pace 5 waterproof?', 'Good to know, very useful, thanks!'],
    ['how long for the refund?', "I've been at this for ages but it finally went through, thanks"],
  ])('not frustration: %j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: fresh52 (session 19)', () => {
  it('a verdict of praise on the plan given, and "by magic", are sarcasm', () => {
    expect(detectFrustration(ctx('Parcel shows delivered but it is not here', 'Yes, I asked the neighbours. Wait 48 hours, marvellous, so the tent might just materialise by magic. What a plan.'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('can I order the tent and collect it on Saturday?', 'ok, order online and collect in Berlin on Saturday. Great plan, thanks!'))).toBeNull();
  });
});

describe('frustration: blind sets fresh65/66/68 (session 23)', () => {
  it.each([
    ["Returned my Lumen 900R (€89.95, order NW-287714). Account says 'Refund issued' on the 5th but nothing on my Mastercard yet.", "ASK MY BANK FOR AN ARN?? I'M NOT DOING YOUR JOB FOR YOU. YOU HAVE MY MONEY."],
    ['WELCOME10 says minimum order value not reached?? my basket is 52 euros', "oh so it's counted AFTER the sale price. sneaky. so your welcome code is basically fake"],
    ["pace 5 says E12 after my marathon on sunday and the activity isn't in the app", 'closed the app, reopened it, restarted the watch. five times. fantastic advice 🙃 42 km of data just gone, thanks a lot'],
    ['claim WC-41877 came back rejected as water damage', "already appealed with more photos, rejected again. so that's it? cheap junk and a company that won't stand behind it. brilliant."],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['where is my order NW-123456?', 'WHERE IS MY ORDER?? IT SAID TUESDAY??'],
    ['is the sale price real?', 'is your sale price fake?'],
    ['how do I pair the watch?', 'thanks for the great advice 🙃 I was being silly, it works now'],
    ['can I return a gift?', 'is this a sneaky way to keep my money?'],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: review of the session 23 patterns', () => {
  it.each([
    ['does the tent come with pegs?', 'HI, DOES IT COME WITH A FOOTPRINT? I AM GOING CAMPING ON FRIDAY WITH MY GRANDSON.'],
    ['do you have the Stormshell?', 'Does it come in size XL? I need it in GREEN or BLACK.'],
    ['how bright is it?', 'Is the LUMEN bright enough? I WANT THE BRIGHTEST ONE YOU HAVE.'],
    ['how much is the down jacket?', 'wow that is a sneaky good price for a down jacket!!'],
    ['I got a text about a customs fee', 'Ok. The text saying it was from your delivery team was fake then, I reported it. Just so you know.'],
    ['is the Ridgeline any good?', "my friend says your reviews are fake but I don't believe him. anyway is the tent good in wind"],
    ['which headlamp lasts?', 'my old headlamp from Amazon was cheap junk, so I want something that lasts. Lumen 900R or 400?'],
    ['how do I sync?', 'thanks for the great tip 🙃 I would never have found that setting, works now'],
    ['how do I pair it?', 'great help, thank you 🙃 I am not very techy'],
    ['how do I reproof it?', "great tip 🙃 with all this rain I'll need it"],
    ['do you charge for returns?', "Finally a shop that doesn't charge for returns. Brilliant."],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
  it('the shop\'s code called fake, without "your"', () => {
    expect(detectFrustration(ctx('WELCOME10 says minimum order not reached??', "oh so it's counted after the sale price. the welcome code is basically fake"))?.trigger).toBe('frustration');
  });
});

describe('frustration: blind sets fresh69-71 (session 23)', () => {
  it.each([
    ['I confirmed deleting my account 12 days ago. Why can I still log in?', '30 days to press a delete button? Wow, truly cutting-edge stuff. You lot are hopeless.'],
    ['Can I exchange my jacket again?', "Fantastic. So I'm punished because your size chart is off. Truly world-class service."],
    ["I've spent well over €800 with you this year, so why am I still not Summit?", 'I get a policy paragraph back. Keep your Trailpoints, I\'m taking my business to Globetrotter.'],
    ["why don't I get the €4.95 shipping back?", 'Seriously?? I keep the cheap stuff, send back the €180 tent, and you pocket the shipping. Absolute cowboys.'],
    ['Can you match Bergfreunde?', 'no need to paste the conditions again, I can read'],
    ['Can I exchange it again?', "I'll think twice before ordering from you again."],
    ['why no refund of shipping?', "whatever, I'm done ordering here"],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['is the Summit Pro 2 good?', 'the hopeless part is choosing a colour, any tips?'],
    ['what trail app do you use?', 'I can read German, so the manual is fine'],
    ['how do I wash my jacket?', 'classic. thanks, that did it'],
    ['where can I pitch it?', 'we are taking my business partner to the Alps, is the tent ok for three?'],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: review of the fresh69-71 patterns (session 23)', () => {
  it.each([
    ['is the Ridgeline easy?', 'if you are hopeless at pitching tents like me, is the Ridgeline easier?'],
    ['is the Trailsense for me?', 'Does the Trailsense make sense even if you are clueless with navigation?'],
    ['do you sell hats?', "It's for my son's cowboy outfit, do you have kids' sizes?"],
    ['the pole bag is torn', 'The courier were absolute cowboys with the box, but the tent is fine. Can I get a spare pole bag?'],
    ['where is my code?', 'Do I need to keep your voucher email or is the code saved?'],
    ['how do points expire?', "it says 'to keep your Trailpoints, make a purchase every 12 months', right?"],
    ['do you ship to the UK?', "I'm taking my business to Scotland for a team trek, we need 12 headlamps – bulk pricing?"],
    ['customs to the US?', 'Should I think twice before ordering from the US site because of customs fees?'],
    ['anything else in the sale?', "Ok I think I'm done shopping here – if I pay now does it ship today?"],
    ['where is my label?', 'No need to send the label again, I found it in my spam folder!'],
    ['can I get a PDF?', 'send the invoice as a PDF so I can read it on my phone?'],
    ['what is the serial?', "I can read the serial number on the box, it's TS-48819"],
    ['is the orange still sold?', 'Your orange Summit tent from 1998 is still going strong, unreal. Classic!'],
    ['how fast is shipping?', 'Wow, parcel arrived in one day. Truly world-class service!'],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
  it.each([
    ['why is my account still there?', 'Your chat is hopeless.'],
    ['where is my refund?', "You're hopeless, honestly."],
    ['what does the policy say?', "I'm perfectly capable of reading the policy myself, thanks."],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
});

describe('frustration: dry sarcasm and leaving without emoji (session 24, fresh72–78)', () => {
  it.each([
    ['parcel NW-915203 has said in transit since monday', 'thank you, yes, i did read that it can take a few days. ive now read it four days in a row. truly appreciate the consistency'],
    ['where is my parcel', 'ill make sure to order from somewhere a bit quicker next time. have a lovely day'],
    ['refund for NW-337120??', "oh great another 'up to 10 business days'. fantastic. i just love giving u free loans"],
    ['can i change the address', 'so i wait for it to ship n then chase dhl myself. brilliant system. really well thought out'],
    ['why am I still getting the newsletter?', "By my count it has been twenty-one days. I didn't consent to this and I'm getting rather tired of being told to wait."],
    ['the reset link says expired', "Your system then informs me, with impressive consistency, that it has expired. Do keep sending me the same paragraph though, it's very soothing."],
    ['where is it?', "I am to wait until the parcel has been silent for 'more than 5 business days', then fill in a form. How wonderfully reassuring."],
    ['how do I unsubscribe?', 'I did click unsubscribe. On the 2nd. Today is the 9th and I got 3 more emails since then. Fantastic, thank you so much for respecting my choice.'],
    ['do you price match?', "So your 'price match promise' is only for prices nobody actually has. Whatever. I order it there then."],
    ['where is my express order?', "Thank you so much for the link to the tracking page, very useful, as if I did not look at it ten times already. Really impressive service."],
    ['where is my order?', 'I must say I am very disappointed. This is my first and also my last order with you.'],
    ['can you reissue the invoice?', 'So your automated check failed and we pay €86,24 for the privilege. How very efficient.'],
    ['code TEAMTRAIL20 is invalid', 'but sure, let me read the same bullet list a third time, maybe it changes. genuinely impressive stuff'],
    ['are our returns in the window?', 'Wonderful. So a big customer gets the same copy-pasted paragraph as someone buying socks. Noted. We will be moving our account elsewhere.'],
    ['my code keeps getting rejected', "Not expired, never used. But do go through the list again, I've got all evening and nothing but time."],
    ['why two charges?', 'Please, explain parcels to me one more time, I find it very soothing.'],
    ['why two charges?', 'Charged twice again. Wonderful. Truly the gift that keeps on giving.'],
    ['price match?', "I'll just buy it in Innsbruck then. It was nice knowing you."],
    ['how do I stop your emails?', 'A MONTH. And still they come. Does anybody there actually read anything or is it just robots all the way down'],
    ['my welcome code is rejected', 'Great. So the 10% is more of a concept than a discount.'],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['how fast is delivery?', 'The tent arrived in 2 days, really impressive service, thank you'],
    ['is the Ridgeline comfortable?', 'I find it very relaxing to sleep in the Ridgeline, thanks'],
    ['is the Pace 5 accurate?', 'The Pace 5 records my pace with remarkable consistency, love it'],
    ['when are you open?', "I've got all day Saturday free to come to the store"],
    ['do you send product news?', 'I love being told about new products, sign me up'],
    ['what colours does it come in?', 'Oh great, another colour option! Is the green one in stock?'],
    ['how was my last order?', 'my last order with you was great, so I am back'],
    ['can you send the tracking link again?', 'Do keep me posted, thanks'],
    ['is there a newer model?', 'Great policy, the Summit Pro 2 sounds good. Which size for two people?'],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: more of the dry register (session 24, second pass)', () => {
  it.each([
    ['where is my parcel?', 'honestly what a garbage company. 2 tent poles snapped in half. AGAIN.'],
    ['still getting emails', "'up to 48 hours' sure. its been 5 days. nice to know unsubscribe is more of a suggestion over there"],
    ['my lamp cuts out', 'Thank you ever so much, a genuinely inspired suggestion. I did, of course, clean them. Twice.'],
    ['I used the form', "Forgive me if I don't find 'please use the form' terribly illuminating."],
    ['I used the form', 'Marvellous. Do pass my compliments to whoever designed this loop.'],
    ['the code fails', "brilliant, I'm sure it'll work the second time. honestly this is the last order our office places with you"],
    ['still getting emails', "Congratulations on building an inbox I genuinely can't escape - what exactly does 'consent' mean to you people?"],
    ['back in stock?', 'I did. In March. It is June. I assume the email is coming by carrier pigeon?'],
    ['I deleted my account', 'Is the delete button connected to anything, or is it decorative?'],
    ['any news?', "We're on day six now. I'm running out of polite ways to say this."],
    ['any news?', "I'm not even angry any more, I'm just impressed."],
    ['PAY-101 again', 'I must say I am finding this whole experience thoroughly exasperating and, if I am honest, rather insulting.'],
    ['PAY-101 again', 'Perhaps I shall just buy it from somewhere that actually wants my money.'],
    ['my claim was rejected', "I'll be closing my account and telling everyone at the rambling club not to bother with you."],
    ['it does not sync', 'oh brilliant, restart it again. what a wonderful idea, why didnt I think of that'],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['any ideas?', 'Is there a suggestion box for new products?'],
    ['what a tent', 'What a tent! Congratulations on designing something this light.'],
    ['which lamp?', 'I find the whole range a bit confusing, which one is brightest?'],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});

describe('frustration: sincere messages from the review of the session-24 patterns', () => {
  it.each([
    'Really impressive service. Ordered Monday night and it was already on my doorstep Tuesday morning.',
    'How very efficient. The refund is already back on my card!',
    "Genuinely impressive support. I never thought returns could be this easy.",
    'Returns were so easy. Great system. The refund was already on my card two days later.',
    'I love the consistency of your sizing, the new boots fit exactly the same as my old ones.',
    'Perfect, thank you for honouring my warranty even though it had expired. I really appreciate it.',
    'Oh great, another parcel! The first one already made my week.',
    "No hurry, I've got all day.",
    'I would like a copy of the invoice for my last order with you.',
    'We are moving our business premises elsewhere next month, so please update the delivery address.',
    'I received the same confirmation message twice. Did I accidentally place two orders?',
    'Will I get the same standard response time on weekends?',
    'Does anyone actually read the gift message I add at checkout?',
    'This tent is the gift that keeps on giving, three summers and still going strong.',
    'Is the recommended max temperature more of a suggestion than a hard limit?',
    'Thank you for the privilege of testing the new jacket.',
    "I'm tired of being told by my wife to buy a new tent, so here I am.",
    "It was nice knowing you would have my size. Thanks, I'll order now.",
  ])('"%s" is not', (m) => {
    expect(detectFrustration(ctx('Hello, I have a question about my order.', m))).toBeNull();
  });
});

describe('frustration: dry sarcasm after an answer that does not help (session 29)', () => {
  it.each([
    ['no exchange button, only refund', "So I send it back, wait for the refund, then buy the L whenever it's back in stock. Super. What a seamless experience."],
    ['refund went to a cancelled card', 'And when the original payment method no longer exists, the money simply floats about in the ether, does it? Very reassuring.'],
    ['price match for a Black Friday deal', "Let me see if I've understood: you'll match any price except the ones that are actually lower. Splendid policy. I'll leave you to it."],
  ])('%s → %s', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['is the Ridgeline waterproof?', "That's very reassuring, thank you. Ordering now."],
    ['how do returns work?', 'What a seamless experience, thanks, the label printed first time.'],
    ['can I return it in store?', 'Very reassuring to know the Berlin store takes returns. Which hours is it open?'],
    ['student discount?', 'A wonderful policy for students, I will tell my daughter.'],
    ['overcharge protection?', 'Good to hear it has overcharge protection. Very reassuring.'],
    ['battery warranty?', 'Two years on the battery as well. Most reassuring.'],
    ['returns?', 'What a seamless process, the label printed first time and the refund came in 3 days. Ordering again!'],
    ['price match?', 'Brilliant policy, my friend used it twice. Does it work in the Portland store too?'],
    ['returns?', 'Marvellous policy. I will order both sizes and send one back.'],
    ['returns?', 'What a smooth process, I never thought returns could be this easy!'],
    ['warranty?', "Great policy, I can't fault it."],
    ['is it waterproof?', 'It still works after I dropped it in the river. Very reassuring.'],
    ['delivery?', 'So I only have to wait till Thursday. How reassuring.'],
  ])('sincere: %s → %s', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
});
