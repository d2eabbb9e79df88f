/** Session 59 (helper S): the sea asked about in Spanish ("en el mar") or German ("im Meer"), not "12 Mar". */
import { describe, expect, it } from 'vitest';
import { translateWordAt } from './glossary.js';

const at = (text: string, word: string) => {
  const ws = text.split(' ');
  return translateWordAt(ws, ws.indexOf(word));
};

describe('glossary: the sea (session 59)', () => {
  it.each([
    ['puedo nadar en el mar con mi pace 5', 'mar'],
    ['se puede bucear al mar', 'mar'],
    ['cerca del mar', 'mar'],
    ['kann ich im meer schwimmen', 'meer'],
  ])('%j', (text, word) => expect(at(text, word)).toEqual(['sea']));
  it.each([
    ['delivered on 12 mar', 'mar'],
    ['mar 3 order', 'mar'],
    ['ordered it in mar', 'mar'],
  ])('%j is no sea', (text, word) => expect(at(text, word)).toEqual([]));
});
