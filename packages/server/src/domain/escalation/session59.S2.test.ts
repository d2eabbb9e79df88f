/**
 * Session 59 (S2): the team a handed-off chat goes to, where the words pointed elsewhere: an owner's how-to on their device,
 * a fault called a defect, a part missing from an order or a store's stock asked in German or Spanish, a strap of another
 * brand, a date of birth on the account, the shipping costs asked back; with look-alikes that keep their team.
 */
import { describe, expect, it } from 'vitest';
import { correctTeam } from './teamCorrections.js';
import { fiveTeamsSite } from './testContext.js';

/** The team after the corrections, for a chat the classifier put with `from`; the last turn is the current message. */
const team = (from: string, ...turns: string[]) => correctTeam(fiveTeamsSite, from, { topical: turns.join('\n'), conversation: turns.join('\n'), current: turns.at(-1)! });

describe("an owner's how-to on their device goes to the troubleshooters", () => {
  it.each([
    ['Hallo, wie kann ich auf meiner Trailsense Karten offline speichern? Ich bin nächste Woche in Norwegen ohne Netz unterwegs.'],
    ['how do I get the trail maps onto my Trailsense before a trip to Norway with no signal?'],
    ['¿Cómo puedo guardar mapas sin conexión en mi Trailsense? Me voy a Noruega.'],
    ['Wie kann ich die Höhenmeter auf meinem Pace 5 anzeigen lassen?'],
  ])('%j', (m) => expect(team('sales', m)).toBe('technical'));
  it.each([
    'thinking of buying the Trailsense: how do I save maps offline on it?',
    'how can I add a gift note to my order?',
    'wie kann ich die Trailsense im Laden in Berlin abholen mit meiner Freundin?',
    'how do I choose the right tent size for my family of four?',
    '¿Cómo puedo comprar una correa nueva para mi Pace 5?',
  ])('%j stays with pre-sales', (m) => expect(team('sales', m)).toBe('sales'));
});

describe('a fault called a defect goes to the orders team', () => {
  it.each([
    ['my Ridgeline 3P smells of mildew after one trip. what can I do?', "I dried it PROPERLY before packing. this is a defect, not me, and the 'tips' are frankly insulting. €329 for a tent that goes mouldy after one weekend? joke"],
    ['the seam tape on my Stormshell is peeling after two wears, clearly a manufacturing defect'],
    ['Die Naht an meinem Zelt löst sich nach einer Nacht, das Zelt ist doch defekt.'],
    ['La cremallera de mi chaqueta se atasca siempre, es un defecto de fábrica.'],
    ['the buckle on my pack is faulty, it opens on its own'],
  ])('%j', (...turns) => expect(team('sales', ...turns)).toBe('orders'));
  it.each([
    'does the Ridgeline 3P have any known defects? thinking of getting one',
    'is mildew on a tent a defect or just bad storage, in general? I am deciding between two tents',
    'which of the two tents has fewer flaws in the reviews, would you recommend?',
    "it's not a defect, I just want to know which tent is bigger",
  ])('%j stays with pre-sales', (m) => expect(team('sales', m)).toBe('sales'));
});

describe('a part missing from an order, in German or Spanish, goes to the orders team', () => {
  it.each([
    'Ich möchte bitte mit einem Mitarbeiter sprechen. In meiner Bestellung NW-680257 fehlt der Packsack für das Zelt.',
    'Bei meiner Lieferung fehlten die Heringe, Bestellung NW-112233.',
    'En mi pedido NW-554433 faltaba el cable de carga del reloj.',
    'Falta la funda del saco en el pedido NW-100200, ¿me la enviáis?',
  ])('%j', (m) => expect(team('sales', m)).toBe('orders'));
  it.each([
    'In meiner Bestellung NW-680257 fehlt die Rechnung mit meiner USt-ID.',
    'Fehlt bei der Trailsense eine Tasche im Lieferumfang? Ich überlege, sie zu kaufen.',
    'en mi pedido falta el código de descuento que puse, ¿se puede aplicar aún?',
    'Mir fehlt noch ein Zelt für unsere Tour, welches empfehlen Sie?',
  ])('%j does not go to the orders team', (m) => expect(team('sales', m)).not.toBe('orders'));
});

