/**
 * Session 48's blind sets (fresh172: winter and gifts; fresh173: clubs, schools and companies; fresh175: returns and
 * refunds; fresh176: electronics and the app): the misses they showed, each read as the general case it is, with
 * negatives beside.
 */
import { describe, expect, it } from 'vitest';
import type { SiteConfig, TranscriptEntry } from '../pipelineTypes.js';
import { findHighStakes, learnedDuty } from './highStakes.js';
import { personRequestProbability } from './personRequestModel.js';
import { findExplicitRequest } from './explicitRequest.js';
import { personRequestModel } from '../../site/botModels.js';
import { scoreFrustration } from './frustration.js';
import { correctTeam } from './teamCorrections.js';
import { chasesRefundMoney } from './refundMoney.js';
import { afterReplies, runRules, testSite, unknownReply } from './testContext.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { normalise } from '../bot/text.js';

const shop = 'Northwind Gear';

describe('sarcasm after a damning "so …", and nobody there at a time asked about', () => {
  it.each([
    "always-on display is off, no music, no heart rate broadcast. so '14 days' is basically marketing fiction. great 👍",
    "Don't send me unsubscribe instructions, I don't HAVE an account any more. So you kept my email after 'deleting' everything? Brilliant.",
  ])('%j is sarcasm', (m) => expect(scoreFrustration(m, [], true, shop).labels).toContain('sarcasm'));
  it.each([
    'great. and on sundays nobody, right?',
    'perfect, so on public holidays no one is there?',
    'so it arrives on friday? great 👍',
    'so the refund was issued yesterday. perfect!',
  ])('%j is no frustration', (m) => expect(scoreFrustration(m, [], true, shop).score).toBe(0));
  it('nobody answering is still a let-down beside praise', () => {
    expect(scoreFrustration('great, nobody has answered my email in two weeks', [], true, shop).score).toBeGreaterThan(0);
  });
});

