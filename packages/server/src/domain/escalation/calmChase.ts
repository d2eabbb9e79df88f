/**
 * Session 61 (F3): "I filed the damage form 6 days ago. No reply.", "I did that on monday. got an automated email and
 * nothing else": the step the bot points to, already taken at a stated time, and nothing heard since, told flatly. That is
 * a chase with the facts, not yet clear emotion (the guidelines wait for the sarcasm or threat that follows); the message
 * model reads the bare words of waiting as anger. Any sign of heat (capitals, "!", "?", an emoji, "still", "again", a
 * verdict) keeps the model's reading.
 */
import { normalise } from '../bot/text.js';

const STEP_TAKEN = /\b(i|we|ive|i have|weve|we have|i already|we already) (already )?(filed|filled (in|out)|submitted|sent( in| off)?|did|done|completed|e-?mailed|e mailed|posted|lodged|reported|registered|returned|dropped (it |them )?off|uploaded)\b/;
const WHEN = /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (days?|weeks?|hours?|business days|working days) ago\b|\b(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b|\byesterday\b|\b(this|last) (morning|week)\b/;
const NOTHING_SINCE = /\b(no (reply|answer|response|word|update|news|follow ?up)|nothing (else|since|back|more)|(havent|have not|hasnt|has not|didnt|did not) (heard|had|got|gotten|received) (anything|a reply|an answer|a response|back|a word)|heard nothing|not heard (back|anything))\b/;
const HEAT = /\b(still|again|ever|ridiculous|unacceptable|joke|useless|pathetic|terrible|awful|worst|disgrace\w*|fed up|sick of|tired of|enough|unreal|wtf|seriously|honestly|really|great|wonderful|love|thanks|fantastic|brilliant|typical|as usual|scam|rubbish|garbage|nobody cares|no one cares|ignored|ignoring)\b/;
/** A word in capitals that is not an order code ("NW-455903") or a one-letter "I". */
const SHOUTED = /(?<![\p{L}\d-])[A-Z]{3,}(?![\p{L}\d-])/u;

export function calmChase(message: string): boolean {
  if (/[!?]|\p{Extended_Pictographic}/u.test(message) || SHOUTED.test(message)) return false;
  const text = normalise(message);
  return STEP_TAKEN.test(text) && WHEN.test(text) && NOTHING_SINCE.test(text) && !HEAT.test(text);
}
