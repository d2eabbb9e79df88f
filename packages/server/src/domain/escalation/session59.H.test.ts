/**
 * Session 59 (H): risky words said in passing (a relative's joke about suing, a chargeback ruled out or only suggested, a
 * sport injury, another maker's tent, another shop's or a relative's hack, a phishing text left alone) and the reverse (a
 * splinter told calmly, a Spanish threat to have the bank cancel the charge); a person asked for once someone has a
 * minute, a VIP's request that says what it is about, and a question whether it is a bot, waved off.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { findExplicitRequest, withoutRequest } from './explicitRequest.js';
import { northwindNames, runRules, unknownReply } from './testContext.js';

const kind = (m: string) => findHighStakes(m, '', '', northwindNames)?.kind ?? null;
const asks = (m: string) => findExplicitRequest(m, 'Northwind Gear') !== null;
const vip = (m: string) => runRules([m], { tier: 'vip', answer: unknownReply })?.trigger ?? null;

describe('high stakes: a legal threat made in jest by someone else', () => {
  it.each([
    "my wife says she's going to sue you for turning me into a gear addict 😂 third order this month. how many trailpoints for a voucher?",
    "my husband keeps saying he'll sue you for making me spend our whole holiday budget lol. anyway do you ship to Norway?",
    'haha my girlfriend threatened to take you to court for getting me hooked on your jackets. how long is delivery to Austria?',
    "My partner jokes she'll get a lawyer because of all the parcels arriving 😂 Is there a discount for loyal customers?",
  ])('%j is no threat', (m) => expect(kind(m)).toBeNull());
  it.each([
    "my wife says she's going to sue you, the tent you sold us collapsed on her and the refund never came",
    'my husband is going to sue you over the €400 you still owe us 😡',
    "haha my wife says we should sue you. Seriously though, the jacket leaks and you refused my refund, I'm getting a lawyer",
    'lol you think this is funny? my lawyer will be in touch about my refund',
    "my wife says she'll sue you if the refund doesn't come 😅",
  ])('%j still is one', (m) => expect(kind(m)).not.toBeNull());
});

describe('high stakes: a chargeback ruled out in passing, or only suggested and declined', () => {
  it.each([
    "not about to do anything dramatic like a chargeback, just curious 😄 I returned a Lumen 400 and the status has said 'Return received' since Tuesday. when does the refund happen?",
    "I'm not going to do anything silly like a chargeback, promise. I sent back the Pace 5 last week, when will the refund show up?",
    'not planning to do anything drastic like a paypal dispute, just wondering how long refunds take after a return was received',
    'not about to do anything rash like a chargeback 😄 just wondering when the refund for my returned boots arrives',
    "I'm never going to do something crazy like a chargeback, relax, just tell me when the refund for NW-223344 lands",
    "My dad keeps telling me to open a PayPal case if it's late, but I'd prefer to wait. When will the refund land?",
    "My flatmate keeps telling me to just open a PayPal case if the money isn't back within a week, but I'd rather not go there. How long does a refund to PayPal take?",
    "My brother says I should open a PayPal claim if nothing happens by Monday, but I'd rather give you a chance. When does the refund for my returned boots arrive?",
    "My mum keeps telling me to open a case with PayPal if the refund is late, but I'd rather wait. How long does it usually take?",
  ])('%j is no dispute', (m) => expect(kind(m)).toBeNull());
  it.each([
    "I'm not about to do anything dramatic like a chargeback yet, but if the refund isn't here by Friday I will",
    "not about to wait forever. I'll file a chargeback with my bank tomorrow if the refund isn't here",
    "I'm not afraid to do something drastic like a chargeback, you have until Friday to refund me",
    "My flatmate told me to open a PayPal case and I did, I've opened one today because the refund is late",
    "My flatmate keeps telling me to open a PayPal case, but I will if you don't refund me by Friday",
    "If the money isn't back within a week I'll open a PayPal case",
  ])('%j still is one', (m) => expect(kind(m)).toBe('dispute'));
});

describe('high stakes: a Spanish threat to have the bank cancel the charge', () => {
  it.each([
    'mira, paso del inglés. Si mañana no me habéis devuelto uno de los dos cargos, le digo al banco que lo anule y ya está.',
    'Si no me devolvéis el cargo doble esta semana, le pido al banco que lo anule.',
    'Me habéis cobrado dos veces 59 €. Mañana le diré al banco que lo devuelva.',
    'Ya está bien, vamos a decirle al banco que lo anule, el cobro de 120 € no es correcto.',
  ])('%j is a dispute', (m) => expect(kind(m)).toBe('dispute'));
  it.each([
    '¿Le digo al banco que lo anule o esperáis vosotros a que se libere el cargo?',
    'No le voy a decir al banco que lo anule, solo quiero saber cuándo llega el reembolso del cargo.',
    'Perdí la tarjeta, le digo al banco que la anule. ¿Puedo cambiar la tarjeta guardada en mi cuenta?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe('high stakes: injuries no product of the shop caused, and one told calmly', () => {
  it.each([
    "broke my leg skiing last week (not your gear's fault, my own clumsiness 😅) so the trek's off. can I return the Lumen 400 and the trekking poles?",
    "I hurt my knee on a descent last month, so I'm swapping trail running for swimming for a while. Can the Pace 5 come in the pool with me?",
    "I tore a ligament playing football so I won't be hiking for a while. Can I pause my Trailpoints?",
    "Twisted my knee skiing in January, so I'm doing more swimming. Does the Pace 5 track pool laps?",
    "I hurt my back on a hike last week so I'm taking it easy. Does the Pace 5 have a recovery mode?",
    "I injured my shoulder climbing, so I'm after a lighter pack. Which one do you recommend?",
    'My husband broke his arm at football so the camping trip is postponed; can we change the delivery date?',
    'broke my wrist snowboarding (nothing wrong with your stuff, my own fault) - can someone else collect my order at the Berlin store?',
    "My friend got hurt last year when a cheap supermarket tent collapsed on her in the wind, so I'm a bit wary. What's the right way to put the Ridgeline 3P poles together?",
    'My neighbour got hurt when a cheap discount tent fell on him in a storm. Is the Summit Pro 2 good in strong wind?',
    'My son was injured by a knock-off headlamp from Amazon that overheated, so I want a proper one. Which Lumen do you recommend?',
    'Last summer I got hurt when a supermarket camping chair collapsed under me, so I want something sturdier.',
  ])('%j is no incident', (m) => expect(kind(m)).toBeNull());
  it.each([
    'I hurt my knee on a descent when the trekking pole you sold me snapped',
    'I sprained my ankle on a trail run because the sole of my new boots peeled off',
    "broke my wrist skiing, not your gear's fault, but then the Voltpack in my pocket caught fire and burned my hand",
    'My friend got hurt by a cheap tent last year. Now the pole on my Ridgeline snapped and hit my son in the face.',
    'My son got hurt when your cheap tent collapsed on him',
    'My friend got hurt when the tent I bought from you collapsed on her',
    'I used a cheap no-name cable and my VoltPack 20000 started smoking while charging',
  ])('%j still is one', (m) => expect(kind(m)).not.toBeNull());
  it.each([
    'The Summit Pro 2 pole shattered while I was tensioning it and a splinter went into my thumb. Needed a doctor to get it out. Not a big deal, just thought you should know.',
    'The tent pole snapped while pitching and a shard went into my palm. Had it removed at the clinic, all fine, just letting you know.',
    "My headlamp casing cracked when I dropped it and a sliver of plastic got stuck in my son's finger. Not serious but thought you should know.",
    'the Ridgeline 3P pole splintered and a piece went right into my thumb, no big deal',
  ])('%j is an injury', (m) => expect(kind(m)).toBe('injury'));
  it.each([
    'I got a splinter in my finger from the firewood, anyway do you sell work gloves?',
    'A splinter of wood went into my thumb while chopping logs. Do you sell gloves?',
    'What happens if a splinter goes into my hand when a pole breaks? Asking before I buy carbon poles.',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
});

describe("high stakes: another shop's or a relative's hack, a phishing text left alone", () => {
  it.each([
    'Read that a big sports retailer got hacked and customer passwords leaked (not you, as far as I know!). How do I switch on two-step verification for my Northwind account?',
    'Saw on the news that a major outdoor retailer was breached (not you I think). How do I change my password?',
    'A popular online shop got hacked last week so I\'m nervous. Do you store my card details?',
    "My brother's email got hacked last year and it was a nightmare, so I'm moving my Northwind account to a fresh email address. Where do I change it?",
    "My sister's email was hacked a few months ago, so I want to switch on two-step for my Northwind account. How?",
    "My dad's gmail got hacked last week, so I'm changing my password here too. Where do I do that?",
    "My son is convinced I've been 'hacked' because I got a text saying my Northwind parcel is held until I pay a €1.99 fee. I haven't clicked anything. Is that message really from you?",
    "My husband thinks my account was hacked because I got a text asking me to pay €2.99 customs on a parcel. I didn't click the link. Is it you?",
    "My daughter is sure I've been hacked, I got an SMS saying my parcel is on hold until I pay a $1.50 fee. I deleted it without clicking. Was it from you?",
  ])('%j is no incident', (m) => expect(kind(m)).toBeNull());
  it.each([
    "A big sports retailer got hacked and now there's an order on my account I didn't place and €240 charged",
    "My brother's email got hacked last year, and now there's an order on my account I didn't place and my card was charged €189",
    "My brother's email got hacked and now I can't log in to my account, someone changed my password",
    "My sister's email was hacked, so I'm moving my account to a new email, but I just saw a €99 charge from you I didn't make",
    "I got a text saying my parcel is held until I pay a €1.99 fee. I didn't click it, but there is an order on my account I didn't place and €150 charged",
    "My son is convinced I've been hacked and he's right: someone logged into my account and changed my email. I never clicked the text though",
    'I got a text asking for a €1.99 fee and I paid it through the link with my card',
  ])('%j still is one', (m) => expect(kind(m)).toBe('security'));
});

describe('a request for a person: once someone has a minute; a VIP request that says what it is about', () => {
  it.each([
    'No rush at all, but when someone on the team has a minute, could they check why order NW-384460 shows two Stormshell jackets?',
    'Whenever one of your colleagues has a moment, could they look at why my refund for NW-555123 is stuck?',
    'Once someone from your support team is free, can they call me about the damaged Lumen 400?',
    'if a member of staff gets a chance, could they check whether NW-223344 went out to the right address?',
    'Zero rush! When a colleague has a minute, could they look at why my Stormshell order says two jackets when I ordered one?',
    'When someone on the team has a minute, can they see why my order has an extra pair of boots? Only ordered one pair.',
  ])('%j asks for a person', (m) => expect(asks(m)).toBe(true));
  it.each([
    'when someone is home tomorrow, could they sign for the parcel or does it need to be me?',
    'When someone on your team checked my order last week they said it was fine. Has it shipped yet?',
    'When someone in my family has a minute, could they pick up the order at the Berlin store?',
  ])('%j does not', (m) => expect(asks(m)).toBe(false));
  it.each([
    "I'd prefer to speak to someone on your team directly, please. It's about exchanging the Ridgeline 3P I bought in the Berlin store for the Summit Pro 2.",
    "I'd rather talk to a person please. This is about returning the Stormshell jacket I got as a gift last Christmas from my aunt.",
    'Please put me through to someone on your team. It concerns the warranty on my Pace 5 which I bought in the Portland store two years ago.',
    "Could you connect me to a person? This is about the Stormshell jacket I ordered last month for my daughter's school trip to Scotland.",
    'Put me through to one of your team please. Regarding the Trailsense watch my partner got me at the Berlin store last spring for our anniversary.',
  ])("a VIP's %j is the request, not the tier rule", (m) => expect(vip(m)).toBeNull());
  it.each([
    "I'd prefer to speak to someone on your team. It's about the Ridgeline 3P: does it fit two adults and a dog?",
    "I'd prefer to speak to someone. It's about the Ridgeline 3P. Is it in stock in Berlin?",
    "I'd prefer a person. It's about my refund, I need it by Friday for a trip to Norway with the family.",
    "I'd rather talk to a person. It's about how long refunds take for returns sent from Austria by post.",
    'Connect me to a person please: can you hold the Lumen 900R for me?',
  ])("a VIP's %j still asks the help articles", (m) => expect(vip(m)).toBe('rule'));
});

describe('a question whether it is a bot, waved off, asks the help articles nothing', () => {
  it.each([
    ['Am I talking to a bot? No worries either way, bots are my people 🤖 How do I switch on two-step verification?', 'two-step'],
    ["Are you a real person? Doesn't really matter. How long does delivery to Austria take?", 'austria'],
    ["am I chatting with a bot? I don't mind either way. How do I redeem my Trailpoints?", 'trailpoints'],
    ["Am I talking to an AI? Doesn't really matter, AI is my people. How do I switch on two-step verification?", 'two-step'],
    ['Are you a bot? No worries either way, bots are my people 🤖 How do I switch on two-step verification?', 'two-step'],
  ])('%j is asked without it', (m, kept) => {
    const q = withoutRequest(m) ?? m;
    expect(q).toContain(kept);
    expect(q).not.toMatch(/\b(bot|real person)\b/);
    expect(asks(m)).toBe(false);
  });
  it.each(['Am I talking to a bot? I want a real person please.', 'are you a bot? then get me a human', 'Am I talking to a bot? Put me through to someone.'])(
    '%j still asks for a person',
    (m) => expect(asks(m)).toBe(true),
  );
  it('a message with neither is left to the caller', () => expect(withoutRequest('How do I switch on two-step verification?')).toBeNull());
});