describe('a lawyer ruled out, a bank asked to pull a payment back', () => {
  it.each([
    'ok, and the return postage is on me as well I suppose. not going to call a lawyer over 20 francs 😄 just confirming',
    "I won't even bother to call a lawyer over this, just tell me the return address",
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ["I'm not joking, I will call a lawyer if this isn't fixed", 'legal'],
    ['If it isn\'t sorted by Friday our finance director will simply ask the bank to pull the second payment back.', 'dispute'],
    ['we will just ask our bank to claw the €186,40 back', 'dispute'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
  it('a dispute with the card company named by brand is the money team\'s', () => {
    expect(learnedDuty(normalise("if it isn't here by the 23rd i'm disputing the whole thing with amex, just so you know"))).toBeDefined();
  });
});

describe('someone in a what-if is not someone to talk to', () => {
  it.each([
    "We're a rowing club (100% human-powered, no engines 😄) looking at the Lumen 900R for dawn sessions. Would it survive someone capsizing with it on?",
    'will the tent handle someone tripping over the guy lines?',
  ])('%j asks for no one', (m) => expect(personRequestProbability(personRequestModel, m)).toBeLessThan(personRequestModel.threshold));
  it.each(['can someone call me about it?', 'would someone be able to help me with the return?'])('%j still does', (m) =>
    expect(personRequestProbability(personRequestModel, m)).toBeGreaterThanOrEqual(personRequestModel.threshold),
  );
});

describe('a refund chased as "our money", or short, or not seen (es)', () => {
  it('"Where\'s our money?" after a return of €89,00 and €149,95 is the refund rule', () => {
    expect(runRules(['Account still says \'Return received\'. It\'s a Lumen 900R (€89,00) and a Stormshell (€149,95) from NW-590124. Where\'s our money?'])?.trigger).toBe('rule');
  });
  it.each([
    'hi, why did my refund only cover the jacket and not the shipping? order NW-158803',
    'mi devolución del pedido NW-672118 llegó a vuestro almacén hace tres semanas y todavía no veo los 74,50 €',
  ])('%j chases refund money', (m) => expect(chasesRefundMoney(m)).toBe(true));
  it.each(['does the refund cover the shipping if I return everything?', 'todavía no veo el pedido en mi cuenta'])('%j does not', (m) => expect(chasesRefundMoney(m)).toBe(false));
});

describe('team corrections, session 48', () => {
  const skill = (id: string, description: string) => ({ id, name: id, description, examples: [] });
  const site: SiteConfig = {
    name: 'Shop', greeting: 'Hi', allowedOrigins: ['*'], kb: { dir: 'kb', language: 'en' }, languages: ['en'], defaultSkill: 'billing', rules: [],
    skills: [
      skill('billing', 'Payments, failed or double charges, refunds (the money side), invoices and VAT, discount codes.'),
      skill('orders', 'Shipping, delivery and tracking, returns, exchanges, damaged or wrong items, warranty claims.'),
      skill('technical', 'Product troubleshooting and product safety, GPS watches, the app, account login, password and two-step verification problems.'),
      skill('sales', 'Pre-sales product questions and availability, product specs, price matching, bulk and business orders.'),
      skill('privacy', 'Data deletion and account closure, data access requests, GDPR questions, consent and marketing-data issues.'),
    ],
  };
  const input = (t: string) => ({ topical: t, conversation: t, current: t });
  it.each([
    ['orders', "Now that the case is closed I want those photos deleted. I'd rather deal with your data protection officer directly.", 'privacy'],
    ['orders', 'does DHL get my phone number for the return label, and how long do they keep it?', 'privacy'],
    ['orders', 'when I create a return, do you pass my phone number and address to DHL?', 'privacy'],
    ['orders', "can't log in to start my return for NW-287310, the reset link says expired every time", 'technical'],
    ['orders', "My Stormshell wets out badly — I'd return it but it's long past the window. Do you offer a professional re-proofing service?", 'technical'],
    ['orders', 'Not really a return, more a swap. Could you put me in touch with whoever handles group orders?', 'sales'],
    ['sales', 'your own shop dropped the price. Do you refund the difference or do I have to return it and buy it again?', 'sales'],
    ['orders', 'hi, why did my refund only cover the jacket and not the shipping? order NW-158803', 'billing'],
  ])('%s\'s pick for %j is %s', (from, m, to) => expect(correctTeam(site, from, input(m))).toBe(to));
  it.each([
    ['orders', 'how long do you keep the tent reserved for me?', 'orders'],
    ['orders', "I can't log in, so how do I start a guest return?", 'orders'],
    ['orders', 'my warranty repair: do you offer a repair service for free under warranty?', 'orders'],
    ['sales', 'can I swap it for the bigger one and pay the difference? I want to return it', 'orders'],
    ['orders', 'our group order NW-123456 has not arrived', 'orders'],
  ])('%s\'s pick for %j stays %s', (from, m, to) => expect(correctTeam(site, from, input(m))).toBe(to));
});

describe('session 48, second round: scares heard of, an ankle hurt when the lamp failed', () => {
  it.each([
    "my mate's phone battery literally exploded a few years ago so I'm a bit paranoid now lol. where should I charge the voltpack overnight, is on the bed ok?",
    "saw a reddit thread titled 'VoltPack 20000 melted in my car' and now I'm a bit worried. mine's totally fine, but is it ok to keep it in the glovebox over the summer?",
    'rolled my ankle on the trail last week, can I still return the unused boots?',
  ])('%j is none', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ['saw a reddit thread about melting power banks and now mine is also swollen', 'safety'],
    ["my Lumen 400 switched itself off halfway down a rocky descent. Pitch dark, I went over on my ankle and it's now strapped up.", 'injury'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)?.kind).toBe(kind));
});

describe('session 48, second round: refunds over 200 chased in German and Spanish, "still not there"', () => {
  it.each([
    ['Guten Abend, ich habe das Zelt Ridgeline 3P zurückgeschickt (Bestellung NW-447219) und hätte gerne die 239,90 € zurück auf meine Kreditkarte.'],
    ['hola! devolví la tienda Summit Pro 2 hace una semana, pedido NW-702236. ¿cuándo me llegan los 329 € a la tarjeta?'],
    ['hey, returned my trailsense at the portland store on the 4th. guy at the till said the 250 USD would be back on my amex in a few days. still not there, order NW-601388'],
  ])('%j is the refund rule', (m) => expect(runRules([m])?.trigger).toBe('rule'));
  it.each([
    ['hola! devolví la tienda hace una semana. ¿cuándo me llegan los 129 € a la tarjeta?'],
    ['ich habe das Zelt zurückgeschickt und hätte gerne die 99 € zurück'],
  ])('%j is under the threshold', (m) => expect(runRules([m])).toBeNull());
});

describe('session 48, second round: a human asked after, and answers thrown back', () => {
  it('"is there a human somewhere in this process" asks for one; "robots all the way down" is anger', () => {
    expect(findExplicitRequest('is there a human somewhere in this process or is it bots all the way down', shop)).not.toBeNull();
    expect(findExplicitRequest('Does anybody there actually read anything or is it just robots all the way down', shop)).toBeNull();
  });
  it.each([
    'Yes, thank you, I\'m aware banks exist. The card has a €20,000 limit and works everywhere else. Super helpful as always.',
    "Right. So we'd pay €40 more per tent on 8 tents for the privilege of staying loyal. Great.",
    '"we can only refund to the original payment method" — yes, I can read the article too 👏 thanks so much for the help',
  ])('%j is sarcasm', (m) => expect(scoreFrustration(m, [], true, shop).labels).toContain('sarcasm'));
  it.each(['the Berlin store staff were super helpful as always, thanks!', 'yes, I can read it on my phone, thanks'])('%j is not', (m) =>
    expect(scoreFrustration(m, [], true, shop).labels).not.toContain('sarcasm'),
  );
});

describe('session 48, second batch: polite asks, advice quoted, plans', () => {
  it.each([
    'I do appreciate the explanation. I wonder, though, whether one of your colleagues might be able to take a look at it?',
    "I've checked the balance page, that's how I know it's zero. I don't suppose there's anyone I could speak to about it?",
    "your email says 'contact our team if the refund hasn't arrived'. so I'm contacting your team, not a bot: refund for NW-431076",
    "my friend said 'just ask for a manager' so: can I speak to a manager please",
  ])('%j asks for a person', (m) => expect(findExplicitRequest(m, shop)).not.toBeNull());
  it.each([
    "A friend told me 'if tracking doesn't move for a week, demand a human'. Mine (NW-736402) last updated two days ago. I assume I just sit tight for now?",
    "A guy on a hiking forum wrote 'never trust their chatbot, always demand a human' lol. anyway how do I wash my down jacket?",
    "I don't want to speak to anyone, just tell me the hours",
    "your colleague said the parcel would come today",
  ])('%j does not', (m) => expect(findExplicitRequest(m, shop)).toBeNull());
  it('planning when to reach a person is not asking for one now', () => {
    const m = "It's Sunday so I assume nobody's in. When's the earliest I could reach an actual person tomorrow? Not needed today, I just want to plan my morning.";
    expect(personRequestProbability(personRequestModel, m)).toBe(0);
  });
  it('"Not that I plan to" rules out the complaint to an authority', () => {
    expect(findHighStakes("And if I were unhappy with how it's handled, I could complain to a data protection authority? Not that I plan to, I'd just like to know where I stand.")).toBeNull();
  });
  it('"Not a refund, just a swap" for a €260 jacket is no refund rule', () => {
    expect(runRules(["Hello, I'd like to exchange my down jacket (€260) for a size smaller. Not a refund, just a swap. How do I do that?"])).toBeNull();
  });
});

describe('session 48, second batch: let-downs in dry words', () => {
  it.each([
    "So I can't change it, but I can receive it, post it back and wait for another one. Wonderful. Very green of you.",
    "yes yes, 5 days + bank time, i can read 🙄 it's been 14 business days since it said 'refund issued'",
    'brilliant. so i just sleep under the stars on saturday then, cheers 🙃',
    "cool. so my money's just floating around somewhere. starting to regret ever ordering here",
    "Right. I'll navigate by the sun next time then. Very reassuring for a GPS watch.",
  ])('%j is sarcasm', (m) => expect(scoreFrustration(m, [], true, shop).labels).toContain('sarcasm'));
  it.each(['love the recycled packaging, very green of you!', 'that is very reassuring, thank you', 'I regret not ordering the bigger size'])('%j is not', (m) =>
    expect(scoreFrustration(m, [], true, shop).labels).not.toContain('sarcasm'),
  );
});

describe('session 48, second batch: refunds over 200 in other words, injuries', () => {
  it.each([
    ['Returned the Summit Pro 2 and one Stormshell from order NW-604417.', 'The tent was €429 and the jacket €189. Both should go back to Apple Pay — how long will that take once you have them?'],
    ['sent back the Summit Pro 2, UPS shows you signed for it on the 4th.', "It was three hundred and nine dollars and I'd like it back on the original Visa, not as store credit."],
  ])('%j … %j is the refund rule', (a, b) => expect(runRules([a, b])?.trigger).toBe('rule'));
  it('"When does the $367 land on my Discover?" after a return is the refund rule', () => {
    expect(runRules(['Returned 3 things from NW-734109: Lumen 900R $89, Trailsense $249 and an extra strap $29. UPS says you got the box Tuesday. When does the $367 land on my Discover?'])?.trigger).toBe('rule');
  });
  it('a pole that hit a girlfriend in the face is an injury; a sprain that called the trip off is not', () => {
    expect(findHighStakes("the pole whipped back and hit my girlfriend in the face. she's ok-ish, swollen cheek and a cut under the eye, we went to urgent care")?.kind).toBe('injury');
    expect(findHighStakes('Sprained my ankle on day two so the whole trip got called off 😩 The Summit Pro 2 never even left its bag. Can I still send it back?')).toBeNull();
  });
});

describe('session 48: the answer summed up and thanked for is taken', () => {
  const hedged = (current: string): TranscriptEntry[] => [
    { seq: 1, authorType: 'visitor', body: 'idk which lumen to take, hut trip w no electricity for 5 days. 400 or 900r?', meta: {} },
    { seq: 2, authorType: 'bot', body: "I'm not sure this answers it, but it is the closest I found: Lumen 400: runs on 3 × AAA batteries.", meta: { kind: 'answer', articleId: 'headlamps' } },
    { seq: 3, authorType: 'visitor', body: current, meta: {} },
  ];
  it('"so the 400 + spare AAAs basically? thx" after the closest passage takes it: no second miss', () => {
    const t = hedged('so the 400 + spare AAAs basically? thx');
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[2]!, answer: unknownReply })).toBeNull();
  });
  it('after a plain "I don\'t know" the same words are a second try', () => {
    const t = afterReplies(['unknown'], 'so the 400 + spare AAAs basically? thx');
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t[t.length - 1]!, answer: unknownReply })).not.toBeNull();
  });
});

