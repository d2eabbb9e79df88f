/**
 * Session 60 (S): the team a handed-off chat goes to, where the words pointed elsewhere: a paid re-proofing or repair
 * service with the item posted back and forth (not a warranty return); an item that came broken and is to be exchanged,
 * though a symptom is told (not a fault alone); a local seller asked for from a country the shop does not deliver to.
 * With look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe('a paid service, the item posted both ways, stays with the troubleshooters', () => {
  it.each([
    ["can you reproof my old jacket if I send it back to you? I'll pay for it"],
    ['Is there a re-waterproofing service?\nI would post the tent to you and you send it back, happy to pay'],
    ['My Stormshell is 4 years old and wets out. Could I send it back to you to be re-proofed? willing to pay whatever it costs'],
  ])('%j', (m) => expect(team('technical', ...m.split('\n'))).toBe('technical'));

  it.each([
    ['My Stormshell leaks at the seams after two weeks, I want to send it back under warranty'],
    ['The zip broke after a week. Can I return it? happy to pay the return shipping'],
    ['I would like to exchange my jacket for a bigger size'],
  ])('still the orders team: %j', (m) => expect(team('technical', ...m.split('\n'))).toBe('orders'));
});

describe('an item that came broken, to be exchanged, is the orders team’s though a symptom is told', () => {
  it.each([
    ['la pantalla del reloj vino rajada y no enciende, ¿qué hago?'],
    ['Mi Lumen 900R no enciende. Quiero pedir un cambio por otra nueva.'],
    ['The Pace 5 came smashed and is completely dead, what now? order NW-402981'],
    ['Die Uhr kam kaputt an und geht nicht mehr an. Was soll ich tun?'],
  ])('%j', (m) => expect(team('orders', m)).toBe('orders'));

  it.each([
    ['Mi reloj no enciende desde ayer, ¿qué hago?'],
    ['came back from my run and the watch is completely dead, order NW-402981'],
    ['No enciende después de cambiarlo a modo avión, ¿qué hago? pedido NW-112233'],
  ])('still the troubleshooters: %j', (m) => expect(team('orders', m)).toBe('technical'));
});

describe('a local seller asked for where the shop does not deliver is a sale', () => {
  it.each([
    ["You don't ship to Australia. Is there a retailer in Australia that stocks your tents?"],
    ['Do you ship to Canada?\nHow can I get a Stormshell if I live in Canada then?'],
    ['¿Hay algún distribuidor en México?'],
    ['Gibt es einen Händler in Kanada?'],
  ])('%j', (m) => expect(team('orders', ...m.split('\n'))).toBe('sales'));

  it.each([
    ['Is there a store in Berlin where I can return my jacket?'],
    ['Do you ship to Canada?'],
    ['ok, and can I pick it up at a forwarding address in Buffalo?'],
    ['any news on my order NW-123456? is it still in Toronto there?'],
  ])('still the orders team: %j', (m) => expect(team('orders', ...m.split('\n'))).toBe('orders'));
});
