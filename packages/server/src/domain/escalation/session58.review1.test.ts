/**
 * Review 1 of session 58: neighbours of the day's changes that were misread — "caught my eye" as an idiom, recharging
 * said as "charge it back overnight", an item on the card that is someone else's, feelings that "explode", a question
 * about what happens if a battery gets hot, a chargeback ruled out, and Spanish or German help or faults sent to sales.
 */
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { asksBeforeBuying } from './preSales.js';

const kind = (m: string, previous = '') => findHighStakes(m, previous)?.kind ?? null;

describe('high stakes: "caught my eye" is an injury only said of a part or with a hurt told', () => {
  it.each([
    'My old headlamp broke on the last trip so the Lumen 900R caught my eye. Is it waterproof?',
    'my tent pole snapped in a storm last month, and the Summit Pro 2 caught my eye as a replacement. how heavy is it?',
    "My Garmin strap snapped, a friend's Pace 5 caught my eye. Does it pair with iPhone?",
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each([
    'my Pace 5 strap snapped and the buckle caught my eye',
    "my pole broke and the tip caught my eye, it's really sore and watering, should I see a doctor?",
    'A pole on my Summit Pro 2 snapped while I was tensioning it and the end caught my eye. Had it checked, the doctor says the scratch on the cornea will heal fine.',
    'the buckle snapped and the lamp hit my face',
  ])('%j is', (m) => expect(kind(m)).toBe('injury'));
});

describe('high stakes: recharging is no chargeback, nor one ruled out', () => {
  it.each([
    'can I charge it back overnight or is that bad for the battery?',
    'how long does the voltpack take to charge it back from empty?',
    'do I need to charge it back fully before the first use?',
    'Can I charge it back with the solar panel while hiking?',
    "I'd rather not charge it back, I just want my €45 refund for the cancelled order",
  ])('%j is not a dispute', (m) => expect(kind(m)).toBeNull());
  it.each([
    'I was double charged €89 for NW-448210, if it is not refunded this week I will charge it back',
    "I'll charge it back with my card company if the €312 isn't refunded by Friday",
  ])('%j is', (m) => expect(kind(m)).toBe('dispute'));
});

describe('high stakes: money on the card for a thing that is someone else\'s', () => {
  it.each([
    "there's €89 on my card from you, but the jacket is not mine, it's my son's. can he return it himself?",
    "€59 on my card for the jacket — it's not mine, my daughter wants a smaller size",
  ])('%j is no takeover', (m) => expect(kind(m)).toBeNull());
  it.each(['€59 on my debit card from northwind gear, not me!! I never ordered anything', "there's a charge from northwind on my card that is not mine"])(
    '%j is',
    (m) => expect(kind(m)).toBe('security'),
  );
});

describe('high stakes: feelings that explode, a question of what happens if', () => {
  it.each([
    'my inbox is about to explode with your newsletters, how do I unsubscribe?',
    "I'm about to explode, third time asking where my parcel is",
    'my kid is about to explode with excitement, the tent arrived! how do I pitch it the first time?',
    'what happens if the VoltPack gets really hot while charging?',
  ])('%j is not', (m) => expect(kind(m)).toBeNull());
  it.each(['the voltpack is hissing and bulging, is it about to explode??', 'my power bank exploded on the desk last night'])('%j is', (m) =>
    expect(kind(m)).toBe('safety'),
  );
});

describe('skills: help, a refund or a fault in Spanish or German is no question before buying', () => {
  it.each([
    'Hola, quisiera pedir ayuda: mi Pace 5 no se empareja con el móvil.',
    'Quiero pedir un reembolso de mi pedido NW-120033',
    '¿Son impermeables las chaquetas Stormshell? La mía deja pasar agua por las costuras',
    'Ist die Lumen 900R wasserdicht? Meine ist nach dem Regen ausgegangen und geht nur noch kurz an.',
  ])('%j is not', (m) => expect(asksBeforeBuying(m)).toBe(false));
  it.each([
    'Quiero comprar mi primer reloj GPS, ¿cuál me recomendáis?',
    'Quiero pedir dos chaquetas Stormshell para mis hijos',
    'Ich möchte die Pace 5 kaufen, ist sie wasserdicht beim Schwimmen?',
    'ist die Lumen 900R wasserdicht?',
  ])('%j is', (m) => expect(asksBeforeBuying(m)).toBe(true));
});
