/**
 * Explicit request for a human, in English, Spanish and German. Patterns are built
 * from parts (who: "a person/your manager/someone in sales"; how: "talk to/put me
 * through to/call me") rather than from example phrases. Mentions that are not
 * requests are filtered: negations ("no need to pass me to anyone"), deferrals
 * ("... not now"), questions about availability ("when can I reach a person?"), and
 * nouns used for something else ("my travel agent", "human powered").
 */
import { normalise } from '../bot/text.js';
import { namedShop } from '../site/siteNames.js';
import type { DetectorResult } from './types.js';
import { ONLY_CURIOUS, personRequestProbability } from './personRequestModel.js';
import type { MessageModel } from './messageModel.js';
import { trailsOff } from '../bot/notYetAsked.js';
import { DET, TEAM_WORD, WHO, ACCOUNT_FIX, TEAM, ANYONE, NOT_ANOTHER_COMPANY, QUOTED_WORDS, FEEL_BETTER_IF } from './requestWords.js';
import { SOMEONE_ELSES, PROMISED_BEFORE, SOMEONE_ELSES_ADVICE, SOMEONE_ELSE_WANTS, PROCESS_QUESTION, SELF_OR_PERSON, PUT_OFF_AFTER, NO_ONE_IN_IT, ASKED_IN_PASSING, BOT_ASKED_IN_PASSING, WHETHER_ANYONE_COULD } from './requestWords.js';
import { memoTextBy } from '../common/memo.js';
import { requestText } from './requestText.js';

interface Pattern {
  re: RegExp;
  direct: boolean;
}

/**
 * Review 2 of session 55: the one waited for is not the shop's: at the door or from a carrier ("wait for someone to be home
 * to sign for it", "someone from DPD"), opening a store, or of the customer's own ("someone in our group").
 */
const NOT_SHOPS_PERSON = String.raw`(?!\s+(?:to\s+(?:be\s+(?:home|in|there|around|at)|deliver|collect|pick|sign|bring|drop|answer|open|let|arrive|come (?:round|by|over|to the door))|at\s+(?:home|(?:the|your) (?:[\w-]+\s+)?(?:door|house|store|shop|trailhead))|from\s+(?:dhl|ups|dpd|gls|fedex|usps|hermes|evri|royal mail|correos|seur|post\w*|the (?:courier|carrier|post|post office|delivery|store|shop|bank))|(?:in|from|of)\s+(?:our|my)\b))`;

