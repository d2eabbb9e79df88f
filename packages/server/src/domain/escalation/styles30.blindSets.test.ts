/** Phrasings from session 30's blind sets (fresh100-102: chat bursts, less tech-savvy and business customers) and their negatives. */
import { describe, expect, it } from 'vitest';
import type { BotReply, TranscriptEntry } from '../pipelineTypes.js';
import { findExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { detectLanguage } from './language.js';
import { namedTeam } from './decide.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { scoreFrustration } from './frustration.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { runRules, testSite, unknownReply } from './testContext.js';

describe('explicit request: business register (session 30)', () => {
  it.each([
    'Please put me in touch with your business sales team. We need 40 Lumen 900R headlamps for site staff.',
    'Could you have someone from sales email me a price at k.walsh@example.com? Happy to wait.',
    'Our bursar says the card is fine and has funds. Please have someone call the school office on +1 614 555 0193.',
    'Please forward this message to your data protection officer: we require written confirmation of which third parties receive our data.',
    "I would be very grateful if somebody could ring me on 0161 496 0732 to talk me through it, I'm hopeless with the typing.",
    'could you forward my complaint to your manager',
  ])('"%s" is a request', (m) => {
    expect(findExplicitRequest(m)).not.toBeNull();
  });
  it.each([
    'can you have someone email me the invoice',
    'have someone from billing email me the refund confirmation',
    "i'll have someone from my office call you",
    'can you forward the invoice to my accountant',
    'please pass this on to your team, the app is great',
    'can you pass this on to the product team as feedback',
    // The review of these patterns: the customer's own plan, praise to pass on, a courier's call, a document or an alert.
    'ok thanks. I will get someone to call the office tomorrow',
    "I'll have someone call the number on your website tomorrow",
    'please pass this message on to your colleagues, great service',
    'the guy at the portland store was super helpful with my boots. please pass this message on to your colleagues',
    'maybe someone could phone us before delivery, the doorbell is broken',
    "Perhaps someone can call us when they're outside, the buzzer doesn't work",
    'can you have someone phone the front desk when they deliver',
    'can you get someone to email me the manual for the trailsense',
    'could you get someone to message me when it ships',
  ])('"%s" is no request for a person', (m) => {
    expect(findExplicitRequest(m)).toBeNull();
  });
  it('"whoever handles privacy" names the privacy team', () => {
    const site = { ...testSite, skills: [...testSite.skills, { id: 'privacy', name: 'Privacy', description: '', examples: [] }] };
    expect(namedTeam(site, 'i want to speak to whoever handles privacy pls. acct r.adeyemi@example.org')).toBe('privacy');
    expect(namedTeam(site, 'i want to speak to a person about my order privacy settings')).toBeNull();
  });
});

describe('high stakes: session 30', () => {
  it('reads a company card typed into a phishing link, and an order nobody placed with money taken', () => {
    expect(findHighStakes("One of our staff got an SMS saying a Northwind delivery was held and clicked the link. She entered the company Visa details to pay a 'customs fee' of €2.99.")).toMatchObject({ kind: 'security' });
    expect(findHighStakes("There's an order NW-902214 on our staff account for 5 VoltPack 20000 going to an address in Lyon. Nobody here placed it, and our card was charged €329.75.")).toMatchObject({ kind: 'security' });
    expect(findHighStakes('Nobody here placed it yet, we are still deciding on the colour.')).toBeNull();
    expect(findHighStakes('I entered the company Visa details at your checkout and it went through fine.')).toBeNull();
  });
  it('reads a password change told in one message and disowned in the next', () => {
    expect(findHighStakes('i didnt change it!! acct is j.moreau@example.com', 'got an email saying my password was changed')).toMatchObject({ kind: 'security' });
    expect(findHighStakes('i didnt change it yet, should i?', 'how do i change my password')).toBeNull();
    expect(findHighStakes('i didnt change it!!', 'the delivery address was changed by the courier')).toBeNull();
  });
  it('reads a part that hit someone in the face, and a burn mark on skin', () => {
    expect(findHighStakes('a bit flew off and hit my daughter right by her eye 😟')).toMatchObject({ kind: 'injury' });
    expect(findHighStakes('my son wore it on high all evening and now there is a red burn mark on his forehead')).toMatchObject({ kind: 'injury' });
    expect(findHighStakes('the lamp left a burn mark on my duvet cover')).toBeNull();
    expect(findHighStakes('the price hit my wallet hard')).toBeNull();
  });
  it('is no incident or takeover in the review\'s near misses', () => {
    for (const m of [
      'when I opened the box the smell hit me right in the face, is that normal for a new tent?',
      'the tent door flap caught me in the face in the wind, can I tighten it?',
      'there is a burn mark on my hand warmer pouch',
      'the headlamp left burn marks on my back seat, is that covered?',
      'A parcel arrived at our office today but nobody here ordered it. The delivery note says €89. Should we send it back?',
      'la linterna es baja en consumo?',
    ]) expect(findHighStakes(m), m).toBeNull();
    expect(findHighStakes('i didnt do anything else though', 'i changed my password yesterday and now the app says my password was changed')).toBeNull();
    expect(findHighStakes('i didnt change it, maybe autofill did', 'got an email saying the email on my account was changed')).toBeNull();
  });
  it('reads a Spanish threat to report to consumer affairs', () => {
    expect(findHighStakes("me rechazaron la garantía del Pace 5 por 'daño por agua'. si no lo solucionáis lo denuncio en consumo")).toMatchObject({ kind: 'legal' });
  });
});

describe('repeated failure: a detail added to a short question (session 30)', () => {
  const after = (question: string, current: string, answer: BotReply = unknownReply) => {
    const transcript: TranscriptEntry[] = [
      { seq: 1, authorType: 'visitor', body: question, meta: {} },
      { seq: 2, authorType: 'bot', body: "I'm not sure", meta: { kind: 'unknown' } },
      { seq: 3, authorType: 'visitor', body: current, meta: {} },
    ];
    return detectRepeatedFailure({ site: testSite, customer: {}, transcript, current: transcript[2]!, answer });
  };
  it.each([
    ['pace 5 stuck on the logo screen', 'since the update last night'],
    ['lumen 400 arrived with the clip snapped off', 'got it yesterday'],
    ['want a refund on 2 things from NW-671154', 'the lumen 400, $39'],
    ['not now, just asking for later', 'im in new york'],
  ])('"%s" … "%s" is no second attempt', (q, m) => {
    expect(after(q, m)).toBeNull();
  });
  it.each([
    ['do you do engraving?', 'id like my initials on the lid'],
    ['can i pay with bitcoin?', 'crypto payments via coinbase'],
    ['is there a stormshell in kids sizes?', 'for my 8 year old son'],
    ['do you do gift wrapping?', 'its urgent, birthday is on friday'],
    ['do you do engraving?', 'engraving on the back of the watch'],
    ['Do you sell garden furniture?', 'I mean outdoor chairs and tables for a patio'],
    ['do u guys do trade-ins?', 'like i send my old pace 3 and get money off a pace 5'],
    ['pace 5 stuck on the logo screen', 'still stuck after the restart'],
    ['pace 5 stuck on the logo screen', 'any idea how to fix it'],
    ['pace 5 stuck on the logo screen', 'Unreal.'],
    ['My Trailsense order NW-512260 has been in transit with no update for 3 days and your answer is to wait even longer, unreal', 'honestly a week for one parcel'],
  ])('"%s" … "%s" is still an attempt', (q, m) => {
    expect(after(q, m)?.trigger).toBe('repeated_failure');
  });
});

describe('frustration, language and small talk: session 30', () => {
  it('"this is basically harassment" is anger, the word alone is not', () => {
    expect(scoreFrustration('and STILL getting them. every single day. this is basically harassment').score).toBeGreaterThan(scoreFrustration('i reported harassment in the store, can someone call me').score);
  });
  it('reads a short German sentence around a product name and a code', () => {
    expect(detectLanguage('meine Pace 5 zeigt E20 an')).toMatchObject({ language: 'de', substantive: true });
    expect(detectLanguage('I want an exchange for an item').language).toBe('en');
    expect(detectLanguage('an error E20 shows on my watch').language).toBe('en');
    expect(detectLanguage('headlamp will die after an hour').substantive).toBe(false);
  });
  it('"got it yesterday" is no "got it"', () => {
    expect(detectSmallTalk('got it yesterday')).toBeNull();
    expect(detectSmallTalk('got it, thanks')).not.toBeNull();
    expect(detectSmallTalk('got it, on my way to try')).not.toBeNull();
  });
});

describe('rules and frustration: session 30, second round', () => {
  it('reads a refund asked for without the word, over 200 in words', () => {
    expect(runRules(['Dear Northwind, I have returned the sleeping bag and the tent my daughter-in-law ordered for me. Altogether it came to two hundred and sixty euros and I would like that back please. Order NW-149376.'])).toMatchObject({ trigger: 'rule' });
    expect(runRules(['I sent my Trailsense back for repair, it cost two hundred and sixty euros, and I would like it back before my trip'])).toBeNull();
    expect(runRules(['I have returned the jacket, it was €89, and I would like that back please'])).toBeNull();
  });
  it('"or just paste the same steps again?" rejects the answer; following the same steps again does not', () => {
    expect(scoreFrustration('Is anyone going to actually fix this or just paste the same steps again?').labels).toContain('rejects the answer');
    expect(scoreFrustration('follow the same steps again for the second watch?').score).toBe(0);
    expect(scoreFrustration("can you send me the same instructions again for my wife's watch?").score).toBe(0);
  });
  it('paid for one thing and got another, thanked with an upside-down face, is sarcasm; sincere thanks are not', () => {
    expect(scoreFrustration('so i paid for express and got regular shipping. awesome. thanks so much 🙃').labels).toContain('sarcasm');
    expect(scoreFrustration('I paid for express and got it the next day, awesome, thanks so much!').labels).not.toContain('sarcasm');
  });
  it('"evening" and "morning" alone are greetings', () => {
    expect(detectSmallTalk('evening')).toBe('greeting');
    expect(detectSmallTalk('morning')).toBe('greeting');
    expect(detectSmallTalk('morning delivery please')).toBeNull();
  });
  it('"complete waste of my morning" is worn out; a waste of money asked about is not', () => {
    expect(scoreFrustration('Still E12. Complete waste of my morning.').labels).toContain('worn out');
    expect(scoreFrustration('is the 900R a waste of money for short walks?').score).toBe(0);
  });
});
