/**
 * Review of session 53's first fixes: look-alikes of the new frustration, injury, language, fact, retrieval and team
 * readings that over-reached or missed a close variant, each with a look-alike that keeps its reading.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';
import { scoreFrustration } from './frustration.js';
import { detectLanguage } from './language.js';
import { correctTeam } from './teamCorrections.js';
import { asksForDeal } from './preSales.js';
import { fiveTeamsSite } from './testContext.js';
import { queryTerms } from '../bot/queryTerms.js';
import { extractFacts } from '../summary/entities.js';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';

const frustrated = (m: string) => scoreFrustration(m, [], true, 'Northwind Gear').strongest >= 1;
const terms = (m: string) => queryTerms(m).flatMap((t) => t.terms);
const demo = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
const facts = (m: string) => extractFacts(m, demo).map((f) => f.value);
const team = (from: string, m: string) => correctTeam(fiveTeamsSite, from, { topical: m, conversation: m, current: m });

describe('a dry word of praise: not a question of spend, points, a spec or where a thing is', () => {
  it.each(['Great. How many more weeks then?', 'Fantastic. How many more times do I have to explain this?', 'Perfect. Where is my refund then?', 'Wonderful. How much longer is this going to take?'])(
    '%j is sarcasm',
    (m) => expect(frustrated(m)).toBe(true),
  );
  it.each([
    'Perfect. How much more do I need to spend for free shipping?',
    'Great. How many more points do I need for the next reward?',
    'Great. How many more do I need to order for the bulk discount?',
    'Perfect. How much longer is the Ridgeline 3P than the Summit Pro 2?',
    'Great. How much longer does the warranty run on the Pace 5?',
    'Excellent. How many more days is the return window for Christmas gifts?',
    'Super. Where are the stores then?',
    'Awesome. Where is my serial number then?',
  ])('%j is sincere', (m) => expect(frustrated(m)).toBe(false));
});

describe('comfort or class: said of a let-down, not of a product', () => {
  it.each(['very reassuring when my order is already a week late', 'so comforting when the tracking has not moved in 9 days', 'wow classy, charging me twice and then ignoring me', 'Wow, really classy. Still no refund.', 'wow, classy move, really classy'])(
    '%j is sarcasm',
    (m) => expect(frustrated(m)).toBe(true),
  );
  it.each([
    "It's very reassuring when I'm out alone at night to have such a bright lamp. Does the Lumen 900R have a red light mode?",
    'So reassuring when my kids are in the tent to know the Ridgeline is storm rated. Is the 3P big enough for 2 adults and a child?',
    'Really comforting with my dad hiking solo to know the Trailsense has SOS. Does it work without phone signal?',
    'very reassuring when you read the 2 year warranty. Does it cover the battery?',
    'Wow, classy colour on the new Stormshell! Is it in stock in size M?',
    'wow classy design, does the Pace 5 come in rose gold?',
    'Wow, very classy packaging. Is the gift box included with every order?',
  ])('%j is not', (m) => expect(frustrated(m)).toBe(false));
});

describe('a Spanish botch: the shop\'s, not one\'s own', () => {
  it.each(['sois unos chapuzas, tercera vez que pregunto', 'vuestro servicio es una chapuza', 'menuda chapuza, el paquete llegó roto', 'esto es una chapuza, quiero mi dinero'])(
    '%j is frustrated',
    (m) => expect(frustrated(m)).toBe(true),
  );
  it.each(['Intenté arreglar la cremallera yo mismo y es una chapuza, ¿tenéis servicio de reparación?', 'mi arreglo casero es una chapuza, ¿venden kits de reparación?'])(
    '%j is not',
    (m) => expect(frustrated(m)).toBe(false),
  );
});

describe('a burn from a device: had, not read of, asked in general or long ago', () => {
  it.each([
    "There's a burn from the power bank on my leg now",
    'I have a small burn from the voltpack on my leg, should I worry?',
    'my son has a small burn from his watch on his wrist, is that normal?',
    'I got a nasty burn from the VoltPack last night',
  ])('%j is an injury', (m) => expect(findHighStakes(m)?.kind).toBe('injury'));
  it.each([
    'does anyone get a burn from the watch sensor?',
    'I read a review about the burn from the VoltPack, is that fixed now?',
    'I saw a post about the burns from the lumen 400 battery, is it safe to buy?',
    'I had a burn from a charger years ago so I am careful. Is the VoltPack safe?',
    'Is there a warning about the burn from the lamp in the manual?',
    'Is it possible to get a burn from the power bank on my leg?',
  ])('%j is no incident', (m) => expect(findHighStakes(m)).toBeNull());
});

describe('a short Spanish question', () => {
  it.each(['¿Hacéis envíos a Canarias?', '¿Aceptáis PayPal?'])('%j is Spanish enough', (m) => expect(detectLanguage(m)).toMatchObject({ language: 'es', substantive: true }));
  it.each(['¿Qué tal?', '¿Y ahora?', 'Con PayPal?'])('%j asks nothing yet', (m) => expect(detectLanguage(m).substantive).toBe(false));
});

describe('facts: error codes as typed, German compounds but not English suffixes', () => {
  it.each([['my watch shows error 31 since the update', 'error 31'], ['my watch keeps saying err 31', 'err 31'], ['Meine Uhr zeigt Fehler 31', 'Fehler 31'], ['ERR 31 again', 'ERR 31']])(
    '%j holds %j',
    (m, v) => expect(facts(m)).toContain(v),
  );
  it.each(['Error 15 times today!', 'the app said Error 20 minutes ago'])('%j holds no code', (m) => expect(facts(m).join(' ')).not.toMatch(/Error \d/));
  it('an English suffix is no compound', () => {
    expect(facts('my Lumen 400-ish headlamp')).not.toContain('Lumen 400-ish');
    expect(facts('meine Lumen 900R-Stirnlampe ist kaputt')).toContain('Lumen 900R-Stirnlampe');
  });
});

describe('retrieval words', () => {
  it.each(['Fehler 10 Mal hintereinander', 'error 10 veces', 'got an error 50 euros were taken anyway', 'error 12 weeks ago'])('%j holds no code', (m) => expect(terms(m).some((t) => /^e\d+$/.test(t))).toBe(false));
  it.each(['is there a quicker way to reset my password?', 'is there a faster way to get my refund?', 'any quicker way to contact a human?', 'is there a faster option for returns?'])(
    '%j is no express shipping',
    (m) => expect(terms(m)).not.toContain('express'),
  );
  it.each(['is there a faster option? I need it by Friday', 'can I get it quicker than standard?'])('%j is express shipping', (m) => expect(terms(m)).toContain('express'));
  it('water into a tent is no jacket wetting out; water soaking into a jacket is', () => {
    expect(queryTerms('water goes in through the tent door in heavy rain', () => true).some((t) => t.hint)).toBe(false);
    expect(queryTerms('the jacket looks patchy and water just soaks in', () => true).flatMap((t) => t.terms)).toContain('repellent');
  });
});

describe('team corrections: an order changed or an engraving gone wrong stay with orders', () => {
  it.each([
    'I want to exchange my Pace 5 for one that works with Strava',
    "please cancel my Pace 5 order, it doesn't support Garmin Connect",
    'the watch broke after the firmware update, I want a warranty claim',
    'the new firmware bricked my watch, I want a replacement',
    'My order NW-123456 was supposed to be engraved but came blank',
    'the engraving on NW-123456 is misspelled',
  ])('orders keeps %j', (m) => expect(team('orders', m)).toBe('orders'));
  it.each([
    ['orders', "my pace 5 runs don't sync to strava anymore", 'technical'],
    ['orders', 'Could you engrave my order NW-554433 before it ships?', 'sales'],
    ['billing', 'Die Jacke ist jetzt im Sale 40 € günstiger. Bekomme ich die Differenz zurück?', 'sales'],
  ])('%s\'s pick for %j is %s', (from, m, to) => expect(team(from, m)).toBe(to));
  it('"die Differenz" after a refund come short is no deal', () => {
    expect(asksForDeal('Die Rückerstattung war 20 € zu wenig, wann wird die Differenz gutgeschrieben?')).toBe(false);
    expect(team('billing', 'Ich habe 3 Artikel zurückgeschickt, aber nur 2 wurden erstattet. Bekomme ich die Differenz zurück?')).toBe('billing');
  });
});
