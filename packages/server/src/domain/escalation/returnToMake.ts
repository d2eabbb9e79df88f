/**
 * Session 62 (T2): a return still to make, asked how to make it ("how do I return it?", "¿Cómo hago la devolución…?",
 * "wie funktioniert die Rücksendung?"): what comes back with it (the refund's timing, the shipping costs) is then part of
 * the returns team's answer, not a refund chased (older labels: a refund chased after the item went back is billing's).
 */
import { normalise } from '../bot/text.js';
import { itemWentBack } from './refundMoney.js';

/** Asking how to make the return (en/de/es); not whether a return is allowed ("can I return it if I opened it?"). */
export const HOW_TO_RETURN =
  /\bhow (do|can|would|should|shall|to) (i |we )?(return|send (\w+ ){0,3}back|start (a|the|my) return)\b|\b(know|tell me|show me|explain) how (to|i can|we can|i) (return|send (\w+ ){0,3}back)\b|\bwie (kann|konnen|mache|machen|funktioniert|geht|laeuft|lauft) (ich |wir |man )?(\w+ ){0,4}(rucksendung|ruckgabe|retoure|zuruck(senden|schicken|geben))\b|\bwie (schicke|sende|gebe) (ich|wir) (\w+ ){0,4}zuruck\b|\bcomo (hago|hacemos|puedo hacer|se hace|se hacen|tramito|solicito|inicio|empiezo) (\w+ ){0,2}(devolucion|devoluciones)\b|\bcomo (lo |la |los |las )?(devuelvo|devolvemos|puedo devolver\w*|se devuelve\w*)\b/;

/** A return asked how to make, and nothing gone back yet: the returns team's, whatever money it asks about too. */
export function returnStillToMake(conversation: string): boolean {
  const all = normalise(conversation);
  return HOW_TO_RETURN.test(all) && !itemWentBack(all);
}
