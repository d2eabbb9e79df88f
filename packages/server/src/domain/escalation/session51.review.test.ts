/**
 * Review of session 51: where its new patterns over-reached on customer messages nobody had written yet (a pocket
 * bulging, a cut from gardening, a lawyer who threatens, "never been hacked before", sincere praise read as sarcasm, a
 * price that went up read as a tier), and where they stopped short; each with the reading it should keep.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { claimsRefund } from './refundClaim.js';
import { runRules as run } from './testContext.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { correctsAnswer } from '../bot/answer.js';
import { phraseHints } from '../bot/glossary.js';
import { normalise } from '../bot/text.js';
import { asksRestockDate } from '../bot/narrowAsks.js';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { extractFacts } from '../summary/entities.js';

const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest;
const hints = (m: string) => phraseHints(normalise(m)).hints;

describe('high stakes: the new words kept to the incident', () => {
  it.each([
    'the side pocket gets really bulgy when I put the power bank in it, is there a slimmer case?',
    'my jacket looks bulgy with the battery pack in the chest pocket, any tips?',
    'I have a small cut on my hand from gardening, do the gloves come in size S?',
    'what plasters are in the first aid kit? my son has a cut on his knee from football',
    'does the first aid kit have plasters big enough if someone has a cut on their leg?',
    "I've never had an account with you. If I pay by card as a guest, when is it charged?",
    'Ich habe bei Klarna noch keinen Streitfall eröffnet, würde das gern direkt mit Ihnen klären.',
    'Ich habe bei PayPal keinen Konflikt eröffnet, möchte nur wissen, wo mein Paket ist.',
    "not going to open a dispute, I've opened a support ticket instead",
    "Being a lawyer, I'm in court most days, so the watch needs a silent alarm. does the Pace 5 vibrate?",
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    ['my power bank in the side pocket got all bulgy and hot', 'safety'],
    ['the carabiner gate snapped shut and now I have a deep cut on my thumb', 'injury'],
    ['she has a deep cut on her finger after cutting the guy line with your knife', 'injury'],
    ["As a lawyer, I'll be reporting this to trading standards.", 'legal'],
    ["I'm an attorney, expect a lawsuit if the refund isn't here by Friday", 'legal'],
    ["i'm a lawyer and we'll settle this in court if we have to", 'legal'],
    ["I've never been hacked before but I just got an email saying my email address was changed on my account", 'security'],
    ['Not hacked?! then who ordered 3 headlamps on my account last night?', 'security'],
    ['i have never created an account with you, so why does my bank statement show €89.90 from Northwind?', 'security'],
    ["Not trying to threaten you with a chargeback, but if this isn't sorted by Friday I'll have no choice.", 'dispute'],
    ["Not trying to do a chargeback, but my bank says I should, so I've opened one today", 'dispute'],
    ["not looking to file a dispute, though if nothing changes by next week I'll have to", 'dispute'],
    ['Wir haben bei unserer Bank Widerspruch gegen die Lastschrift eingelegt.', 'dispute'],
  ])('%j is %s', (m, kind) => expect(findHighStakes(m)).toMatchObject({ kind }));
});

describe('frustration: dry praise read only beside a let-down', () => {
  it.each([
    'free returns are a great way to keep customers coming back, well done',
    'great way to run a shop, honestly - ordered Sunday, here Monday, thanks!',
    'Still using my Ridgeline after 6 years, great quality',
    'Bought the same jacket again for my wife, great quality',
    'Is there a VIP service for your members, like early access to sales?',
    'I got flowers with my order! First-class treatment for your customers, thank you so much',
    'I want to give my money to a company that cares about repairs, which is why I picked you',
    'could you hold my parcel hostage until Monday haha, I am away till then',
    'the customs office kept my parcel hostage for a week, but you guys were great',
    'Just hit Summit tier - great rewards program, really generous with the birthday points!',
    'Das ist jetzt das zweite Mal, dass ich bei euch bestelle, und ich bin begeistert!',
    'Echt schlechter Service bei DHL, aber ihr könnt ja nichts dafür. Danke für die Hilfe!',
    "I'll never order again in the wrong size, lesson learned haha",
    'What a marvel of engineering, the Pace 5 is tiny and lasts a week!',
    'Thanks for sorting it so fast. Great service, guys!',
    'the click and collect lockers are handy. great system there',
  ])('%j is not frustrated', (m) => expect(frustrated(m)).toBeLessThan(1));
  it.each([
    'zip broke on the second trip. great quality',
    "you're holding my refund hostage until the warehouse checks it? seriously",
    'points expired after 30 days. fantastic rewards scheme, super generous',
    'Das ist jetzt das dritte Mal, dass ich wegen derselben Bestellung anrufe.',
    "guess I'll spend my money at a shop that actually answers emails",
    'four days in a depot 20km away. Truly a marvel of modern logistics.',
    'so I have to pay return postage on a faulty item. Brilliant policy, that.',
    'Real VIP treatment for your loyal customers: a form letter and a 3 week wait.',
  ])('%j is frustrated', (m) => expect(frustrated(m)).toBeGreaterThanOrEqual(1));
});

describe('refunds: the money back, not points, a login or the cost of sending it', () => {
  it('reads money back on the card, not points or a login back in the account', () => {
    expect(claimsRefund(normalise('the return is marked as received - when do I get it back on my card?'))).toBe(true);
    expect(claimsRefund(normalise('items were received at the depot, how long till it is back on my visa?'))).toBe(true);
    expect(claimsRefund(normalise('my return is marked as received. when will my Trailpoints be back in my account?'))).toBe(false);
    expect(claimsRefund(normalise('return shows as received, when can I log back into my account to reorder?'))).toBe(false);
  });
  it('"Geld für die Zurücksendung" is no refund; "das Geld zurückgebucht" is', () => {
    expect(run(['Ich habe eine Jacke für 249 € bestellt. Muss ich Geld für die Zurücksendung bezahlen?'])).toBeNull();
    expect(run(['Ich habe das Zelt für 349 € zurückgeschickt. Wann bekomme ich das Geld zurückgebucht?'])).toMatchObject({ trigger: 'rule', skill: 'billing' });
  });
});

describe('the bot: an answer taken, a validity or a tier, a restock date', () => {
  it('"unfortunate but I understand" takes the answer; "not how I expected" does not set it aside', () => {
    expect(detectSmallTalk('unfortunate but i understand. thanks for checking')).toBe('thanks');
    expect(detectSmallTalk('a pity but understood. the strap is still broken though')).toBeNull();
    expect(correctsAnswer('Not how I expected it to work, but thanks, that helps')).toBe(false);
    expect(correctsAnswer('not how long it takes, but how much it costs')).toBe(true);
  });
  it('hears validity of a voucher or points, not of a battery; a tier, not a price', () => {
    expect(hints('how long is my store credit good for')).toContain('valid');
    expect(hints('do my trailpoints ever expire?')).toContain('valid');
    expect(hints('how long does the battery stay good for in the cold?')).not.toContain('valid');
    expect(hints('does the power bank run out quickly in the cold?')).not.toContain('valid');
    expect(hints('do they run out of stock often before christmas?')).not.toContain('valid');
    expect(hints('I got bumped up to Trailblazer tier, what are the perks?')).toContain('tier');
    expect(hints('the price has gone up to 89 euros since last week')).not.toContain('tier');
    expect(hints('we went up to the summit in a storm and the jacket held')).not.toContain('tier');
  });
  it('a date asks when only when the restock is still to come', () => {
    expect(asksRestockDate(normalise('it was sold out, will it be back before Christmas?'))).toBe(true);
    expect(asksRestockDate(normalise('it was out of stock before christmas and now it is back in stock, can I use my old code?'))).toBe(false);
    expect(asksRestockDate(normalise('I ordered before the 15th and you said it was back in stock, but my order is still pending'))).toBe(false);
  });
});

describe('facts: a k-count is not a race or a resolution', () => {
  const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
  const values = (text: string) => extractFacts(text, demo).map((f) => f.value).join(' | ');
  it('keeps "2k members", not "5k runs", "10k races" or "4k videos"', () => {
    expect(values('our club has about 2k members, can we get a group discount?')).toContain('2k members');
    expect(values('I do three 5k runs a week with the Pace 5, will the battery last?')).not.toContain('5k runs');
    expect(values('I ran two 10k races in it and the watch lost GPS both times')).not.toContain('10k races');
    expect(values('can the helmet cam film 4k videos?')).not.toContain('4k videos');
  });
});
