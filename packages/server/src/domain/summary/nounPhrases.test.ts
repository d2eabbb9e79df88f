import { describe, expect, it } from 'vitest';
import { tagEnglish } from '../../site/englishTagger.js';
import { nounPhrases } from './nounPhrases.js';

const phrases = (text: string) => nounPhrases(text, tagEnglish(text)).map((p) => p.text);

describe('nounPhrases (wink-nlp tags)', () => {
  it('gives the noun phrases as typed, without determiners, numbers and adverbs in front', () => {
    expect(phrases('Can I buy just the one pole section?')).toEqual(['pole section']);
    expect(phrases('Do you offer a re-proofing service where I post it in?')).toEqual(['re-proofing service']);
    expect(phrases('I need more photos of my own VAT ID')).toEqual(['photos', 'VAT ID']);
  });
  it('keeps hyphenated words and possessives whole', () => {
    expect(phrases('Do you run any kind of trade-in scheme?')).toEqual(['trade-in scheme']);
    expect(phrases("is there a women's Stormshell for my son's birthday party?")).toEqual(["women's Stormshell", "son's birthday party"]);
  });
  it('leaves out greetings, chat words and the first person the tagger sometimes reads as nouns', () => {
    expect(phrases('Dear Northwind team, thanks Anna')).toEqual(['Northwind team', 'Anna']);
    expect(phrases('hi, any idea? thanks')).toEqual([]);
    expect(phrases("more email i'm filing")).not.toContain("email i'm");
    // When is no part of what: "Berlin next month", "8 x Stormshell M".
    expect(phrases('Can I get it in Berlin next month?')).toEqual(['Berlin']);
    expect(phrases('we ordered 8 x Stormshell M')).toEqual(['Stormshell M']);
  });
  it('keeps an -ed word between a determiner or "its" and the noun as part of the phrase', () => {
    expect(phrases('What is its folded length?')).toContain('folded length');
    expect(phrases('Do you include a printed receipt?')).toContain('printed receipt');
  });
});
