import { describe, expect, it } from 'vitest';
import { translateTerms, expandSynonyms, phraseHints } from './glossary.js';

describe('translateTerms', () => {
  it('translates es/de support words and leaves others out', () => {
    expect(translateTerms(['mi', 'pedido', 'no', 'llega'])).toEqual(['order']);
    expect(translateTerms(['meine', 'rechnung'])).toEqual(['invoice']);
    // A battery that does not charge is not a charge on a card.
    expect(translateTerms(['mi', 'reloj', 'no', 'carga'])).toEqual(['watch', 'charge', 'battery']);
    expect(translateTerms(['jacke', 'zuruckschicken'])).toEqual(['jacket', 'return']);
    // Object pronouns glued to a Spanish infinitive; German "ändern".
    expect(translateTerms(['puedo', 'cambiarla', 'por', 'una', 'talla', 'm'])).toEqual(['change', 'size']);
    expect(translateTerms(['kann', 'ich', 'meine', 'bestellung', 'noch', 'andern'])).toEqual(['order', 'change', 'order']);
    expect(translateTerms(['carla', 'vamos'])).toEqual([]);
    // Basket, unsubscribed, the zu-infinitive, Spanish VAT (each sent a language handoff to the wrong team).
    expect(translateTerms(['gutschein', 'im', 'warenkorb'])).toEqual(['voucher', 'basket']);
    expect(translateTerms(['newsletter', 'abbestellt'])).toEqual(['newsletter', 'unsubscribed']);
    expect(translateTerms(['jacke', 'zuruckzuschicken'])).toEqual(['jacket', 'return']);
    expect(translateTerms(['factura', 'con', 'iva'])).toEqual(['invoice', 'vat']);
  });

  it('reads a word group as one thing: "tienda de campaña" is a tent, not a store', () => {
    expect(translateTerms(['una', 'tienda', 'de', 'campana', 'nueva'])).toEqual(['tent']);
    expect(translateTerms(['la', 'tienda', 'de', 'berlin'])).toEqual(['store']);
    // "¿cuánto tarda?" asks how long, "¿cuánto cuesta?" how much.
    expect(translateTerms(['cuanto', 'tarda', 'el', 'envio'])).toEqual(['how', 'long', 'delivery', 'shipping']);
    expect(translateTerms(['cuanto', 'cuesta'])).toEqual(['how', 'much', 'cost']);
  });
});

describe('translateTerms: account and marketing words', () => {
  it('maps locked accounts and marketing e-mails in Spanish and German', () => {
    expect(translateTerms(['cuenta', 'bloqueada'])).toEqual(['account', 'locked']);
    expect(translateTerms(['konto', 'gesperrt'])).toEqual(['account', 'locked']);
    expect(translateTerms(['loschung', 'werbung'])).toEqual(['deletion', 'marketing', 'email']);
  });
});

describe('translateTerms: words that mean logging in or unsubscribing only in a phrase', () => {
  it('reads "entrar en mi cuenta" as login and "darme de baja" as unsubscribe, not water getting in or a low temperature', () => {
    expect(translateTerms(['no', 'puedo', 'entrar', 'en', 'mi', 'cuenta'])).toEqual(['login', 'account']);
    expect(translateTerms(['no', 'puedo', 'entrar', 'en', 'la', 'tienda', 'de', 'campana'])).toEqual(['tent']);
    expect(translateTerms(['puede', 'entrar', 'agua'])).toEqual(['water']);
    expect(translateTerms(['darme', 'de', 'baja'])).toEqual(['unsubscribe']);
    expect(translateTerms(['temperatura', 'baja'])).toEqual([]);
  });
});

describe('translateTerms: damaged deliveries in Spanish', () => {
  it('reads a broken tent pole', () => {
    expect(translateTerms(['llego', 'con', 'una', 'varilla', 'rota'])).toEqual(['arrived', 'pole', 'broken']);
  });
});