describe('session 48, third batch', () => {
  it.each([
    "it's not one I placed, actually. NW-905362, three Lumen 900Rs to an address in Lyon, paid with my Apple Pay. I've never even been to Lyon.",
  ])('%j is account security', (m) => expect(findHighStakes(m)?.kind).toBe('security'));
  it('"it\'s not one I ordered, it\'s a gift from my sister" with nothing paid is not', () => {
    expect(findHighStakes("it's not one I ordered, it's a gift from my sister. can I exchange it?")).toBeNull();
  });
  it('a fee paid through the link of a text asked about is security', () => {
    expect(findHighStakes('oh no. I paid the 2,99 on that link yesterday with my debit card. name, card number, the code on the back, everything', 'do you guys send texts about unpaid delivery fees?')?.kind).toBe('security');
  });
  it.each([
    'Guess I\'ll return it and buy it there then. Great promise 👍',
    "called the bank with that ARN. they say nothing's coming in under it. so now I'm the go-between for you and my bank. fun.",
    "I know how to unsubscribe, thanks. I'm asking why I was signed up without my consent. Apparently that's too hard a question.",
    "this is the stingiest shop I've come across. I'll take my money to Globetrotter then",
  ])('%j is sarcasm', (m) => expect(scoreFrustration(m, [], true, shop).labels).toContain('sarcasm'));
  it.each(['Great service 👍 thanks for sorting it so fast', 'so now I know how to pair it. great!'])('%j is not', (m) =>
    expect(scoreFrustration(m, [], true, shop).labels).not.toContain('sarcasm'),
  );
  it('an e-mail quoted that says "speak to an agent" asks for no one', () => {
    const m = 'got an email "northwind gear security: unusual activity detected, verify your card within 24h or speak to an agent at the link below". looks kinda real but the link goes to some weird domain. legit?';
    expect(findExplicitRequest(m, shop)).toBeNull();
    expect(personRequestProbability(personRequestModel, m)).toBeLessThan(personRequestModel.threshold);
  });
  it('a VIP whose fix worked ("Wiping the contacts did it, it\'s charging again.") asks nothing more', () => {
    expect(runRules(['My Trailsense has stopped charging, what are my options?', "Wiping the contacts did it, it's charging again. I'd been swimming in the sea with it all week."], { tier: 'vip' })).toBeNull();
  });
});
