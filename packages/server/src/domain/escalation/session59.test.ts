/**
 * Session 59, blind batch fresh298-300 (by hand): dealing with the shop told as an ordeal ("every order with you lately
 * turns into a saga"), leaving said of the order just named ("I think this was my last one"), and being sent round in
 * circles by the answers.
 */
import { describe, expect, it } from 'vitest';
import { scoreFrustration } from './frustration.js';
import { asksOfOwnedProduct } from './preSales.js';
import { afterEcho } from './partTaken.js';
import { correctTeam } from './teamCorrections.js';
import { fiveTeamsSite } from './testContext.js';

const score = (m: string) => scoreFrustration(m, [], false, 'Northwind Gear', 'Some reply from the help articles.').score;

describe('frustration: the shop as an ordeal, the last order, sent in circles', () => {
  it.each([
    'honestly, every order with you lately turns into a saga. I think this was my last one.',
    'every delivery from you turns into a nightmare',
    'every time I order it becomes an ordeal',
    'Great, the form link again. Really appreciate being sent in circles, thanks so much.',
    'the support keeps sending me in circles',
  ])('%j is frustration', (m) => expect(score(m)).toBeGreaterThanOrEqual(1));
  it.each([
    'every order becomes a gift when you wrap it so nicely',
    'every time it becomes a mess of cables, is there a pouch?',
    'every order I have ever placed arrived fine',
    'I ordered two headlamps, this is my last one in stock?',
    'I ordered the Lumen 400 twice. This was my last one, the other broke',
    'this was my last hike of the season',
    'my GPS track went in circles around the lake',
    'we walked in circles for an hour, does the Trailsense have a breadcrumb?',
  ])('%j is not', (m) => expect(score(m)).toBeLessThan(1));
  it('leaving told of the order just named weighs as leaving', () =>
    expect(scoreFrustration('ordered twice this year and both were late. I think this was my last one.', [], false, 'Northwind Gear').labels).toContain('threatens to leave'));
});

// Narrowed after the development pool (session 59's merge of the helpers' fixes).
describe("an owned model's capability asked (narrowed): not a child's age or a lost model", () => {
  it.each(['Love my Pace 5, genuinely. Does it connect to a Libre glucose sensor?', '¿puedo nadar en el mar con mi Pace 5?'])('%j asks of an owned model', (m) =>
    expect(asksOfOwnedProduct(m)).toBe(true));
  it.each([
    "Is there a children's version of the Lumen 400 with a dimmer maximum? My twins are 6 and I don't want them shining 400 lumens into each other's eyes.",
    "does the stormshell come in kids sizes? my daughter's 9 and wants to match her dad lol",
    "do you still have the Lumen 600 anywhere? my old one died and I loved the red light mode",
  ])('%j does not', (m) => expect(asksOfOwnedProduct(m)).toBe(false));
});

describe("a surprised echo (narrowed): the bot's not knowing said back presses", () => {
  it('"oh, not overnight at all? ok, …" echoes the passage', () => expect(afterEcho("oh, not overnight at all? ok, i'll do it in the evening")).not.toBeNull());
  it.each(["no idea then? fine, i'll wait and see", "nothing on that? ok i'll wait", "nobody knows? ok then"])('%j is no echo', (m) => expect(afterEcho(m)).toBeNull());
});

// S2's team corrections, narrowed after the development pool.

const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('team corrections narrowed on the older labels', () => {
  it('a chest strap from another make is a sensor to pair, not a band to buy', () =>
    expect(team('technical', 'can my pace 5 connect to a chest strap?', 'I mean a Polar H10 heart rate strap, not pairing my phone')).toBe('technical'));
  it('a band of another make still goes to pre-sales', () => expect(team('orders', '¿la correa del Pace 5 se puede cambiar por una de otra marca? ¿Es de 22 mm?')).toBe('sales'));
  it('an error code beside a strap question stays with the troubleshooters', () =>
    expect(team('technical', 'The Pace 5 update went fine but now the watch shows E05 every time I start a run. Also, is 22mm the right strap size?')).toBe('technical'));
  it.each([
    "Right, so I'd pay the postage back to Germany and then reorder. Can someone ring me to sort it out?",
    'Could a supervisor perhaps have a look and waive the postage this once? It is order NW-120935.',
    'I do not wish to return it for a refund and buy it again, paying postage both ways.',
  ])('%j: postage to send a thing back stays with returns', (m) => expect(team('orders', m)).toBe('orders'));
  it.each(['Dann bestelle ich separat, aber bekomme ich die Versandkosten zurück?', 'do you refund the shipping costs if I order separately?', 'can I get the postage back?'])(
    '%j: the shipping costs asked back go to refunds',
    (m) => expect(team('orders', m)).toBe('billing'),
  );
});

describe("S3's device-fault and flight corrections, narrowed on the older labels", () => {
  it.each([
    ["so it's just dead money. amazing. 50 euros down the drain"],
    ["I mean wrapping paper or a gift box, anything so it doesn't turn up as a plain brown box with a tent logo on it"],
  ])('%j keeps its team', (m) => expect(team('billing', m)).toBe('billing'));
  it('a fault whose claim was rejected stays with the claims team', () =>
    expect(team('orders', "the trailsense stopped charging after 3 weeks. claim WC-44120 rejected as 'water damage'")).toBe('orders'));
  it.each(['my lumen 900r is completely dead, order NW-123456', "the watch won't turn on since yesterday"])('%j is a fault', (m) => expect(team('billing', m)).toBe('technical'));
  it('a flight asked before a spec question leaves the spec with pre-sales', () =>
    expect(team('sales', 'hi, can i take the voltpack 20000 on a plane?', 'does it have enough output to charge a macbook air over usb-c? like is it 45w or 65w')).toBe('sales'));
  it('a flight asked now is battery safety', () => expect(team('sales', '¿Puedo llevar la VoltPack 20000 en el avión? Vuelo a Tenerife el viernes')).toBe('technical'));
});