describe('everyday words', () => {
  it('reads grubby and filthy as the dirt the care articles speak of, and Saturdays as the weekend', () => {
    expect(expandSynonyms(['grubby', 'filthy', 'saturdays'], '')).toEqual(['dirty', 'dirty', 'weekend']);
    // "returned a bit muddy" is about the return, not about cleaning.
    expect(expandSynonyms(['muddy'], '')).toEqual([]);
    // "arrived with a cracked lens": the damage the damaged-on-arrival article speaks of.
    expect(expandSynonyms(['cracked', 'smashed'], '')).toEqual(['damaged', 'damaged']);
    // "which companies do you pass my address to?": personal data given to others (not "pass the parcel to a neighbour").
    expect(phraseHints('which companies do you pass my address to').hints).toEqual(expect.arrayContaining(['personal', 'data']));
    expect(phraseHints('can the courier pass the parcel to my neighbour').hints).not.toContain('personal');
    // "if it goes overboard"; an iPhone is the phone only beside pairing words ("the iphone app shows my order…" is the shop's app).
    expect(expandSynonyms(['overboard'], '')).toEqual(['submerged']);
    expect(expandSynonyms([], 'my new trailsense wont show up in my iphones bluetooth list')).toContain('phone');
    expect(expandSynonyms([], 'the iphone app shows my order as delivered but nothing came')).not.toContain('phone');
  });
});

describe('phrase hints', () => {
  it('reads "how long does a full charge take?" as charging a battery, not a charge on a card', () => {
    expect(expandSynonyms([], 'how long does a full charge take?')).toEqual(expect.arrayContaining(['battery', 'charged']));
    expect(expandSynonyms([], 'how long does it take to fully charge')).toEqual(expect.arrayContaining(['battery', 'charged']));
    expect(expandSynonyms([], 'i was hit with the full charge on my card')).not.toContain('battery');
    expect(expandSynonyms([], 'you took the full charge for both jackets but only one arrived')).not.toContain('battery');
  });
  it('reads "lasts longer on a single charge" as battery life, not "a single charge" on a card', () => {
    expect(expandSynonyms([], 'which one lasts longer on a single charge?')).toEqual(expect.arrayContaining(['battery', 'life']));
    expect(expandSynonyms([], 'how long does the lumen 400 run on one charge')).toEqual(expect.arrayContaining(['battery', 'life']));
    expect(expandSynonyms([], 'there was a single charge on my card')).not.toContain('battery');
    expect(expandSynonyms([], 'will both items go on one charge?')).not.toContain('battery');
    expect(expandSynonyms([], 'how long does the pace 5 run with gps on?')).toEqual(expect.arrayContaining(['battery', 'life']));
    expect(expandSynonyms([], 'realistically how many hours do I get with gps tracking the whole time')).toContain('battery');
    expect(expandSynonyms([], 'how many hours of gps tracking does the trailsense manage on one charge?')).toContain('battery');
    expect(expandSynonyms([], 'how long does the delivery take with dhl?')).not.toContain('battery');
  });

  it('reads under water, a new phone, a slow GPS fix and a lamp switching on in a bag in customers\' words', () => {
    expect(expandSynonyms([], 'is it all right for kayaking if it goes under for a moment?')).toContain('submerged');
    expect(expandSynonyms([], 'what if i drop it in the river')).toContain('submerged');
    expect(expandSynonyms([], 'the parcel went under the radar')).not.toContain('submerged');
    expect(expandSynonyms([], 'got a new phone, how do i move my watch over to it?')).toContain('pair');
    expect(expandSynonyms([], 'my trailsense takes forever to get gps')).toEqual(expect.arrayContaining(['slow', 'fix']));
    expect(expandSynonyms([], 'delivery takes forever')).not.toContain('slow');
    expect(expandSynonyms([], 'it keeps switching itself on in my backpack')).toContain('lock');
    // The words inside such a phrase are what the hint stands for.
    expect(phraseHints('my trailsense takes forever to get gps').words).toEqual(new Set(['takes', 'forever', 'to', 'get', 'gps']));
  });
});

