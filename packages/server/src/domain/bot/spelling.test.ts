import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSiteFolder } from '../../site/loadSiteFolder.js';
import { isEnglishWord } from '../../site/englishWords.js';
import { answerQuestion } from './answer.js';
import { buildKnowledgeBase } from './knowledgeBase.js';
import { buildSpellingFixer } from './spelling.js';

const dictionary = new Set(['servers', 'address', 'serves', 'parcel', 'parcels']);
const isWord = (w: string) => dictionary.has(w);

describe('typing slips', () => {
  const fixer = buildSpellingFixer(['Change the delivery address of a parcel. The shop serves Europe. Cancel within one hour.'], isWord);
  it('a word the dictionary does not know, one edit from one KB word, is that word', () => {
    expect(fixer.fix('adress')).toBe('address');
    expect(fixer.fix('cancle')).toBe('cancel');
    expect(fixer.fix('parcle')).toBe('parcel');
  });
  it('a word longer than any KB word plus one letter is no slip, and is not looked at (a 4,000-letter word cost seconds)', () => {
    const asked: string[] = [];
    const watched = buildSpellingFixer(['Change the delivery address of a parcel.'], (w) => (asked.push(w), false));
    expect(watched.fix('deliveryy')).toBe('delivery'); // one letter longer than the longest word: still read
    expect(watched.fix('x'.repeat(4000))).toBeNull();
    expect(watched.fix('deliveryyy')).toBeNull();
    expect(asked).toEqual(['deliveryy']);
  });
  it('a real word the KB lacks stays itself ("servers" is not "serves")', () => {
    expect(fixer.fix('servers')).toBeNull();
  });
  it('short words and words with more than one KB neighbour are left alone', () => {
    expect(fixer.fix('shpo')).toBeNull();
    const two = buildSpellingFixer(['the hours and the house'], () => false);
    expect(two.fix('hourse')).toBeNull();
  });
  it('a KB word is no slip', () => {
    expect(fixer.fix('address')).toBeNull();
  });
});

describe('typing slips in retrieval, with the English dictionary', () => {
  const site = loadSiteFolder(fileURLToPath(new URL('../../../../../sites/demo', import.meta.url)), 'demo');
  const withDictionary = buildKnowledgeBase(site.articles, isEnglishWord);
  const without = buildKnowledgeBase(site.articles);
  it('"can i get my mony back for the curtians" is answered only when the slips are read', () => {
    expect(answerQuestion(withDictionary, 'can i get my mony back for the curtians').kind).toBe('answer');
    expect(answerQuestion(without, 'can i get my mony back for the curtians').kind).toBe('unknown');
  });
  it('"where are your servers" stays unanswered', () => {
    expect(answerQuestion(withDictionary, 'where are your servers').kind).toBe('unknown');
  });
  it('"change the delivery adress" is as sure as "address"', () => {
    expect(answerQuestion(withDictionary, 'can i still change the delivery adress').confidence).toBe(answerQuestion(withDictionary, 'can i still change the delivery address').confidence);
  });
});
