/**
 * The words a request for a person is built from: who (DET + TEAM_WORD + WHO_CORE: "your sales manager"), a team by
 * name, someone loosely, and what only staff can do on an account. explicitRequest.ts builds its patterns from them.
 * Last, the clauses before a match that make it someone else's wish, advice or promise rather than the customer's ask.
 */
export const DET = String.raw`(?:(?:a|an|the|your|some|one of your|any|real|actual|actually|live|proper|human|qualified|senior|member of|responsible)\s+)*`;
const WHO_CORE = String.raw`(?:person|persons|human|humans|human being|people|somebody|someone|anyone|anybody|agent|agents|operator|rep|reps|representative|manager|supervisor|boss|staff|staff member|employee|colleague|colleagues|team member|(?:people|team|folks|department|colleagues?|person) (?:who|that) (?:handles?|deals? with|looks? after|manages?|takes? care of|(?:is|are) in charge of|(?:is|are) responsible for|works? on)|advisor|adviser|specialist|consultant|salesperson|sales person|salesman|saleswoman|member of (?:staff|the team|your team)|customer (?:service|support|care)|support (?:team|staff|agent|person)|(?:sales|billing|support|tech|technical|orders?|privacy|returns|accounts?|data protection) (?:team|department|dept|person|people|guy|folks|officer|rep)|whoever (?:handles|deals with|does|looks after|takes care of|manages|is in charge(?: of)?|is responsible(?: for)?|knows|can help)|tec(?:h|hie|hnician)?(?=\s*(?:[.!?,;]|$)|\s+(?:please|pls|now|asap|about|regarding)\b)|whoevers (?:in charge|responsible)(?: (?:of|for))?|(?:concerned (?:person|officer|staff|team|department)|person concerned)|manger(?=\s*(?:[.!?,;]|$)|\s+(?:please|pls|now|asap|about|regarding|re|immediately|right|today|on|for)\b)|someone (?:in|from) (?:sales|billing|tech support|technical support|customer support|support|your team|the team|customer service|tech|privacy|orders)|(?:some ?one|some ?body|a person) (?:in|from|on) your (?:[\w-]+ ){0,2}?(?:team|side|department|dept|office)|a real one|mitarbeiter(?:in)?|techniker(?:in)?|berater(?:in)?|tecnic[oa]|asesor(?:a)?|encargad[oa])`;
/** "your sales manager", "a data protection officer": a team word before the person. */
export const TEAM_WORD = String.raw`(?:(?:business|corporate|b2b|trade|wholesale)\s+)?(?:(?:sales|billing|support|tech|technical|customer service|privacy|data protection|store|shop|returns|accounts?|product|products|gear|equipment|watch|tent|repair|warranty|payments?|finance|accounting)\s+)?`;
export const WHO = DET + TEAM_WORD + WHO_CORE;
/**
 * Session 54: "I'd feel better if an actual staff member double-checked this": a person wished onto the matter. Review:
 * reviewing, confirming or verifying only of the customer's own matter ("…confirmed my order", "…reviewed the invoice"),
 * not of a product or a fact ("if someone reviewed the Trailsense properly", "if anyone could confirm it fits a small
 * wrist": a question the articles may answer). Session 54: "I'd honestly prefer it if somebody from customer service wrote
 * to me", "get whoever sent that email to follow up".
 */