describe('synonyms: the size of an amount and a chosen date (fresh48)', () => {
  it('reads "biggest" as an amount, but not a bare "max", "maximum" or "schedule" (they pulled unrelated passages)', () => {
    expect(expandSynonyms(['biggest'], '')).toContain('amount');
    expect(expandSynonyms(['max', 'maximum'], '')).not.toContain('amount');
    expect(expandSynonyms(['schedule'], '')).not.toContain('date');
  });
});

describe('synonyms: water over a device, papers for expenses, a copy of one\'s data (older sets)', () => {
  it('reads them in the words the help articles use', () => {
    expect(expandSynonyms(['dunked', 'capsize', 'underwater'], '')).toEqual(['submerged', 'submerged', 'submerged']);
    expect(expandSynonyms(['survive'], '')).not.toContain('rated');
    expect(expandSynonyms(['expenses'], '')).toContain('invoice');
    expect(expandSynonyms(['copy', 'information'], '')).toEqual(expect.arrayContaining(['download', 'data']));
  });
});

describe('synonyms and hints: a dealer, a loyalty level, battery life compared', () => {
  it('reads "official dealer" as authorised, a "level" as a tier, "lasts longer" as battery life', () => {
    expect(expandSynonyms(['official', 'level', 'saving'], '')).toEqual(['authorised', 'tier', 'saver']);
    expect(phraseHints('which will last longer with gps on the whole time').hints).toEqual(expect.arrayContaining(['battery', 'life']));
    expect(phraseHints('which one keeps going longer on a trek').hints).toEqual(expect.arrayContaining(['battery', 'life']));
    expect(phraseHints('how long is the trek').hints).not.toContain('battery');
  });
});

describe('glossary: session 19 (blind sets fresh50–53)', () => {
  it('reads a device that misbehaves in Spanish and German', () => {
    expect(translateTerms(['parpadea', 'aunque', 'la', 'cargue'])).toEqual(['flicker', 'charged', 'battery']);
    expect(translateTerms(['stirnlampe', 'flackert'])).toEqual(['headlamp', 'flicker']);
    expect(translateTerms(['quiero', 'que', 'borreis', 'mi', 'cuenta'])).toEqual(['delete', 'account']);
    expect(translateTerms(['als', 'geschenk', 'verpacken'])).toEqual(['gift', 'gift', 'wrap']);
    expect(translateTerms(['samstags', 'offen'])).toEqual(['saturday', 'open']);
  });
  it('gives British and everyday words the articles\' ones', () => {
    expect(expandSynonyms(['torch', 'suitcase', 'flying', 'inbox'], '')).toEqual(['headlamp', 'checked', 'flights', 'email']);
    expect(phraseHints('i was given it as a present').hints).toContain('gift');
    expect(phraseHints('the best way to put it away for the winter').hints).toContain('storage');
    expect(phraseHints('can i hand it back').hints).toContain('return');
    expect(phraseHints('in my hand luggage').hints).toContain('carry-on');
    expect(phraseHints('which head torch is brightest').hints).toContain('headlamp');
    expect(phraseHints('order online for pick-up in berlin').hints).toContain('collect');
    expect(phraseHints('dropped it in a rock pool').hints).toContain('submerged');
  });
  it('leaves the everyday senses alone', () => {
    expect(phraseHints('at present the app is fine').hints).not.toContain('gift');
    expect(phraseHints('could we bring it back on monday').hints).not.toContain('return');
    expect(phraseHints('can you pick it up from my flat').hints).not.toContain('collect');
  });
});

describe('glossary: review of session 19 patterns', () => {
  it('reads a pickup truck and what I have on me as themselves', () => {
    expect(phraseHints('will the roof tent fit on a pickup truck?').hints).not.toContain('collect');
    expect(phraseHints('all i have on me right now is a photo of the receipt').hints).not.toContain('data');
    expect(phraseHints('what data have you got on me?').hints).toContain('data');
  });
});