describe("a product in a store's stock, asked in German or Spanish, goes to pre-sales", () => {
  it.each([
    ['can you ship a voltpack 20000 to Switzerland?', 'Schade. Gibt es die VoltPack 20000 denn im Laden in Berlin? Dann hole ich sie dort ab, ich bin im Mai sowieso in Berlin.'],
    ['Habt ihr die Ridgeline 3P im Laden in Berlin vorrätig?'],
    ['¿Tenéis la Stormshell en talla M en la tienda de Berlín? Paso el sábado.'],
    ['Ist die Lumen 900R im Berliner Laden auch zu haben? Oder nur online?'],
  ])('%j', (...turns) => expect(team('orders', ...turns)).toBe('sales'));
  it('also from the data team the classifier may pick for it', () => expect(team('privacy', 'Habt ihr die Ridgeline 3P im Laden in Berlin vorrätig?')).toBe('sales'));
  it.each([
    ['Kann ich meinen Gutschein auch im Laden in Berlin einlösen? Habt ihr das im Laden?', 'billing'],
    ['Ist der Laden in Berlin am Samstag offen?', 'technical'],
  ])('%j keeps %s', (m, t) => expect(team(t, m)).toBe(t));
  it.each([
    'Kann ich meine Bestellung NW-123456 im Laden in Berlin zurückgeben?',
    'Ich habe die Jacke im Laden in Berlin gekauft, sie ist kaputt. Gibt es da Garantie?',
    '¿Puedo devolver el pedido NW-778899 en la tienda de Berlín?',
  ])('%j keeps the orders team', (m) => expect(team('orders', m)).toBe('orders'));
});

describe("a strap of another brand or size goes to pre-sales", () => {
  it.each([
    ['hi, does the Pace 5 work with Android 9?', 'ok gracias. Otra pregunta: ¿la correa del Pace 5 se puede cambiar por una de otra marca? ¿Es de 22 mm?'],
    ['Kann ich das Armband der Pace 5 gegen eins von einer anderen Marke tauschen?'],
    ['can I swap the Pace 5 band for a third-party one?'],
    ['is the Trailsense strap 22mm, would a Garmin strap fit?'],
  ])('%j', (...turns) => expect(team('orders', ...turns)).toBe('sales'));
  it.each([
    'la correa de mi Pace 5 se rompió, ¿me la cambiáis por otra de la misma marca?',
    'I ordered the Pace 5 with a black strap but a grey one came, can I swap it? NW-223344',
    'Das Armband ist nach einer Woche gerissen, kann ich es gegen ein anderes Armband tauschen? Garantie?',
    'can I exchange the strap for a different colour? my order NW-223344',
  ])('%j keeps the orders team', (m) => expect(team('orders', m)).toBe('orders'));
});

describe('a date of birth on the account goes to the data team', () => {
  it.each([
    ['how do i change my date of birth on my account? it\'s wrong', 'not the email, the birthday. it says 1988 but i was born in 1993', "so there's just no way to correct it?"],
    ['Mein Geburtsdatum im Kundenkonto ist falsch, 1979 statt 1997.'],
    ['Quiero corregir mi fecha de nacimiento, en mi cuenta pone 1990.'],
    ['my profile shows the wrong date of birth, can you update it?'],
  ])('%j', (...turns) => expect(team('orders', ...turns)).toBe('privacy'));
  it.each([
    ['it is my birthday next saturday, can NW-445566 arrive before then?', 'orders'],
    ['is there a birthday discount on my account?', 'billing'],
    ['the watch shows the wrong date since the update', 'technical'],
    ['can I change the delivery date of my order NW-445566?', 'orders'],
  ])('%j keeps %s', (m, t) => expect(team(t, m)).toBe(t));
});

describe('the shipping costs asked back go to the money team', () => {
  it.each([
    ['Hi, can I add a second item to my order NW-385016 from this morning?', 'Ok, schade. Dann bestelle ich separat, aber bekomme ich die Versandkosten zurück? Zusammen wäre ich über 60 € gekommen.'],
    ['Werden mir die Versandkosten erstattet, wenn ich zweimal bestelle?'],
    ['¿Me reembolsáis los gastos de envío del segundo pedido?'],
    ['will you refund the postage on the second order?'],
  ])('%j', (...turns) => expect(team('orders', ...turns)).toBe('billing'));
  it.each([
    'Muss ich das Porto für die Rücksendung selbst zahlen?',
    'Wie hoch sind die Versandkosten in die Schweiz?',
    'who pays the postage to send it back?',
    '¿Los gastos de envío de la devolución los pago yo?',
  ])('%j keeps the orders team', (m) => expect(team('orders', m)).toBe('orders'));
});
