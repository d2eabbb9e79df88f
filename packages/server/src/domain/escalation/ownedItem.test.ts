import { describe, expect, it } from 'vitest';
import { aboutOwnedItem, mentionsReturnOrClaim } from './ownedItem.js';

describe('aboutOwnedItem', () => {
  it.each([
    'A pole on my tent cracked on the very first night, nobody stepped on it.',
    'Can I return the jacket I bought in the Berlin store by post?',
    'Der Reißverschluss am Zelt ist einfach kaputt gegangen. Wie läuft das mit der Garantie?',
    'la cremallera de la puerta se rompió la primera noche',
    'The bag only had the inner tent, the rainfly is missing.',
  ])('%s', (text) => {
    expect(aboutOwnedItem(text)).toBe(true);
  });

  it.each([
    // A spare part to buy, a trade-in, a restock: sales, even with a broken one in the story.
    'I snapped a pole section myself. Can I buy just that section?',
    'Do you still sell replacement poles for the old 2-person tent? Mine cracked.',
    'Is there a trade-in on my old watch if I buy the new one?',
    'Can I swap it for an XS? It says sold out, when are you restocking?',
    'Which of the two tents is lighter?',
    // A return of another kind.
    'Tax return due on Friday, I need an invoice and the password reset link is invalid.',
  ])('not: %s', (text) => {
    expect(aboutOwnedItem(text)).toBe(false);
  });
});

describe('aboutOwnedItem, to the troubleshooters: a return or a claim, not a fault', () => {
  it.each([
    'Compré una chaqueta hace dos semanas y no me queda bien. ¿Puedo devolverla?',
    'Kann ich die Jacke zurückschicken, die ich nur anprobiert habe?',
    'quería cambiar la chaqueta por otra talla, me queda grande',
    'the headlamp arrived with the glass cracked',
    'It died after a week. I want it sorted under warranty.',
  ])('%s', (text) => {
    expect(aboutOwnedItem(text, false)).toBe(true);
  });

  it.each([
    'The zip broke on the second night.',
    "I know it's out of warranty. Can I pay you to fix it?",
    'tried another cable, still nothing. dont really want to fill in a warranty form tbh',
    'the sync error is back. about to send it back and get another brand',
    // Review: troubleshooting in the words of returns and warranty.
    'the app keeps returning an error when I log in',
    "headlamp won't turn on even after I swap them for fresh batteries",
    "watch won't charge, it's still under warranty. what can I try first?",
  ])('not: %s', (text) => {
    expect(aboutOwnedItem(text, false)).toBe(false);
  });
});

describe('aboutOwnedItem: review of session 20', () => {
  it('reads a claim that says it was purchased, or refuses a repair, as a claim', () => {
    expect(aboutOwnedItem('I purchased the tent in May and a pole cracked on the second night')).toBe(true);
    expect(aboutOwnedItem("It's already broken and I'm not going to buy a new one, this is under warranty")).toBe(true);
    expect(aboutOwnedItem("I don't want a repair, I want a replacement under warranty", false)).toBe(true);
  });
  it('reads a warranty question while weighing two models as a question before buying', () => {
    expect(aboutOwnedItem('Does the tent have a 2 or 3 year guarantee? Deciding between it and the bigger one')).toBe(false);
  });
});

describe('mentionsReturnOrClaim', () => {
  it('reads an exchange in other words, and not a battery swap', () => {
    expect(mentionsReturnOrClaim("can i change it for the L? L shows sold out")).toBe(true);
    expect(mentionsReturnOrClaim('I want to swap the boots for a 43')).toBe(true);
    expect(mentionsReturnOrClaim("the lamp won't turn on even after I swap them for fresh batteries")).toBe(false);
  });
});
