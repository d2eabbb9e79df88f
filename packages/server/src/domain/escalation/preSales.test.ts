import { describe, expect, it } from 'vitest';
import { asksAboutProduct, asksAboutRestock, asksBeforeBuying, asksForDeal, asksToBuyPart } from './preSales.js';

describe('asksBeforeBuying', () => {
  it.each([
    ['Thinking of getting the Trailsense for a trip. Does it do offline maps?', 'I mean can I download a map area before I go?'],
    ['Is the Lumen 900R waterproof enough for caving?', 'Is the Lumen 900R waterproof enough for caving?'],
    ['considering the Trailsense vs the Pace 5, which one lasts longer with GPS on?', 'considering the Trailsense vs the Pace 5, which one lasts longer with GPS on?'],
    ['How tall is the tent inside? I am 1.95 m', 'How tall is the tent inside? I am 1.95 m'],
  ])('%j', (all) => {
    expect(asksBeforeBuying(all)).toBe(true);
  });

  it.each([
    // Owners setting up what they have, faults in three languages, and no capability question at all.
    ['How do I load offline maps onto my Trailsense before a ski tour?', 'How do I load offline maps onto my Trailsense before a ski tour?'],
    ['Just bought a Trailsense. Does it show topo maps?', 'Does it show topo maps?'],
    ['Thinking of upgrading. My current watch keeps crashing.', 'My current watch keeps crashing.'],
    ['Is the lamp bright enough for reading? Sie lädt seit gestern nicht mehr.', 'Sie lädt seit gestern nicht mehr.'],
    ['Do you do a re-proofing service?', 'Do you do a re-proofing service?'],
  ])('not: %j', (all) => {
    expect(asksBeforeBuying(all)).toBe(false);
  });
});

describe('asksBeforeBuying: other words for the same question (fresh48/49)', () => {
  it.each([
    ['whats the waterproof rating on the lumen 900r?', 'great, thanks. do you sell a handlebar mount for it so I can use it as a bike light?'],
    ['Hallo!', 'Passen in das Ridgeline 3P wirklich drei Erwachsene mit Isomatten, oder ist das eher was für zwei plus Gepäck?'],
    ['how long does the Trailsense battery last in GPS mode?', '¿Se puede nadar en el mar con él o solo en piscina? Lo quiero para entrenar triatlón.'],
  ])('%s / %s', (before, current) => {
    expect(asksBeforeBuying(`${before}\n${current}`)).toBe(true);
  });
  it.each([
    ['Hello, I have Lumen 400 headlamp and the light is blinking.', '¿Cómo se limpian los contactos? ¿Se puede usar un poco de agua?'],
    ['Buenas', 'se me cayó el frontal Lumen 900R al río ayer. ¿Lo puedo cargar ya? Es resistente al agua, ¿no?'],
  ])('not when they own one or it is faulty: %s / %s', (before, current) => {
    expect(asksBeforeBuying(`${before}\n${current}`)).toBe(false);
  });
});

describe('asksBeforeBuying: review of session 18 patterns', () => {
  it.each(['is it waterproof?', 'is the Trailsense waterproof?', 'do you sell spare straps for the Pace 5?', 'Can I swim with the Pace 5?', 'Kann ich damit schwimmen?', '¿Puedo nadar con él?', 'Thinking of buying the Lumen 900R. Does it have a flashing red rear light mode?'])('%s', (m) => {
    expect(asksBeforeBuying(m)).toBe(true);
  });
  it.each([
    'Do you have a case number for my complaint about the missing parcel?',
    'Do you have any update on the charger I sent in for repair?',
    'La chaqueta ya no es impermeable después de lavarla.',
    'Der Ersatzakku, den ihr geschickt habt, passt da nicht rein.',
    '¿La garantía sirve para la batería también?',
    'Got it for my birthday last week, can I shower with it?',
  ])('not: %s', (m) => {
    expect(asksBeforeBuying(m)).toBe(false);
  });
});

describe('asksBeforeBuying: weighing a purchase in German and Spanish, and spending first (session 19)', () => {
  it.each([
    'Ich schwanke zwischen der Lumen 400 und der Lumen 900R. Kann man die 400 mit einem Akku betreiben?',
    'Dudo entre el Pace 5 y el Trailsense, ¿cuál aguanta más con GPS?',
    "before i drop 600 bucks on it i'd like to know if it needs staking out",
  ])('%s', (m) => {
    expect(asksBeforeBuying(m)).toBe(true);
  });
  it('not when they own one', () => {
    const m = 'Ich schwanke zwischen Reset und Neukauf: meine Uhr startet nicht mehr.';
    expect(asksBeforeBuying(m)).toBe(false);
  });
});

describe('asksBeforeBuying: review of session 19 patterns', () => {
  it.each([
    'Before I pay the customs fee, is this text from you legit?',
    'Before we pay the invoice, can you add our VAT number to it?',
    'Ich überlege, ob ich die Jacke zurückschicke oder umtausche.',
    'Ich schwanke zwischen Rücksendung und Umtausch, was geht schneller?',
    'Dudo entre devolverla o cambiarla por otra talla, ¿qué es más rápido?',
  ])('not before buying: %s', (m) => {
    expect(asksBeforeBuying(m)).toBe(false);
  });
  it.each(['Ich schwanke noch zwischen dem Lumen 400 und dem 900R.', 'Before I part with 400 quid for the Pace 5, anything I should know?'])('before buying: %s', (m) => {
    expect(asksBeforeBuying(m)).toBe(true);
  });
});

