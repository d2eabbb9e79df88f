/**
 * Frustration: clear negative emotion towards the service, the bot or the
 * situation. Signals are scored and summed; one strong signal (an insult, rejecting
 * the bot's answer, sarcasm about a problem, a threat to leave, the same message
 * sent again) is enough once the bot has had a chance to help. On the very first
 * message only an outright hostile opener counts: an all-caps question is someone
 * in a hurry, not yet someone the bot has failed.
 */
import { detectSmallTalk } from '../bot/smallTalk.js';
import { onlyDetails } from '../bot/notYetAsked.js';
import { normalise } from '../bot/text.js';
import type { TranscriptEntry } from '../pipelineTypes.js';
import { botHasReplied, customerMessages, lastBotReply, type DetectorContext, type DetectorResult } from './types.js';

interface Signal {
  re: RegExp;
  weight: number;
  label: string;
  /** Only with this in the message too. */
  needs?: RegExp;
}

const STRONG = 1;
const MEDIUM = 0.6;
const WEAK = 0.3;

const SIGNALS: Signal[] = [
  // Insults and contempt (en/es/de)
  { re: /\b((is|its|this|that|your|what) (\w+ )?(trash|junk)\b|(?<!\b(my old|my previous|my last|from amazon|other brands?|another brand|cheaper brands?)\b[^.!?]{0,40})(cheap|overpriced|absolute|total|complete|utter) (junk|trash|garbage|rubbish)\b|(trash|junk) (app|product|service|company|shop|watch|tent|lamp)|scam|scammers?|garbage|rubbish|useless|pathetic|ridiculous|absurd|(this is|its|thats|basically|borderline|literally) harass(ment|ing me)|outrageous|(?<!\b(just|only|as|was) )a joke(?! between)|is a joke|joke of a|(an?|such an?) (absolute|total|complete|utter|bloody|fucking|sick) joke|worst|terrible service|awful service|horrible service|(what|such|this is|its|very|so|really|extremely|truly|incredibly|absolutely) (a )?(bad|poor) (customer )?service(?! (in|on|at|up|out|here|there|where|area|coverage|reception))|incompetent|disgrace(ful)?|shambles|farce|shit|shitty|crap|crappy|bullshit|wtf|ffs|clowns?|rip[- ]?off|fraudsters?|thieves|(what a|such a|total|complete|absolute|this is a|its a|a) racket(?! (bag|case|sports?))|daylight robbery|highway robbery|(cash|money) grab)\b/, weight: STRONG, label: 'insult' },
  // "ZUM DRITTEN MAL: …", "Por tercera vez: …": the n-th time, announced (outside the \b that ends the chasing signal).
  { re: /\b(zum (zweiten|dritten|vierten|funften|x+|\d+\.?|wiederholten) mal|(por|es la) (segunda|tercera|cuarta|quinta|enesima) vez( que)?)\s*[:!]/, weight: MEDIUM, label: 'chasing' },
  // "what a gimmick", "what a con"
  { re: /\b(what|such) a (gimmick|con|sham|racket)\b/, weight: STRONG, label: 'insult' },
  // "You lot are hopeless.", "Absolute cowboys.", "Keep your Trailpoints": contempt for the shop.
  { re: /\b(((you lot|you guys|you people|your (company|shop|store|service|support|team|chat|bot)|this (bot|chat|shop|company|service)) (are|is) (completely |totally |utterly |just |so )?(hopeless|clueless)\b(?! (at|with|when|if|about))|(youre|you are) (completely |totally |utterly |just |so )?(hopeless|clueless)(?=\s*([.!,]|$|honestly)))|(?<!\b(we|were|we are|they|they are|theyre)\s+)(absolute|total|complete|utter) cowboys\b)|(^|[.!?;]\s*)keep your (trailpoints|points|vouchers?|codes?|discount|\w+ points)\s*[,.!]/, weight: STRONG, label: 'insult' },
  // "typical scummy company", "bunch of crooks", "a shady outfit"
  { re: /\b(scummy|scumbags?|crooks|bunch of (clowns|crooks|thieves|amateurs)|(shady|dodgy|crooked) (company|shop|store|outfit|business|lot))\b/, weight: STRONG, label: 'insult' },
  { re: /\b(estafa|estafadores|verguenza|vergonzoso|inutil(es)?|basura|una broma|ridiculo|pesimo|fatal|harto|harta|timo|tomadura de pelo|(me|nos) (estan|esta) tomando el pelo|(vaya|menudo|menuda) (servicio|atencion|ayuda|tienda)|(vaya|menudo|menuda|que) (chiste|circo))\b/, weight: STRONG, label: 'insult' },
  { re: /\b(frechheit|unverschamt|betrug|betruger|abzocke|(ein|einen) (schlechte[rn] |echte[rn] |reine[rn] |einzige[rn] )?witz(?! (erzahl|gemacht|machen))|saftladen|(totaler |voller |billiger |absoluter )?schrott|bringen? (mir|uns) (uberhaupt |gar |rein gar )?nichts|lacherlich\w*|nutzlos\w*|sauerei|katastrophe|katastrophal\w*|mist|unfassbar|unmoglich|zumutung)\b/, weight: STRONG, label: 'insult' },
  // Rejecting the bot's answer
  { re: /\b(not what i (asked|meant)|not an answer|no answer|doesnt answer|didnt answer|answer my question|read my (message|question)|(are|r) (you|u) (even )?(reading|listening)|do (you|u)( people| guys| lot)? even (read|listen)(?=\s*$|\s*[?.!]|\s+(my|what i|the messages?|messages|anything|it|your own)\b)|do (you|u)( people| guys| lot)? (actually |ever )+(read|listen)(?=\s*[?.!]|\s*$|\s+(those|these|your own|what i (write|wrote|say|said|type|typed)|anything|messages? (at all|here))\b)|(anything|what) else (is )?on (the|your) script|(are you|youre|you are) (just )?(reading|read) (from|off) (a|the|your) script|(just )?typing (in)?to a script|not listening|same (\w+ )?(article|answer|reply|link|form) (again|twice)|the same (article|answer|reply|link) again|again the same|(i|ive|i have) (already )?(read|know|saw|seen|checked|tried) (that|the article|this article|it already|the policy|your policy|that article|the faq|all that)\b(?! (the|you|it|your|there|this|my|we|for)\b)|yes i know|i know,? i know|(stop|quit) (pasting|copying|sending|quoting|repeating)|dont (you dare )?(send|give|paste|quote|show) me (the|that|this|your|another)\b[^.!?]{0,30}\b(again|article|form|link)|(pasted|copied|copy[- ]?pasted) (again|the)|(isnt|not|stop|just) copy[- ]?past(e|ed|ing)|copy[- ]?pasted (from|answers?|repl(y|ies)|responses?)|copy[- ]?paste (answers?|repl(y|ies)|responses?)|canned (answers?|responses?|replies)|useless bot|stupid bot|dumb bot|not helpful|unhelpful|doesnt help|didnt help|no help at all|you keep (saying|sending|repeating)|why didnt i think of that|(only|already) (did|tried|done) (it|that|this)\b[^.!?]{0,25}\b(times|twice)|(did|tried|done) (it|that|this|all that|all of that|everything)( already)? (like |about |maybe |at least |literally )?(a dozen|dozens of|many|several|multiple|\d+|three|four|five|six|seven|eight|ten|twenty|a hundred|a million) times)\b/, weight: STRONG, label: 'rejects the answer' },
  { re: /\b(das (haben sie|hast du|habt ihr) (mir )?(schon|bereits) (geschrieben|gesagt|geschickt)|(eso|esto) ya me lo (habeis|han|has) (dicho|escrito|mandado)|textbausteine?|standardantwort(en)?|standardsatze|floskeln|(schon wieder|immer wieder|jedes mal|wieder|nur) (\w+ ){0,3}(dieselbe|die gleiche|dieselben|die gleichen|dasselbe|das gleiche) ?(\w+ ){0,2}(antwort(en)?|satze|text)?|(siempre|otra vez|de nuevo) (me |nos )?(contestais|respondeis|decis|dais|mandais|enviais|contestan|responden|dicen|dan|mandan|envian|repetis|repiten) (\w+ ){0,2}(lo mismo|la misma (\w+ )?(respuesta|contestacion)|las mismas (\w+ )?respuestas)|keine antwort|das hilft (mir )?nicht|lesen sie (uberhaupt|meine)|respuestas? automaticas?|no me sirve|no es una respuesta|ya lo (se|lei|he leido)|no me (estas|esta) leyendo)\b/, weight: STRONG, label: 'rejects the answer' },
  // Threatening to leave
  { re: /\b((ill|i will|im going to|gonna|going to|well|we will|were going to) (just )?((buy|get|order|shop|go)|be (buying|ordering|shopping|placing|spending))\b[^.!?]{0,30}\b(elsewhere|somewhere else|amazon|ebay|competitor|another (shop|store|site))|never (order|buy|shop)(ing)? (from|with|here|at)[^.!?]{0,15}again|(take|taking) my (business|money|custom) to (?!(you|your|u|northwind|the|a|my|checkout|check out)\b)[a-z]+(?=\s*([.!,;]|$)|\s+(instead|from now|now)\b)|(?<!should i )think twice before (order|buy|shop)(ing)? (anything )?((from|with) (you|your \w+)\b|here)|(im|i am) (so )?done (ordering|buying|shopping) (here|from you|with you)(?=\s*([.!]|$)|\s+for good)|(take|taking) my ((business|money|custom)|[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|euros?|dollars?)) (elsewhere|somewhere else)|\b(buy(ing)?|order(ing)?|shop(ping)?) (it |them |one )?(from|at|with) (?!(your|our|the|paypal|klarna|apple|google|card|credit|debit|my|a different|another)\b)[^.!?]{1,30}?\binstead\b|(delet|clos|cancel)\w* my account (and|,) (just )?(buy|order|shop|go)\b(?! (a|no|any|the|nothing|zero) (confirmation|reply|answer|email|link|response))|me doy de baja y (compro|pido)|(losche|kundige) ich mein konto und (bestelle|kaufe)|last time i (order|buy|shop)|done with (you|this (company|shop|store))|lost (a|another) customer|close my account and never|(the )?last (thing|time|order|purchase) (ill|i will|i am going to|im going to|i) (ever )?(buy|order|get|make|shop|place)\b[^.!?]{0,20}\b(from|with|at) (you|this|your)|(ill|i will|im going to|gonna) (just )?(buy|get|order) (it|them|one) (there|elsewhere|somewhere else|from them)|(ill|i will|im going to|gonna) (just )?(go|switch) (with|to) (another|a different|a better) (brand|shop|store|company))/, weight: STRONG, label: 'threatens to leave' },
  // Said in passing ("I'll buy from Globetrotter next time", "send it back and get a Garmin"): with other signs of
  // anger it is a threat; alone it may be a plan ("I'll order with express next time", "return it and order a size M").
  { re: /\b((ill|i will|im going to|gonna|going to|next time im|next time i will|next time ill) (just )?(buy|order|shop|buying|ordering|shopping)\b[^.!?]{0,20}\b(from|at) (?!(you|your|here|this|the|u|northwind|again)\b)[^.!?]{1,25}\b(next time|instead|from now on)\b|(send|return|sending|returning) (it|this|them) (back )?and (get|buy|order) (a|an|one from)\b(?! (\w+ )?(refund|replacement|new|size|pair|different|bigger|smaller|larger|exchange|credit|store credit|label|return label|voucher|gift card|colou?r|one in|[smlx]{1,3}\b)))/, weight: MEDIUM, label: 'mentions shopping elsewhere' },
  { re: /\b(nunca mas (compro|comprare|pido)|nie wieder (bestellen|bestelle|kaufen|kaufe))\b/, weight: STRONG, label: 'threatens to leave' },
  { re: /\b((unsubscribing|unsubscribed|cancelling|canceling|closing|deleting) (my account |from your \w+ )?and (just )?(buying|ordering|getting|shopping) (it |them |one )?(there|elsewhere|somewhere else|from them))/, weight: STRONG, label: 'threatens to leave' },
  // "Dann kaufe ich eben woanders", "me lo compro en otro sitio y listo": a plan to go, said as one (not a question,
  // not "normalerweise bestelle ich woanders" or the gas "las compro en otra tienda" the shop does not ship).
  { re: /\b((kaufe|bestelle|kauf|bestell) ich (dann |halt |eben )*(eben|halt|lieber|einfach|ab jetzt|ab sofort|kunftig|nur noch) (\w+ ){0,2}?(woanders|bei der konkurrenz|bei \w+)|me (lo|la|los|las) (compro|comprare|pido|pedire) en otr[oa] (sitio|tienda|lado|parte|web)|me voy a (comprar|pedir) (\w+ ){0,3}en otr[oa] (sitio|tienda|lado|parte|web))\b(?![^.!?]*\?)/, weight: STRONG, label: 'threatens to leave' },
  { re: /\b((hier |bei (euch|ihnen) )?bestelle ich (\w+ ){0,2}nie mehr|nie mehr (bei (euch|ihnen)|hier)|no (vuelvo|volvere) a (comprar|pedir) (aqui|con vosotros|en esta tienda))\b/, weight: STRONG, label: 'threatens to leave' },
  // The polite way of leaving: "I shan't trouble you again", "I think I'll stop recommending you", "this is the thanks".
  { re: /\b((i|we) (shant|shall not) (troubl|bother)\w* (you|your \w+) again|(i|we) (shant|shall not|wont|will not) be (ordering|buying|shopping|coming back)( (from|with) you| here)? again(?! (until|till|before|when|once|for))|(stop|no longer|not be|wont be|will not be) recommending (you|your|this|northwind)|(recommend\w*|told) (you|your \w+) to (everyone|everybody|all my|my friends)\b[^]{0,80}\b(ill|i will|i shall) stop|this is the thanks( i get)?)\b/, weight: STRONG, label: 'threatens to leave' },
  // In a second language: "such a cheating company", "simply looting the customers", "what nonsense policy", "this is a circus".
  { re: /\b(cheat(ing|ers?)? (company|shop|store|people)|such (a )?cheat\w*|(looting|robbing|fleecing) (the |your )?customers|(what|such|this) (a )?(utter |complete |absolute |total )?nonsense( policy| rule| system)?|nonsense (policy|rule|system)|(this|that|it) is (a|such a|like a) (circus|drama|torture)|(this is|that is|thats) (very|so|really) poor|always (so )?(complicated|difficult|a problem|a struggle) with you)\b/, weight: STRONG, label: 'insult' },
  // Patience running out, said politely: "I'm running out of patience with it", "is this some kind of joke?"
  { re: /\b((im|i am) not (a |an )?(complete |total |utter )?(fool|idiot|moron|child)(?! (with|at|when|about|in|on)\b)|(take|taking) my (business|money|custom) (somewhere|to (another|a different|a better))|((running|run|ran) out of|losing|lost) (my |all )?patience(?! with (my|the|our) (old|previous|last|other|current)\b)|patience (is )?(wearing|running|worn) (thin|out)|(end of my tether|wits end)|(is this|this is|what) (some|a) (kind|sort) of (a )?joke)\b/, weight: STRONG, label: 'exasperation' },
  // "I'm finding this genuinely tiresome", "you clearly couldn't care less about consent": worn down, or contempt felt.
  { re: /\b((im|i am) (finding|starting to find|beginning to find) (this|all this|the whole thing) (\w+ )?(tiresome|exasperating|infuriating|maddening|frustrating|ridiculous|absurd)|(you|your (company|shop|team|staff|people)|you lot|you people) (clearly |obviously |really |just )?(couldnt|could not) care less about (me|us|my|our|your customers|customers|consent|privacy|people))\b/, weight: STRONG, label: 'worn down' },
  // "Honestly, I think I'll leave it.": giving up on it, said without thanks (not "I'll leave it for now, thanks").
  { re: /^(?!.*\b(thanks|thank you|cheers)\b).*\b(honestly|frankly|well|right),? (i think )?(ill|i will|i shall) (just )?leave it(?=\s*(?:[.,!;]|$))/, weight: MEDIUM, label: 'gives up' },
  // Exasperation
  // "Honestly forget it, …": giving up on getting help.
  { re: /\b(honestly|seriously|oh|just|ugh|fine|ok(ay)?)\W+forget (it|this|about it)\b/, weight: MEDIUM, label: 'gives up' },
  { re: /\b(unbelievable|seriously\??|are you serious|are you kidding|youre kidding|you must be kidding|you have got to be kidding|kidding me|(ill|i will) (just )?not bother|(im|i am) not (even )?going to bother|come on|give me a break|for real\?|un ?real|fed up|sick of|sick and tired|had enough|enough is enough|what a mess|this is insane|(is|its) not (ok|okay|acceptable|good enough)|unacceptable|inaceptable|inakzeptabel|ehrlich jetzt|im ernst|echt jetzt|en serio|no puede ser|increible|unglaublich(?! (schnell|gut|toll|praktisch|leicht|bequem|warm|hell|schon|gunstig))|das ist (doch |ja |echt |wirklich )?nicht zu fassen(?=\s*[.!]|\s*$)|das darf (doch )?nicht wahr sein|(echt|sehr|total|wirklich|extrem|so) argerlich|(que|vaya|menudo) desastre|(esto es|es) indignante)\b/, weight: MEDIUM, label: 'exasperation' },
  // Fed up with the shop itself, not with a situation: "sick of you lot", "langsam reicht es mir mit euch".
  { re: /\b((fed up|sick|sick and tired|tired) (with|of) (you|your (company|shop|store|service)|this (shop|store|company|service))\b|(reicht(s)? (es )?mir|mir reichts?|es reicht)\b[^.!?]{0,20}\bmit (euch|ihnen|dir|dem laden|ihrem laden|eurem laden)\b|(die|ich habe die) nase (gestrichen )?voll|(estoy|ya estoy) (harto|harta) de (ustedes|vosotros|esta tienda|este servicio))/, weight: STRONG, label: 'fed up' },
  { re: /👏|🙄|😡|🤬|😤|🖕/u, weight: MEDIUM, label: 'angry emoji' },
  { re: /🙃/u, weight: MEDIUM, label: 'ironic emoji' },
  // "sneaky. so your welcome code is basically fake": the shop's own offer called a sham, said by the customer (not asked,
  // not "my friend says your reviews are fake", not "the text saying it was from your delivery team was fake").
  { re: /(?<!\b(said|says|thinks|think|claims|reckons|told me|tells me)\W{0,3})(^|[.!?,;]\s*|\b(so|then|and|basically|honestly)\s+)(your|the) (\w+ )?(code|codes|discount|discounts|offer|offers|sale|prices?|deal|deals|promo|promotion|guarantee|warranty|promise|policy|price match|match) (is|are|was|were) (basically |just |totally |completely |clearly |obviously |all |only )?(fake|a lie|lies|a sham|a con|a scam|worthless|(a )?(marketing|pr) (lies?|stunt|gimmick|trick))\b(?![^.!?]*\?)/, weight: STRONG, label: 'insult' },
  // Blaming the shop's own system: "your checkout is obviously broken" (with another sign, anger; alone, a report).
  { re: /\byour (\w+ )?(checkout|site|website|web site|app|system|shop|payment page|payment system|tracking|portal|form) (is|are|seems|seem to be|must be) (obviously |clearly |just |totally |completely |simply )?(broken|buggy|a mess|rubbish|not working)\b/, weight: MEDIUM, label: 'blames the shop' },
  // Session 31. Outrage said outright at the shop ("I am thoroughly disgusted.", "never been treated so shabbily"), being
  // taken for a fool by it ("you keep sending me cleaning instructions like I'm some kinda fool"), leaving ("never
  // ordering again", "this close to closing my account"), being ignored ("do you just ignore people?"), "about done
  // with y'all". Not anger at oneself or someone else ("fuming with myself", "livid with the airline", "appalled at how
  // much mud the kids got in"), a plan ("so close to leaving for the trip"), another shop ("never buying from this
  // supermarket again"), a question ("do you just ignore emails until Monday?"), or a joke ("feel like im a child again").
  { re: /\b((i am|im|we are|were|i was|i feel|i felt) (\w+ )?(disgusted|appalled|outraged|livid|fuming|incensed)(?=\s*(?:[.!,;]|$)|\s+(?:with|at|by) (?:you|your|this (?:shop|company|service|bot|chat)|northwind|the (?:way|service|response|treatment|lack)\b))|(never|not) (ever )?been treated (so|this|as) (badly|shabbily|poorly|rudely|appallingly|disgracefully|shoddily)|\b(you|u|your (bot|chat|team|staff|replies))\b[^.!?]{0,80}\b(like|as if|as though) (i am|im|i was|i were|we are|were) (some (kind of|kinda|sort of|sorta) |a |an )(fool|idiot|moron|imbecile|halfwit|simpleton)\b|\b(you|u|your (bot|chat|team|staff)) (\w+ )?(treat\w*|talk\w* (down )?to) (me|us) (like|as if) (some (kind of|kinda|sort of|sorta) |a |an )?(fool|idiot|moron|imbecile|child|halfwit)\b|never (ordering|buying|shopping|purchasing) (anything )?((from|with) (you|here|this (shop|store|company|site|website|place)) )?again\b|(close|closing|delete|deleting|cancel|cancell?ing) my account and never\b|(im|i am) (this|so) close to (closing my account|cancell?ing (my|the) (account|order)|deleting my account|giving up on (you|this (shop|store|company))|taking my (business|money|custom) elsewhere|going elsewhere|walking away)\b|do (you|u) (people |guys |lot )?(just|even|always|simply) ignore (people|customers|your customers|messages|emails|e-mails|complaints|requests)(?=\s*(?:[?.!]|$))|(im|i am) (about|pretty much|just about|so) done with (you|yall|you all|you lot|you guys|you people)(?=\s*(?:[.!;]|$|i swear|honestly|seriously)|,(?! (one|last|promise|just|quick|another|but first)\b)))/, weight: STRONG, label: 'fed up' },
  { re: /\b((honestly|seriously|frankly),? (im|i am) (so )?done\b(?!,? (thanks|thank you|cheers|with (the|this|my) (\w+ )?(form|order|return|payment|checkout|step|part|bit|page)))|(im|i am) (so |just )?done with (this|you|your (\w+ )?(shop|store|company|service|bot|chat))(?=\s*(?:[.!,]|$)))/, weight: STRONG, label: 'gives up' },
  { re: /\b((ok|okay|so),? (im|i am) (so )?done\b(?! (with (the|my) (form|order|return|payment)|now,? thanks))|(im|i am) (so )?done\W*$|(?<!\b(all i (needed|wanted)|thats all|perfect|great|brilliant|thanks|thank you|cheers)\b[^]*)(im|i am) (so )?done here\W*$|(very|so|really|extremely|deeply|truly|hugely|genuinely|bitterly|thoroughly|terribly|incredibly) disappointed)/, weight: MEDIUM, label: 'let down' },
  // Session 31 (fresh109). "I'm honestly so tired of it", "I think this will be my last order", "It's not as if I have
  // anything better to do than refresh my banking app": worn out, leaving, sarcasm without a single insult.
  { re: /\b((im|i am) ((honestly|just|so|really|getting|truly|completely|absolutely) )*(tired|sick|fed up) of (it|this|all this|all of this|this (nonsense|runaround|rubbish|mess))(?=\s*(?:[.!,;]|$))|(i think |honestly,? |i swear,? )?(this|that) (will be|is going to be) (my|our) (very )?last (order|purchase)( (with|from) (you|northwind))?(?=\s*(?:[.!;]|$)))/, weight: STRONG, label: 'fed up' },
  { re: /\b(its|it is) not (as if|like) (i|we) (have|had|ve got|got) (anything|nothing) better to do\b/, weight: STRONG, label: 'fed up', needs: /\b(again|still|third time|every (day|morning|evening))\b/ },
  // Chasing: "third time writing about this", "nobody has answered", "still no reply".
  { re: /\b(zum (zweiten|dritten|vierten|funften|x+|\d+\.?|wiederholten) mal,? (schreibe|frage|melde|bitte|wo|warum|wann)|(por|es la) (segunda|tercera|cuarta|quinta|enesima) vez( que)?,? (escribo|pregunto|os escribo|les escribo|reclamo|donde|por que|cuando)|(second|third|fourth|fifth|\d+(st|nd|rd|th)) time (im |i am |i have |ive )?(writing|asking|contacting|chasing|messaging|trying|explaining|written|asked|contacted|messaged)|(writing|asking|contacting|messaging) (for )?(the )?(second|third|fourth|fifth) time|(nobody|no one|noone) (has |have |ever )?(answered|replied|responded|got back|gets back|called|answers?|replies|reply|responds?)( me| to me)?\b|still (no|not had an?|havent had an?|havent got an?) (reply|answer|response|word)|(keep|kept) getting (ignored|fobbed off)|(being|been|get|got) ignored|nadie (me )?(contesta|responde|ha contestado|ha respondido|contestais|contestan)|niemand (antwortet|hat geantwortet|meldet sich|hat sich gemeldet))\b/, weight: MEDIUM, label: 'chasing' },
  // "… your damage form just spins forever. Sort it out.": a closing order, not a question.
  { re: /(^|[.!]\s*)(just |now )?(sort|fix) (it|this) out( now)?\s*[.!]*\s*$/, weight: MEDIUM, label: 'demands' },
  // Session 17. Sarcasm at the shop's own ways: "brilliant system, really", "great privacy you've got there",
  // "really rewards loyalty, that", "really earning your keep there".
  { re: /\b(brilliant|great|fantastic|excellent|amazing|wonderful|superb|lovely|genius|perfect|top[- ]notch) (system|logic|policy|privacy|service|support|rule|rules|process|thinking|setup|set-up)\b(\W+really\W*$|[^.!?]{0,30}?\byou(ve| have)? got there\b|[^.!?]{0,30}?\byou have there\b)|\breally (rewards|earning|earns)\b[^.!?]{0,30}\b(that|there)\W*$|\breally (earning|earns) (your|their) keep\b|\bgood to know how (flexible|helpful|understanding|accommodating|caring) you (are|lot are)\b|\b(had|have|got) the (pleasure|privilege|joy) of (an?|another|the) (automated|generic|canned|standard|same)\b|\b(brilliant|great|fantastic|excellent|amazing|wonderful|genius|perfect) (system|logic|policy|rules?|process|setup|set-up|checkout) you(ve| have)? got(?=\s*[.!]|\s*$)/, weight: STRONG, label: 'sarcasm' },
  // "That's what passes for customer service now, is it?", "written to make the promise worthless".
  { re: /\bwhat passes for (customer service|service|support|help|an answer|a policy|a guarantee)\b|\b(make|makes|making|render|renders|rendering) (the|your|this|that|any) (\w+ )?(promise|policy|guarantee|warranty|offer|price match) (worthless|meaningless|pointless|useless)\b(?![^.!?]*\?)|\b(promise|policy|guarantee|warranty|price match|service|support|chat|bot) (is|are|seems|sounds) (completely |totally |utterly |pretty |just )?(worthless|meaningless)\b(?![^.!?]*\?)/, weight: STRONG, label: 'sarcasm' },
  // "Still nothing, naturally. Why am I even surprised.": resignation that expects to be let down.
  { re: /\bwhy (am|was) i (even |still )?(not )?surprised\b|\bstill (nothing|no \w+),? (naturally|of course|obviously|as usual)\s*([.!]|$)|\b(naturally|of course|as usual),? still nothing\b/, weight: STRONG, label: 'sarcasm' },
  // "no need to paste the conditions again, I can read": the answer thrown back.
  { re: /\bno need to (paste|send|copy|quote|repeat|show) (me )?(the|that|this|your|those) (\w+ )?(again|twice)\b(?![^.!?]{0,60}\b(found|got it|thanks|thank you|wrote|saved|spam)\b)|\bi can read\s*([.!]|$)|\b(perfectly )?capable of reading\b/, weight: STRONG, label: 'rejects the answer' },
  // "Thank you for pasting the page I'd already read", "Poor show.": the answer thrown back, disapproval said plainly.
  { re: /\b(pasting|sending|copying|giving|quoting) (me )?(the|a|that|your) (same )?(page|article|text|link|policy|faq)\b[^.!?]{0,20}\b(i|id|i had|i have|ive) already (read|seen)\b|\b(a |what a |such a )?poor show\s*[.!]*\s*$/, weight: STRONG, label: 'rejects the answer' },
  // Leaving, said plainly: "this is the last time I'm ordering from you", "whatever, I'll just buy it at Globetrotter
  // then", "then I buy in other shop, goodbye", "might as well just buy everything from them from now on".
  { re: /\b(the )?last time (im |i am |ill be |i will be |i )?(order|buy|shop)\w*( anything)? (from|with|at|here)\b|\b(whatever|forget it)\W+(ill|i will|i ll) (just )?(buy|get|order) (it|one|them|mine)? ?(at|from) (?!(the|your|you|northwind|our)\b)\w+|\b(then i|ill|i will|im going to|i am going to|i go|i rather) (just )?(buy|order|shop)\w* (\w+ )?(in|at|from) (an)?other (shop|store|site|retailer)\b|\bmight as well (just )?(buy|order|get) (everything |it |them |all )?(from|at) (them|there)\b/, weight: STRONG, label: 'threatens to leave' },
  // Telling the bot in advance what not to answer: "and don't tell me it's a pending hold", "don't tell me to fill in a form".
  { re: /(^|[.!?]\s*)(and |but |oh and |please )?(dont|do not) (you )?(dare )?tell me (to|its|it is|that|about|i (have|need|should))\b/, weight: STRONG, label: 'rejects the answer' },
  // Session 19. "Oh fantastic, a bullet list of reasons that don't apply to me": praise announcing what they got, and
  // what is wrong with it. ("Oh great, a 10% code, thanks" has nothing wrong.)
  { re: /(^|[.!?]\s*)(oh|ah|wow),?\s+(great|fantastic|brilliant|wonderful|perfect|lovely|super|marvell?ous|terrific|splendid|joy)\W+(another|yet another|more|the same|an?)\s+[^.!?]{0,60}\b((dont|doesnt|didnt|cant|wont|isnt|arent|do not|does not) (apply|work|help|answer|say|fit|cover|mention|exist|match|tell|solve)|nothing|never|none|no (new |actual |real )?(date|answer|update|info|news|reply))\b/, weight: STRONG, label: 'sarcasm' },
  // "Wait 48 hours, marvellous… What a plan.": a verdict of praise on the plan they were given; "by magic".
  { re: /(^|[.!?]\s*)(what a|great|brilliant|fantastic|wonderful|marvell?ous|genius|excellent) (plan|idea|solution|system|strategy)\W*$|\b(materiali[sz]e|appear|turn up|arrive|show up) (just )?(by|as if by|through) magic\b/, weight: STRONG, label: 'sarcasm' },
  // "…or are they just there for show?": the shop's forms and promises as a sham.
  { re: /\b(are|is|were|was) (the|your) (forms?|rules?|polic(y|ies)|promises?|guarantees?|chat|bot|hotline|support|emails?|replies|answers) (just |only |merely )?(there )?for show\b(?!\s*,?\s*or\b)|\b(just|only|merely) there for show\b(?!\s*,?\s*or\b)/, weight: STRONG, label: 'sarcasm' },
  // "Nice little trick.", "a so-called outdoor brand", "Embarrassing, mate.": contempt for the shop, said in passing.
  { re: /\bnice (little |marketing |sales |pr )?(trick|try|con|dodge|ploy|gimmick)\b|\bso[- ]called (outdoor |customer |online )?(brand|company|shop|store|service|support|help|promise|guarantee|policy|warranty|expert|experts)\b|(^|[.!?]\s*)(how |so |truly |frankly |honestly |just |really )?embarrassing\b(?!\s+(to|for|question|but|moment))|\b(thats|that is|its|it is|this is|how) (\w+ )?embarrassing(?=\s*(?:[.!,]|$))/, weight: MEDIUM, label: 'contempt' },
  // Session 30: "…or just paste the same steps again?": the bot's repeated answer, rejected (not "follow the same steps
  // again for the second watch?").
  { re: /\b(just|only|keep|keeps|kept|kept on) (paste|pasting|copy|copying|send|sending|repeat|repeating|give|giving|show|showing) (me |us )?(the )?same (steps|instructions|answer|article|text|reply)( \w+)? again\b/, weight: STRONG, label: 'rejects the answer' },
  // Session 30: "Still E12. Complete waste of my morning." (not "is the 900R a waste of money for short walks?").
  { re: /\b(complete|total|utter|absolute|such a|what a) waste of (my |our )?(time|morning|afternoon|evening|day|weekend)\b/, weight: MEDIUM, label: 'worn out' },
  { re: /\b(been at (this|it) for (ages|hours|an hour|the last hour|days)|(wasted|spent) (ages|hours|an hour|all (day|morning|evening)) (on|trying))\b/, weight: WEAK, label: 'worn out' },
  // Session 24 (sets written in dry, emoji-free sarcasm). The same answer sent again, rejected: "let me read the same
  // bullet list a third time", "Do keep sending me the same paragraph", "gets the same copy-pasted paragraph".
  { re: /\bsame (\w+ ){0,2}(paragraph|answer|article|reply|response|bullet list|bullet points|script)\b[^.!?]{0,30}\b(again|(a|for the) (second|third|fourth|fifth|\d+(st|nd|rd|th)) time|over and over|every (single )?time)\b|\b(keep|keeps|kept) (on )?(sending|giving|pasting|quoting|repeating|showing) (me |us )?(the same|that same) (paragraph|answer|article|reply|response|text|link|list|thing|bullet)|\b(get|gets|got|receive|receives) the same (copy[- ]?pasted?|canned|generic) (paragraph|answer|reply|response|text|message)\b(?! time)/, weight: STRONG, label: 'rejects the answer' },
  // Leaving, said drily: "This is my first and also my last order with you", "We'll be moving our account elsewhere",
  // "It was nice knowing you", "Whatever. I order it there then", "ill make sure to order from somewhere a bit quicker next time".
  { re: /\b((my|our) first and (also |probably )?(my |our )?last (order|purchase)|this (is|was|will be) (my|our|the) (first and (also )?)?(last|final) (order|purchase) (with|from|at) (you|northwind|your (shop|store|company|site))|(moving|taking|switching|move|take|switch) (our|my) (\w+ )?(account|business|orders|custom|spending)(?! (premises|office|address|delivery|deliveries))( \w+)? (elsewhere|somewhere else)|it (was|s been|has been) nice knowing (you|ya)(?=\s*(?:[.!,]|$))|(whatever|forget it|fine)\W+(ill |i will |i ll |i )?(just )?(buy|get|order) (it|one|them|mine) (there|elsewhere)( then)?|(ill|i will|well|we will) (make sure to |be sure to )?(order|buy|shop) (from |at )?(somewhere|someplace|elsewhere)( (a bit|much|a lot|far))? (quicker|faster|cheaper|better|more reliable|else)?\s*(next time|from now on|in future))\b/, weight: STRONG, label: 'threatens to leave' },
  // Dry sarcasm: "for the privilege", "the gift that keeps on giving", "more of a concept than a discount", "I've got
  // all evening and nothing but time", "I just love giving you free loans".
  { re: /\b(for the privilege\b(?! of)|more of a (concept|suggestion|theory|rumou?r|myth|fantasy|wish)\b(?! (box|form|list))(?![^.!]*\?)|nothing but time|all the time in the world|(i|we) (just |really |absolutely |so )?love (giving (you|your \w+) (free )?(loans?|money)|being (told to wait|ignored|kept waiting|fobbed off|sent the same)|having to (chase|wait|explain|repeat)|chasing (you|your (team|staff|support|company|shop)|my (refund|order|money|parcel))))\b/, weight: STRONG, label: 'sarcasm' },
  { re: /\b(tired|sick|weary) of being (told|sent|asked|fobbed off|ignored|kept waiting)\b(?! by (my|his|her|our|the kids))/, weight: STRONG, label: 'fed up' },
  // More of the same register: "a genuinely inspired suggestion", "further pearls of wisdom", "Forgive me if I don't find
  // it terribly illuminating", "Do pass my compliments to whoever designed this loop", "I'm sure it'll work the second
  // time", "why didn't I think of that", "Congratulations on building an inbox I can't escape", "what does 'consent' mean
  // to you people?", "by carrier pigeon", "or is it decorative?", "is a lovely sentence. Somebody should tell…",
  // "I'm running out of polite ways", "I'm not even angry any more", "what a garbage company".
  { re: /\b((genuinely|truly|really|such an?) inspired (suggestion|idea|advice|answer)|pearls of wisdom|forgive me if i (dont|do not) find|(pass|give|send) my compliments to (whoever|the (person|genius|team))|(im|i am) sure it(ll| will) work (the|this) (second|third|next|fourth) time|why didnt i think of that|(does|do) [^.!?]{1,30} mean to you( people| lot| guys)?(?=\s*\?)|carrier pigeon|or is it (just )?(decorative|all vibes|a placebo|for decoration)|(your|the|that|this) (unsubscribe|opt[- ]?out|delete|cancel|contact|complaints?|report|refund|return|help) (button|link|form|page|option)s? (is|are|was|were) (clearly |obviously |just |purely |only )*(decorative|for decoration|for show)\b|(your|the|that|this) (promise|policy|guarantee) (is|was) (clearly |obviously |just |purely |only )*(decorative|for show)\b|is a lovely sentence|(some ?body|some ?one) should tell (whoever|the people|your)|running out of (polite|nice|civil) ways|(im|i am) not even angry( any ?more)?|(what|such) an? (garbage|rubbish|joke of a|useless|pathetic|shambolic|clown) (company|shop|store|outfit|service|business))\b/, weight: STRONG, label: 'sarcasm' },
  { re: /\b((reconsider|reconsidering|rethink|rethinking) (where|whether) (we|i) (order|buy|shop)|(the )?last order [^.!?]{0,30}\b(places?|makes?|puts? in|places) with you|(buy|order|shop|get) (it |them )?(from|at|somewhere) (somewhere |someone |a shop )?(that|which|who) (actually )?(wants|values|cares about) (my|our) (money|business|custom)|telling (everyone|everybody|all my friends|people)[^.!?]{0,30} not to (bother|buy|order|shop))\b/, weight: STRONG, label: 'threatens to leave' },
  { re: /\b(finding|find) (this|it|that|the whole [\w ]{1,20})[^.!?]{0,30}\b(exasperating|infuriating|maddening|insulting)\b/, weight: STRONG, label: 'complains' },
  // "Does anybody there actually read anything": the shop addressed as nobody reading.
  { re: /\b(does|do) (any ?body|any ?one) there (actually|even|ever) (read|listen|check|care)\b|\b(does|do) (any ?body|any ?one|some ?body|some ?one) (there|over there|on your (end|side)) (actually|even|ever) (read|listen|check|care)\b(?=\s+(anything|a word|at all|what (i|we) (write|send|say|said|wrote))\b|\s*\?)/, weight: STRONG, label: 'rejects the answer' },
  // "any excuse not to do it. joke", "What a farce.": the verdict closing the message (not "just a joke").
  { re: /^(?!.*\b(ha|haha|hehe|jk|kidding|i said)\b).*(^|[.!?]\s+)(what an? |such an? |total |absolute |complete |utter )?(joke|farce|clown show)\W*$/, weight: STRONG, label: 'insult' },
  // "wasting everyone's time", "you wasted my whole morning".
  // (Not "sorry for wasting everyone's time", "I wasted the morning, then saw Bluetooth was off", "don't want to end up wasting a day".)
  { re: /(?<!\b(sorry|apologies)( for| about)?( \w+)?\s)(?<!\b(dont|do not|not|never) (want to |wish to )?(end up )?)\b(wasting|wasted) (everyones|everybodys|my|our|an|a|the) (whole |entire )?(time|day|morning|afternoon|evening|weekend|hour)\b(?=[^.!?]*\b(on|with|because of|thanks to) (you|your|this)\b|\W*$)|\byou(re| are)? (just |really |only |simply )?wasting (everyones|everybodys|my|our) (time|day|morning)\b/, weight: STRONG, label: 'time wasted' },
  // "i'm done, buying my gear somewhere else from now on."
  { re: /(^|[.!?,;]\s*|\b(im|i am|ill be|i will be|we are|were|well be)\s+)(just )?(buying|ordering|shopping|getting)\b[^.!?]{0,25}\b(somewhere else|elsewhere)\b[^.!?]{0,15}\b(from now on|in future|in the future|going forward)\b/, weight: STRONG, label: 'threatens to leave' },
  { re: /!!|\?\?|\?!|!\?/, weight: WEAK, label: 'emphatic punctuation' },
  { re: /\b(ugh|argh|omg|wow|jeez|geez|you people)\b/, weight: WEAK, label: 'annoyance' },
];

