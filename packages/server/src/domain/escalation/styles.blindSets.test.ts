/**
 * Phrasings from session 25's style sets (fresh79–84: terse, rambling, multilingual, multi-topic, understated, slang),
 * each beside the near-misses that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { findExplicitRequest } from './explicitRequest.js';
import { detectFrustration, scoreFrustration } from './frustration.js';
import { findHighStakes } from './highStakes.js';
import { refundAmount } from './refundAmount.js';
import { detectLanguage, detectLanguageSwitch } from './language.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import type { TranscriptEntry } from '../pipelineTypes.js';
import { afterReplies, alternatingTurns as ctx, runRules as run, testSite, unknownReply } from './testContext.js';

describe('explicit request (session 25 style sets)', () => {
  it.each([
    'operator. NW-118455 wrong item inside',
    'Hi, can I speak to a Mitarbeiter please? My watch arrived with a cracked screen',
    'ok pero that’s exactly what I did. can I talk to a técnico? a real person, not the FAQ',
    "is there anyone on your side who isn't a bot?",
    "I'd like someone to actually check my account",
    'Would it be possible to have a word with someone in your accounts team?',
    'Is there someone on your team I could possibly speak to about correcting it?',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'Human. error on my part, I typed the wrong address',
    'Agent: the courier said it was delivered',
    "is there anyone who isn't a bot fan here? just kidding, where's my parcel",
    'operator error on my side, sorry, wrong size ordered',
  ])('"%s" is not', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
});

describe('high stakes (session 25 style sets)', () => {
  it.each([
    ['someone logged into my acct and bought a trailsense w my saved card. NW-771204 not me', 'security'],
    ['sms said northwind parcel held, paid a customs fee on the link w my mastercard ending 4471', 'security'],
    ['got an SMS saying my parcel was held at customs, pagué 2,99 on the link with my card', 'security'],
    ['three order confirmations from you that I definitely did not place: NW-812203 and NW-812219. My card shows €1,047.00 in charges from you.', 'security'],
    ['If I don’t hear back by Monday I’m disputing both charges with Chase.', 'dispute'],
    ['ngl my pace 5 got crazy hot during a run and now i have a red burn mark where it sat 😣 is that normal??', 'injury'],
    ['noté un olor a plástico quemado y estaba tan caliente que casi no podía sujetarla', 'safety'],
  ])('"%s" is %s', (m, kind) => {
    expect(findHighStakes(m)?.kind).toBe(kind);
  });
  it.each([
    'the sms said my order shipped, I paid the invoice on the link in your app',
    'is it normal that the watch leaves a red mark on my wrist when it is charging?',
    'I did not place the order yet, I want to check the size first',
  ])('"%s" is not', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
  it('a broken bone from the product is still an injury', () => {
    expect(findHighStakes('the tent pole snapped and he broke his wrist')?.kind).toBe('injury');
  });
});

describe('frustration (session 25 style sets)', () => {
  it.each([
    ['I unsubscribed on Monday and got three more', "I've read the part about 48 hours, thank you. It has been four days. I'm finding this genuinely tiresome, and frankly a bit cheeky."],
    ['The code WELCOME10 won’t apply to my basket of €46.', 'Oh, how generous — a welcome code that only welcomes people who spend fifty euros. Super.'],
    ['The code WELCOME10 won’t apply to my basket of €46.', 'Honestly, I think I’ll leave it. Not terribly impressed, I must say.'],
    ['still getting newsletters two weeks after unsubscribing', "don't tell me about 48 hours again. TWO WEEKS. you clearly couldn't care less about consent"],
    ['Why no exchange for my Stormshell in L?', 'Das ist wirklich enttäuschend. Ich warte seit drei Wochen auf diese Größe. Sehr kundenfreundlich, wirklich.'],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it('"SERIOUSLY??" after the first reply is aimed at it; "seriously?" is a question', () => {
    expect(detectFrustration(ctx('HOW IS MY PARCEL STILL NOT HERE. NW-829145. ORDERED 2 WEEKS AGO', 'SERIOUSLY??'))?.trigger).toBe('frustration');
    expect(detectFrustration(ctx('is the jacket warm enough for Iceland?', 'seriously?'))).toBeNull();
  });
  it('a hostile Spanish opener with the facts counts on the first message', () => {
    expect(detectFrustration(ctx('Es una vergüenza. Pedido NW-744209, pagué envío exprés y lleva 9 días sin llegar. Nadie contesta mis correos.'))?.trigger).toBe('frustration');
  });
  it.each([
    ['Can I return it in Portland?', 'Great. The Ridgeline 3P still has its tags and was never pitched. Do I need the original packaging?'],
    ['Why won’t the code work?', 'ok I’ll leave it for now, thanks'],
    ['Why won’t the code work?', 'Honestly I’ll just leave it, thanks anyway'],
  ])('%j … %j is not', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
  it.each([
    ['Thanks. Also, parcel NW-774102 has had no tracking update for 7 business days', 'oh good, ANOTHER form. because the last one worked out so well. love this for me'],
  ])('%j … %j', (first, second) => {
    expect(detectFrustration(ctx(first, second))?.trigger).toBe('frustration');
  });
  it.each([
    ['Is Switzerland on your delivery list?', 'Perfecto. Will I have to pay customs on delivery?'],
    ['What is the quickest way to unsubscribe?', "I did that 3 weeks ago and you're still emailing me. Last week I also asked you to delete my account and got no confirmation link at all."],
    ['And if I want a different colour instead?', 'I tried that for order NW-212877 but the Exchange option just isn’t there for the Stormshell in olive.'],
  ])('%j … %j is a report, not frustration', (first, second) => {
    expect(detectFrustration(ctx(first, second))).toBeNull();
  });
  it('leaving after closing the account is still a threat', () => {
    expect(scoreFrustration("I'll delete my account and go to Amazon").labels).toContain('threatens to leave');
  });
  it.each([
    "it's day 33 since delivery now. so I'm just stuck with a €160 tent I can't use? brilliant. absolutely brilliant customer service",
    'they were promo emails, not order emails. clearly your unsubscribe button is just decorative. unbelievable.',
  ])('sarcasm: %s', (m) => {
    expect(scoreFrustration(m).labels).toContain('sarcasm');
  });
  it('praise then a question stays sarcasm when the question is a complaint', () => {
    expect(scoreFrustration('Great. It never arrived. Do I have to pay again?').labels).toContain('sarcasm');
  });
});

describe('refund rule and small talk (session 25 style sets)', () => {
  it('"when I might expect the €489,00" after sending it back chases the refund', () => {
    expect(run(['I sent back the Summit Pro 2 from order NW-508316 and it reached your warehouse on the 3rd. Could you let me know when I might expect the €489,00?'])).toMatchObject({ trigger: 'rule' });
  });
  it('the price of two items bought "together for" is no refund when only one goes back', () => {
    expect(refundAmount('I ordered a Summit Pro 2 and a Lumen 400 together for €468, NW-310587. I only want to send the headlamp back, €39.95. Is that allowed?').total).toBe(39.95);
    expect(refundAmount('I bought two jackets together for €258 and I am returning both').total).toBe(258);
  });
  it('taking my money elsewhere is no refund', () => {
    expect(run(['can you price match the Pace 5? they have it for $249', "so your price match promise doesn't match prices. I'm done, taking my money somewhere that keeps its promises"])).toBeNull();
    expect(run(['I returned the $249 watch, where is my money?'])).toMatchObject({ trigger: 'rule' });
  });
  it.each([['bet', 'ack'], ['mahalo 🤙', 'thanks'], ['ty ty 🙏', 'thanks'], ['perfect tysm 🫶', 'thanks']])('"%s" is small talk (%s)', (m, kind) => {
    expect(detectSmallTalk(m)).toBe(kind);
  });
});

describe('language (session 25 style sets)', () => {
  it.each([
    ['zahlung geht nicht PAY-310 was tun', 'de'],
    ['la ridgeline 3p cabe 3 personas y un perro grande?', 'es'],
  ])('"%s" is substantive %s', (m, lang) => {
    expect(detectLanguage(m)).toMatchObject({ language: lang, substantive: true });
  });
  it.each(['Vale, gracias, ya funciona', 'Alles klar, danke, geht jetzt'])('thanks in another language is no switch: %s', (m) => {
    const team = (body: string) => ({ ...ctx(body), site: { ...testSite, languages: ['en', 'es', 'de'] } });
    expect(detectLanguageSwitch(team(m))).toBeNull();
    expect(detectLanguageSwitch(team('Meine Uhr koppelt nicht mit dem Handy, was kann ich tun?'))?.trigger).toBe('language');
    expect(detectLanguageSwitch(team('Danke! Noch was: die Uhr lädt seit gestern nicht mehr. Das Kabel sitzt richtig.'))?.trigger).toBe('language');
  });
  it('a German word in English is not', () => {
    expect(detectLanguage('the uhr is fine, thanks').language).toBe('en');
  });
});

describe('repeated failure (session 25 style sets)', () => {
  const after = (reply: string, current: string) => {
    const transcript: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Do you ship to Toronto?', meta: {} },
      { seq: 2, authorType: 'bot', body: reply, meta: { kind: 'answer' } },
      { seq: 3, authorType: 'visitor', body: current, meta: {} },
    ];
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript, current: transcript[2]!, answer: unknownReply });
  };
  it('"not even …?" after an answer that said no checks the no', () => {
    expect(after("We don't currently deliver to Canada, and we can't ship to parcel-forwarding addresses.", 'not even if I use a forwarding address in Buffalo?')).toBeNull();
  });
  it.each(["nah i read the privacy bit, it doesn't say WHERE. like which country tho", 'privacy page doesnt say. which country'])('the source said to be silent after an answer: %s', (m) => {
    expect(after('We store your data securely and never sell it.', m)?.trigger).toBe('repeated_failure');
  });
  it('"it doesn\'t say where … but I found it, thanks" takes the answer', () => {
    expect(after('We store your data securely and never sell it.', "it doesn't say where to click but I found it, thanks")).toBeNull();
  });
  it('"Good." then a new question takes the hedged passage: the new question is a first attempt', () => {
    const transcript: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: 'Can I take the VoltPack 20000 on a plane?', meta: {} },
      { seq: 2, authorType: 'bot', body: "I'm not sure this answers it, but it is the closest I found:\n\nPower banks up to 100 Wh may go in hand luggage.", meta: { kind: 'unknown', articleId: 'battery-safety' } },
      { seq: 3, authorType: 'visitor', body: 'Good. Does it have enough output to charge a laptop over USB-C?', meta: {} },
    ];
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript, current: transcript[2]!, answer: unknownReply })).toBeNull();
  });
  it('"…? ok never mind im chill now lol" drops the question', () => {
    const t = afterReplies(['unknown'], "ohh wait it's free? ok never mind im chill now lol");
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: t, current: t.at(-1)!, answer: unknownReply })).toBeNull();
    const still = afterReplies(['unknown'], 'never mind the colour, can I swap it for an L or not?');
    expect(detectRepeatedFailure({ site: testSite, customer: {}, transcript: still, current: still.at(-1)!, answer: unknownReply })?.trigger).toBe('repeated_failure');
  });
  it('"not even …?" after an answer that left it out presses for it', () => {
    expect(after('Standard delivery takes 3–7 business days.', 'not even a rough date for Toronto?')?.trigger).toBe('repeated_failure');
  });
});

describe('review of the session 25 patterns (probes that misfired, now negatives)', () => {
  it.each([
    'Agent... no wait, never mind, I found the tracking link.',
    "I'd like someone to actually check whether the Ridgeline fits three... oh never mind, the size chart says it does.",
    'I would love someone in my family to actually look at the map once in a while lol. Does the Trailsense work offline?',
  ])('no request: %s', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it.each([
    "I'm not disputing both charges, only the second one is wrong. Can you refund the €89?",
    'Mi chaqueta Stormshell tiene olor a quemado de la hoguera, ¿cómo la lavo?',
    'La tienda estaba tan caliente que no podía dormir, ¿hay alguna con más ventilación?',
    'Is it normal that the strap of my Pace 5 leaves a red mark? I now have one after a hot run.',
  ])('no high stakes: %s', (m) => {
    expect(findHighStakes(m)).toBeNull();
  });
  it('a product that failed at the climbing wall is still an injury', () => {
    expect(findHighStakes('My son broke his arm at the climbing wall because the harness buckle you sold us snapped open.')?.kind).toBe('injury');
  });
  it.each([
    "I'm finding it really frustrating that my old jacket from another brand wets out so fast. How often should I re-proof the Stormshell?",
    "Honestly you couldn't care less about a few extra days once you're out there. How long does delivery to Vienna take?",
    'The chest button is just for show, right? Or is there a pocket behind it?',
    'Got the student discount working, love this for me!',
    "That's very generous, I only expected a voucher!",
    'How nice – it doesn’t even need the original box!',
    'Thanks, I was stuck with a broken tent last time but you sorted it fast. Brilliant support!',
    "It's disappointing the Stormshell doesn't come in red, but fine, black it is.",
    'Super hilfreich, echt! Ich hatte keine Ahnung, dass das so einfach geht.',
    'Honestly, I think I’ll leave it. Thanks for trying though!',
    "Right, I'll leave it charging overnight then.",
  ])('no frustration: %s', (m) => {
    expect(scoreFrustration(m).strongest).toBeLessThan(1);
  });
  it('"Brilliant. Do I have to pay for the privilege of returning your broken tent too?" stays sarcasm', () => {
    expect(scoreFrustration('Brilliant. Do I have to pay for the privilege of returning your broken tent too?').labels).toContain('sarcasm');
  });
  it.each([
    ["You're keeping my money for a tent I sent back 3 weeks ago! It was €349."],
    ['You took my money, €312, for an order you then cancelled. I want it back.'],
  ])('still a refund over the amount: %s', (m) => {
    expect(run([m])).toMatchObject({ trigger: 'rule' });
  });
});