export const FEEL_BETTER_IF = String.raw`\b(?:id|i would|wed|we would)\s+(?:feel|be)\s+(?:(?:a lot|much|far)\s+)?(?:better|happier|more comfortable|more at ease|safer)\s+if\s+${WHO}\s+(?:\w+\s+)?(?:(?:double-?check(?:ed)?|check(?:ed)?|look(?:ed)?\s+(?:at|into|over)|handled?|went over|sort(?:ed)? (?:it|this|that))\b|(?:review(?:ed)?|confirm(?:ed)?|verif(?:y|ied))\s+(?:this|that|my|our|the\s+(?:\w+\s+)?(?:order|invoice|charge|payment|refund|return|claim|case|account|vat|details|address|amount|booking|request)s?)\b)|\b(?:id|i would|wed|we would)\s+(?:honestly\s+|really\s+|much\s+)?(?:prefer|rather)\s+(?:it\s+)?if\s+${WHO}\s+(?:(?:from|in|on|of)\s+(?:your\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:team|service|support|department)\s+)?(?:(?:wrote|emailed|e-mailed|called|rang|phoned|contacted)\s+(?:back\s+)?(?:to\s+)?(?:me|us)|(?:got in touch|reached out)\s+(?:with|to)\s+(?:me|us))\b|\b(?:get|have|ask)\s+whoever\s+(?:sent|wrote|handled|answered|replied to)\s+(?:\w+\s+){0,3}?to\s+(?:follow up|get back to|contact|call|ring|email|e-mail|reply)\b`;
/** What only staff can do on a customer's account: "reset my 2FA", "unlock the account". */
export const ACCOUNT_FIX = String.raw`(?:reset|unlock|restore|recover|override|turn off|disable|remove)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:2fa|two[- ]?(?:step|factor)(?: verification| authentication)?|authenticator|account|login|password|verification|lock)`;
/**
 * A team by name, which a routing verb makes a request for people: "put me through to sales". (Review: not the courier's
 * people — "hand this to the delivery driver" — nor the item sent in for repair — "send this to repair myself".)
 */
export const TEAM = String.raw`(?:(?:the|your)\s+)?(?:(?:business|corporate|b2b|trade)\s+)?(?:sales|billing|invoicing|invoice|accounting|accounts payable|finance|payments|support|tech|technical|orders?|privacy|returns|accounts?|customer service|customer support|helpdesk|help desk|data protection|warranty|warranty claims|claims|repairs|repair(?=\s+(?:team|department|dept|desk))|complaints|shipping|delivery|dispatch|exchanges)(?:\s+(?:team|department|dept|desk|people|folks))?(?!\s+(?:address|addresses|depot|centre|center|page|label|form|policy|portal|warehouse|section|details|info|driver|drivers|company|companies|firm|carrier|courier|service|partner|person|man|guy|van|tracking|status|date|note|slot|times?|costs?|fees?|options?))`;
/** Someone, loosely: used where the sentence shape already makes it a request. */
export const ANYONE = String.raw`(?:(?:some ?one|some ?body|any ?one|any ?body)(?:\s+(?:more\s+)?senior)?|an? (?:supervisor|manager|team lead)|an? (?:real\s+|actual\s+|live\s+|proper\s+)?(?:person|human(?: being)?|employee|staff member|member of staff)|an? (?:tech|technical|sales|billing|support|privacy|customer service|returns|orders?|warranty|product) (?:person|guy|specialist|expert|human)|a member of (?:staff|your team|the team)|an? (?:colleague|team member)(?: of yours)?|some ?(?:one|body) (?:from|on|in) (?:your (?:[\w-]+ ){0,3}?|the )(?:team|department|side|office|staff)|some ?(?:one|body) (?:on|from) (?:your|the) (?:sales|billing|support|tech|technical|orders?|privacy|returns|customer service|data protection|product|products|business) side|one of your (?:team|colleagues|staff|people))`;

/**
 * Not someone at another company ("at DHL", "from Klarna"), nor a choice between companies ("my bank or the courier?").
 * `<shop>`: the shop by its own name ("someone at Northwind"), filled in per site (site/siteNames.ts).
 */
const OTHER_COMPANY = String.raw`(?:my bank|our bank|the bank|the courier|the carrier|dhl|ups|usps|fedex|gls|dpd|hermes|the post office|customs|klarna|paypal|amex|visa|you)`;
export const NOT_ANOTHER_COMPANY = String.raw`(?![^.?!]{0,60}\b(?:at|from)\s+(?!(?:your|you|the shop|the store|<shop>)\b)\w)(?![^.?!]{0,60}\b(?:${OTHER_COMPANY}\s+or|or\s+${OTHER_COMPANY})\b)`;

