/**
 * Session 50: what the session's blind sets (fresh193, 194, 196) showed the detectors reading wrongly, each with the
 * negatives that stand next to it.
 */
import { describe, expect, it } from 'vitest';
import { findExplicitRequest, detectExplicitRequest } from './explicitRequest.js';
import { findHighStakes } from './highStakes.js';
import { detectLanguage } from './language.js';
import { correctTeam } from './teamCorrections.js';
import { chat, repeatedFailureOf, teamsSite } from './testContext.js';
import { botModels } from '../../site/botModels.js';
import type { TranscriptEntry } from '../pipelineTypes.js';

const shop = 'Northwind Gear';

describe('the bare ask with its please, in Spanish and German', () => {
  it.each(['Por favor, un agente, mejor en español.', 'Un agente por favor, en español', 'Bitte einen Mitarbeiter, am liebsten auf Deutsch.', 'Einen Mitarbeiter bitte.'])(
    '%j asks for a person',
    (m) => expect(findExplicitRequest(m, shop)).not.toBeNull(),
  );
  it.each(['Un amigo me dijo que pidiera un agente por favor, pero prefiero el chat. ¿Cuánto tarda el envío?', 'Ein Mitarbeiter im Laden war sehr nett. Wie lange dauert die Lieferung?'])(
    '%j asks for no one',
    (m) => expect(findExplicitRequest(m, shop)).toBeNull(),
  );
});

describe('whether a person is needed, not a request for one', () => {
  it('"…myself or do I need a person to do it?" asks how, not for someone', () => {
    const m = 'order NW-482913, ridgeline 3p in green but i want sand. can i change the colour myself or do i need a person to do it?';
    expect(findExplicitRequest(m, shop)).toBeNull();
    expect(detectExplicitRequest(m, 1, botModels.personRequest, shop)).toBeNull();
  });
  it.each(['do i need a person, i cant do it myself', 'I need a person to change the colour on NW-482913, please'])('%j still asks', (m) => expect(findExplicitRequest(m, shop)).not.toBeNull());
  it('"…no rush, not today, just planning" asks for no one now, in the model reading either', () => {
    const m = 'what time can i actually call your human team from california on a weekday? no rush, not today, just planning. and which number';
    expect(detectExplicitRequest(m, 1, botModels.personRequest, shop)).toBeNull();
    expect(detectExplicitRequest('can someone from your team call me today? i need this sorted', 1, botModels.personRequest, shop)).not.toBeNull();
  });
});

describe('high stakes named and ruled out, or only repeated', () => {
  it.each([
    "not planning any paypal dispute or drama, just a question: returned NW-483320 ($74.90 total). once you get it, how long till it's back in paypal?",
    'ihr sagt mir, ich soll meine Bank anrufen? Meine Bank sagt, alles ist in Ordnung!',
  ])('%j is no dispute', (m) => expect(findHighStakes(m)).toBeNull());
  it.each([
    'if this is not refunded by friday i will open a paypal dispute',
    'wenn das nicht klappt, werde ich meine Bank anrufen und das zurückbuchen lassen',
  ])('%j still is', (m) => expect(findHighStakes(m)?.kind).toBe('dispute'));
  it('orders disowned in the plural, in German, are a security matter', () => {
    expect(findHighStakes('Hallo, in meinem Konto sind zwei Bestellungen, NW-771482 und NW-771483, die ich NICHT aufgegeben habe. Über Apple Pay wurden 2 × 329,00 € abgebucht.')?.kind).toBe('security');
    expect(findHighStakes('Ich habe zwei Bestellungen aufgegeben, NW-771482 und NW-771483. Kann ich sie zusammen liefern lassen?')).toBeNull();
  });
});

describe('a short angry German message is German', () => {
  it('"Das ist doch lächerlich!! Drei verschiedene Karten, alle abgelehnt!" is substantive German', () => {
    expect(detectLanguage('Das ist doch lächerlich!! Drei verschiedene Karten, alle abgelehnt!')).toMatchObject({ language: 'de', substantive: true });
    expect(detectLanguage('Danke!')).toMatchObject({ substantive: false });
    expect(detectLanguage('the Pace 5 and the Trailsense, which one is better for running?').language).toBe('en');
  });
});

describe('repeated failure: a no taken, or what they will do now', () => {
  const turns = chat;
  const detect = (t: TranscriptEntry[]) => repeatedFailureOf(t);
  const afterTwoMisses = (last: string) =>
    turns(['c', 'our hiking club is a nonprofit, can we send you a tax exemption certificate?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', 'so no tax exemption for clubs at all?'], ['b', "I'm not sure", { kind: 'unknown' }], ['c', last]);
  it.each(['bummer but ok', 'meh, fine', "they're an authorized dealer and it's their normal price, not a sale. ill do the form, thanks"])('%j is no further attempt', (m) => expect(detect(afterTwoMisses(m))).toBeNull());
  it.each(['ok but can you do it or not', 'fine. but who do I send the certificate to then?', "ill do the form but I still need to know about the exemption, thanks"])('%j still presses', (m) => expect(detect(afterTwoMisses(m))).not.toBeNull());
});

describe('team corrections: marketing e-mails after unsubscribing', () => {
  const teams = teamsSite;
  const input = (m: string) => ({ topical: m, conversation: m, current: m });
  it('"I unsubscribed from your emails 2 weeks ago and I\'m still getting two a week" goes to consent', () => {
    expect(correctTeam(teams, 'sales', input("I unsubscribed from your emails 2 weeks ago and I'm still getting two a week"))).toBe('privacy');
  });
  it('an order e-mail that keeps coming after unsubscribing from the newsletter stays', () => {
    expect(correctTeam(teams, 'orders', input('I unsubscribed from the newsletter last year. Where is my order NW-112233, the tracking has not moved?'))).toBe('orders');
  });
});
