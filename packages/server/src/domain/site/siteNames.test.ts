/**
 * The detectors read the site's own names from the site, not from a list of one shop's words: the same wordings work
 * for a shop called "Acme Outfitters" as for "Northwind Gear", and a shop's name means nothing to another site.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../pipelineTypes.js';
import { batteryProducts, brandedWords, shopWords, siteNames } from './siteNames.js';
import { findAskedFor } from '../summary/askedFor.js';
import { askedActions } from '../bot/askedActions.js';
import { asksForAService } from '../bot/serviceAsks.js';
import { phraseHints } from '../bot/glossary.js';
import { findExplicitRequest } from '../escalation/explicitRequest.js';
import { scoreFrustration } from '../escalation/frustration.js';
import { findHighStakes } from '../escalation/highStakes.js';
import { processTerm } from '../bot/text.js';

const article = (id: string, title: string, body: string): Article => ({ id, title, body });

const northwindKb = [
  article('battery-safety', 'Battery safety', 'Charge the VoltPack 20000 with the supplied USB-C cable. The Lumen 900R battery lasts about 6 hours.'),
  article('watch', 'GPS watch pairing', 'Pair your watch with the app. The Northwind Pace 5 battery lasts two weeks. The Trailsense GPS watches charge in 2 hours.'),
  article('jackets', 'Jacket care', 'Wash the Stormshell jacket at 30 degrees and tumble dry on low.'),
  article('loyalty', 'Trailpoints loyalty program', 'Trailpoints is free. Every 200 points can be turned into a voucher.'),
];
const acmeKb = [
  article('lanterns', 'Lantern care', 'Charge the Glowfly 300 lantern over USB before a trip.'),
  article('rewards', 'Rewards', 'Our Acmerewards scheme is free. Your rewards never expire.'),
];
const northwind = siteNames('Northwind Gear', northwindKb);
const acme = siteNames('Acme Outfitters', acmeKb);

describe('the shop by its own name', () => {
  it('is the name and its first word of its own', () => {
    expect(shopWords('Northwind Gear')).toEqual(['northwind gear', 'northwind']);
    expect(shopWords('Acme Outfitters')).toEqual(['acme outfitters', 'acme']);
    expect(shopWords('The Lamp Store')).toEqual(['the lamp store', 'lamp']);
    expect(shopWords('')).toEqual([]);
  });

  it('is asked to offer or do something, like "you"', () => {
    const asked = (text: string, shop: string) => findAskedFor(text, shop).map((a) => a.value);
    expect(asked('will you guys at acme offer gift wrapping?', 'Acme Outfitters')).toEqual(['gift wrapping']);
    expect(asked('does acme do repairs?', 'Acme Outfitters')).toEqual(['repairs']);
    expect(asked('does northwind do repairs?', 'Northwind Gear')).toEqual(['repairs']);
    expect(asked('will you guys at northwind gear offer gift wrapping?', 'Northwind Gear')).toEqual(['gift wrapping']);
    // Another site's name is no shop's.
    expect(asked('does acme do repairs?', 'Northwind Gear')).toEqual([]);
    expect(askedActions('does acme do repairs', 'Acme Outfitters')).toContain(processTerm('repairs'));
    expect(askedActions('does acme do repairs', 'Northwind Gear')).toEqual([]);
    expect(asksForAService('does acme offer a repair service', 'Acme Outfitters')).toBe(true);
    expect(asksForAService('does northwind offer a repair service', 'Northwind Gear')).toBe(true);
    expect(asksForAService('does acme offer a repair service', 'Northwind Gear')).toBe(false);
  });

  it('is no other company someone works at', () => {
    expect(findExplicitRequest('who can i talk to at acme about my order', 'Acme Outfitters')).not.toBeNull();
    expect(findExplicitRequest('who can i talk to at northwind about my order', 'Northwind Gear')).not.toBeNull();
    expect(findExplicitRequest('who can i talk to at acme about my order', 'Northwind Gear')).toBeNull();
  });

  it('is who a customer leaves or a lawyer writes to', () => {
    const labels = (text: string, shop: string) => scoreFrustration(text, [], false, shop).labels;
    expect(labels('this will be my last order with acme.', 'Acme Outfitters')).toContain('fed up');
    expect(labels('this will be my last order with northwind.', 'Northwind Gear')).toContain('fed up');
    expect(labels('this will be my last order with acme.', 'Northwind Gear')).not.toContain('fed up');
    expect(findHighStakes('my solicitor has offered to write to acme about this', '', '', acme)?.kind).toBe('legal');
    expect(findHighStakes('my solicitor has offered to write to northwind about this', '', '', northwind)?.kind).toBe('legal');
  });
});

describe('the KB’s own products and words', () => {
  it('battery products are the ones the KB charges', () => {
    expect(batteryProducts(northwindKb, 'Northwind Gear').sort()).toEqual(['lumen', 'pace', 'trailsense', 'voltpack']);
    expect(batteryProducts(acmeKb, 'Acme Outfitters')).toEqual(['glowfly']);
  });

  it('a battery product named beside heat or swelling is a safety case', () => {
    expect(findHighStakes('se me calento mucho el glowfly y me quemo', '', '', acme)?.kind).toBe('safety');
    expect(findHighStakes('se me calento mucho la voltpack y me quemo', '', '', northwind)?.kind).toBe('safety');
    expect(findHighStakes('my glowfly has gone fat in the middle, like a little pillow', '', '', acme)?.kind).toBe('safety');
    expect(findHighStakes('my stormshell has gone fat in the middle, like a little pillow', '', '', northwind)).toBeNull();
  });

  it('a phone beside a product that pairs asks about the phone', () => {
    expect(phraseHints('got a new iphone and my glowfly 300 wont show up', acme).hints).toContain('phone');
    expect(phraseHints('got a new iphone and my pace 5 wont show up', northwind).hints).toContain('phone');
  });

  it('a branded programme is found by its plain word', () => {
    expect(brandedWords(northwindKb).get('points')).toEqual(['trailpoints']);
    expect(brandedWords(acmeKb).get('rewards')).toEqual(['acmerewards']);
  });
});
