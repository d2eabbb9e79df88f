/**
 * Session 62 (RF2): bewilderment is not anger. "I only just signed up today?? what do you mean already used", "how can
 * it say delivered, I was home all day?": the customer cannot square what they were told with what they know, and asks.
 * learnedFrustration.ts leaves such a message alone; the patterns still read insults, shouting or a refusal pushed back on.
 */
import { normalise } from '../bot/text.js';

/** Asking how what they were told can be. */
const BEWILDERED = /\b(?:what do you mean|what does (?:that|this|it) mean|how (?:can|could|is|does|would) (?:that|this|it)(?: \w+){0,6} (?:be|say|show|happen|possible)|how come|how is (?:that|this|it) possible|i (?:dont|do not) (?:understand|get it|get how|get why)|(?:im|i am) (?:so |really |a bit |a little )?(?:confused|puzzled|baffled|lost)|that cant be right|(?:that|this|it) (?:makes|made) no sense|(?:that|this|it) (?:doesnt|does not) make (?:any )?sense)\b/;
/** A reply pushed back on ("what do you mean you can't?") or anger beside the puzzle: not bewilderment alone. */
const ANGRY_TOO = /\b(?:what do you mean (?:you |i |it )?(?:cant|cannot|can not|wont|will not|dont|do not|no|not)\b|joke|ridiculous|absurd|useless|pathetic|seriously|unacceptable|waste|rubbish|terrible|awful|scam|wtf|ffs|fed up|sick of|kidding|you people|you lot|again|still|every time|nobody|no one|(?:hours|days|weeks|months) (?:ago|now|of)|ugh|argh)\b/;

/** `message` (as written) only asks how what it was told can be: no anger, no shouting, no "!!". */
export function puzzledOnly(message: string): boolean {
  const said = normalise(message);
  const shouted = (message.match(/\b[A-Z]{4,}\b/g) ?? []).length > 0;
  return BEWILDERED.test(said) && !ANGRY_TOO.test(said) && !shouted && !/!{2,}|\?!|[😡🤬😤🙄😒]/u.test(message);
}
