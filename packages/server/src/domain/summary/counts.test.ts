import { describe, expect, it } from 'vitest';
import { findCounts } from './counts.js';
import { findDataLocations } from './dataLocation.js';

const counts = (text: string) => findCounts(text).map((c) => c.value);
const places = (text: string) => findDataLocations(text).map((c) => c.value);

describe('findCounts', () => {
  it('how old, which day, how many so far', () => {
    expect(counts("It's only five months old. We leave in ten days")).toEqual(['only five months old']);
    expect(counts('I reported it on day 9 because I was away')).toEqual(['day 9']);
    expect(counts("by Friday I've had three more. My address is")).toEqual(['three more']);
    expect(counts('I am still receiving them, two this week alone.')).toEqual(['two this week alone']);
    expect(counts('is there a discount for 40+ units')).toEqual(['40+ units']);
  });

  it('German and Spanish counts', () => {
    expect(counts('es geht inzwischen um 14 Läufe, die nicht synchronisiert wurden')).toEqual(['14 Läufe']);
    expect(counts('Sie ist erst acht Monate alt')).toEqual(['acht Monate']);
    expect(counts('le pusieron tres puntos. Afortunadamente está bien')).toEqual(['tres puntos']);
  });

  it('not a count of nothing in particular', () => {
    expect(counts('one more thing: two more questions about it')).toEqual([]);
    expect(counts('tres de ellas llegaron rotas')).toEqual([]);
    expect(counts('three more than last time')).toEqual([]);
    expect(counts("I've had four more newsletters since")).toEqual([]);
    expect(counts('My Order 2 arrived, Day 4 now')).toEqual([]);
    expect(counts('Bestellt vor drei Wochen')).toEqual([]);
  });
});

describe('findDataLocations', () => {
  it('where the data is, in a message about data', () => {
    expect(places('Are your servers located within the European Union?')).toEqual(['within the European Union']);
    expect(places('In which country is it actually stored? EU or US servers?')).toEqual(['EU or US servers']);
    expect(places('do you use any cloud provider outside the EU, for example an American one?')).toEqual(['cloud provider outside the EU']);
    expect(places('whether any of my data ends up on servers in the US.')).toEqual(['servers in the US']);
  });

  it('not a shipping region', () => {
    expect(places('do you ship within the EU?')).toEqual([]);
  });
});