/**
 * Someone else's words in quotes, after who said or sent them ("a friend told me 'demand a human'", "got an email '… speak
 * to an agent at the link below'"): group 1 the lead-in, group 2 the quoted words, which are not the customer asking.
 */
export const QUOTED_WORDS = /\b((?:told me|said|says|saying|tells me|advised|suggested|recommended|wrote|writes|posted|advice (?:is|was)|e-?mail|text|sms|message|letter|notice|pop-?up|notification)[:,]?\s*(?:to\s+)?)['"“‘]((?:[^'"”’]|(?<=\p{L})['’](?=\p{L})){3,200})['"”’]/giu;

/** Someone else's preference: "my mom prefers talking to people over chatting, she'll call you". */
export const SOMEONE_ELSES = /\b(?:my (?:mom|mum|mother|dad|father|wife|husband|partner|friend|brother|sister|son|daughter|boss|colleague|grandma|grandmother|grandpa|grandfather|gran|aunt|uncle|gf|bf|girlfriend|boyfriend|parents|kids)|he|she|they)\s+(?:always\s+|really\s+|just\s+)?(?:prefers?|likes?|loves?|would rather|insists? on|is used to)\b[^,.;!?]{0,20}$/;
/**
 * A call promised before, told as what happened ("I was promised a callback yesterday… never got one", "She said she'd
 * fix it and call me back today. Nobody called."): the customer reports it; asking now is another sentence.
 */
export const PROMISED_BEFORE = /\b(?:(?:i|we) (?:was|were|have been|had been|got) promised|(?:promised|was supposed to|were supposed to|was meant to|were meant to|was due to)(?: (?:me|us))?|(?:she|he|they|someone|somebody|your (?:colleague|agent|team)|the (?:agent|rep)) (?:said|told (?:me|us)|promised)(?: (?:me|us))?(?: that)? (?:she|he|they|someone|somebody|it)?\s*(?:d|would|will|was going to|were going to|(?:wa|i)s gonna)?)\b[^.?!]{0,40}$/;
/** Someone else's advice, told ("my husband told me to 'just demand a human' lol but I think you can handle this"). */
export const SOMEONE_ELSES_ADVICE = /\b(?:my (?:mom|mum|mother|dad|father|wife|husband|partner|friend|brother|sister|son|daughter|boss|colleague|flatmate|roommate|neighbou?r)|he|she|they|everyone|people)\s+(?:told me to|tells me to|said (?:i|we) should|says (?:i|we) should|keeps? telling me to|suggested (?:i|we))\s+(?:just\s+)?$/;
/** Someone else wanting a person, which the customer may or may not ask for too. */
export const SOMEONE_ELSE_WANTS = /\b(?:my (?:mom|mum|mother|dad|father|wife|husband|partner|friend|brother|sister|son|daughter|boss|colleague)|he|she|they)\s+(?:wants?|would like|needs?)\b[^,.;!?]{0,20}$/;

/** Asking whether a person is needed for something: "do I have to talk to someone to close an account?" */
export const PROCESS_QUESTION = /\b(?:does|will|would) (?:it|the (?:chat|bot)|this (?:chat|bot))\s+(?:automatically\s+|ever\s+)?$|\b(?:do|would|will) (?:i|we) (?:have|need|got) to\s*$|\b(?:do|does) (?:it|this) (?:require|need)\s*$|\b(?:is it|its) (?:necessary|required) to\s*$|\bmust (?:i|we)\s*$/;
/** Session 50: "can I change the colour myself or do I need a person to do it?": whether one is needed, not a request. */
export const SELF_OR_PERSON = /\b(?:myself|ourselves|on my own|by myself|online|in the app|in my account)\b[^.!?]{0,40}\bor (?:do|would|will) (?:i|we)\s*$/;
/**
 * Review of session 52: the person asked about only for later, said anywhere after the question ("when can I talk to a
 * real person? no rush, not now, just want to know the hours"): the learned reading heard the request and not the "not now".
 */
