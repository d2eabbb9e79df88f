import { describe, expect, it } from 'vitest';
import { findAskedFor } from './askedFor.js';

const asked = (text: string) => findAskedFor(text).map((a) => a.value);

describe('findAskedFor: what the shop is asked to offer or do, as typed', () => {
  it('a service or a thing asked for, without the story after it', () => {
    expect(asked('Do you offer a professional re-proofing service I could send it to?')).toEqual(['professional re-proofing service']);
    expect(asked('do you lot run a proper re-proofing service if I post it in, rather than me faffing about')).toEqual(['proper re-proofing service']);
  });

  it('an action asked of the shop', () => {
    expect(asked('Could you engrave the back with our wedding date?')).toEqual(['engrave the back']);
    expect(asked('can you split the invoice in two?')).toEqual(['split the invoice']);
  });

  it('nothing named, or a question that only frames', () => {
    expect(asked('do you sell it?')).toEqual([]);
    expect(asked('could you send me the link')).toEqual([]);
    expect(asked('could you tell me the opening hours?')).toEqual([]);
    expect(asked('do you do that kind of thing?')).toEqual([]);
    expect(asked('do you sell those separately?')).toEqual([]);
    expect(asked('do you rent out tents for a weekend?')).toEqual(['tents']);
    expect(asked('could you hold the order while I sort it out?')).toEqual(['hold the order']);
  });
});

describe('findAskedFor: a service the shop might offer', () => {
  it('"you might offer a re-proofing service. Do you?" names it; without a question it does not', () => {
    expect(findAskedFor('your colleague said you might offer a re-proofing service. Do you?').map((s) => s.value)).toEqual(['re-proofing service']);
    expect(findAskedFor('you may offer a discount next year.')).toEqual([]);
  });
});