describe('asksToBuyPart (session 19)', () => {
  it('is an accessory or spare part to buy, in more words', () => {
    expect(asksToBuyPart("Do you sell a 22 mm nylon strap for it, ideally in olive? I'd add it to my next order.")).toBe(true);
    expect(asksToBuyPart('do you stock spare poles for the Ridgeline?')).toBe(true);
  });
  it('is not a part for something broken, nor a question about gift cards', () => {
    expect(asksToBuyPart('do you sell replacement straps? mine broke after a week')).toBe(false);
    expect(asksToBuyPart('do you sell gift cards in the Berlin store?')).toBe(false);
  });
  it('part exchange is weighing a purchase', () => {
    const m = 'do you take old gps watches in part exchange? want to move up to the pace 5';
    expect(asksBeforeBuying(m)).toBe(true);
  });
});

describe('asksForDeal', () => {
  it.each([
    "Bought the tent last week for €399 and it's €349 in your own sale now. Can I get the difference back?",
    'Another shop has it for €379. Do you price match?',
    'We are a climbing club looking at 20 headlamps. Any volume pricing?',
    'Do you offer business accounts where we get invoiced monthly?',
    "We'd need 18 of them for the club. Is there a group price?",
    'Do you sponsor events like our charity trail run? A few headlamps for the raffle would do.',
    'Do you take old watches in part exchange?',
  ])('%s', (text) => {
    expect(asksForDeal(text)).toBe(true);
  });
  it.each([
    'I need the invoice with our VAT number on it.',
    'The refund came to €5 less than I paid.',
    'I was charged twice for one order.',
    "18 of the club's headlamps keep flickering since the update.",
  ])('not: %s', (text) => {
    expect(asksForDeal(text)).toBe(false);
  });
});

describe('asksBeforeBuying: a model name is no error code (session 20)', () => {
  it('reads "H10" or "GR20" in a question before buying as the name it is', () => {
    expect(asksBeforeBuying('Thinking of buying the watch. Specifically a Polar H10, will it pair?')).toBe(true);
    expect(asksBeforeBuying('thinking of buying the watch for the GR20 in corsica, does it do offline maps?')).toBe(true);
  });
  it('still reads an error the watch shows as a fault', () => {
    expect(asksBeforeBuying('Thinking of buying a second one. Mine shows E12 after every run.')).toBe(false);
    expect(asksBeforeBuying('thinking of upgrading, getting a PAY-204 error at checkout')).toBe(false);
  });
});

describe('asksAboutRestock and asksAboutProduct (session 20)', () => {
  it('reads when something sold out comes back, in three languages', () => {
    for (const m of ['Will the jacket be restocked in orange before Christmas?', 'When is the tent back in stock?', '¿Cuándo volverá a haber la chaqueta en talla L?', 'Ist die Jacke bald wieder lieferbar?']) {
      expect(asksAboutRestock(m), m).toBe(true);
    }
    expect(asksAboutRestock('Where is my parcel?')).toBe(false);
  });
  it('reads what a product is without the weighing of a purchase', () => {
    expect(asksAboutProduct('How heavy is the tent packed?')).toBe(true);
    expect(asksAboutProduct('Before I order: can you gift-wrap it?')).toBe(false);
    expect(asksAboutProduct('How heavy is my tent? The pole broke.')).toBe(false);
  });
});

describe('asksForDeal and asksAboutRestock: review of session 20', () => {
  it('does not read a payment or a delivery problem of a business customer as a deal', () => {
    expect(asksForDeal('you charged our business account card twice for one order')).toBe(false);
    expect(asksForDeal('ordered 10 of them, only 8 arrived')).toBe(false);
  });
  it('does not read an order waiting for stock, or being back from holiday, as a restock question', () => {
    expect(asksAboutRestock('My order says awaiting stock. Is the item back in stock yet?')).toBe(false);
    expect(asksAboutRestock("I'm on holiday, can you hold the parcel? I'll be back by the 20th")).toBe(false);
    expect(asksAboutRestock('When will the tent be back in olive green?')).toBe(true);
  });
});

describe('asksBeforeBuying: owners and faults in other words (review of session 20)', () => {
  it.each([
    "I've got the Trailsense, does it support offline maps?",
    "my husband's watch, does it have a flashlight mode? can't find it",
    'will it work with my phone? pairing fails every time',
    'Does it have a reset button? The screen is frozen.',
  ])('not: %s', (m) => {
    expect(asksBeforeBuying(m)).toBe(false);
  });
});

describe('asksBeforeBuying: weighing a purchase in Spanish and German (session 21)', () => {
  it.each([
    'estoy pensando en comprarlo para mi hermano, que nada mucho en el mar. ¿Aguanta el agua salada?',
    'estoy entre la Ridgeline 3P y la Summit Pro 2 para ir de acampada, ¿cuál me recomendáis?',
    'Welches Zelt empfehlen Sie für zwei Personen?',
    'Ich überlege, mir die Trailsense zu kaufen. Hält sie Salzwasser aus?',
  ])('%s', (m) => {
    expect(asksBeforeBuying(m)).toBe(true);
  });
  it.each(['estoy pensando en devolverlo, no me gusta el color', 'Meine Uhr zeigt einen Fehler, welche Einstellung empfehlen Sie?'])('not: %s', (m) => {
    expect(asksBeforeBuying(m)).toBe(false);
  });
});

describe('asksBeforeBuying: final review of session 21', () => {
  it.each(['Ando pensando en cancelar el pedido NW-123456', '¿cuál es mejor, devolverlo o cambiarlo?'])('not: %s', (m) => {
    expect(asksBeforeBuying(m)).toBe(false);
  });
});
