/**
 * Session 57: the team a handed-off chat goes to, where the words pointed elsewhere: a corporate or club order in billing's
 * words, a product's figures in the troubleshooters' or billing's, import VAT and customs at the door (the shipping
 * article's) in billing's, a part wanted to buy, a restock asked in German or Spanish; with look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { asksAboutProduct, asksAboutRestock, asksToBuyPart } from './preSales.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('a business or club order in billing\'s words goes to pre-sales', () => {
  it.each([
    "Hello, could you put me in touch with whoever handles corporate orders? We want 40 Lumen 400s as staff Christmas gifts and need an invoice in the company's name.",
    'We would like 25 Pace 5 watches as client gifts this year, invoiced to the firm. Who do I talk to?',
    'Can we pay by bank transfer? We are a sports club ordering roughly €1,800 worth of equipment.',
    "we're a school ordering about $2,400 worth of tents and headlamps, can you send us a quote?",
  ])('%j', (m) => expect(team('billing', m)).toBe('sales'));
  it.each([
    'put me in touch with whoever handles business accounts, our last invoice has the wrong VAT ID',
    'We are a sports club. Our €1,800 order payment by bank transfer failed with PAY-204, can you check?',
    'our club paid €1,800 for the order by bank transfer and was charged twice',
    'I need the invoice for our company order NW-448812 with our VAT number on it',
  ])('%j stays with billing', (m) => expect(team('billing', m)).toBe('billing'));
});

describe("a product's figures, asked with nothing broken, go to pre-sales", () => {
  it.each([
    [['what are the floor dimensions of the ridgeline 3p? need to know if two 64cm sleeping pads plus a third one fit side by side', 'just the inside width in cm would do, length too if you have it'], 'billing'],
    [['Hola, una pregunta: ¿la Lumen 400 funciona con pilas AAA normales o solo con batería recargable? Es para hacer el Camino de Santiago y no siempre tendré enchufe.'], 'technical'],
    [["what's the waterproof rating of the stormshell, in mm?", 'the hydrostatic head figure, like 20,000mm. and the breathability in g/m2', 'your care page talks about the membrane but gives no numbers. are they published anywhere?'], 'technical'],
    [['Wie schwer ist die Summit Pro 2 verpackt? Und welche Maße hat sie?'], 'technical'],
    [['¿Cuánto pesa la Ridgeline 3P y qué medidas tiene por dentro?'], 'orders'],
  ])('%j (from %s)', (turns, from) => expect(team(from, ...turns)).toBe('sales'));
  it.each([
    [['how long does the trailsense last in gps mode? mine only gets 6 hours now'], 'technical'],
    [["my lumen 400 doesn't work with AAA batteries, it flickers"], 'technical'],
    [['la Lumen 400 no funciona con pilas AAA, parpadea'], 'technical'],
    [["what's the waterproof rating of the stormshell? mine leaks at the seams"], 'technical'],
    [['the watch battery only lasts 3 hours since the update, how long should it last?'], 'technical'],
    [['what are the dimensions of the parcel for my order NW-123456?'], 'orders'],
    [['how long does the warranty last on the pace 5?'], 'orders'],
    [['Wie lang ist die Lieferzeit nach Österreich?'], 'orders'],
  ])('%j keeps its team (%s)', (turns, from) => expect(team(from, ...turns)).toBe(from));
  it('battery life is still asked by owners too, and stays with technical (session 26; the labels mostly agree)', () =>
    expect(asksAboutProduct('how long does the trailsense last in gps mode?')).toBe(false));
  it('battery life is still asked by owners too (session 26)', () => expect(asksAboutProduct('how long does the pace 5 battery last with gps on?')).toBe(false));
  it('"how long does the refund take" is no spec', () => expect(asksAboutProduct('how long does the refund take to arrive?')).toBe(false));
});

describe('import VAT and customs collected at the door go to the team that ships', () => {
  it.each([
    [['shipping to london: how much import vat will i pay on a €420 tent?', 'is it 20% of the €420 or of the price without the german vat?', "so you can't tell me what i'll have to pay at the door"], 'billing'],
    [['Ist die Mehrwertsteuer im Preis enthalten?', 'Und wenn ich ihn nach Zürich liefern lasse, muss ich dort bei der Lieferung noch Zoll und Mehrwertsteuer zahlen?'], 'billing'],
    [['Hallo, ich möchte die Ridgeline 3P bestellen.', 'Und wenn ich ihn nach Zürich liefern lasse, muss ich dort bei der Lieferung noch Zoll und Mehrwertsteuer zahlen?'], 'sales'],
    [['will I have to pay customs duties when the jacket arrives in Oslo?'], 'billing'],
  ])('%j (from %s)', (turns, from) => expect(team(from, ...turns)).toBe('orders'));
  it.each([
    [['I need an invoice showing the import VAT for my company, order NW-123456'], 'billing'],
    [['I returned the jacket, will you refund the customs fees I paid at the door?'], 'billing'],
    [['what VAT rate is on my invoice for NW-123456?'], 'billing'],
    [['we need 30 Stormshell jackets for our club in Zurich, do we pay customs on delivery?'], 'sales'],
  ])('%j keeps its team (%s)', (turns, from) => expect(team(from, ...turns)).toBe(from));
});

describe('a part to buy, a restock, a warranty claim', () => {
  it.each(['I want to buy a replacement battery for my Trailwatch', "I'd like to order a spare charger for the Pace 5", 'we are looking to buy two extra straps for our watches'])(
    '%j is a part to buy',
    (m) => expect(asksToBuyPart(m)).toBe(true),
  );
  it.each(['I need a replacement battery for my watch under warranty', 'my battery is broken, I want to buy a replacement battery', 'I want to buy a new watch'])('%j is not', (m) =>
    expect(asksToBuyPart(m)).toBe(false),
  );
  it('"I want to buy a replacement battery for my Trailwatch" goes to pre-sales', () => expect(team('technical', 'I want to buy a replacement battery for my Trailwatch')).toBe('sales'));
  it('a warranty claim for a sync error stays with the team that owns claims', () => {
    expect(team('orders', "I'd like to make a warranty claim for a sync error on my watch")).toBe('orders');
  });
  it.each(['Wann kommt die Stormshell in XXL wieder rein?', '¿Cuándo vuelve a entrar la Stormshell en talla L?', 'Ist die Stormshell in XL bald wieder vorrätig?'])('%j asks about a restock', (m) => {
    expect(asksAboutRestock(m)).toBe(true);
    expect(team('technical', m)).toBe('sales');
  });
  it.each(['Meine Bestellung NW-123456 ist noch nicht da, wann kommt sie wieder rein?', 'Der Akku geht nicht wieder rein, die Klappe klemmt'])('%j is no restock', (m) =>
    expect(asksAboutRestock(m)).toBe(false),
  );
});
