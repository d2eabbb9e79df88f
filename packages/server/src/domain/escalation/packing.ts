/**
 * What goes into the parcel (bot/packing.ts): its words are billing's (card, invoice, price), the matter is the team's
 * that ships the order.
 */
import { normalise } from '../bot/text.js';
import { asksAboutPacking as asks } from '../bot/packing.js';

export function asksAboutPacking(conversation: string): boolean {
  return asks(normalise(conversation));
}