describe('glossary: session 20', () => {
  it('reads what a customer already tried with a misbehaving device, in German and Spanish', () => {
    expect(translateTerms(['meine', 'uhr', 'lasst', 'sich', 'nicht', 'mit', 'dem', 'handy', 'verbinden'])).toEqual(['watch', 'phone', 'pair', 'connect']);
    // Not alone: "handy" is an English word, "geladen" also means loaded.
    expect(translateTerms(['a', 'handy', 'headlamp'])).toEqual([]);
    expect(translateTerms(['ist', 'das', 'paket', 'schon', 'geladen'])).toEqual(['parcel']);
    expect(translateTerms(['voll', 'geladen', 'und', 'die', 'kontakte', 'sauber', 'gemacht'])).toEqual(['charged', 'battery', 'contacts']);
    expect(translateTerms(['ya', 'limpie', 'los', 'contactos', 'y', 'sigue', 'parpadeando'])).toEqual(['cleaned', 'contacts', 'flicker']);
    expect(translateTerms(['e', 'mail', 'zum', 'zurucksetzen', 'meines', 'passworts'])).toEqual(['reset']);
  });
});

describe('glossary: session 23', () => {
  it('reads a gift voucher in German, and two models compared in Spanish and German', () => {
    expect(translateTerms(['mein', 'geschenkgutschein', 'uber', '50'])).toEqual(['gift', 'card']);
    expect(translateTerms(['que', 'diferencia', 'hay', 'entre', 'la', 'ridgeline'])).toEqual(['which', 'of', 'the', 'two', 'models']);
    expect(translateTerms(['der', 'unterschied', 'zwischen', 'den', 'zelten'])).toEqual(['which', 'of', 'the', 'two', 'models']);
    // A price difference is not a comparison.
    expect(translateTerms(['la', 'diferencia', 'de', 'precio'])).toEqual(['price']);
    expect(translateTerms(['hay', 'una', 'diferencia', 'entre', 'lo', 'que', 'pague'])).toEqual([]);
    expect(translateTerms(['den', 'unterschied', 'zwischen', 'meinem', 'preis'])).toEqual(['price']);
  });
});

describe('glossary: session 24', () => {
  it('reads "laden" as charging unless an article or preposition makes it the shop', () => {
    expect(translateTerms(['kann', 'ich', 'die', 'uhr', 'mit', 'dem', 'ladegerat', 'vom', 'handy', 'laden'])).toEqual(['watch', 'charger', 'charge', 'battery']);
    expect(translateTerms(['habt', 'ihr', 'das', 'zelt', 'im', 'laden', 'in', 'berlin'])).toEqual(['tent', 'store']);
    expect(translateTerms(['kann', 'ich', 'es', 'in', 'ihrem', 'laden', 'abholen'])).toEqual(['store']);
    expect(translateTerms(['gibt', 'es', 'die', 'jacke', 'im', 'berliner', 'laden'])).toEqual(['jacket', 'store']);
    expect(translateTerms(['die', 'stirnlampe', 'ist', 'am', 'laden'])).toEqual(['headlamp', 'charge', 'battery']);
  });
});

describe('glossary: "laden" after the review of session 24', () => {
  it.each([
    [['hat', 'euer', 'laden', 'auch', 'samstags', 'auf'], 'store'],
    [['laden', 'in', 'utrecht', 'offnungszeiten'], 'store'],
    [['die', 'uhr', 'wird', 'beim', 'laden', 'sehr', 'heiss'], 'charge'],
    [['nach', 'dem', 'laden', 'zeigt', 'die', 'uhr', '80', 'prozent'], 'charge'],
    [['kann', 'ich', 'die', 'uhr', 'mit', 'dem', 'computer', 'laden'], 'charge'],
  ])('%j reads as %s', (words, meaning) => {
    expect(translateTerms(words)).toContain(meaning);
  });
});
