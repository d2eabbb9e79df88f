import { describe, expect, it } from 'vitest';
import { asksNothingYet, onlyDetails, setsTheScene, trailsOff } from './notYetAsked.js';

describe('messages that ask nothing yet', () => {
  it.each(['NW-604417', 'order is NW-604417', 'my order number is NW-604417.', 'm.ortega@example.org', '+1 541 555 0119', 'Bestellung NW-804417', 'el pedido es NW-149903'])('only details: %s', (m) => {
    expect(onlyDetails(m)).toBe(true);
  });
  it.each(['PAY-310', 'E12 again', 'NW-604417 never arrived', 'cancel NW-604417', 'hello', 'where is NW-604417?'])('not only details: %s', (m) => {
    expect(onlyDetails(m)).toBe(false);
  });
  it.each([
    'Hi, bought a Stormshell as a present for my husband',
    'my physio wants me swimming laps 3x a week now 🏊‍♀️',
    "we're heading to Norway in March with the Ridgeline",
    'found the trailsense for 40 less on amazon',
    'the guy at the portland store said to check with the chat about this',
    'visiting portland next week with my sister',
    // Session 17 (fresh45): the scene opens with what the customer is doing.
    'flying into portland on thursday for a work trip',
    'Ordering the Summit Pro 2 and a Trailsense tonight.',
    'thinking about the pace 5 vs the trailsense for ultra races',
  ])('sets the scene: %s', (m) => {
    expect(setsTheScene(m)).toBe(true);
  });
  it.each([
    'ordered like 20 min ago pls cancel',
    'my VoltPack gets a bit warm when I charge it overnight',
    'my order never came',
    'bought a Stormshell, does it come in blue?',
    'tracking says delivered 2 hrs ago',
    'I want to return my jacket',
    'my lamp died after 2 weeks',
    'my trailsense shows E09 every time i start a run',
    'found a crack in the tent pole',
    'the guy at the store was rude and the lamp is broken',
    "I unsubscribed last week and I've had 2 more emails from you since.",
  ])('is a question or a problem: %s', (m) => {
    expect(setsTheScene(m)).toBe(false);
  });
});

describe('nothing asked yet: chat openers (session 30, fresh100)', () => {
  it.each(['hey quick q', 'omg', 'ugh', 'um so', 'got a quick question', 'hi! quick q', 'my trailsense', 'about my order', 'hey so my pace 5', 'oops'])('asks nothing yet: %s', (m) => {
    expect(asksNothingYet(m)).toBe(true);
  });
  it.each(['my refund', 'my password', 'my order?', 'omg where is my parcel', 'ugh the app crashed', 'my tent leaks', 'hey', 'ok', 'tent for 3 people', 'quick q: do you ship to canada', 'my order NW-604417 never came'])('asks or says something: %s', (m) => {
    expect(asksNothingYet(m)).toBe(false);
  });
});

describe('a message that trails off (session 31, fresh104)', () => {
  it.each(['hey can u put me thru to', 'can i speak to', 'the strap on my', 'it arrived and', 'I ordered the', 'so i was wondering if', 'what is the difference between the lumen 400 and the', 'put me through to the'])(
    '"%s" trails off',
    (m) => expect(trailsOff(m)).toBe(true),
  );
  it.each([
    "pace 5 won't charge with the cable it came with",
    'I KNOW about the missing parcel form. I want to know where my parcel IS',
    'who do I talk to',
    'do i have to send it back or',
    "it was from my aunt, ok I'll ask her",
    'meine Pace 5 zeigt E20 an',
    'that is all I got',
    'my brother and I',
    'hey can u put me thru to.',
    'yes and',
    'and',
    // A review helper's probes: complete messages that end like this.
    'happy to send photos of the damage if you want me to',
    "I've done the restart like you told me to",
    'Hi, I would like to return my Stormshell. Is there a shop in Leeds I could go to',
    'do you have a postal address I can send it to',
    'my pace 5 wont pair with the new phone I tried to connect it to',
    'the cable in the box is usb c to usb a',
    'the lumen 900R keeps flickering any idea of the cause',
    'why do i want to return it? just because',
    "you think I'll wait another 3 weeks? as if",
    '3 weeks and still no tent. oh my',
    'Is there an email address I can write to',
  ])('"%s" does not', (m) => expect(trailsOff(m)).toBe(false));
});