/** The insult signals in every language, global for counting: "esto es una vergüenza… sois unos estafadores" is two. */
/** "Do you people read your own rules?", "do you guys even listen": the bot and shop addressed as "you people". */
const YOU_PEOPLE_READ = /\bdo (you|u) (people|guys|lot) (even |actually |ever |just )?(read|listen|check|look|ignore|not care)\b/;
/** "How marvellous." after "I can't use them": praise of a let-down, unless they thank. */
const HOW_PRAISE = /\bhow (marvell?ous|wonderful|lovely|delightful|charming|convenient|nice|generous|helpful)\s*(?:[.!]|$)/;
const VERDICT_PRAISE = /(^|[.!?]\s+)(just |how |simply |truly |absolutely )?(marvell?ous|genius|splendid|fantastic|brilliant|superb|terrific|wonderful)(\s*\.+)?\s*$/;
/** What the shop will not do, said back to it: "you can't do", "instead I get to wait". ("I didn't know that" is news.) */
const SHOP_REFUSES = /\byou (cant|cannot|can not|wont|will not|dont|do not|refuse to)\b|\binstead i (get|have) to\b/;
/** "and your answer is wait longer?", "so your solution is for me to…": the reply restated to be rejected. */
const DRY_PRAISE = /\b((really|truly|genuinely|very|most|so|hugely) impressive( service| stuff| work| system| support)?(?=\s*(?:[.!,]|$))|how (very|wonderfully|terribly|awfully|marvell?ously|delightfully) (efficient|reassuring|comforting|helpful|convenient|thoughtful|useful|considerate|professional)\b|(brilliant|great|fantastic|genius|wonderful|marvell?ous|excellent|superb|clever|smart) (system|process|policy|setup|logic|approach)(?=\s*(?:[.!]|$))|(really |very |so |how |truly )?well thought[- ]out(?=\s*(?:[.!]|$))|(useful|helpful|thanks|thank you)\W+as if (i|we) (did not|didnt|had not|hadnt|have not|havent|could not|couldnt|cannot|cant)\b|(fantastic|great|brilliant|wonderful|perfect|lovely|excellent)\W+(thank you|thanks)( so much| very much)? for respecting (my|our) (choice|wishes|decision|privacy|consent|request)\b|(appreciate|admire|love|impressed by) (the|your|such) (consistency|persistence|repetition)|with (impressive|remarkable|admirable|commendable|such) (consistency|persistence|regularity)|(i find (it|that|this)|its|it is|thats|that is) (very |so |most |quite |oddly |strangely |really )?(soothing|relaxing|calming|therapeutic)|(oh|ah) (great|perfect|brilliant|wonderful|fantastic|lovely|super),? (another|more|the same|\w+ (it|that) again)|congratulations on (building|creating|making|designing|managing)|the gift that keeps (on )?giving|(ive|i have) (got )?all (day|evening|night|week)( long)?(?=\s*(?:[.!,]|$)))/;
/** What went wrong, said beside the praise (not "already", "never", "can't believe": sincere praise uses those too). */
const WENT_WRONG = /\b(failed|again|still (nothing|no|not|waiting|the same|locked|broken)|not (one|a single)|no (reply|answer|response|word)|in a row|since then|more emails|myself|for the privilege|one more time|once more|(a|for the) (second|third|fourth) time|up to \d+|expired|ten times|(\d+|two|three|four|five|six) (days|weeks|emails|links) (now|in|and)|on hold|as if|(i am|im) (to|supposed to|expected to) wait)\b/;
const YOUR_ANSWER_IS = /\b(and|so|then) your (answer|solution|advice|suggestion|idea|reply|fix) is\b/;
/** "Great product, great support." closing a message, or "exactly what I needed to hear". */
const CLOSING_PRAISE = /\b(great|fantastic|brilliant|wonderful|excellent|superb|top|stellar|amazing) (product|service|support|customer service|company|shop)s?,? (and )?(great|fantastic|brilliant|wonderful|excellent|superb|top|stellar|amazing) (product|service|support|customer service|company|shop)s?\W*$|\bexactly what i (needed|wanted) to hear\b/;
const LET_DOWN = /\b((cant|cannot|can not)(?! wait\b)|wont|will not|doesnt|does not|didnt|not allowed|no way|never)\b/;
/** "that's rather mean", "I don't like to make a fuss, but": a polite complaint about how they are treated. */
const POLITE_COMPLAINT = /\b((thats|that is|its|it is|which is|i find that) (rather |quite |a bit |really |very |most |terribly |frankly )?(mean|unfair|stingy|petty|unreasonable|unacceptable|disgraceful|shabby|cheeky|tiresome|poor form)\b|i (dont|do not) like to (make a fuss|complain)\b|((im|i am) not (terribly |very |at all |remotely |particularly |exactly |too |overly )?|\bnot (terribly|very|remotely|particularly|overly) )impressed\b(?! (with|by) (my|the|his|her) (old|previous|last|other|own)\b)|(das ist|das finde ich|ich finde das) (\w+ )?enttauschend|(es|esto es|me parece) (muy |bastante |realmente )?decepcionante)/;

