/**
 * Session 60 (A3): the customer did what the last answer said and it did not help ("cleaned the contacts with a damp
 * cloth, dried it, still nothing. what next?"). The same passage again is then no answer: a VIP's next step is a person,
 * and for others it is a miss, not the advice repeated. `said` is normalised.
 */
/** The problem still there, or the advice no help (not "still not sure", "still no reply from you"). */
// (Session 61: the same error back, "PAY-204 again", "same error again".)
const STILL_FAILS = /\b(?:(?<!\b(?:use|used|using|order|ordered|buy|bought|apply|applied|enter|entered|try|redeem) (?:the |my |that )?)(?:[a-z]{2,5}-\d{2,5} again|(?:the )?same (?:error|code|message|decline|problem) (?:again|still(?! with\b)|every time))(?![^.!?]*\?)|still (?:nothing|dead|the same|broken|no (?:power|light|charge|signal|gps|luck|change|difference)|not (?:working|charging|pairing|connecting|turning on|switching on|fixed)|doesnt|does not|wont|will not|isnt|is not|cant|cannot)|no (?:luck|change|joy|difference)|(?:didnt|did not|doesnt|does not|hasnt|has not) (?:help|work|fix (?:it|anything)|change anything|do anything|make (?:a|any) difference))\b(?! (?:sure|clear|know|understand|get|see)\b)/;
/** Having done it: "tried that", "did all that", "followed the steps", or a message that opens with what was done ("cleaned…"). */
const TRIED = /\b(?:tried|followed|did (?:that|this|it|all|everything|both|those|exactly)|done (?:that|this|it|all|everything|those)|already)\b|^\W*(?:(?:i|we|ive|weve|i have|we have) )?[a-z]{3,}ed\b/;

export function triedTheAdvice(said: string): boolean {
  return STILL_FAILS.test(said) && TRIED.test(said);
}