const EN: Pattern[] = [
  // "Can somebody of the privacy team write me to this email?": someone on the team to write back.
  { re: /\b(?:can|could|please|pls)\s+(?:some ?one|some ?body|any ?one|any ?body)\s+(?:(?:from|of|on|in) (?:your |the )?(?:[\w-]+ ){0,2}?(?:team|department|dept|office|side)\s+)?(?:please\s+|just\s+)?(?:write|email|e-mail)\s+(?:to\s+)?(?:me|us)\b(?:\s+back\b)?(?!\s+(?:the|a|an|my|our|your|another|new)\s+(?:\w+\s+){0,2}(?:invoice|copy|label|receipt|code|link|pdf|confirmation|tracking|voucher|number|form)s?\b)(?![^.!?]{0,40}\b(?:when|once|after|as soon as|to confirm|an? update|updates)\b)/, direct: false },
  // "I would like to speak with a responsible of the service": the person in charge, in a second language's words.
  { re: /\b(?:speak|talk|chat)\s+(?:with|to)\s+(?:a|the|some)\s+responsible(?=\s+(?:of|person|please|pls)\b|\s*[,.!?]|\s*$)/, direct: true },
  // "can I talk to a person", "let me speak with your manager"
  // (Review 2 of session 55: "deal with the same person as last time" too.)
  { re: new RegExp(String.raw`\b(?:talk|speak|chat|write)(?:ing)?\s+(?:to|with)\s+${WHO}\b|\b(?:rather|prefer to|want to|like to|need to)\s+deal\s+with\s+(?:(?:a|an|one|the same)\s+(?:real\s+|actual\s+|live\s+|named\s+|dedicated\s+|single\s+|specific\s+)?(?:person|human|human being|member of staff|contact person|account manager|agent|colleague)|one of your (?:people|team|staff|colleagues))\b(?!['’]?s\b)`), direct: true },
  // Session 47. "Please have a person from your data protection team handle this", "…looking into by one of your colleagues
  // rather than the computer": a person asked to take it on (session 54: "I'd feel better if a staff member checked this"; review 2: not the customer's own, "I'll have someone go through the list on our side").
  { re: new RegExp(String.raw`\b(?:have|get|let)\s+${WHO}\s+(?:(?:from|in|on|of)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:team|department|dept|office|side)\s+)?(?:handle|look (?:at|into)|deal with|check|take (?:over|care of)|sort(?: out)?)\s+(?:this|it|that|my \w+)\b|\b(?:looked|looking)\s+(?:in)?(?:to|at)\s+by\s+(?:one of your|your|a (?:real |actual |live )?(?:human|person)|an? (?:agent|staff member|member of staff|employee))\b|(?<!\b(?:ill|well|will|going to|gonna|(?:i|we|they|he|she) (?:can|could|might|may))\s+)\b(?:have|get)\s+${WHO}\s+(?:to\s+)?(?:go (?:through|over)|walk (?:me|us) through)\b|${FEEL_BETTER_IF}`), direct: false },
  // "please put me through", "can you put me through?": through to someone, with no one named.
  { re: /\b(?:put|patch)\s+me\s+through\b(?!\s+(?:the|a|an|this|that|all|it|my|your|to|with)\b)/, direct: true },
  // "put me through to", "connect me with", "transfer me", "hook me up with someone in sales"
  { re: new RegExp(String.raw`\b(?:put|connect|transfer|pass|forward|hand|escalate|route|patch|send|get|hook|set)\s+(?:me|us|this|my (?:case|chat|question|issue|request))\s+(?:(?:straight|directly|right|just|quickly)\s+)?(?:through|over|up|on|in touch|in contact)?\s*(?:to|with)\s+${WHO}\b`), direct: true },
  { re: new RegExp(String.raw`\b(?:put|connect|transfer|pass|forward|hand|route|patch|send)\s+(?:me|us|this|my (?:case|chat|question|issue|request))\s+(?:through|over|on)?\s*(?:to|with)\s+${TEAM}\b`), direct: true },
  // "I'd like to discuss this with whoever is responsible for data protection at your company, please put me through to
  // them": "them" is the person the message named before.
  { re: /\b(?:whoever|the person|some ?one|some ?body)\b(?![^?!]{0,60}\b(?:my|our|his|her)\b)[^?!]{0,120}(?<!\b(?:wouldnt|wouldn't|won't|wont|didnt|didn't|couldnt|couldn't|not)\s+)\b(?:put|connect|transfer|pass|forward|patch)\s+(?:me|us)\s+(?:through\s+)?(?:to|with)\s+(?:them|him|her)\b(?!\s+\w+)/, direct: true },
  { re: /\b(?:like|want|wish|prefer)\s+to\s+(?:discuss|talk over|talk through|go over|go through|sort out|take up)\s+(?:this|it|that|the matter|my (?:case|complaint|request))?\s*with\s+whoever\s+(?:is responsible for|handles|deals with|looks after|takes care of|is in charge of)\s+(?:(?:the\s+)?(?:data protection|privacy|refunds?|returns|complaints|billing|invoices?|price match(?:es)?|warranty|warranty claims|orders|accounts)|\w+(?:\s+\w+)?\s+(?:at|in|on)\s+your\b)/, direct: false },
  // "pls pass me to your team": the team as such, only with me/us ("pass this on to your team" is feedback).
  { re: /\b(?:put|connect|transfer|pass|forward|hand|route|patch)\s+(?:me|us)\s+(?:through|over|on)?\s*(?:to|with)\s+(?:one of\s+)?(?:your|the)\s+(?:team|staff|colleagues|people|human team|support|(?:[\w-]+\s+)?(?:store|shop|branch))\b/, direct: true },
  { re: new RegExp(String.raw`\b(?:get|be)\s+(?:transferred|put through|passed|connected|forwarded)\s+(?:to|with)\s+(?:${TEAM}|${WHO})\b`), direct: true },
  // "is there someone I could actually talk to?", "who can I speak to about this", "is there anyone who knows the specs"
  { re: new RegExp(String.raw`\b(?:is|are)\s+there\s+(?:actually\s+|really\s+)?${ANYONE}(?:\s+else)?(?:\s+(?:above|behind|higher up than|beyond)\s+(?:the|this|you)(?:\s+(?:chat|bot|chatbot))?)?(?:\s+(?:on|in|from)\s+(?:(?:the|your)\s+[\w-]+\s+(?:side|team|department|dept)|${TEAM}))?\s+(?:(?:i|we)\s+(?:can|could|might)\s+(?:actually\s+|really\s+|possibly\s+|perhaps\s+)?(?:talk|speak|chat|ring|call|phone|ask|reach|contact|write to|e-?mail|message|sort (?:this|it|that)(?: out)? with|deal with|go through (?:this|it) with|have a (?:proper\s+|quick\s+|short\s+|real\s+)?(?:chat|word|talk|conversation) with(?!\s+(?:who|that) (?:already |also )?(?:owns?|has|have|bought|uses?)\b))(?!\s+(?:at|from)\s+(?!(?:your|the|you)\b)\S|\s+to\s+(?:install|fit|fix|repair|come|collect|deliver))|(?:here\s+|there\s+)?(?:who|that)\s+(?:actually\s+|really\s+)?(?:knows|understands|(?:can|could) (?:(?:actually\s+|really\s+)?(?:help|answer|tell|see (?:which|what|who|where|when|if|whether))|(?:actually|really)\s+(?:chase|check|look into|sort|fix|review)|(?:(?:actually|really)\s+)?look at (?:it|this|that|my (?:order|case|parcel|account|issue|problem|claim|complaint|return|refund|watch|device))\b|(?:chase|check|look into|sort|fix)\s+(?:it|this|that|my (?:order|case|parcel|account|issue|problem|claim))\b|(?:take|have) a look at (?:it|this|that|my (?:order|case|parcel|account|issue|problem|claim|complaint|return|refund))\b|review (?:it|this|that)(?:\s+(?:properly|again|for me|please)\b|(?=\s*(?:[?.!]|$)))|review my (?:claim|case|order|account|complaint|return|refund|decision)\b)))\b`), direct: false },
  // "is there a manager who could make an exception?", "is there a supervisor or someone in accounts who can reissue
  // the invoice?": someone above the bot who can do it, whatever "it" is.
  { re: /\b(?:is|are)\s+there\s+(?:an?|any|some)\s+(?:supervisor|manager|team lead(?:er)?|senior (?:person|colleague|member of staff))(?:\s+or\s+(?:some ?one|some ?body)(?:\s+(?:in|from|on)\s+[\w ]{1,20}?)?)?\s+who\s+(?:can|could|would|might|is able to)\b/, direct: false },
  // "is there a supervisor or someone senior who could look into this?": someone who would act on it.
  { re: new RegExp(String.raw`\b(?:is|are)\s+there\s+${ANYONE}(?:\s+or\s+${ANYONE})?\s+(?:who|that)\s+(?:can|could|would be able to|is able to|might)\s+(?:please\s+)?(?:actually\s+|really\s+)?(?:look (?:at|into)|help me|sort (?:this|it)|(?:call|ring|phone) (?:me|us)\b(?![^.?!]{0,50}\b(?:if|when|whenever|before|or only|or is|on weekends?|at weekends?)\b)|deal with|check (?:this|it|my)|get me|fix (?:this|it)|review (?:this|my (?:case|claim|account|order))|handle (?:this|it|my)|take (?:this|it) (?:on|over|up)|(?:make|grant) (?:an )?exception|make (?:a|the) (?:decision|call)|(?:approve|authori[sz]e) (?:this|it|that|an exception|one)\b|go (?:through|over) (?:this|it|that) with (?:me|us)|(?:walk|talk) (?:me|us) through (?:this|it|that))`), direct: false },
  // "can a manager approve something? we'd be spending over €1,500": someone above the bot asked to decide.
  { re: /\b(?:can|could|would)\s+(?:a|your|the|one of your)\s+(?:manager|supervisor|team lead(?:er)?|boss)s?\s+(?:please\s+)?(?:approve|authori[sz]e|sign off|ok|okay|decide|make an exception|look at|check|review)\b(?![^.!?]{0,40}\b(?:on|at|from|in) (?:our|my) (?:side|end|company|team)\b)/, direct: false },
  // "is it possible to have a technician on the phone?"
  { re: new RegExp(String.raw`\b(?:possible|able|a way)\s+(?:for me\s+)?to\s+(?:have|get|reach|speak (?:to|with)|talk (?:to|with)|have a (?:quick\s+|brief\s+)?word with)\s+(?:${WHO}|${DET}${TEAM_WORD}(?:technician|engineer|expert))\b(?!\s+(?:opinion|advice|tip))|\b(?:have|get|put)\s+(?:${WHO}|${DET}${TEAM_WORD}(?:technician|engineer|expert))\s+on the (?:phone|line)\b`), direct: false },
  // "who can I actually talk to about this", "who do I speak to about a school account?", "who is the right person to
  // speak to": someone of the shop's (not someone at another company, nor which company: "my bank or the courier?").
  // Another company named after "at/from", or a choice between two, is not the shop's person.
  { re: new RegExp(String.raw`\bwho\s+(?:can|could|should)\s+(?:i|we)\s+(?:actually\s+|really\s+|best\s+|possibly\s+)?(?:talk|speak|chat)\s+(?:to|with)\b${NOT_ANOTHER_COMPANY}|\bwho\s+(?:do|would)\s+(?:i|we)\s+(?:need to\s+|have to\s+)?(?:talk|speak)\s+(?:to|with)\s+about\b${NOT_ANOTHER_COMPANY}|\bwho(?:m)?\s+(?:is|would be)\s+the\s+(?:right|best)\s+person\s+(?:to\s+(?:talk|speak)\s+(?:to|with)|i\s+(?:should|could|can)\s+(?:talk|speak)\s+(?:to|with))\b${NOT_ANOTHER_COMPANY}`), direct: false },
  // "I would be grateful to be put in touch with a member of staff": wished for by the customer (not "my bank says I will get
  // put in touch with someone from their fraud team").
  { re: new RegExp(String.raw`\b(?:like|love|grateful|glad|want|wish|hoping|hope|appreciate|could i|can i|may i|please)\s+(?:to\s+)?(?:please\s+)?(?:be|get)\s+(?:put|placed)\s+in\s+(?:touch|contact)\s+with\s+${WHO}\b`), direct: false },
  // "Can I ring somebody so they can check it's really me?" (not "call someone to collect it", "someone at DHL", "someone
  // local", "if the watch dies on a Sunday": availability or someone else's service)
  { re: new RegExp(String.raw`\b(?:can|could|may)\s+(?:i|we)\s+(?:ring|call|phone|telephone)\s+(?:${ANYONE}|one of you)\b(?!\s+(?:else|to|at|about (?:it|this) at)\b)(?!\s+from\s+(?!your|the team))(?![^.?!]{0,40}\b(?:if|when|whenever|in case|near|nearby|local|locally|in my (?:area|town|city))\b)`), direct: false },
  { re: /\b(?:any ?one|some ?one|any ?body|some ?body)\s+real\s+(?:here|there|on (?:the other end|this chat))\b/, direct: false },
  // "can you get someone to look at this", "would it be possible for somebody on your team to have a look", "can
  // someone from support reset my 2FA" (a thing on the customer's account only staff can do).
  // (Review 2 of session 55: "can somebody please just sort this out", the softeners stacked; not anyone at all seeing the
  // customer's data, "can anyone just look at my activity data if my profile is public?", a privacy question.)
  // (Review of session 55: approving, fixing, sorting out, not when it asks whether anyone could: WHETHER_ANYONE_COULD.)
  { re: new RegExp(String.raw`\b(?:(?:can|could|would)\s+you\s+(?:please\s+)?get|possible\s+for|(?:can|could|would)\s+(?:please\s+)?)\s*(?!(?:any ?one|any ?body)\b[^.!?]*\b(?:public|private|visible|or only (?:me|my|i|friends)|only (?:me|my friends)|(?:other|random) (?:people|users|runners))\b)${ANYONE}(?:\s+(?:on|from|in)\s+(?:(?:your|the)\s+)?(?:team|sales|billing|support|tech support|technical support|tech|technical|orders?|privacy|returns|accounts?|customer service|customer support)(?:\s+(?:team|department|dept))?)?\s+(?:(?:to|please|pls|actually|just|maybe|possibly|kindly|really|honestly)\s+){0,2}(?:have a look|take a look|look (?:at|into)|check (?:on|it|this|my|the|our|your (?:side|end|system|records))|review (?:it|this)(?=\s*(?:[?.!]|$))|review my (?:claim|case|order|account|complaint|return|refund|decision)\b|(?:call|ring|phone|contact)\s+(?:me|us)\b|take (?:this|it) up with\b|(?:chase|sort out|deal with|handle) (?:this|it)\b|${ACCOUNT_FIX}\b|(?:(?:just\s+)?(?:approve|authori[sz]e|sign off(?: on)?|okay|ok) (?:it|this|that|the (?:price match|match|refund|exception|request|discount|return|exchange|(?:warranty )?claim|cancell?ation)|my (?:price match|refund|request|claim|return|exchange|warranty claim|cancell?ation))\b(?![^.!?]{0,40}\b(?:on|at|from|in) (?:our|my) (?:side|end|company|team)\b)|sign (?:this|it|that) off\b|sort (?:this|it|that) out\b|fix (?:this|it|that|my (?:account|order|login|refund))\b)${WHETHER_ANYONE_COULD})`), direct: false },
  // "can I get someone from support to reset my 2FA?": someone of the shop's, named by their team or by what only staff
  // can do (not "can I get someone to check my size in the store", "someone to sign for it").
  { re: new RegExp(String.raw`\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?get\s+${ANYONE}\s+(?:(?:from|on|in)\s+(?:your\s+|the\s+)?(?:team|support|customer service|customer support|tech support|technical support|tech|technical|billing|sales|orders?|privacy|accounts?)(?:\s+(?:team|department|dept))?\s+to\s+[a-z]+|to\s+${ACCOUNT_FIX})\b`), direct: false },
  // "I should be grateful if a member of your staff could telephone me": the staff as the subject of a call.
  { re: new RegExp(String.raw`\b(?:(?:a|one|some)\s+member\s+of\s+(?:your\s+|the\s+)?(?:staff|team|customer service(?: team)?)|one of your (?:team|staff|colleagues|people|agents|advisors|advisers|reps)|(?:some ?one|some ?body|a person)\s+(?:from|on|in)\s+your\s+(?:team|side|company|staff|customer service(?: team)?)|your (?:staff|team|colleagues|customer service(?: team)?|support team))\s+(?:could|can|would|will|might|may)\s+(?:please\s+|kindly\s+|possibly\s+|perhaps\s+)?(?:telephone|call|ring|phone|contact|e-?mail|text|get in touch with|get back to|reach out to)\s+(?:me|us)\b`), direct: false },
  // "is there any chance a person could ring me on …", "could somebody walk me through it on a call?": someone of the
  // shop's to call, or to take them through it (not the courier: "DHL said someone would ring me").
  { re: new RegExp(String.raw`\b(?:chance|possible|way)\s+(?:that\s+)?${ANYONE}\s+(?:could|can|would|might)\s+(?:please\s+)?(?:call|ring|phone|telephone)\s+(?:me|us)\b(?![^.?!]{0,60}\b(?:parcel|package|delivery|deliver\w*|driver|courier|away|arriv\w*)\b)|\b(?:can|could|would|will)\s+${ANYONE}\s+(?:please\s+)?(?:walk|talk|take)\s+(?:me|us)\s+through\b(?=[^.?!]{0,40}\b(?:on|over)\s+(?:a|the)\s+(?:call|phone)\b)|\b(?:can|could|would)\s+(?:some ?one|some ?body|any ?one|any ?body|a (?:real |actual )?person)\s+(?:actually|really)\s+(?:call|ring|phone)\s+(?:me|us)\b`), direct: false },
  // "would it be possible for one of your team to give her a quick ring": a call for someone the customer speaks for.
  { re: /\b(?:possible for|could|can|would)\s+(?:one of your (?:team|staff|people|colleagues)|your (?:(?:sales|support|business|trade|customer service) )?(?:team|staff|people|colleagues)|some ?one|some ?body|a (?:real )?person)(?:\s+(?:from|on|in) (?:your|the) team)?\s+(?:to\s+)?(?:please\s+)?(?:give (?:me|her|him|us|them) a (?:quick |short )?(?:ring|call|buzz|bell)|(?:ring|call|phone) (?:her|him|them|(?:my|our) (?:mum|mom|mother|dad|father|wife|husband|partner|grandma|grandmother|grandpa|grandfather|office|shop|store|club|school|centre|center|landline|reception)))\b/, direct: false },
  // "have one of your team ring me back", "get someone to call me"
  { re: new RegExp(String.raw`\b(?:have|get|ask)\s+${ANYONE}\s+(?:to\s+)?(?:telephone|call|ring|phone|contact|get in touch with|get back to)\s+(?:me|us)\b`), direct: false },
  // "Can you get Petra or whoever has it to ring me?": the shop asked to have its person call (not the courier, the bank).
  { re: /\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:get|have|ask)\s+(?!(?:the |your |my |our )?(?:[\w-]+ )?(?:courier|carrier|driver|dhl|ups|usps|fedex|gls|dpd|hermes|evri|royal mail|postman|postie|mailman|depot|delivery (?:guy|man|driver|company)|bank|post office|klarna|paypal)\b)(?:[\w'-]+\s+){1,5}?(?:to\s+)?(?:telephone|call|ring|phone|contact|get in touch with|get back to)\s+(?:me|us)\b/, direct: false },
  // Session 30. "Please have someone call the school office on …", "have someone from sales email me a price": someone of
  // the shop's to call an office of the customer's, or to write with a quote (not "email me the invoice": a document).
  // Asked of the shop ("please", "could you"), not the customer's own plan ("I'll have someone call the office"); not a
  // courier's call on arrival, nor a document or an alert ("email me the manual", "message me when it ships").
  { re: new RegExp(String.raw`\b(?:please|pls|kindly|could you|can you|would you)\s+(?:please\s+)?(?:have|get|ask)\s+(?:${ANYONE}|some ?(?:one|body) (?:from|in|on) (?:sales|billing|support|tech support|technical support|tech|technical|orders?|privacy|returns|accounts?|customer service|data protection))\s+(?:to\s+)?(?:(?:telephone|call|ring|phone|contact)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}(?:office|reception|front desk|desk|line|number|mobile|phone|cell|landline)\b|(?:email|e-mail|write to|message)\s+(?:me|us)\b(?!\s+(?:the|a|an|my|our|your|another|new)\s+(?:\w+\s+){0,2}(?:invoice|copy|label|receipt|code|link|pdf|confirmation|tracking|voucher|number|form|document|statement|manual|chart|instructions|guide|address|details|info|information|specs|brochure|catalogue|catalog)s?\b)(?!\s+(?:when|once|if|as soon as)\b))(?![^.?!]{0,40}\b(?:when|before|once) (?:they|you|he|she|the (?:driver|courier|parcel|delivery))\b|[^.?!]{0,40}\bbefore (?:delivery|delivering)\b)`), direct: false },
  // "Please forward this message to your data protection officer": a person of the shop's to take the message.
  // (Not praise to pass on: "please pass this message on to your colleagues, great service". The lookahead first, so
  // the 200-character look-behind runs only where a request can start.)
  { re: new RegExp(String.raw`\b(?=please\s|kindly\s|could you\s|can you\s)(?<!\b(?:thank|thanks|helpful|great|brilliant|amazing|lovely|compliments?|feedback|kudos|well done)\b.{0,200})(?:please\s+|kindly\s+|could you\s+|can you\s+)(?:forward|pass|send|hand|escalate)\s+(?:this|my|our|the)(?:\s+(?:message|email|e-mail|request|letter|query|question|complaint|case|matter))?\s+(?:on\s+)?to\s+${WHO}\b(?!.{0,200}\b(?:thank|thanks|helpful|great|brilliant|amazing|lovely|compliments?|feedback|kudos|well done)\b)`), direct: true },
  // "I'd like whoever is in charge of customer service to look at this personally"
  { re: new RegExp(String.raw`\b(?:id|i would|we would|wed|i d|we d)\s+(?:like|love|prefer|want)\s+${WHO}(?!\s+(?:in|from|of) (?:my|our)\b)\s+(?:\S+\s+){0,6}?to\s+(?:personally\s+|actually\s+|properly\s+)?(?:look|check|review|handle|deal|call|ring|phone|contact|get back|sort|take over|take a look|have a look|go through|chase|tell|explain)\b`), direct: false },
  // "I want to be typing with an actual member of the team", "I'd feel better going through this with somebody who has a pulse"
  { re: new RegExp(String.raw`\b(?:want|like|need|rather|prefer|wish)\s+(?:to\s+)?(?:be\s+)?(?:typing|texting|messaging|type|text|message)\s+(?:to|with)\s+${WHO}\b|\b(?:rather|prefer(?:\s+to)?|feel (?:better|happier|more comfortable|safer)|want to|like to|need to|wish to|happier)\s+(?:\S+\s+){0,2}?(?:(?:go|going|walk|walking)\s+(?:through\s+(?:this|it|that|things)|(?:this|it|that|things)\s+through)|(?:sort|sorting|talk|talking)\s+(?:this|it|that|things)\s+(?:out|over|through))\s+with\s+${WHO}\b`), direct: false },
  { re: /\b(?:any ?one|some ?one|any ?body|some ?body|a person|a human)\s+(?:with|who has)\s+a\s+(?:pulse|heartbeat)\b/, direct: false },
  // "I'd like this looked at by somebody with the authority to overturn it", "it'd be easier if someone just phoned me",
  // "skip the bot and put a staff member on": someone of the shop's (not a tailor, someone local, the courier at the door).
  { re: new RegExp(String.raw`\b(?:like|want|need|prefer|rather have|appreciate it if)\s+(?:this|it|that|the decision|my (?:\w+ )?(?:claim|case|complaint|order|request|decision))\s+(?:was\s+|were\s+|to be\s+)?(?:looked at|reviewed|checked|handled|dealt with|seen to)\s+by\s+(?:an? (?:real |actual |live )?(?:person|human)|whoever (?:is responsible|is in charge|handles|deals with|looks after)\b${NOT_ANOTHER_COMPANY}|a human being|an? (?:manager|supervisor)|(?:some ?one|some ?body) (?:senior|real|with (?:the )?authority|who can|from your|on your|in your)|a member of (?:staff|your team)|one of your (?:team|staff|colleagues))\b|\b(?:easier|better|quicker|simpler|prefer it)\s+if\s+(?:${ANYONE}|one of you|you)\s+(?:just\s+|could\s+|would\s+|simply\s+)?(?:phoned|called|rang|phone|call|ring|rung)\s+(?:me|us)\b(?![^.?!]{0,40}\b(?:when|before|outside|courier|driver|delivery|arriv\w*|van)\b)|\b(?:put|get)\s+(?:a|an|some)\s+(?:real\s+)?(?:staff member|member of staff|person|human|agent|employee)\s+on\b(?=\s*(?:pls|please|plz|now|asap|this|here|the chat|[.!?,]|$))|\bput\s+(?:some ?one|some ?body)\s+on\s+(?:who|that)\s+can\b`), direct: false },
  // "transfer me", "escalate this": but "transfer it into my account" moves money, not the chat.
  { re: /\b(?:transfer|escalate)\s+(?:me|my case|my chat|this chat|this conversation)\b|\bescalate\s+(?:this|it)\b|\btransfer\s+(?:this|it)\s+(?:to|over to)\s+(?:a|an|someone|somebody|the right|your|a real|a human|a person|an agent)\b(?!\s+(?:new|different|other|bank|account|card))/, direct: true },
  // "get me a human", "I want an agent", "need a real person"
  { re: new RegExp(String.raw`\b(?:get|give|find|want|need|like|request|prefer|demand|bring)\s+(?:me\s+)?${DET}(?:person|human|human being|agent|operator|rep|representative|manager|supervisor|staff member|member of staff|real person)\b(?![\s-]*(?:discount|code|readable|manual|number|price|rate)\b)`), direct: true },
  // "I'd prefer someone with a pulse", "now I do need someone from your team": the wanting verbs take any who.
  { re: new RegExp(String.raw`\b(?:want|need|prefer|request|demand)\s+${WHO}\b`), direct: true },
  // "can someone call me", "call me back", "give me a call", "ring me"
  { re: /\b(?:can|could|would|will|please|pls)\s+(?:some ?one|some ?body|any ?one|a (?:real |actual |live )?(?:person|human|manager|supervisor|member of staff|rep|employee)|you|your team|one of your (?:(?:tech|technical|support|sales|billing|service|customer service|privacy|orders?) )?(?:colleagues|team|staff|people|guys|experts|techs|technicians))\s+(?:(?:from|on|in) (?!(?:your |the )?(?:[\w'-]+ ){0,2}?(?:delivery|courier|couriers|driver|drivers|warehouse|shipping|dhl|ups|fedex|usps|bank|banks|paypal|klarna|post office)\b)(?:your |the )?(?:[\w-]+ ){0,2}?(?:team|department|dept|office|side|billing|sales|support|orders|accounts|tech support|technical support|tech|technical|privacy|returns)\s+)?(?:please\s+|maybe\s+|just\s+)?(?:call|ring|phone|telephone|contact|text)\s+(?:me|us)\b/, direct: false },
  // "might it be possible for a member of your sales staff to telephone me", "possible for somebody from your accounts
  // department to telephone me": the formal way of asking for a call.
  { re: /\b(?:possible|able)\s+for\s+(?:some ?one|some ?body|any ?one|a member of (?:your |the )?(?:[\w-]+ )?(?:staff|team)|one of your (?:[\w-]+ )?(?:staff|team|colleagues|people)|a (?!(?:delivery|courier|dhl|ups|fedex|usps|postal|post|parcel|bank)\b)(?:[\w-]+ )?(?:person|colleague|specialist|agent|representative|manager|supervisor))(?:\s+(?:from|in|on) (?:your|the) (?:[\w-]+ ){0,2}?(?:team|department|office|side))?\s+to\s+(?:call|ring|phone|telephone|contact)\s+(?:me|us)\b/, direct: false },
  // "is a live person available?": no "there", the person asked after.
  { re: /\b(?:is|are)\s+(?:a|an|any)\s+(?:live|real|actual|human)\s+(?:person|human|agent|staff member|member of staff)\s+(?:available|around|online|free|about)(?:\s+(?:now|right now|today|please|pls))?(?=\s*[?.!,]|\s*$)/, direct: false },
  // "Is there anyone above the claims team who could review it?", "is any manager I can talk to": someone higher up.
  { re: /\b(?:is|are)\s+there\s+(?:any ?one|any ?body|some ?one|some ?body)\s+(?:above|senior to|higher than)\s+(?:the|your|them|that)\b|\b(?:is|are)\s+(?:there\s+)?(?:any|a)\s+(?:manager|supervisor|person|human)\s+(?:i|we)\s+(?:can|could|may)\s+(?:talk|speak)\b/, direct: false },
  // "could someone from sales email me a quote": a named team reaching out is a person, whatever the channel.
  { re: /\b(?:can|could|would|will|please|pls)\s+(?:some ?one|some ?body|a person|one of your (?:colleagues|team|staff))\s+(?:from|in|on)\s+(?:your\s+|the\s+)?(?:sales|billing|support|tech support|technical support|tech|technical|orders?|privacy|returns|accounts?|customer service|customer support|team)(?:\s+(?:team|department|dept))?\s+(?:please\s+)?(?:call|ring|phone|contact|text|e-?mail|message|get back to|reach out to|write to|get in touch with)\s+(?:me|us)\b/, direct: false },
  // "can a sales person contact me?", "could your billing team email me"
  { re: /\b(?:can|could|would|will|please|pls)\s+(?:a|an|your|one of your)\s+(?:sales|billing|support|tech support|technical support|tech|technical|orders?|privacy|returns|customer service|customer support)\s*(?:person|people|rep|representative|agent|advisor|adviser|team|department|guy|expert|specialist)\s+(?:please\s+)?(?:call|ring|phone|contact|text|e-?mail|message|get back to|reach out to|write to|get in touch with)\s+(?:me|us)\b/, direct: false },
  // Session 31. "Kindly do the needful and arrange a call from the concerned person", "please arrange for someone to ring
  // me": the shop asked to set up a call (not the customer's own plan: "I'll arrange a call with my bank").
  { re: /\b(?:please|pls|kindly|could you|can you|would you|needful and)\s+(?:please\s+|kindly\s+)?arrange\s+(?:(?:(?:a|an)\s+)?(?:quick\s+|short\s+|phone\s+|telephone\s+|telephonic\s+)?(?:call|callback|call back|phone call|telephone call)\b(?!\s+(?:with|to)\s+(?!(?:you|your|some ?one|some ?body|one of your|a (?:person|colleague|manager|supervisor)|the (?:concerned|right|relevant) person)\b))|for\s+(?:some ?one|some ?body|a (?:person|colleague|member of staff))\s+to\s+(?:call|ring|phone|telephone|contact)\s+(?:me|us)\b)/, direct: false },
  // "Could I trouble someone to telephone me…", "may I ask somebody to ring me back": someone of the shop's to call.
  // (Not the customer's own plan: "I'll ask someone to ring me when the van turns up".)
  { re: /\b(?:could|can|may|might)\s+(?:i|we)\s+(?:please\s+)?(?:trouble|bother|ask)\s+(?:some ?one|some ?body|one of your (?:team|staff|colleagues|people)|a member of (?:staff|your team|the team))\s+to\s+(?:please\s+)?(?:telephone|call|ring|phone)\s+(?:me|us)\b/, direct: false },
  // "I really would prefer a voice on the telephone", "I'd rather hear a human voice": a person on the line.
  // (Not "I'd prefer a voice" for a watch's alerts, nor "a voice on the phone app": features.)
  { re: /\b(?:prefer|rather (?:have|hear)|like|want|need)\s+(?:to\s+(?:speak|talk)\s+(?:to|with)\s+|to\s+hear\s+)?(?:a|an)\s+(?:(?:real|human|actual|proper|live|friendly)\s+voice\b(?!\s+(?:note|message|memo|assistant|command|control|search|recording|mail|alerts?|cues?|prompts?|coach\w*|feedback)\b)|voice\s+on\s+the\s+(?:tele)?phone\b(?!\s+app))|\b(?:speak|talk)\s+(?:to|with)\s+(?:a|an)\s+(?:real|human|actual|live)\s+voice\b/, direct: false },
  // "I'd like this to go straight to your data protection officer", "I'd really rather go through this with one of your
  // technicians directly": the matter handed to a person of the shop.
  { re: /\b(?:like|want|need)\s+(?:this|my (?:request|complaint|question|case|message))\s+to\s+go\s+(?:straight|directly)\s+to\s+your\s+(?:data protection officer|dpo|manager|supervisor|complaints (?:team|department)|privacy team)\b|\b(?:rather|prefer to)\s+(?:go through|discuss|sort|talk through|go over)\s+(?:this|it|that)(?:\s+out)?\s+with\s+(?:one of your|your)\s+(?:technicians?|engineers?|experts?|specialists?|staff|colleagues|people|team)\b(?![^.!?]{0,40}\b(?:once|later|when|after|no rush|kidding|next)\b)/, direct: false },
  { re: /\b(?:call|ring|phone)\s+me\s+back\b|\bgive\s+(?:me|us)\s+a\s+(?:call|ring|buzz|bell|tinkle|holler)\b|\bcallback\b|\bcall\s*back\b/, direct: false },
  // "I'd like an actual conversation with your support team", "where's your complaints department? I want this logged there"
  { re: new RegExp(String.raw`\b(?:want|like|need|prefer|rather have)\s+(?:an?\s+)?(?:actual|real|proper|human)\s+conversation\s+with\s+(?:${WHO}|your\s+(?:support\s+|customer service\s+)?team)\b|\b(?:where(?:s| is| can i find)|(?:put me through|connect me|transfer me) to|speak to|talk to)\s+(?:your|the)\s+complaints?\s+(?:department|dept|team|desk)\b(?!\s+by\s+(?:post|mail|letter|e-?mail))`), direct: false },
  // "is anyone actually real on the other end?", "is there a real person I could ask?"
  // (Not opening hours: "is anyone there on Saturdays?".)
  { re: /\b(?:is|are)\s+(?:there\s+)?(?:any ?one|any ?body|some ?one|some ?body)\s+(?:actually\s+|even\s+|really\s+)?(?:real|human|alive|there|home|awake)\b(?!\s+(?:on|at|in|during|over|after|before|until|till|from)\s+(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\s+(?:on|at|over)\s+(?:the\s+)?weekends?\b|\s+(?:at|after|before)\s+\d|\s+(?:in the|at) (?:morning|evening|night)s?\b)/, direct: false },
  { re: /\b(?:is|are)\s+there\s+(?:actually\s+|even\s+|really\s+)?(?:an?|any)?\s*(?:real|actual|live|living|human)\s+(?:person|people|human|humans|agent|staff|soul)(?![\w-])(?!\s+(?:limit|capacity|tent|size|version|rating))/, direct: false },
  // Session 48: "is there a human somewhere in this process".
  { re: /\bis\s+there\s+(?:a|any)\s+(?:human|person|real person|human being)\s+(?:somewhere|anywhere|at all|involved(?=\s*(?:[?.!,]|$|or\b|at all\b|here\b|anywhere\b|in (?:this|my) (?:case|process|chat|conversation|request|refund|claim)\b))|(?:in|behind)\s+(?:this|the|it)\s+(?:process|loop|chain|chat|system)|behind\s+(?:this|it)(?!\s+\w))\b/, direct: false },
  // Session 48: "whether one of your colleagues might be able to take a look at it?", "I don't suppose there's anyone I could speak to about it?"
  { re: /\b(?:whether|if)\s+(?:one of )?your colleagues?\s+(?:might|could|would|can|may)\s+(?:be able to\s+)?(?:take a look|look into|have a look|check|look at)\b|\b(?:one of )?your colleagues?\s+(?:might|could|would|can|may)\s+(?:be able to\s+)?(?:take a look|look into|have a look|check|look at)\b(?=[^.!?]*\?)|\b(?:there s|theres|there is|is there)\s+(?:any ?one|some ?one|some ?body|any ?body)\s+(?:i|we)\s+(?:could|can|might)\s+(?:speak|talk)\s+(?:to|with)\b/, direct: false },
  // Session 55: "is there someone in your billing team who can actually go through the numbers with me?" (Review: or "…on
  // the sales team that could recommend a tent", "…at your end who can confirm it".)
  { re: /\b(?:is|are)\s+there\s+(?:some ?one|any ?one|some ?body|any ?body|a person|people)\s+(?:in|from|on|at)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept|office|side|end)\s+(?:who|that)\s+(?:can|could|would|might)\s+(?:actually\s+|please\s+|maybe\s+)?(?:help|go (?:through|over)|look (?:at|into)|check|explain|sort|talk|speak|call|ring|deal with|handle|walk me|tell me|answer|confirm|advise|recommend|approve|authori[sz]e|fix|process)\b/, direct: false },
  // Session 55: "Thank you, I'm happy to wait for someone.": waiting for a person is wanting one.
  // (Review 2 of session 55: in any words for it, "I'd be happy to wait for someone", "i dont mind waiting for a real person",
  // "happy to hold for an agent", "ok i'll wait until someone is available"; not someone who is not the shop's: one at the
  // door or of a carrier, "wait for someone to be home to sign for it", "someone from DPD", "someone to open the Berlin
  // store", "someone in our group".)
  { re: new RegExp(String.raw`\b(?:(?:(?:im|i am|were|we are|id be|i would be|wed be|we would be)\s+)?(?:happy|glad|fine|ok|okay|willing|prepared|content)\s+to|(?:i|we)(?:ll| will| can| could| dont mind to)?|(?:i|we)\s+(?:dont|do not)\s+mind|no problem)\s+(?:wait|waiting|hold|holding)\s+(?:here\s+)?(?:for\s+(?:some ?one|some ?body|a (?:real |actual |live )?(?:person|human|colleague|staff member|member of staff|agent|human agent)|an? (?:agent|employee|human)|one of your (?:team|colleagues|staff|people|agents)|your (?:team|colleague|colleagues|staff|agents?))\b${NOT_SHOPS_PERSON}|(?:until|till|til)\s+(?:some ?one|some ?body|an? (?:agent|person|human|colleague))\s+(?:is|s|gets|becomes)\s+(?:free|available|online)\b)`), direct: false },
  // Session 48: "so I'm contacting your team, not a bot".
  { re: /\b(?:contacting|writing to|messaging|talking to|want|need|asking for)\s+(?:your|the)\s+(?:team|staff|support team|support staff|humans?|people),?\s+not\s+(?:a|the|your)\s+(?:bot|chat ?bot|robot|machine|ai)\b/, direct: false },
  // (Not a taunt that says what the bot is: "are you a bot that can only copy paste??" is anger, not a question.)
  // (Session 55: nor a question asked in passing, "are you a bot? no worries either way lol": see ASKED_IN_PASSING.)
  { re: new RegExp(String.raw`\b(?:are|r)\s+(?:you|u)\s+(?:even\s+|actually\s+|just\s+)?(?:a\s+)?(?:real|human|a bot|bot|robot|machine|person|real person)\b(?!\s+(?:that|who|which)\s+(?:\w+\s+){0,2}(?:only|just)\b)${ASKED_IN_PASSING}`), direct: false },
  { re: new RegExp(String.raw`\bam\s+i\s+(?:talking|chatting|speaking|writing)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:bot|chat ?bot|robot|machine|computer|program|ai|automated (?:system|assistant)|real person|human)\b${ASKED_IN_PASSING}`), direct: false },
  { re: new RegExp(String.raw`\b(?:are|r)\s+(?:you|u)\s+(?:even\s+|actually\s+|just\s+)?(?:a\s+|an\s+)?(?:chat ?bot|program|ai|automated)\b${ASKED_IN_PASSING}`), direct: false },
  // "can a supervisor look at this", "someone who can actually make a decision"
  // (Review of session 55: not whether one could, "can a person sort this out themselves or do i have to send it in?".)
  { re: new RegExp(String.raw`\b(?:can|could|may|would)\s+(?:a|the|your|some|one of your)\s+(?:supervisor|manager|human|person|real person|member of staff|colleague|staff member|team lead)\s+(?:please\s+)?(?:look|check|review|help|handle|take|deal|sort)\w*(?:\s+(?:this|it|that)(?:\s+out)?)?${WHETHER_ANYONE_COULD}`), direct: false },
  // "Would a supervisor be able to take a second look?", "would one of your colleagues be able to look at this": someone
  // above or beside the bot (not "would a colleague be able to take the parcel in", "might a person be able to fly with it").
  { re: /\b(?:can|could|may|would|might)\s+(?:(?:a|the|your)\s+(?:supervisor|manager|team lead)|one of your (?:colleagues|team|staff|people)|(?:some ?one|some ?body|a colleague) (?:on|from|in) your (?:[\w-]+ )?(?:side|team|end|department))\s+(?:possibly\s+)?be able to\s+(?:look|check|review|help|handle|take (?:a|another|a second|a closer) look|deal|sort)\b/, direct: false },
  // Session 29, the understated way of asking. "I suspect this needs someone with access to the actual account", "I
  // think this is one for a human", "perhaps it's time for a colleague of yours", "someone on your side could fix it in
  // eight seconds, if you could point me in their direction", "Might I ask someone in your accounts department to look
  // at it?", "any chance of someone ringing me this week?". (Not "the tent needs two people to pitch", "a flat which
  // needs someone with access to the building", "delivery time for a person in Austria", "a colleague of yours told me",
  // "can I ask someone to check the parcel locker", "any chance of someone ringing me when it is back in stock".)
  { re: /\b(?:suspect|think|imagine|reckon|fear|guess|afraid|seems|sounds like|feel)(?: that)?\s+(?:this|it|that)(?:s| is)?(?:\s+one)?\s+(?:probably\s+|really\s+|clearly\s+|now\s+)?(?:needs|requires|calls for|is (?:one|a job|a question|a matter) for|(?:one|a job|a question|a matter) for)\s+(?:(?:some ?one|some ?body|a (?:real |actual )?(?:person|human)|a colleague|one of your (?:colleagues|team|staff|people)|a member of (?:staff|your team))\s+(?:with (?:proper |real |full )?(?:access|the (?:access|authority|keys))|who (?:can|could) (?:actually\s+|really\s+)?(?:see|access|look at|check|change|fix|edit|reach|override|approve)|(?:on|at) your (?:side|end)|rather than (?:the|a|this) (?:help|bot|chat|articles?|faq|pages?))\b|(?:a (?:real |actual )?(?:person|human)|one of your (?:colleagues|team|staff|people)|your (?:[\w-]+ )?team)\s*(?:[.!?,;]|$))|\b(?:its|it is)\s+(?:probably\s+|perhaps\s+|maybe\s+|now\s+)?(?:high\s+|about\s+)?time for (?:a|an|one of your) (?:colleague|human|real person|member of staff)s?(?: of yours\b|(?: to (?:step in|take over|look|help|have a look))?\s*(?:[.!?,;]|$))|\b(?:some ?one|some ?body|a colleague|a person) (?:on|at|in) your (?:side|end)\b[^.?!]{0,80}\bpoint (?:me|us) (?:in|towards) (?:their|his|her) direction\b|\b(?:might|may|could|can)\s+(?:i|we)\s+ask\s+(?:(?:some ?one|some ?body|a colleague)\s+(?:in|from|on)\s+your\s+[\w ]{1,25}?(?:team|department|dept|side|office)|one of your (?:colleagues|team|staff|people)|a member of your (?:team|staff))\s+to\s+(?:look|check|review|have a look|take a look|call|ring|phone|contact|sort|fix|reissue|change|correct|deal with)\b|\bchance of\s+(?:some ?one|some ?body|a (?:real )?person|a colleague|one of your (?:colleagues|team|staff|people)|a member of (?:staff|your team))(?:\s+(?:from|in|on)\s+your\s+[\w ]{1,20}?(?:team|department|side))?\s+(?:ringing|calling|phoning|contacting|getting (?:back )?(?:to|in touch with))\s+(?:me|us)\b(?!\s+(?:with|to say|to tell|instead)\b)(?![^.?!]{0,60}\b(?:parcel|package|delivery|driver|courier|arriv\w*|dhl|ups|gls|dpd|fedex|usps|hermes|when|once|if|as soon as|in stock|ready|collect)\b)/, direct: false },
  // "can a manager override that?", "Could a member of your team get in touch at …?", "flag this to your accounts team and
  // have them email me": someone with a say, or the team, asked to act or to reach out.
  { re: /\b(?:can|could|may|would)\s+(?:a|your)\s+(?:supervisor|manager|team lead)\s+(?:please\s+)?override\s+(?:that|this|it|the (?:block|decision|rule|refusal|rejection|system|limit))\b|\b(?:can|could|may|would)\s+(?:a member of your (?:team|staff)|one of your (?:team|colleagues|staff)|your team)\s+(?:please\s+)?(?:get in touch (?:with me|at)|reach out to me|get back to me|email me|contact me)|\b(?:flag|pass|escalate)\s+(?:this|it|that)\s+(?:on\s+)?to\s+your\s+[\w ]{0,20}?(?:team|department|colleagues|people)\s+and\s+(?:have|get|let)\s+(?:them|someone|somebody)\s+(?:email|call|contact|ring|phone|get back to|reach out to)\s+(?:me|us)\b/, direct: false },
  // "I'd like someone with the authority to make an exception", "a team lead to review this"
  { re: /\b(?:want|need|like|get|ask for|speak to|talk to|have)\s+(?:some ?one|some ?body|a person)\s+(?:with|who has)\s+(?:the\s+|real\s+|more\s+|some\s+)?(?:authority|power|clearance)\b|\b(?:want|need|like|get|ask for)\s+(?:a|the|your|some)\s+(?:team lead(?:er)?|senior (?:person|colleague|agent|member of staff))\b/, direct: false },
  { re: /\b(?:some ?one|some ?body|a person|a human)\s+(?:who|that)\s+(?:can|could|is able to)\s+(?:actually\s+|really\s+)?(?:make (?:a )?decisions?|make an exception|grant an exception|decide|approve|authori[sz]e|do something|sort (?:this|it) out|fix (?:this|it))/, direct: false },
  // "… rather than a bot", "instead of this chatbot": asking for the opposite of the bot.
  { re: /\b(?:rather than|instead of)\s+(?:a|the|this|your|some)\s+(?:bot|chat ?bot|robot|ai|automated (?:system|assistant|chat))\b/, direct: false },
  // Session 17: someone on the team as the one who acts on it. "can a supervisor make an exception?", "could one of
  // your staff handle this?", "could somebody from your billing side ring me" (not "could a technician fix it", which
  // asks about a repair; review of session 55: nor "can a person sort this out themselves or…?", WHETHER_ANYONE_COULD).
  { re: new RegExp(String.raw`\b(?:can|could|would|may|might)\s+(?:please\s+)?(?:a|an|the|some|one of your|your)\s+(?:real\s+|actual\s+|human\s+|live\s+)?(?:supervisor|manager|person|human|staff|staff member|member of staff|colleague|rep|representative|agent|team member|team lead)s?\s+(?:please\s+|just\s+|maybe\s+|perhaps\s+|possibly\s+|kindly\s+)?(?:make (?:an )?exception|make (?:a|the) (?:decision|call)|handle (?:this|it|my)|deal with (?:this|it|my)|look (?:at|into) (?:this|it|my (?:case|account|order|claim))|take (?:a look|over|this|it|my case)|have a look|review (?:this|it|my)|sort (?:this|it)|(?:double[- ]?)?check (?:this|it|that|my|the)|confirm (?:this|it|that|my|the))\b${WHETHER_ANYONE_COULD}`), direct: false },
  { re: /\b(?:can|could|would)\s+(?:please\s+)?(?:some ?one|some ?body|a person)\s+(?:from|on|in)\s+(?:your\s+(?!(?:delivery|warehouse|courier|shipping|logistics)\b)(?:[\w-]+\s+){0,2}?|the\s+)(?:team|side|department|dept|office)\s+(?:please\s+|just\s+)?(?:call|ring|phone|contact|e-?mail|text|get back to|get in touch with|reach out to)\s+(?:me|us)\b/, direct: false },
  // "just get me someone from the team", "pls just connect me to a technician"
  { re: /\bget\s+(?:me|us)\s+(?:some ?one|some ?body|a person|a human|a technician|an expert|a specialist)\b|\b(?:connect|put|transfer|pass|send)\s+(?:me|us)\s+(?:through\s+)?(?:to|with)\s+(?:a|an|your|one of your)\s+(?:\w+\s+)?(?:technician|engineer|expert)s?\b/, direct: true },
  // "I'd rather have a real person deal with it", "is there anybody over there who isn't reading off a script?"
  { re: new RegExp(String.raw`\b(?:rather|prefer to|like to|want to|id like to)\s+have\s+${WHO}\s+(?:deal with|handle|look at|look into|check|sort|take (?:a look|over|this|it))\b|\b(?:any ?one|some ?one|any ?body|some ?body|a person|a human)\b[^.?!]{0,25}\b(?:who|that)\s+(?:isnt|is not|aint)\s+(?:just\s+)?(?:reading|working|going)\s+(?:off|from)\s+a\s+script\b|\b(?:any ?one|some ?one|any ?body|some ?body)\b[^.?!]{0,30}\b(?:who|that)\s+(?:isnt|is not|aint)\s+(?:a\s+|an\s+)?(?:bot|robot|chat ?bot|machine|ai)\s*(?=[?.!,;]|$)`), direct: false },
  // Said with a clause between: "perhaps someone who can actually see the payment could check it for me?", "I'd
  // appreciate it if someone with a bit of discretion could have a look", "put this in front of whoever looks after data
  // protection on your side".
  { re: /\b(?:perhaps|maybe|possible|appreciate it if|grateful if|glad if|(?:would|could) it be possible (?:for|that)|wonder(?:ing)? (?:whether|if)(?:,?\s+given [^.?!,]{1,30},)?)\s+(?:some ?one|some ?body|a person|a colleague|one of your (?:colleagues|team|staff|people)|an? (?:actual |real )?member of (?:your |the )?(?:team|staff))(?:\s+(?:on|from|in)\s+your\s+(?:team|staff|side))?(?:\s+(?:who|that|with)\b[^.?!]{0,60}?)?\s+(?:could|can|would|might)\s+(?:please\s+)?(?:be able to\s+)?(?:give me a (?:quick\s+)?(?:call|ring)|(?:ring|call|phone|telephone)\s+(?:me|us)\b(?![^.?!]{0,60}\b(?:(?:when|before|once) (?:they|you|he|she|the (?:driver|courier|parcel|delivery))|before (?:delivery|delivering)|buzzer|doorbell|intercom)\b)|have a look|take a look|look (?:at|into)|check|review|handle|deal with|get back to me|contact me)\b|\b(?:put|bring|take)\s+(?:this|it|my (?:case|question|request))\s+in front of\s+(?:whoever|some ?one|some ?body|a person|your (?:[\w-]+\s+){0,2}?(?:team|department|officer|people))\b|\b(?:pass|forward)\s+(?:this|my (?:case|question|request))\s+(?:on\s+)?to\s+(?:whoever|some ?one|some ?body|a (?:real |actual )?(?:person|human))\b(?!\s+else)|\b(?:pass|forward)\s+(?:it|that)\s+(?:on\s+)?to\s+a\s+(?:real|actual)\s+(?:person|human)\b|\b(?:any ?way|possible)\s+(?:to\s+)?get\s+(?:some ?one|some ?body|a (?:real |actual )?person)\s+to\s+(?:actually\s+|personally\s+)?(?:chase|call|ring|look into|contact|follow up)\b/, direct: false },
  // Session 24. "can I have a human being please", "may we get a real person": asked for (not "can I have a person
  // collect it"). "Is it possible that somebody of your team calls me?": a call wished for, in a learner's words.
  { re: new RegExp(String.raw`\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get)\s+${DET}(?:person|human|human being|agent|operator|rep|representative|manager|supervisor|staff member|member of staff|real person)\b(?!\s+(?:to\s+)?(?:collect|pick|come|install|deliver|sign))(?![\s-]*(?:manual|code|number|discount|readable|copy|guide|id|account|login|portal|price|rate|version|list|contact|email|address)\b)|\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:have|get)\s+a\s+(?:quick\s+)?word\s+with\s+${WHO}\b`), direct: true },
  { re: /\b(?=possible|chance)(?<!\b(?:dhl|ups|gls|dpd|fedex|usps|hermes|courier|driver|carrier|bank)\b[^.?!]{0,60})(?:possible|chance)\s+(?:that\s+)?(?:some ?one|some ?body|a person|a colleague(?: of yours)?|one of your (?:team|staff|colleagues|people))(?:\s+(?:of|from|on|in)\s+(?:your|the)\s+(?:team|staff|company|support|customer service))?\s+(?:calls|rings|phones|contacts|gives (?:me|us) a (?:quick )?(?:call|ring)|could call|can call|would call|will call)\s*(?:me|us)?\s*(?:back\b)?(?![^.?!]{0,60}\b(?:parcel|package|delivery|driver|courier|arriv\w*|dhl|ups|gls|dpd|fedex|usps|hermes|pretend\w*|when|whenever|before|if|in stock)\b)(?<=\b(?:me|us|back|call|ring))/, direct: false },
  // "Is there a technician or someone on the product side who could look at the sync logs?"
  { re: new RegExp(String.raw`\b(?:is|are)\s+there\s+an?\s+(?:technician|engineer|expert|specialist)\s+or\s+${ANYONE}\s+(?:who|that)\s+(?:can|could|might|would)\s+(?:look (?:at|into)|check|review|help)\b`), direct: false },
  // "Who is your data protection person? I'd like to be passed to them directly": the person just asked about.
  { re: /\b(?:who(?:s| is)\s+(?:your|the)\s+(?:[\w-]+\s+){0,3}(?:person|officer|manager|supervisor|team|department|specialist|colleague)|who\s+(?:handles|deals with|looks after|is responsible for|is in charge of)\s+[^.!?]{1,40}(?:there|at yours|on your side|at <shop>)?)\s*\?\s+(?:(?:i(?:d| would)?|we(?:d| would)?)\s+(?:like|want|prefer|need|wish)\s+to\s+be\s+(?:passed|put through|transferred|connected|forwarded|handed over)|(?:please\s+)?(?:put|connect|transfer|pass|forward)\s+(?:me|us)\s+(?:through\s+)?)\s*(?:on\s+)?(?:to|with)\s+(?:them|him|her)\b/, direct: true },
  // "Your returns team had my lamp for two weeks. I'd like to be put through to them directly."
  { re: /\byour\s+(?:[\w-]+\s+){0,2}(?:team|department|people|colleagues)\b[^.!?]{0,60}[.!]\s+(?:i(?:d| would)?|we(?:d| would)?)\s+(?:like|want|prefer|need|wish)\s+to\s+be\s+(?:passed|put through|transferred|connected|forwarded|handed over)\s+(?:on\s+)?(?:to|with)\s+them\b/, direct: true },
  // "Could a supervisor or someone on your business side have a look?", "Would a person be able to telephone me?", "I'd
  // rather hear it from someone who has actually pitched these", "Does anyone on your team do gear advice by phone?"
  { re: /\b(?:can|could|would|may)\s+(?:a|your|the)\s+(?:supervisor|manager|team lead)\s+or\s+some ?(?:one|body)\s+(?:on|from|in)\s+(?:your|the)\s+[\w ]{1,20}?(?:side|team|department)\s+(?:please\s+)?(?:have a look|take a look|look (?:at|into)|check|review|help)\b|\b(?:would|could|will|can)\s+(?:a person|some ?one|some ?body|one of your (?:team|staff|colleagues))\s+be able to\s+(?:telephone|call|ring|phone|contact)\s+(?:me|us)\b|\b(?:rather|prefer to|like to|want to)\s+(?:hear|get)\s+(?:it|this|that|advice|the answer)\s+from\s+(?:some ?one|some ?body|a person|a human|one of your (?:team|staff|people))\b(?!\s+(?:else|at|from)\b)|\b(?:does|do)\s+(?:any ?one|some ?one|any ?body|some ?body)\s+(?:on|in|from)\s+your\s+team\s+(?:do|offer|give)\s+(?:\w+\s+){0,2}(?:advice|consultations?|calls?|chats?)\s+(?:by|over|on)\s+(?:the\s+)?(?:phone|video|call)/, direct: false },
  // "operator. NW-118455 wrong item inside": the request word said first, on its own, then the case.
  { re: /^(?:an?\s+)?(?:agent|operator|representative|real person|live agent|live person)\s*[.!]+(?=\s)(?!\s*(?:no\b|wait\b|never ?mind|sorry|scratch that|oops))/, direct: true },
  // "human please", "agent now"
  { re: /\b(?:human|agent|operator|representative|rep|real person|live agent|live chat|someone real|a person)\s+(?:please|pls|plz|now|asap)\b/, direct: true },
  // Session 42, blind sets. "I need an attendant please", "this one needs an actual Northwind employee": the case said to
  // need a person (a shop's name or a team word may stand between).
  { re: new RegExp(String.raw`\b(?:i|we)\s+(?:need|want|would like|d like)\s+(?:an?|the)\s+(?:attendant|clerk|shop assistant|sales assistant)\b|\b(?:this|it|that)\s+(?:one\s+|case\s+|issue\s+|problem\s+)?(?:really\s+|definitely\s+|clearly\s+)?(?:needs|requires|calls for|will need|would need)\s+(?:(?:an?\s+|some\s+)?(?:actual|real|live|proper)\s+(?:[a-z-]+\s+)?(?:person|human|human being|employee|staff member|member of staff|agent|colleague|rep|representative)|(?:an?\s+)?(?:human|human being|(?:[a-z-]+\s+)?employee|staff member|member of (?:your )?staff|(?:support |customer service )?agent|rep|representative))\b`), direct: false },
  // "Are there any humans working today?", "I want to file a complaint with whoever is in charge of customer service".
  { re: new RegExp(String.raw`\b(?:are|is)\s+there\s+(?:any|a|some)\s+(?:real\s+|actual\s+|live\s+)?(?:humans?|human beings?|real people|agents?|operators?)\s+(?:working|around|available|online|on (?:duty|shift)|there|here|about)\b|\b(?:file|make|lodge|raise|submit)\s+(?:a|my|an official)\s+complaint\s+(?:with|to)\s+${WHO}\b`), direct: false },
  // "Could you pass it along to your billing folks?", "Would you mind forwarding this to the team?": the case handed on to
  // the shop's people.
  // (Not the customer's own forwarding, "I'll forward it to the finance team", nor feedback: "pass this on to your team,
  // the app is great", "to the product team as feedback".)
  { re: /(?<!\b(?:i|ill|i will|i can|i could|we|well|we will|we can|i shall|ive|i have|i already|i just)\s+)\b(?:pass|passing|forward|forwarding|send|sending|hand|handing|escalate|escalating|refer|referring|kick|kicking)\s+(?:this|it|that|my (?:case|question|issue|request|problem|query))\s+(?:along\s+|on\s+|over\s+|up\s+)?to\s+(?:your|the)\s+(?:(?!product\b|design\b|marketing\b)[\w-]+\s+){0,2}(?:team|folks|people|department|dept|colleagues|staff|humans|guys|specialists|experts)\b(?!\s+(?:address|email|page|form|portal|warehouse|as (?:feedback|a suggestion)))(?![^.!?]{0,40}\b(?:feedback|is great|are great|love|brilliant|compliments?|suggestion)\b)/, direct: false },
  // "Can you get me back to Jonas or whoever took over his notes?": back to the person dealt with before.
  { re: /\b(?:get|put|send|transfer|pass|connect|bring)\s+me\s+back\s+(?:to|through to|in touch with|with)\s+(?:whoever|the (?:same )?(?:person|agent|guy|lady|woman|man|rep|colleague|human)|someone|somebody|a human|a person|(?!(?:camp|base|town|home|the|my|car|start|trailhead|trail|road|hut|shelter|route|track|path|parking)\b)\w+ or (?:whoever|someone|somebody|anyone))\b(?!['’]s\b|\s+else['’]?s\b)/, direct: false },
  // "This is for your support team, not the bot: …", "my question is for a real person": the message addressed to people.
  // (Not "this gift is for your support team".)
  { re: /\b(?:my|this|the)\s+(?:question|message|request|query)\s+is\s+(?:(?:really|only|meant)\s+)?(?:for|addressed to)\s+(?:a|an|the|your)\s+(?:real\s+|actual\s+)?(?:human|person|agent|staff member|support team|customer service team|team|people|staff)\b(?!\s+(?:who|that)\s+(?:has|have|had|owns?|owned|used|uses|slept|tried|wrote|packed|bought|sold|served|helped)\b|\s+(?:at|in)\b)(?![^?]*\b(?:thank|thanks|so kind|well done|great job|kudos|compliments?|shout ?out|typo)\b[^?]*$)|\b(?:this|that)\s+(?:one\s+)?is\s+(?:(?:really|only|meant)\s+)?(?:for|addressed to)\s+(?:a|an|the|your)\s+(?:(?:support|customer service|human|real)\s+)?(?:humans?|person|agents?|team|staff|people)\b,?\s*(?:and\s+)?not\s+(?:for\s+)?(?:you|the bot|a bot|the chat ?bot|an ai|the ai|a machine)\b/, direct: true },
];

const ES: Pattern[] = [
  // "Les ruego que me pongan en contacto con un responsable", "¿me podéis poner en contacto con alguien?"
  { re: /\b(?:me\s+(?:pongan|ponga|pongais|pongas)|ponganme|pongame|ponme)\s+en\s+contacto\s+con\s+(?:una?\s+|el\s+|la\s+|algun\s+|alguna\s+)?(?:persona|humano|agente|operador(?:a)?|alguien|encargad[oa]|responsable|supervisor(?:a)?|gerente|asesor(?:a)?|emplead[oa]|representante)\b/, direct: false },
  { re: /\bhablar\s+con\s+(?:una?\s+|el\s+|la\s+|algun\s+|alguna\s+)?(?:persona|humano|agente|operador(?:a)?|alguien|encargad[oa]|responsable|supervisor(?:a)?|gerente|asesor(?:a)?|emplead[oa]|representante)\b/, direct: true },
  // "Quiero hablar con un compañero de atención al cliente", "¿Puedo hablar con el compañero que me atendió?": the shop's
  // colleague, asked for or named as theirs (not "tengo que hablar con la compañera con la que voy de acampada", "voy a
  // hablar con un compañero de trabajo": the customer's own).
  { re: /\b(?:(?:quiero|quisiera|necesito|puedo|podria|me gustaria|prefiero|deseo)\s+hablar\s+con\s+(?:una?\s+|el\s+|la\s+|algun\s+|alguna\s+|otro\s+|otra\s+)?companer[oa]\b(?!\s+(?:de\s+(?:mi|mis|trabajo|piso|clase|oficina|cuarto|habitacion|viaje|universidad|club|equipo|la\s+oficina)|del|mio|mia|con\s+(?:el|la|los|las|quien)\b))|hablar\s+con\s+(?:una?\s+|el\s+|la\s+|algun\s+|alguna\s+|otro\s+|otra\s+)?companer[oa]\s+(?:suyo|suya|vuestro|vuestra|tuyo|tuya|de\s+(?:atencion|soporte|ventas|facturacion))\b)/, direct: true },
  { re: /\b(?:pasar(?:me)?|pasame|paseme|ponme|pongame|comunicar(?:me)?|transferir(?:me)?|transfiereme|derivar(?:me)?)\s+(?:con|a)\s+(?:una?\s+|el\s+|la\s+)?(?:persona|humano|agente|operador|alguien|encargad[oa]|responsable|supervisor|gerente|asesor|emplead[oa]|tecnic[oa]|especialista)\b/, direct: true },
  { re: /\b(?:quiero|necesito|prefiero|exijo)\s+(?:una?\s+)?(?:persona|humano|agente|operador|asesor)\b/, direct: true },
  // Session 47. "Quiero que un supervisor revise por qué…": a person of the shop asked to act.
  { re: /\b(?:quiero|necesito|prefiero|exijo|pido)\s+que\s+(?:una?\s+|el\s+|la\s+|algun\s+|alguna\s+)?(?:persona|humano|agente|operador(?:a)?|alguien|encargad[oa]|responsable|supervisor(?:a)?|gerente|asesor(?:a)?|emplead[oa])\s+(?:de\s+\w+\s+)?(?:me\s+|lo\s+|la\s+)?(?:revise|mire|llame|atienda|conteste|responda|gestione|vea|compruebe|escriba)\b/, direct: false },
  // "¿me pasas con alguien?", "¿me puede atender alguien del equipo?"
  { re: /\bme\s+(?:pasas|pasa|pasan|pasais|puedes pasar|puede pasar|podrias pasar|podria pasar|pueden pasar|podrian pasar|podeis pasar|podriais pasar)\s+con\s+(?:una?\s+|el\s+|la\s+)?(?:persona|humano|agente|operador|alguien|encargad[oa]|responsable|supervisor|gerente|asesor|emplead[oa])\b/, direct: true },
  { re: /\b(?:me\s+)?(?:puede|podria|pueden|podrian|podra)\s+atender(?:me)?\s+(?:alguien|una persona|un agente|un asesor|una asesora|(?:algun|alguna|un|una|otro|otra)\s+companer[oa](?:\s+(?:suyo|suya|vuestro|vuestra|tuyo|tuya))?)\b|\bque\s+me\s+atienda\s+(?:alguien|una persona|un agente)\b/, direct: true },
  { re: /\b(?:me\s+(?:puede|podria|pueden|podrian)\s+(?:llamar|contactar|atender|devolver la llamada)\s+(?:alguien|una persona|un agente|un asesor|una asesora)|alguien\s+me\s+(?:puede|podria|pueden)\s+(?:llamar|contactar|atender)|me\s+(?:pueden|podeis|puedes|podrian|podriais)\s+llamar|podria\s+llamarme\s+alguien)\b(?![^.?!]{0,30}\b(?:dhl|ups|gls|correos|seur|dpd|mrw|repartidor|mensajero|transportista)\b)|\b(?:que\s+)?me\s+(?:llame|llamen|contacte|contacten)\s+(?:alguien|una persona|un agente|por telefono)\b|\b(?:pueden|puede|podeis|podrian)\s+llamarme\b/, direct: false },
  // "¿Hay alguien con quien pueda hablar por teléfono?"
  // (Asked, not "me gusta saber que hay alguien con quien puedo hablar"; nor "mi madre prefiere hablar por teléfono…".)
  { re: /(?:^|[¿?.!,]\s*)(?:hola,?\s+)?(?:hay|habria)\s+(?:alguien|alguna\s+persona)\s+con\s+(?:quien|el\s+que|la\s+que)\s+(?:pueda|podria)\s+hablar\b|\b(?:quiero|quisiera|necesito|me\s+gustaria|prefiero)\s+hablar\s+(?:por\s+telefono\s+)?con\s+(?:alguien|una\s+persona|un\s+ser\s+humano|un\s+agente|un\s+asesor|una\s+asesora)\b/, direct: false },
  // "¿Sería posible que alguien de su equipo me llamara?", "si alguien me pudiera llamar": a call asked for.
  // (Asked in a frame that wishes it, not "¿es normal que alguien me llame…?", "me da miedo que…"; a conditional only as
  // "si alguien me pudiera llamar", not the hypothetical "si alguien me llamara pidiendo mis datos"; not the courier.)
  { re: /\b(?:(?:seria|es|sera) posible|podria ser|quisiera|me gustaria|prefiero|prefeririamos|pido|pedimos|necesito|necesitamos|quiero|queremos|espero|agradeceria|agradeceriamos|solicito|ruego)\s+que\s+alguien\s+(?:(?:de|del)\s+(?:su|vuestro|tu|el|la)?\s*(?:equipo|empresa|tienda|servicio|atencion al cliente|soporte)(?:\s+de\s+atencion al cliente)?\s+)?me\s+(?:llame|llamara|llamase|llamen|contacte|contactara|contactase|escriba|escribiera|escribiese)\b(?![^.?!]{0,40}\b(?:dhl|ups|gls|correos|seur|dpd|mrw|repartidor|mensajero|transportista|paquete|entrega\w*|pasar por)\b)|\bsi\s+alguien\s+(?:(?:de|del)\s+(?:su|vuestro|tu|el|la)?\s*(?:equipo|empresa|tienda|servicio|atencion al cliente|soporte)\s+)?me\s+(?:pudiera|pudiese|podria)\s+(?:llamar|contactar|escribir)\b|\balguien\s+(?:de|del)\s+(?:su|vuestro|tu)\s+(?:equipo|empresa|tienda|servicio de atencion al cliente)\s+me\s+(?:puede|podria|pueden)\s+(?:llamar|contactar|escribir)\b/, direct: false },
  // "¿hay alguien de verdad ahí que pueda revisar esto?"
  { re: /(?:^|[?.!]\s*)hay\s+(?:alguien|una persona)\s+(?:(?:de verdad|humana?|real)\s+)?(?:ahi|alli)\s*(?:[?.!]|$)|\bhay\s+(?:alguien|una persona)\s+(?:de verdad|humana?|real)\s*(?:$|[?.!,])|\bhay\s+alguien\s+(?:(?:de verdad|real)\s+)?(?:ahi\s+|ahi,?\s+)?que\s+(?:me\s+)?(?:pueda|podria)\s+(?:ayudar|revisar|mirar|atender|llamar)|\b(?:puede|podria|pueden|podrian)\s+alguien\s+(?:(?:revisar|mirar|ver)\s+(?:esto|mi\s+(?:caso|pedido|reclamacion|cuenta|devolucion|reembolso))|ayudarme|llamarme|atenderme|contestarme|revisarlo|mirarlo)\b/, direct: false },
  // Review of session 55: "¿hay alguien en facturación que me pueda explicar el cargo?": someone of a team asked to act,
  // as "is there someone in your billing team who can…" (not "hay alguien en casa que pueda recogerlo": a place, no verb of ours).
  { re: /\bhay\s+(?:alguien|alguna\s+persona)\s+(?:en|de|del)\s+(?:el\s+|la\s+|su\s+|vuestro\s+|vuestra\s+)?(?:[\w-]+\s+){0,2}?que\s+(?:me\s+)?(?:pueda|puedan|podria|podrian)\s+(?:ayudar|explicar|revisar|mirar|llamar|atender|aclarar|confirmar|solucionar|resolver)\b/, direct: false },
  // Session 50: "can you get someone from tech support on this": someone put on the case.
  { re: /(?:\b(?:can|could|would|will)\s+(?:you\s+)?(?:please\s+)?|\b(?:please|pls)\s+|^|[.!?]\s*)(?:get|put|have)\s+(?:some ?one|some ?body|a person|a human|an agent)(?:\s+(?:from|in|on)\s+(?:your\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+on\s+(?:this|it|my case|the case)\b/, direct: false },
  // Session 50: "i'd honestly prefer a phone call if that's possible".
  // (Review: not "a call from DHL before they deliver", "a call option in the app", "a ring light", "a call than an e-mail".)
  { re: /\b(?:id|i would|i d)\s+(?:(?:honestly|really|much|actually|rather)\s+)*(?:prefer|like|appreciate|rather have)\s+(?:a|an)\s+(?:phone\s+|quick\s+)?(?:call|callback|call back|phone call|ring)\b(?!\s*(?:from|by)\s+(?:dhl|ups|gls|dpd|fedex|usps|hermes|the (?:courier|driver|carrier|delivery))\b|\s+(?:option|button|feature|function|light|mode|alert|notification)s?\b|\s+(?:than|instead of|before (?:delivery|they deliver|it arrives|the (?:courier|driver|delivery)))\b)/, direct: false },
  // Session 50: "Por favor, un agente, mejor en español", "Bitte einen Mitarbeiter, am liebsten auf Deutsch": the bare ask with its please.
  // (Review: not "Por favor, un agente no hace falta…", "Por favor, una persona de vuestra tienda me dijo…", "Bitte einen Mitarbeiter im Laden fragen, ob…".)
  { re: /(?:^|[.!?]\s*)(?:(?:por favor|porfa)\s*,?\s*(?:un|una)\s+(?:agente|persona|humano|operador(?:a)?|asesor(?:a)?|empleado|empleada)|(?:un|una)\s+(?:agente|persona|humano|operador(?:a)?|asesor(?:a)?)\s*,?\s*(?:por favor|porfa)|bitte\s*,?\s*(?:einen?|eine)\s+(?:echten\s+)?(?:mitarbeiter(?:in)?|menschen|berater(?:in)?|kollegen|kollegin)|(?:einen?|eine)\s+(?:mitarbeiter(?:in)?|menschen|berater(?:in)?|kollegen|kollegin)\s*,?\s*bitte)\b(?![^.!?]{0,40}\b(?:no hace falta|no es necesario|no necesito|me dijo|me dijeron|me ha dicho|nicht notig|nicht noetig|nicht erforderlich|brauche ich nicht|hat mir gesagt|fragen)\b)/, direct: true },
  { re: /\b(?:persona|alguien|humano|gente)\s+de\s+carne\s+y\s+hueso\b|\b(?:hay\s+)?(?:alguien|una persona)\s+real\b|\bpersona\s+real\b|\bes(?:tas|ta)?\s+(?:un\s+)?(?:bot|robot|maquina)\b/, direct: false },
];

const DE: Pattern[] = [
  // Review 2 of session 55: "Ich warte gerne auf einen Mitarbeiter": waiting for a person of the shop, as in English.
  { re: /\b(?:ich|wir)\s+(?:warte|warten)\s+(?:(?:gern(?:e)?|dann|hier|auch|solange)\s+)*auf\s+(?:einen|eine|einem)\s+(?:echten\s+)?(?:mitarbeiter(?:in)?|menschen|berater(?:in)?|kollegen|kollegin)\b/, direct: false },
  // "Wäre es möglich, dass mich jemand aus Ihrem Team anruft?": a call asked for.
  { re: /\b(?:ware es (?:moglich|machbar)|ist es moglich|(?:ich|wir) warten? darauf|(?:konnten|konnen|wurden) sie (?:bitte\s+)?veranlassen|(?:ich|wir) hatten? (?:gern|gerne)|(?:ich|wir) mochten?|(?:ich|wir) wurden? (?:mich|uns) freuen|(?:ich|wir) bitten? (?:darum|sie)|bitte sorgen sie dafur|es ware (?:schon|gut|toll|nett|super|hilfreich))\s*,?\s*(?:dass|wenn)\s+(?:mich|uns|sich)\s+(?:jemand|ein(?:e)?\s+(?:mitarbeiter(?:in)?|berater(?:in)?|kollege|kollegin|mensch))\s+(?:(?:aus|von)\s+(?:ihrem|eurem|dem|deinem|ihrer|eurer)\s+(?:team|kundenservice|kundendienst|support|abteilung)\s+)?(?:bei\s+(?:mir|uns)\s+)?(?:anruft|zuruckruft|kontaktiert|meldet|anrufen\s+(?:kann|konnte|wurde)|zuruckrufen\s+(?:kann|konnte|wurde)|melden\s+(?:kann|konnte|wurde))\b(?![^.?!]{0,30}\b(?:dhl|ups|gls|dpd|hermes|paketdienst|zusteller|fahrer|paket|lieferung)\b)/, direct: false },
  { re: /\bkann\s+ich\s+(?:bitte\s+)?(?:mal\s+)?(?:mit\s+)?(?:einen?|einem|einer)\s+(?:echten\s+|richtigen\s+)?(?:menschen|mitarbeiter(?:in)?|berater(?:in)?|person)\s+sprechen\b/, direct: true },
  { re: /\bmit\s+(?:einem|einer|jemandem|dem|der|ihrem|ihrer|eurem|eurer)?\s*(?:echten|richtigen|menschlichen)?\s*(?:mitarbeiter(?:in|n)?|menschen|person|berater(?:in)?|kundenservice|kundendienst|vorgesetzten|chef(?:in)?|verantwortlichen|jemandem|kollegen|kollegin|agenten|support|datenschutzbeauftragten)\b[^.?!]{0,30}\b(?:sprechen|reden|verbinden|chatten|telefonieren)\b/, direct: true },
  // "Gibt es jemanden, mit dem ich das telefonisch klären kann?", "ich hätte gern jemanden von Ihnen am Telefon"
  // (Said as the customer's own wish: not "das werde ich mit einem Mitarbeiter klären", "mit dem Chef besprechen".)
  { re: /\bgibt\s+es\s+(?:hier\s+|bei\s+(?:ihnen|euch)\s+)?(?:jemanden|einen\s+(?:mitarbeiter|menschen|ansprechpartner)|eine\s+(?:person|mitarbeiterin|ansprechpartnerin)),?\s+(?:mit\s+dem|mit\s+der)\s+ich\b[^.?!]{0,40}\b(?:sprechen|reden|klaren|besprechen|telefonieren)\b|\bich\s+(?:hatte|mochte|wurde)\s+(?:(?:gern(?:e)?|bitte|lieber)\s+)*(?:jemanden|einen\s+mitarbeiter|eine\s+mitarbeiterin|einen\s+menschen)\s+(?:von\s+(?:ihnen|euch|ihrem\s+team|eurem\s+team)\s+)?am\s+telefon\b|\bich\s+(?:mochte|will|wurde|hatte)\s+(?:(?:das|dies|es)\s+)?(?:(?:bitte|gern(?:e)?|lieber|direkt|personlich)\s+)*mit\s+(?:einem|einer)\s+(?:ihrer\s+|eurer\s+)?(?:mitarbeiter(?:in)?|menschen|berater(?:in)?|kollegen|kollegin)\s+(?:(?:direkt|personlich|telefonisch)\s+)?(?:klaren|besprechen|abklaren)\b/, direct: false },
  { re: /\b(?:verbinden|verbindet|verbinde|weiterleiten|durchstellen|leiten)\s+(?:sie\s+|du\s+)?(?:mich|mir)\b|\b(?:konnen|konnten|wurden|kannst|konntest)\s+(?:sie|du)\s+mich\b[^.?!]{0,50}\b(?:verbinden|weiterleiten|durchstellen|zuruckrufen|anrufen)\b/, direct: true },
  { re: /\b(?:rufen\s+sie\s+mich|ruft\s+mich|ruf\s+mich)\b[^.?!]{0,20}\ban\b|\bzuruckrufen\b|\bruckruf\b/, direct: false },
  { re: /\b(?:mensch|menschen|person|jemand|jemandem|mitarbeiter(?:in)?)\s+aus\s+fleisch\s+und\s+blut\b|\b(?:echte[nmr]?|richtige[nmr]?)\s+(?:mensch|menschen|person|mitarbeiter(?:in)?)\b|\bist\s+da\s+(?:jemand|ein\s+mensch)\b|\bbist\s+du\s+ein\s+(?:bot|roboter)\b/, direct: false },
  // "Kann sich das bitte jemand vom Kundenservice anschauen?", "kann mich jemand anrufen?"
  { re: /\b(?:kann|konnte|konnen|konnten)\s+(?:sich\s+|mich\s+|mir\s+)?(?:das\s+|dies\s+|bitte\s+|mal\s+)*(?:jemand|ein(?:e)?\s+(?:mitarbeiter(?:in)?|mensch|person|kollege|kollegin|berater(?:in)?)(?!\s+(?:von\s+(?:mir|uns)|aus\s+meine[mr]|meine[rs]?)\b)|einer?\s+ihrer\s+(?:kollegen|mitarbeiter))(?:\s+(?!(?:im|in|vor|beim)\b)\S+){0,5}?\s+(?:anschauen|ansehen|prufen|uberprufen|kummern|anrufen|zuruckrufen|helfen|weiterhelfen|melden|nachsehen|nachschauen|kontaktieren|buchen|nachbuchen|nachtragen|gutschreiben|korrigieren|andern|erledigen|bearbeiten)\b/, direct: false },
  { re: /\b(?:ich\s+(?:will|mochte|brauche|hatte\s+(?:gern(?:e)?|lieber)))\s+(?:(?:direkt|bitte|sofort|jetzt|lieber|gleich|doch|endlich)\s+)*(?:einen?\s+)?(?:mitarbeiter(?:in)?|menschen|berater(?:in)?|person)\b(?!\s+(?:\w+\s+){0,3}(?:loben|danken|erwahnen))(?!,?\s+die\s+(?:beim|mir beim|bei der)\s+aufbau)/, direct: true },
];

/** A message that is nothing but a request word: "agent", "human please!!", "operator". */
const BARE = /^(?:(?:i want|i need|get me|give me)\s+)?(?:an?\s+|the\s+)?(?:agent|operator|human|person|representative|rep|real person|live agent|live person|customer service|customer support|manager|supervisor|staff|someone real|humano|persona|agente|mitarbeiter|mensch)(?:\s+(?:please|pls|plz|now|asap|por favor|bitte))?$/;

/** Words that turn a request into its opposite when they come just before it. */
const NEGATIVE_WORDS = String.raw`(?:no need|not necessary|dont|do not|doesnt|does not|didnt|did not|not|never|without|rather not|instead of|no|nope|wont|will not|cant|cannot|dont want|no quiero|sin|nicht|kein(?:e|en)?|ohne|no hace falta|no necesito|brauche keine?n?)`;
const NEGATION = new RegExp(String.raw`\b${NEGATIVE_WORDS}\b[^,.;!?]{0,30}$`);
const NEGATION_WORD = new RegExp(String.raw`\b${NEGATIVE_WORDS}\b`, 'g');
/**
 * "i dont want to lose it plz transfer me": after the last negative word a new request starts ("plz", "so transfer me");
 * not "without having to call and talk to someone", "not so keen on talking to a person".
 */
function newRequestAfterNegation(clause: string): boolean {
  const negatives = [...clause.matchAll(NEGATION_WORD)];
  const last = negatives.at(-1);
  return last !== undefined && /\b(?:plz|pls|please)\b|\b(?:so|and|but|then)\s+(?:just\s+)?(?:(?:please|pls|plz)\s+)?(?:can|could|would|transfer|put|connect|get|pass|let|give|find)\b|\b(?:so|but)\s*$/.test(clause.slice(last.index + last[0].length));
}
/** "... not now", "maybe later": a mention for later, not a request now. */
const DEFERRAL = /^[^a-z]{0,3}[^.!?]{0,25}?(?:\bnot now\b|\bnot yet\b|\bmaybe later\b|\blater\b|\bjust curious\b|\bjust wondering\b|\bfor future reference\b|\bin case\b|\bif needed\b|\bif necessary\b)/;
/** "…speak with somebody by telephone? Not now, I am at work.": the next sentence puts it off. */
const DEFERRAL_NEXT = /^[^.!?]{0,30}[.!?]+\s*(not now|not right now|not today|maybe later|later on)\b/;
/** "if I ever need a real person, what hours are they around?": a person some other day, not now. */
const SOME_DAY = /\b(?:(?:if|in case|should)\s+(?:i|we)\s+(?:ever|one day|someday|later|at some point)|whenever\s+(?:i|we)(?:\s+ever)?|in (?:the )?future,?\s+if\s+(?:i|we))\s+(?:(?:need|want|have|would like)\s+)?(?:to\s+)?$/;
/** Questions about when/how-long, which are about availability: "when can I reach a real person?" */
const AVAILABILITY = /\b(?:when|what time|what hours|which hours|how long)\b[^.?!]{0,40}$/;

export interface RequestMatch {
  direct: boolean;
  text: string;
}

/** What the message asks apart from a request for a person (null when it makes none): the question for the KB. */
export function withoutRequest(message: string, shop = ''): string | null {
  const found = findExplicitRequest(message, shop);
  return found ? requestText(message).replace(found.text, ' ') : null;
}

/** Every pattern once, with the global flag exec needs to walk the matches (compiled once per site, not per message: this runs on every sentence). */
const PATTERNS = [...EN, ...ES, ...DE].map(({ re, direct }) => ({ global: new RegExp(re.source, 'g'), direct }));
const patternsBySite = new Map<string, typeof PATTERNS>();
function patternsFor(shop: string): typeof PATTERNS {
  let out = patternsBySite.get(shop);
  if (!out) patternsBySite.set(shop, (out = PATTERNS.map(({ global, direct }) => ({ global: namedShop(global, shop), direct }))));
  return out;
}

/** `shop`: site.json `name`, which a customer may call the shop by ("someone at Northwind who can help"). */
export function findExplicitRequest(message: string, shop = ''): RequestMatch | null {
  return scanned(shop, message).match;
}

/** The words quoted from someone else (requestWords.ts), read as a request would be. */
function quotedAdvice(message: string): string[] {
  return [...message.matchAll(QUOTED_WORDS)].map((q) => requestText(q[2]!));
}

/** scanForRequest, memoised: a turn asks it of the same message several times (decision, KB question, rules, package). */
const scanned = memoTextBy((shop: string, message: string) => scanForRequest(message, shop));

/** The request found, and whether one was said but negated, put off or taken back (`withdrawn`). */
function scanForRequest(message: string, shop: string): { match: RequestMatch | null; withdrawn: boolean } {
  // (Session 55: "a wind-up crank like the human-powered torch" asks for no one; NO_ONE_IN_IT, as for the learned reading.)
  const text = requestText(message.replace(NO_ONE_IN_IT, ' '));
  const advice = /['"“‘]/.test(message) ? quotedAdvice(message) : [];
  const adviceSpans: Array<[number, number]> = [];
  for (const a of advice) {
    const at = text.indexOf(a, adviceSpans.length ? adviceSpans[adviceSpans.length - 1]![1] : 0);
    if (at >= 0) adviceSpans.push([at, at + a.length]);
  }
  const bare = text.replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (BARE.test(bare)) return { match: { direct: true, text: bare }, withdrawn: false };
  let withdrawn = false;
  for (const { global, direct } of patternsFor(shop)) {
    // exec on the shared regex, not matchAll: matchAll clones the regex on every call, which cost ~85 % of this function.
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (m[0] === '') global.lastIndex++;
      // (Session 48: the advice quoted is not the customer asking.)
      // (Only the words inside the quote: "The FAQ says to 'request a call back'. OK then, I request a call back." asks.)
      if (adviceSpans.some(([from, to]) => m!.index >= from && m!.index + m![0].length <= to)) continue;
      const before = text.slice(0, m.index);
      const clauseStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(','), before.lastIndexOf(';'));
      const clause = before.slice(clauseStart + 1);
      // ("i dont want to lose it plz transfer me": a new request after the negated words, not a negated request.)
      // (A negated mention does not veto the model: "I can't reach anyone on your hotline…" may still ask in other words.)
      if (NEGATION.test(clause) && !newRequestAfterNegation(clause) && !/\b(?:dont|do not) (?:suppose|imagine|know if|know whether)\b/.test(clause) && !/\bwhy\s+(?:cant|cannot|can not|wont|dont)\b/.test(clause)) continue;
      // "I'd prefer to put my questions in writing rather than speak to anyone": the person is what they would rather not.
      if (/\b(?:rather than|instead of|sooner than|en lugar de|en vez de|statt|anstatt)\s*(?:to\s+|having to\s+)?$/.test(clause)) continue;
      if (AVAILABILITY.test(clause) || PROCESS_QUESTION.test(clause) || (/^(?:need|have)\b/.test(m[0]) && SELF_OR_PERSON.test(clause)) || SOMEONE_ELSES.test(clause) || SOME_DAY.test(clause) || (SOMEONE_ELSES_ADVICE.test(clause.replace(/['"‘’“”]/g, ' ').replace(/\s+/g, ' ')) && /^[^.!?]{0,40}\bbut (?:i|we)\b/.test(text.slice(m.index + m[0].length)))) continue;
      // (Session 49: a call promised before and told is not asked for, and the model's reading of "ring me back" in it
      // is no request either.)
      if (/\b(call|ring|phone)\s*(me|us)?\s*back\b|\bcall ?backs?\b/.test(m[0]) && PROMISED_BEFORE.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1)) && !/^[^.!?]{0,40}\b(so|now|please|pls|i want|put me|can (you|someone|somebody))\b/.test(text.slice(m.index + m[0].length))) {
        // (Not when a person is asked for after it in words no pattern has: "Is there someone else who can phone me?")
        if (!/\b(?:someone|somebody|anyone|anybody|a (?:person|human|manager|supervisor)|real (?:person|human|voice)|phone me|call me|ring me|speak|talk)\b/.test(text.slice(m.index + m[0].length))) withdrawn = true;
        continue;
      }
      // "my husband wants to talk to a manager but I just need the tracking link" (not "my dad wants to speak to someone, can you call him?").
      if (SOMEONE_ELSE_WANTS.test(clause) && /^[^.!?]*\bbut (?:i|we)\b/.test(text.slice(m.index + m[0].length))) continue;
      if (DEFERRAL.test(text.slice(m.index + m[0].length)) || DEFERRAL_NEXT.test(text.slice(m.index + m[0].length))) {
        withdrawn = true;
        continue;
      }
      // "I'd like someone to actually check whether it fits… oh never mind, the size chart says it does."
      if (/\b(?:never ?mind|nvm|scratch that|forget it|actually,? no(?! ?(?:one|body)\b)|on second thought|let me try (?:you|this|the bot|the chat|here) first|ill try (?:you|this|the bot|the chat|here) first)\b(?![^.!?]{0,20}\b(?:just|please|pls)\b)/.test(text.slice(m.index + m[0].length))) {
        withdrawn = true;
        continue;
      }
      return { match: { direct, text: m[0] }, withdrawn };
    }
  }
  return { match: null, withdrawn };
}

export function detectExplicitRequest(message: string, seq: number, model?: MessageModel, shop = ''): DetectorResult | null {
  // "Am I talking to a person or an AI? Just wondering, you're doing fine.": asked out of curiosity, not a request.
  if (ONLY_CURIOUS.test(normalise(message))) return null;
  const { match, withdrawn } = scanned(shop, message);
  if (!match) {
    // "can i speak to": the rest is on its way, and the pipeline waits for it.
    // ("…speak with somebody by telephone? Not now, I am at work.": a request put off is none, whatever the model reads.)
    // (Review of session 55: nor when it asked what the bot is in passing, "are you a real person? doesn't really matter, …".)
    if (!model || withdrawn || trailsOff(message) || PUT_OFF_AFTER.test(normalise(message)) || BOT_ASKED_IN_PASSING.test(normalise(message))) return null;
    const p = personRequestProbability(model, message.replace(NO_ONE_IN_IT, ' '));
    if (p < model.threshold) return null;
    return { trigger: 'explicit_request', confidence: Math.min(0.9, p), reason: 'Customer asked for a person (in words of their own)', evidenceSeq: seq };
  }
  return {
    trigger: 'explicit_request',
    confidence: match.direct ? 0.95 : 0.85,
    reason: `Customer asked for a person ("${match.text}")`,
    evidenceSeq: seq,
  };
}