const INSULTS = SIGNALS.filter((s) => s.label === 'insult').map((s) => new RegExp(s.re.source, 'g'));

/** "I'm done with Northwind.": a name as typed (capitalised), so "done with payment, when will it ship?" is progress. */
const DONE_WITH_NAME = /\b(?:[Ii]['’]?m|[Ii] am) (?:so |just |totally |completely )?done with (?!(?:Step|Part|Page|Section|Stage)\b)[A-Z][\p{L}&'’-]+(?:\s+[A-Z][\p{L}&'’-]+)?(?=\s*(?:[.!,;]|$))/u;

/** "i'm done with northwind", "I'M DONE WITH NORTHWIND": the shop by its own name (first word of it), any case. */
function doneWithShop(normalised: string, shopName: string): boolean {
  // "The Lamp Store" → "lamp": "done with the …" is no shop's name.
  const first = (normalise(shopName).match(/[a-z0-9]{3,}/g) ?? []).find((w) => !/^(the|and|our|your|shop|store)$/.test(w));
  return !!first && new RegExp(String.raw`\b(?:im|i am) (?:so |just |totally |completely )?done with ${first}\b`).test(normalised);
}

/** Sarcasm: praise words used about a problem ("fantastic. really great.", "amazing service, really", "love that for me"). */
const PRAISE = /(?<!\b(would be|that would be|thatd be|it would be|itd be|will be|that will be) )\b(fantastic|brilliant|great|amazing|wonderful|lovely|perfect|awesome|excellent|superb|marvell?ous|super helpful|very helpful|so helpful|really helpful|super useful|very useful|so useful|really useful|thanks a lot|thanks for nothing|love that|love it|just great|great job|well done|nice one|genial|fantastico|perfecto|toll|super|klasse|prima)\b(?:[\s,]+(?:service|job|work|help|support|stuff|system|process|policy|really|thanks|then|as always|as usual|guys|folks|team))*\s*(?:[.!,]|$|\p{Extended_Pictographic})/u;
/** Sarcasm that needs no problem beside it: said to a support bot, these are never praise. */
const SARCASM_ALONE = /\b(love that for me|thanks for nothing|thanks for wasting my (time|lunch|lunch break|morning|afternoon|evening|day|weekend)|danke fur (gar )?nichts|gracias por nada|((well|oh|ah),? how|how very) (reassuring|convenient|clever)(?=\s*(?:[.]|$|\p{Extended_Pictographic}))|how (very )?helpful(?=\s*(?:[.!,]|$|\p{Extended_Pictographic}))|great help as always|brilliant help|very helpful,? thanks a lot|(super|so|very|really) helpful,? (not|lol|haha)\b)/u;
/** Turns of phrase that are sarcastic whatever they are about ("let me guess, there's a form", "exactly how I hoped to spend my Saturday"). */
const SARCASM_PHRASE = /\b((truly|really|so|how|very) (groundbreaking|revolutionary)( stuff)?|love how (fast|quick|quickly|easy|easily)\b[^.!?]{0,60}\bhow (slow|slowly|hard|long)\b|love how (slow|slowly|hard)\b[^.!?]{0,60}\bhow (fast|quick|quickly|easy|easily)\b|(ill|i will) just (wait|sit (here|tight|and wait)|keep waiting|hope)\b[^.!?]{0,40}\b(then|,)\s*shall i|let me guess|what(ever)? would (we|i|anyone|the world) do without|how i (always )?(hoped|wanted|planned|dreamed|wished|love|like) to spend)\b|(?:^|[.!?]\s*)(?:(?:ah|oh|and|well),?\s+)?of course (?:theres|there is|there would be|its|it is|it would be)\s+(?:a|an|another)\s+\w+(?:\s+\w+)?\s*(?:[.!]|$)/;
/** Said without thanks, these are sarcasm ("Cool cool cool. Very customer-centric."); with thanks, sincere. */
const SARCASM_UNLESS_THANKED = /\b((lovely|nice|great|wonderful|fantastic|brilliant|charming|fine) way to treat (people|customers|your customers|loyal customers|anyone)\b|never (would|wouldve|would have|wudve) (thought|guessed) (of )?(that|it)|cool,? cool,? cool|(very|so|how|real|really) customer[- ]?(centric|friendly|focused|oriented)|(really |so )?bravo\b[^.!?]{0,30}\b(very|so|how|really) professional|(very|so|how|really) professional\W*(👏|🙄)|complimenti|(very|so|how|really) smart (system|process|policy|idea)|(brilliant|great|fantastic|excellent|amazing|wonderful|superb|stellar) (service|support|customer service),? (really|truly|honestly)\b)/u;
/**
 * Dry praise of the process or the policy ("What a seamless experience.", "Splendid policy.", "Very reassuring." to end),
 * only beside a complaint ("wait for the refund, then buy the L whenever it's back", "except the ones that are lower",
 * "floats about in the ether, does it?"); alone it is as often sincere ("Under 100 Wh, good. Very reassuring.").
 */
const PROCESS_PRAISE = /\b((what a|such a) (seamless|joyous|frictionless) (experience|process|journey)\b|(splendid|marvell?ous) policy\b(?! (for|on|if|when))|(^|[.!?;]\s*)(well,? )?(thats |that is )?(very|most|how|so|really) (reassuring|comforting)\s*[.!]*\s*$)/;
/** "…any price except the ones that are lower", "…whenever it's back", "…floats about in the ether, does it?". */
const COMPLAINT_CUE = /\b(except|whenever|apparently)\b|, (does|is|do|are|did|was) (it|he|she|they|that|there)\s*\?/;
/** German and Spanish sarcasm at the service: "Na toll", "Toller Service, wirklich", "Muy bonito todo, de verdad" (unless thanked). */
/** …beside a problem: "Super Service, wirklich! Das Paket war nach einem Tag da." is praise. */
const PROBLEM_DE_ES = /\b(nicht|kein\w*|nie|nichts|schon wieder|immer noch|noch immer|ohne|enttausch\w*|warte (schon )?seit|no|nunca|nada|sigue|todavia|sin|tampoco)\b/;
const SARCASM_DE_ES = /\bna (toll|super|prima|klasse|grossartig|wunderbar|bravo)\b|\b(toller|super|klasse|grossartiger|prima|ausgezeichneter) (service|kundenservice|support|laden),? (wirklich|echt|ehrlich)\b|\b(muy|que|todo muy) (bonito|util|amable|profesional)( todo)?,? (de verdad|eh|vamos)\b|\b(sehr|wirklich|echt|total|super) (kundenfreundlich|kundenorientiert|serviceorientiert),? (wirklich|echt|ehrlich)\b/;
/** "Very generous of you" about a refusal ("covers every zip except the ones that break"). */
const GENEROUS = /\b(very|so|how|too|most|extremely|incredibly|awfully) generous\b/;
const REFUSAL = /\b(except|but not|only if|only\b[^.!?]{0,25}\b(who|if|when|once|above|over|after)|not|no|doesnt|dont|wont|cant|cannot|never|excluding)\b/;
const ECHO_PRAISE = /\b(genius|brilliant|fantastic|wonderful|marvell?ous|amazing|superb|terrific|ingenious|groundbreaking|revolutionary)\b/;
/** Thanks anywhere: an echo of the answer with praise and thanks is someone taking it. */
/** Ending on plain thanks ("Lovely, he'll never know I didn't need anyone's help. Thanks!"): sincere, not "thanks a lot". */
const SIGNS_OFF_THANKS = /\b(thanks|thank you|thx|ty|cheers)(?! (a lot|for nothing|so much for nothing))\W*$/;
/**
 * "…so I'll rewash it with a tech wash. Thanks, really useful!": thanks and a word of praise closing the message, with
 * nothing still wrong ("Still broken, never worked. Thanks, really useful." is sarcasm).
 */
const THANKS_THEN_PRAISE = /\b(thanks|thank you|thx|ty|cheers)\b[\s,!.-]*((really|very|so|super|most|incredibly) )?(useful|helpful|great|perfect|brilliant|lovely|appreciated|clear)\W*$/;
const THANKS = /\b(thanks|thank you|thx|ty|cheers|danke|gracias)\b/;

/** The reply's words, space-separated and padded; the last one is kept (each message is read against the same reply). */
let flat: { reply: string; words: string } | null = null;
function flatReply(reply: string): string {
  if (flat?.reply !== reply) flat = { reply, words: ` ${normalise(reply).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ')} ` };
  return flat.words;
}

/** A sentence of the customer's that repeats the bot's words ("Wait 48 hours."): quoting the answer back. */
function echoesReply(text: string, reply: string, message = ''): boolean {
  if (!reply) return false;
  const said = flatReply(reply);
  // A quoted bit of the answer: "wow, 'go outside' again. genius."
  const quoted = [...message.matchAll(/['"‘“«]([^'"’”»]{3,60})['"’”»]/g)].map((m) => normalise(m[1]!));
  return [...text.split(/[.!?:;]+/), ...quoted].some((sentence) => {
    const words = sentence.replace(/[^a-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
    return words.length >= 2 && words.length <= 8 && said.includes(` ${words.join(' ')} `);
  });
}

/** Taking the answer, grumbling: "ugh 🙄 lol ok fine, i'll add a tent cleaner. thx" is annoyance resolved, not frustration. */
const RESOLVED = /(?<!\b(?:not|no|havent|have not|hasnt|didnt|never|none of this|nothing)\s)\b(ok(ay)?,? fine|fine,? (ill|i will|i guess)|fair enough|makes sense|no worries|all good|got it|(ok|okay|alright),? (thanks|thx|ty))\b|\b(thanks|thx|ty|cheers)[\s.!]*$/;
/** A dismissive one-word reply after the bot's answer. */
const DISMISSIVE = /^\W*(whatever|forget it|useless|pointless|sigh)\W*$/;
const PROBLEM_CONTEXT = /\b(ruined|nobody|no one|noone|supposed to|have to pay|had to pay|charged|wrong|never|lost|nothing|useless|not even|doesnt work|didnt work|so your|apparently|because i|locked out|locked me out)\b|\?\?|👏|🙄/;
/** Stuck with the problem, then praise: "so I'm stuck with a tent I can't use? brilliant." */
const STUCK_THEN_PRAISE = /\b(stuck with|left with|cant use|cannot use)\b.*\b(brilliant|great|fantastic|perfect|lovely|wonderful|amazing|marvell?ous)( (customer )?service)?\b\W*$/;
const PRAISE_WORD = /\b(fantastic|brilliant|great|amazing|wonderful|lovely|perfect|awesome|excellent|superb|top notch|genius|helpful|groundbreaking|revolutionary|ingenious|mind[ -]?blowing|generous|impressive|clever|smart|outstanding|stellar|incredible|nice one|bonito|genial|estupendo|maravillos[oa]|fantastico|toll|toller|klasse|prima|grossartig|wunderbar)\b/;
/** Praise and nothing else ("great. really great.") right after the bot said it could not help is sarcasm. */
/** Top praise of the service as a closing verdict ("Truly world-class service.", "truly cutting-edge stuff."). */
const TOP_PRAISE = /\b(truly|really|so|how|very) (cutting[- ]edge|world[- ]class) (stuff|service|support|system|policy|process)\s*[.!]*\s*$|\b(truly|really|so|how|very) (cutting[- ]edge|world[- ]class) (stuff|service|support|system|policy|process)[.!]\s/;
/** "fantastic advice 🙃 … thanks a lot": the answer itself praised beside an upside-down face. */
const ADVICE_PRAISED = /\b(fantastic|brilliant|great|amazing|wonderful|super|awesome|excellent|superb|stellar|top notch|very helpful|so helpful|really helpful) (advice|help|tip|tips|idea|solution|answer|support|service|suggestion)\b|\b(super|very|so|really) helpful\b/;

/** A sentence of praise alone after another sentence: "… early. Brilliant. Next…", "… back. genius. absolute genius." */
const PRAISE_AFTER_COMPLAINT = /[^.!?\s][^.!?]*[.!?]+\s+((oh|yeah|well|just|absolute(ly)?|simply|truly|really|how|so|wow),?\s+)*(brilliant|genius|fantastic|marvell?ous|superb|wonderful|great|perfect|lovely|amazing)(\s+(system|service|stuff|job|work|logic|policy))?\s*([.!]+(\s|$)|$)/;
/** Being made to pay for something, or to do the shop's work: "penalised", "punished", "so I have to…". */
const PENALISED = /\b(penali[sz]ed|punished|so (i|we) (have|had|get) to (wait|pay|send|return|buy|order|start|do|go))\b/;
/** "…so I have to pair it from the app first. Brilliant! Works now.": the praise is for the fix. */
const WORKS_NOW = /\b(works?( now)?|working now|sorted|fixed|solved|all good|no problem|minutes from)\b/;
const PRAISE_ONLY = /^\W*((really|just|absolutely|so|simply|truly)\s+)?(great|brilliant|fantastic|wonderful|amazing|lovely|perfect|awesome|superb|marvell?ous|excellent)(\W+((really|just|absolutely|so|simply|truly)\s+)?(great|brilliant|fantastic|wonderful|amazing|lovely|perfect|awesome|superb|marvell?ous|excellent|service|help|stuff|job))*\W*$/;

/** Share of upper-case letters in words that aren't codes (NW-123456, PAY-204) or short acronyms. */
function shouting(message: string): boolean {
  const ws = message.split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w) && !/\d/.test(w));
  const letters = ws.join('').replace(/[^A-Za-z]/g, '');
  if (ws.length >= 3 && letters.length >= 10) {
    const upper = letters.replace(/[^A-Z]/g, '').length;
    if (upper / letters.length >= 0.7) return true;
  }
  // A shouted clause in a calm message: "that's not what I asked. CAN YOU ENGRAVE IT OR NOT".
  if (/(?:\b[A-Z]{2,}[!?.,]*\s+){3,}[A-Z]{2,}\b/.test(message.replace(/\b[A-Z]{1,4}-?\d+\b/g, ''))) return true;
  return ws.filter((w) => /^[A-Z]{4,}[!?.,]*$/.test(w)).length >= 2;
}

function similar(a: string, b: string): boolean {
  const ta = new Set(normalise(a).match(/[a-z0-9]+/g) ?? []);
  const tb = new Set(normalise(b).match(/[a-z0-9]+/g) ?? []);
  if (ta.size < 3 || tb.size < 3) return false;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / (ta.size + tb.size - common) >= 0.8;
}

export interface FrustrationScore {
  score: number;
  labels: string[];
  strongest: number;
}

export function scoreFrustration(
  message: string,
  previousCustomerMessages: readonly string[] = [],
  afterUnhelpfulReply = false,
  shopName = '',
  lastBotText = '',
): FrustrationScore {
  const text = normalise(message);
  const labels: string[] = [];
  let score = 0;
  let strongest = 0;
  const add = (weight: number, label: string) => {
    if (labels.includes(label)) return;
    labels.push(label);
    score += weight;
    strongest = Math.max(strongest, weight);
  };
  for (const s of SIGNALS) if (s.re.test(text) && (!s.needs || s.needs.test(text))) add(s.weight, s.label);
  if (DONE_WITH_NAME.test(message) || doneWithShop(text, shopName)) add(STRONG, 'gives up');
  // Two insults in one message ("your garbage lamp… what a joke of a company") weigh more than one.
  if (INSULTS.reduce((n, re) => n + (text.match(re) ?? []).length, 0) >= 2) add(MEDIUM, 'insults');
  // An eye-roll beside praise is sarcasm: "Brilliant system you've got there, really top notch 🙄".
  // "it was brilliant, but on Saturday…": praise of the past, then the problem, is sincere.
  // "Oh brilliant, the forecast says rain every day, love that for me 🙃": sarcasm at the weather, not at the shop.
  const atWeather = /\b(forecast|weather|rain(ing|s|y)?|snow(ing|s)?|storms?|heatwave|drizzle)\b/.test(text) && !/\b(you|your|order|refund|delivery|parcel|service|bot|chat|support)\b[^.!?]*\b(love that for me|brilliant|fantastic|great)\b/.test(text);
  // "Perfect. I'm in town next Thursday, could someone set one aside for me? …": praise taking the answer, then a
  // polite request; sarcasm does not go on to ask a favour.
  // "Great. The tent still has its tags and was never pitched. Do I need the original packaging?": the next question,
  // plainly asked (not "Great. So I have to pay twice?").
  const takesThenAsks = (/^(perfect|great|lovely|brilliant|excellent|wonderful|super|awesome|fantastic)[.!,]\s+[^?]*\b(could|can|would) (someone|somebody|you|i|we|one of you)\b[^?]*\?/.test(text) || (/^(perfect|perfecto|perfekt|genial|prima|great|lovely|brilliant|excellent|wonderful|super|awesome|fantastic)[.!,]\s+(?:[^?]*[.!]\s+)?(do|does|can|could|is|are|will|should|would) (i|we|you|it|they|the|my|our)\b[^?]*\?\s*$/.test(text) && !/\b(so|again|still|even|twice|seriously|really|actually|privilege|broken)\b[^.!]*\?\s*$/.test(text))) && !/\?\?|🙄|😒|🙃/u.test(message);
  const sincere = takesThenAsks || atWeather || /\b(was|were|been) (really |absolutely |just |so |always )?(fantastic|brilliant|great|amazing|wonderful|lovely|perfect|awesome|excellent|superb)\W+(but|until|although|though|except)\b/.test(text);
  if ((/🙄|😒|👏/u.test(message) && PRAISE_WORD.test(text)) || (/🙃/u.test(message) && (/\b(?:really |just |so )?loving (?:this|that|it|the)\b/.test(text) || (ADVICE_PRAISED.test(text) && !atWeather && !sincere && (!THANKS.test(text) || /\b(gone|lost|still|again|nothing|times|wasted|no luck|(didnt|doesnt|did not|does not) (work|help))\b/.test(text))) || (PRAISE.test(text) && !THANKS.test(text) && !atWeather && !sincere))) || (PRAISE.test(text) && PROBLEM_CONTEXT.test(text) && !sincere && !SIGNS_OFF_THANKS.test(text) && !(THANKS_THEN_PRAISE.test(text) && !/\b(still|never|again|not|nothing|doesnt|didnt|wont|cant|useless)\b|🙄|😒/u.test(text))) || (SARCASM_ALONE.test(text) && !atWeather) || STUCK_THEN_PRAISE.test(text) || (afterUnhelpfulReply && PRAISE_ONLY.test(text))) add(STRONG, 'sarcasm');
  // "so i paid for express and got regular shipping. awesome. thanks so much 🙃": paid for one thing, got another, praised
  // with an upside-down face.
  if (/🙃/u.test(message) && (PRAISE.test(text) || THANKS.test(text)) && /\b(paid|pay|paying) for (\w+ ){1,2}(and|but) (got|received)\b/.test(text)) add(STRONG, 'sarcasm');
  // "oh good, ANOTHER form… love this for me": liking a let-down (not "new watch arriving Friday, love this for me").
  if (/\blove this for me\b/.test(text) && /\b(another|again|still|so well|form|waiting|wait)\b/.test(text)) add(STRONG, 'sarcasm');
  if (SARCASM_PHRASE.test(text) || (GENEROUS.test(text) && REFUSAL.test(text)) || ((SARCASM_UNLESS_THANKED.test(text) || (PROCESS_PRAISE.test(text) && COMPLAINT_CUE.test(text)) || (SARCASM_DE_ES.test(text) && PROBLEM_DE_ES.test(text))) && !THANKS.test(text))) add(STRONG, 'sarcasm');
  // Quoting the answer back with praise: "Wait 48 hours. For a parcel that is 'delivered'. Genius."
  if (!THANKS.test(text) && ECHO_PRAISE.test(text) && echoesReply(text, lastBotText, message)) add(STRONG, 'sarcasm');
  if (YOU_PEOPLE_READ.test(text)) add(MEDIUM, 'rejects the answer');
  if (HOW_PRAISE.test(text) && LET_DOWN.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  // "one euro short and you won't count the shipping. classy.": a one-word verdict on a refusal.
  if (/(^|[.!?]\s*)(real |very |how |so )?classy(\W*$|[.!])/.test(text) && LET_DOWN.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  // "…you can't do, and instead I get to wait… Marvellous.", "your solution is for me to wait for it… Genius.": a
  // one-word verdict of praise closing a complaint.
  if (VERDICT_PRAISE.test(message.trim().toLowerCase().replace(/[’']/g, '')) && (SHOP_REFUSES.test(text) || YOUR_ANSWER_IS.test(text)) && !THANKS.test(text) && !/\b(ill|i will|fine|no problem|no worries|fair enough)\b/.test(text)) add(STRONG, 'sarcasm');
  // "Really love this, now I can not buy anything, very nice.": liking a let-down.
  if ((/\b(really |just |so )?lov(e|ing) (this|that)(?=\s*[,.!]|\s*$)/.test(text) || /\b(very|so|how) nice\W*$/.test(text)) && LET_DOWN.test(text) && !THANKS.test(text) && !atWeather) add(STRONG, 'sarcasm');
  // "So I'm punished because your size chart is off. Truly world-class service.": top praise closing a complaint.
  if (TOP_PRAISE.test(text) && /\?|\b(punished|because (your|you)|still|again|wrong|nothing|never|not|no|cant|wont|doesnt)\b/.test(text) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  // "Really impressive service.", "How very efficient.", "brilliant system. really well thought out", "very useful, as if
  // I did not look at it ten times already", "Fantastic, thank you so much for respecting my choice": praise of the
  // shop beside what went wrong.
  if (DRY_PRAISE.test(text) && WENT_WRONG.test(text) && !SIGNS_OFF_THANKS.test(text)) add(STRONG, 'sarcasm');
  // "So I'm penalised for buying early. Brilliant. Next time…", "so i have to wait for it to arrive and send it back.
  // genius. absolute genius.": praise alone in a sentence after a complaint (not opening the message: "Great. Do I…").
  if (PRAISE_AFTER_COMPLAINT.test(text) && PENALISED.test(text) && !WORKS_NOW.test(text) && !THANKS.test(text) && !sincere) add(STRONG, 'sarcasm');
  // Session 31. "…and wait two or three weeks in the middle of my training block. Fantastic. Exactly what I needed to hear.
  // Great product, great support.": praise of the shop closing the answer restated as a let-down (not after a wait
  // that ended well: "Had to wait a few weeks… fits perfectly. Great product, great support."); "'Up to 48 hours' my
  // foot.": their words quoted back and disbelieved (not 'she keeps saying "my foot is cold"').
  if (CLOSING_PRAISE.test(text) && (YOUR_ANSWER_IS.test(text) || /\bso the (answer|solution|advice|fix) is\b/.test(text) || SHOP_REFUSES.test(text) || PENALISED.test(text)) && !THANKS.test(text)) add(STRONG, 'sarcasm');
  if (/\w[.!?]?['"’”]\s*my (foot|arse|eye)\b(?!\s+(is|was|hurts|feels|has|had|gets|got|keeps))/iu.test(message)) add(STRONG, 'sarcasm');
  if (POLITE_COMPLAINT.test(text)) add(MEDIUM, 'complains');
  if (DISMISSIVE.test(text)) add(MEDIUM, 'dismissive');
  if (shouting(message)) add(MEDIUM, 'shouting');
  if (previousCustomerMessages.some((p) => similar(p, message))) add(STRONG, 'sent the same message again');
  // Taking the answer cancels grumbling, not shouting or an angry face.
  if (strongest < STRONG && !labels.includes('shouting') && !/😡|🤬|😤|🖕/u.test(message) && RESOLVED.test(text)) return { score: 0, labels: [], strongest: 0 };
  return { score, labels, strongest };
}

/**
 * "You charged me twice… Absolute scam." then, after the bot's reply, "it's been 10 days and both are still there":
 * the anger was plain in the opener, held back only because the bot had not had its chance. It has now, and the
 * customer did not take its reply: the trend is still frustration.
 */
const STILL_WRONG = /\b(still|not|no|never|nothing|again|doesnt|didnt|dont|cant|cannot|wont|isnt|wasnt|havent|hasnt|every time|each time|already)\b/;

function stillUpset(ctx: DetectorContext, previous: readonly TranscriptEntry[], lastBot: TranscriptEntry | undefined): DetectorResult | null {
  const opener = previous.at(-1);
  if (!opener || previous.length !== 1 || !lastBot || lastBot.seq < opener.seq) return null;
  // A new question ("does it work on sale items too?") carries on with the bot; a statement does not take its reply.
  const said = normalise(ctx.current.body);
  if (ctx.current.body.includes('?') || saidThanksOrWorked(ctx.current.body) || detectSmallTalk(ctx.current.body) || RESOLVED.test(said) || onlyDetails(ctx.current.body)) return null;
  // Still not right ("both are still there", "I approved it every time"), not news or a plan ("oh it just arrived", "I'll check again tomorrow").
  // ("I'll make a coffee and use the reset link instead so I don't lock myself out again": a plan.)
  if (!STILL_WRONG.test(said) || /\b(ill|i will|im going to|let me) (\w+ ){0,5}?(check|try|wait|look|do|reset|give|use)\b/.test(said)) return null;
  const before = scoreFrustration(opener.body, [], false, ctx.site.name);
  if (before.strongest < STRONG && before.score < 1.3) return null;
  return {
    trigger: 'frustration',
    confidence: Math.min(0.9, 0.5 + before.score / 4),
    reason: `Customer is still frustrated after the first reply (${before.labels.join(', ')})`,
    evidenceSeq: ctx.current.seq,
  };
}

function saidThanksOrWorked(body: string): boolean {
  const talk = detectSmallTalk(body);
  return talk === 'thanks' || (talk === 'ack' && !/^\W*(ok(ay)?|k|no+|nope|yes|yeah|yep|right|alright|hm+|ah+|oh+)\W*$/i.test(body));
}

export function detectFrustration(ctx: DetectorContext): DetectorResult | null {
  const previous = customerMessages(ctx.transcript).filter((e: TranscriptEntry) => e.seq < ctx.current.seq);
  const lastBot = lastBotReply(ctx.transcript, ctx.current.seq);
  // The same question again after the customer said thanks or that it worked is a new question, not a repeat; after
  // "no", "ok" or "hello" it is the clearest repeat there is.
  const since = previous.findLastIndex((e) => saidThanksOrWorked(e.body));
  const { score, labels, strongest } = scoreFrustration(ctx.current.body, previous.slice(since + 1).map((e) => e.body), lastBot?.meta.kind === 'unknown', ctx.site.name, lastBot?.body ?? '');
  // "right but that doesn't answer it" after the bot said it was not sure: pressing for the answer it could not
  // give (a second attempt), not anger at an answer it gave.
  // (Unless the customer was already hostile: "…Absolute clown show." then "Stop pasting the article." is anger.)
  if (lastBot?.meta.kind === 'unknown' && labels.includes('rejects the answer') && labels.every((l) => l === 'rejects the answer' || l === 'emphatic punctuation' || l === 'annoyance') && !previous.some((e) => scoreFrustration(e.body, [], false, ctx.site.name).strongest >= STRONG)) return null;
  const hadChance = botHasReplied(ctx.transcript, ctx.current.seq);
  // Without a prior bot reply, only an outright hostile opener counts.
  // After the bot's answer, a shouted or dismissive reply is aimed at it: that alone is enough.
  // (A shouted question is someone in a hurry; a shouted statement is aimed at the bot.)
  // "ASK MY BANK FOR AN ARN?? I'M NOT DOING YOUR JOB FOR YOU.": a shouted statement beside a shouted question is aimed too.
  // ("HI, DOES IT COME WITH A FOOTPRINT? I AM GOING CAMPING ON FRIDAY." is a caps-lock typist: no "??".)
  // "SERIOUSLY??" on its own, in capitals, is aimed at the reply it answers.
  const aimed = labels.includes('dismissive') || (labels.includes('exasperation') && /^\W*[A-Z]{5,}\s*[?!]{2,}\W*$/.test(ctx.current.body.trim())) || (labels.includes('shouting') && (!ctx.current.body.includes('?') || (labels.includes('emphatic punctuation') && shouting(ctx.current.body.replace(/[^.!?]*\?+/g, ' ')))));
  const needed = hadChance ? (aimed ? 0.6 : 1) : 1.3;
  // An opener shouted and chasing ("THIS IS THE THIRD TIME I'M WRITING… WHERE IS IT???") is hostile too.
  const hostileOpener = strongest >= STRONG || (labels.includes('shouting') && (labels.includes('chasing') || labels.includes('exasperation')));
  if (score < needed || (!hadChance && !hostileOpener)) return stillUpset(ctx, previous, lastBot);
  return {
    trigger: 'frustration',
    confidence: Math.min(0.95, 0.5 + score / 4),
    reason: `Customer is frustrated (${labels.join(', ')})`,
    evidenceSeq: ctx.current.seq,
  };
}