export const PUT_OFF_AFTER = /[.!?,;]\s*(?:(?:no rush|no hurry|no worries|its fine|all good)[,.!]?\s*)*(?:not now|not right now|not today|maybe later|later on)\b/;
/**
 * Session 54: words with a person in them that ask for no one ("is there a human-readable export of my data… without
 * emailing anyone?"): the learned reading does not see them.
 */
export const NO_ONE_IN_IT = /\bhuman[- ](readable|powered|error|rights|resources|body|hair|scale)\b|\bwithout (e-?mailing|calling|ringing|contacting|bothering|talking to|speaking to|asking) (anyone|anybody|someone|somebody|a person|a human|your team|support)\b/gi;

/**
 * Session 55: "are you a bot? no worries either way lol": asking what the bot is, and saying in the same breath that it
 * does not matter, asks for no one. Read right after the question, as a look-ahead. (Review of session 55: said in the
 * customer's other words too, "i dont mind either way", "fine either way", "totally fine if so", "no judgement", "not
 * bothered", "doesn't really matter", "honestly curious", "either way, can you check NW-448812".)
 */
const IN_PASSING = String.raw`[^.!?]{0,24}[?.!,]*\s*(?:(?:lol|haha|ha|ok|okay|tbh)\s+)?(?:(?:just|only|purely|honestly|genuinely|really)\s+)?(?:no worries(?: either way)?|(?:it\s+)?(?:doesnt|does not)\s+(?:really\s+)?matter|(?:i\s+)?(?:dont|do not)\s+(?:really\s+)?mind|not that it matters|not bothered|no judg(?:e)?ment|(?:its\s+|thats\s+|totally\s+|all\s+)?(?:good|fine|ok|okay|no problem|cool|fair enough)\s+(?:either way|if (?:so|you are|youre|not)\b)|either way|curious|wondering|out of curiosity|asking for (?:a friend|fun))\b`;
export const ASKED_IN_PASSING = `(?!${IN_PASSING})`;
/**
 * Review of session 55: the same question asked in passing, found in the whole message: the learned reading, asked when no
 * pattern matched, still heard a request in "are you a real person? doesn't really matter, how long is shipping…".
 */
const BOT_ASKED = String.raw`\b(?:(?:are|r)\s+(?:you|u)|am\s+i\s+(?:talking|chatting|speaking|writing)\s+(?:to|with))\s+(?:even\s+|actually\s+|just\s+)?(?:a\s+|an\s+)?(?:real person|real|human|bot|chat ?bot|robot|machine|person|ai|program|computer|automated)\b`;
export const BOT_ASKED_IN_PASSING = new RegExp(`${BOT_ASKED}(?=${IN_PASSING})`);
/** Session 59: the question and the words that wave it off, which ask the help articles nothing ("am I talking to a bot? no worries either way"). */
export const BOT_ASIDE = new RegExp(`${BOT_ASKED}${IN_PASSING}`);

/**
 * Review of session 55: whether anyone could do it, not a request that someone does: "can a person fix this with the patch
 * kit or does it need to go back to you?", "would anyone approve the return if I've already cut the tags off?", "can
 * anyone approve this at checkout or is it automatic?" (not "can someone fix my order or do I have to cancel it?": the
 * customer's other way out). Read right after the deed asked for, as a look-ahead.
 */
export const WHETHER_ANYONE_COULD = String.raw`(?![^.!?]{0,40}\b(?:themselves|themself|yourself|myself|ourselves|at home|on (?:their|your|my|our) own|by (?:hand|myself|themselves|yourself)|with (?:a |an |the |some )?(?:[\w-]+ )?(?:kit|sealer|sealant|glue|tape|patch|patches|tools?|needle|thread|iron)|or (?:is|does|would|will|can|could|has|must) (?:it|this|that|there)\b|if (?!(?:possible|poss|you can|you could|at all|needed)\b))\b)`;
