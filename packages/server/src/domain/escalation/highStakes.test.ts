import { describe, expect, it } from 'vitest';
import { findHighStakes } from './highStakes.js';

describe('high stakes', () => {
  it.each([
    ['the lamp got really hot and there was a burning smell', 'safety'],
    ['smoke came out of the Ember bulb last night!!', 'safety'],
    ['the battery in the remote is swollen and the case cracked', 'safety'],
    ['my son burned his hand on the shade, it was glowing', 'injury'],
    ['the pendant fell from the ceiling and my partner needed stitches, we were in the hospital all night', 'injury'],
    ["if it's not refunded by friday I'm filing a chargeback", 'dispute'],
    ['I already opened a PayPal dispute', 'dispute'],
    ['o me lo devolvéis hoy o llamo al banco para anular todos los cargos', 'dispute'],
    ["I've spoken to my lawyer and will take this to court", 'legal'],
    ['I will file a complaint with consumer protection', 'legal'],
    ['Ich werde die Verbraucherzentrale einschalten', 'legal'],
    ['someone got into my account and changed the email', 'security'],
    ["there's an order on my account that I never placed", 'security'],
    ['I typed my card details into a link from a fake SMS', 'security'],
  ])('flags %j as %s', (msg, kind) => {
    expect(findHighStakes(msg)?.kind).toBe(kind);
  });

  it.each([
    'is it normal that the bulb gets a bit warm?',
    'the charger feels slightly warm while charging, normal?',
    'is it ok to leave the lamp on overnight?',
    'what happens if the bulb overheats? just asking before I buy',
    'my dad broke the box open and the lamp is fine',
    'how do I change the email on my account?',
    'can I get a refund to my card?',
    'the pole of the floor lamp is bent',
  ])('does not flag %j', (msg) => {
    expect(findHighStakes(msg)).toBeNull();
  });
});
