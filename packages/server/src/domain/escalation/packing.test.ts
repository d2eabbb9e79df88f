import { describe, expect, it } from 'vitest';
import { asksAboutPacking } from './packing.js';

describe('asksAboutPacking', () => {
  it.each([
    "Can you put a handwritten card in with the order? It's a birthday present.",
    'Could you gift wrap it and leave the invoice out so she does not see the price?',
    "Is there a printed invoice inside the box? It's a present and I don't want my dad seeing the price.",
    'Kann ich eine Grußkarte mit einer persönlichen Nachricht beilegen lassen?',
    'Können Sie die Lampe bitte als Geschenk verpacken?',
    // Session 32 review.
    "Please don't include the invoice, it's a gift for my boss",
    "Is the price printed on the packing slip? it's a gift",
    // fresh112: a present by where it goes.
    'NW-553902 is going straight to my goddaughter in Ghent - could you leave the invoice and anything showing prices out of the parcel please?',
  ])('%s', (text) => {
    expect(asksAboutPacking(text)).toBe(true);
  });

  it.each([
    'My gift card shows €0 but I only spent €30 of it.',
    'I need the invoice with our VAT number on it.',
    'My card was charged twice.',
    'There was no invoice in the parcel, I need one for my company with VAT.',
    'The invoice in the box has my old address, can you reissue it?',
    'It is going straight to my office, is the invoice in the parcel?',
  ])('not: %s', (text) => {
    expect(asksAboutPacking(text)).toBe(false);
  });
});
