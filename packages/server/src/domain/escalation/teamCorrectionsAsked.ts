/**
 * Session 60 (S2)'s corrections on top of the classifier's pick of team, run last (same shape as teamCorrections.ts: the
 * teams are named by the duties their descriptions state, so a site cut differently is simply not corrected):
 * - a variant asked before buying (another colour, a smaller case, a 3-person version), in the returns team's or the
 *   troubleshooters' words (colour, size, case): pre-sales;
 * - a spec asked before buying ("is the Summit Pro 2 freestanding?", "does it need stakes to stand?"): pre-sales;
 * - a bulk order with the customer's logo or for a company event ("40 jackets with our logo for a retreat"): pre-sales;
 * - whether a watch syncs with another maker's app (Garmin Connect, Strava), picked as pre-sales: the troubleshooters;
 * - a battery that lasts far less than it should ("hält nur noch 2 Tage"), with no claim and no warranty asked: the
 *   troubleshooters (with "is that covered?" the labels disagree, two older sets for the orders team, one new one for
 *   the troubleshooters: left with the orders team);
 * - an order number and nothing else said of it ("can I speak to someone about NW-129934? no rush"): the orders team;
 * - (session 61 T3) how long the battery lasts, asked for an event the customer plans: pre-sales.
 */
import { normalise, STOP_WORDS, words } from '../bot/text.js';
import { PRE_SALES_DUTY, PRIVACY_DUTY, REFUNDS_DUTY, RETURNS_DUTY, TROUBLESHOOTING_DUTY, type Correction } from './teamDuties.js';

const COLOURS = String.raw`green|red|blue|black|white|gr[ae]y|olive|orange|yellow|pink|purple|brown|navy|beige|khaki|sand|tan|teal|burgundy|camo`;
/** Another colour, size or version of a product asked for ("does it come in green", "a smaller case size", "any other colour"). */
const VARIANT = new RegExp(
  [
    String.raw`\b(come|comes|coming|available|offered|made|sold|produced|released) (\w+ )?in (a |an |any )?(smaller|bigger|larger|wider|narrower|shorter|longer|lighter|slimmer|different|other|another|womens|mens|kids|childrens|petite|${COLOURS})\b`,
    String.raw`\b(any|another|other|more|different) (colou?rs?|colou?rways?|sizes|case sizes?|versions?)\b(?! (of the (app|screen|display)|on the (screen|display|map)))`,
    String.raw`\bwhat colou?rs? (does|do|is|are|can)\b`,
    String.raw`\b(a |an )?(smaller|bigger|larger|womens|kids|\d[- ]?person|\d ?p) (case|case size|version|model|variant)\b`,
  ].join('|'),
);
/** …not one the customer has or ordered: an exchange, a wrong item, a fault, a screen's colours. */
// (Review: nor a setting of one the customer has, "can I change the watch to show different colours?".)
const NOT_BEFORE_BUYING =
  /\b(change|changing|set|setting|settings|switch|show|shows|showing|display\w*|customi[sz]e|theme|watch ?face|backlight|brightness|my|mine|our|exchang\w*|swap\w*|return\w*|refund\w*|arriv\w*|received|came|sent|delivered|ordered|bought|wrong|instead|replac\w*|faded?|fading|bleed\w*|screen|display|led|light|blink\w*|flash\w*|app|map|[a-z]{1,4}-\d{4,})\b/;

/** A tent's, jacket's or lamp's property asked outright ("is the Summit Pro 2 freestanding?", "does it need stakes to stand up"). */
const SPEC_ASKED =
  /\b(is|are) (it|they|the [a-z0-9]+( [a-z0-9]+){0,2}) (free-?standing|self-?standing|seam-?sealed|packable|dimmable|rechargeable|double-?walled|single-?walled|insulated|machine washable|pfc-?free|(3|4|three|four)-?season)\b|\b(asked|asking|wanted to know) (if|whether) (its|it is|theyre|they are) (free-?standing|self-?standing|seam-?sealed|packable|dimmable|rechargeable|insulated)\b|\b(does|do) (it|they|the [a-z0-9]+( [a-z0-9]+){0,2}) need (stakes|pegs|guy ?lines|poles|trekking poles) to (stand|stay up|pitch|be pitched)\b/;
/** …of one the customer has, or that has gone wrong. */
const OWNED_OR_FAULT = /\b(my|mine|bought|ordered|arrived|broke\w*|leak\w*|torn|ripped|snapped|bent|faulty|collaps\w*|[a-z]{1,4}-\d{4,})\b/;

/** A count of things ("40 stormshell jackets"). */
const COUNT_OF_ITEMS = /\b\d{2,4} (\w+ ){0,2}(jackets|tents|headlamps|lamps|watches|fleeces|hoodies|shirts|vests|backpacks|bags|units|pieces)\b/;
/** …branded with a logo or for a company event: a business's order. */
const BRANDED_OR_EVENT =
  /\b(with|print\w*|put|add\w*|embroider\w*|stitch\w*) (on )?(our|my|a|the|their) (own )?(company |club |team |business |firm )?logos?\b|\b(company|corporate|team|club|staff|office|school|business) (retreat|event|offsite|off-site|outing|trip|party|away ?day|uniforms?|kit)\b/;
/** …not one placed, or gone wrong, nor a discount code for it ("our team event code RETREAT25 isn't working"). */
const PLACED_OR_WRONG = /\b(codes?|coupons?|vouchers?|promo\w*|discount\w*|ordered|bought|arriv\w*|deliver\w*|received|missing|damaged|broken|wrong|refund\w*|return\w*|charged|exchang\w*|[a-z]{1,4}-\d{4,})\b/;

/** Another maker's fitness app or service a watch may sync with. */
const OTHER_APP = /\b(garmin connect|strava|apple health|healthkit|health kit|google fit|komoot|samsung health|fitbit|polar flow|suunto app|training ?peaks|zwift|relive|alltrails|outdooractive|runkeeper)\b/;
const SYNC_ASKED = /\b(compatib\w*|sync\w*|connect\w*|link\w*|export\w*|import\w*|upload\w*|pair\w*|integrat\w*|work with|works with|talk to|send (my )?(data|activities|workouts|runs))\b/;
/** …asked while choosing or paying for one ("which watch syncs with Strava? choosing between…"). */
const CHOOSING = /\b(how much|buy|buying|purchas\w*|order|price|cost\w*|stock|gift|present|choos\w*|deciding|considering|thinking (of|about)|which (one|watch|model)|vs|versus|cheaper|discount\w*|refund\w*|return\w*)\b/;

/** A battery that lasts much less than it should (en/de/es). */
const BATTERY_DRAIN =
  /\b(battery|akku|bateria|batterie)\b[^.!?]{0,40}\b(only (lasts?|holds?|gets?|runs?|goes)|lasts? only|(is )?drain\w*|dies (after|within|in)|nur noch|halt (nur|nicht mehr)|(ya )?solo (dura|aguanta)|dura (solo|muy poco)|ya no dura)\b/;
/** …with a claim asked: the warranty, a return, a replacement, money back, a parcel. */
const CLAIM_ASKED =
  /\b(warrant\w*|guarantee\w*|covered|garantie\w*|garantia\w*|cubiert\w*|refund\w*|return\w*|exchang\w*|replac\w*|send (it |them )?back|money back|(new|another) one|deliver\w*|arriv\w*|ruck\w*|zuruck\w*|umtausch\w*|ersatz\w*|erstatt\w*|devol\w*|reembols\w*|cambi\w*|nuevo)\b/;

/** (Review: …nor the battery life asked before buying one, "does the battery only last 2 days in GPS mode? asking before buying".) */
const BEFORE_BUYING =
  /\b(before (i |we )?(buy|order|purchas|get)\w*|(thinking|considering|planning|deciding) (of |about |on |whether to )?(buy|gett|order|purchas)\w*|(want|would like|looking|about) to (buy|order|purchase|get one)|if (i|we) (buy|get|order|purchase)|(vor dem|vorm) kauf|bevor (ich|wir) (\w+ )?(kaufe|bestelle|kaufen|bestellen)|antes de (comprar|pedir)|(will|would) (its|the|their) battery (really |actually )?(only )?(last|hold)|(its|the) battery (will|would) (only )?(last|hold)|spec\w*|datasheet|compared? (to|with)|vs|versus)\b/;

/**
 * Session 61 (T3): how long the battery lasts, asked for an event the customer plans ("¿cuánto dura la batería del Pace 5
 * con GPS? voy a correr un ultra de 50 km"): whether it will do, before buying. Asked alone, or of the customer's own, the
 * labels keep it with the troubleshooters (session 26), so only with the plan said.
 */
const BATTERY_LIFE = /\b(how long (does|do|will|would) (the |its |their )?(\w+ ){0,3}batter(y|ies) (last|hold|go|run)|battery life|cuanto (dura|duran|aguanta|aguantan) (la |las )?bateria|duracion de (la )?bateria|wie lange (halt|halten|hält|lauft|läuft) (der |die )?(\w+ ){0,3}akku|akkulaufzeit)\b/;
const PLANNED_USE =
  /\b((i|we)( am| are|m|re)? (going to|planning to|planning on|about to|signed up to|entered|training for) (run|do|hike|race|ride|cycle|walk|climb|an?|the)|(voy|vamos) a (correr|hacer|ir|subir|caminar)|(ich|wir) (laufe|laufen|mache|machen|plane|planen|will|wollen|werde|werden)\b[^.!?]{0,30}\b(ultra|marathon|lauf|rennen|tour|wanderung|trail)|for (an?|the|my|our) (\d+ ?(k|km|mile|miles) )?(ultra|marathon|race|trek|expedition|thru-?hike|multi-?day))\b/;
const OWNED_OR_WORN = /\b(my|mine|mi|mein|meine|meiner|tengo|ich habe|since|after the update|any ?more|ya no|nicht mehr|drain\w*|only lasts?|solo dura|nur noch)\b/;

/** What is said around an order number that says nothing of the matter ("at some point", "no rush", "a question about"). */
const FILLER = new Set(
  'possible point rush hurry speak talk someone somebody anyone person human agent about regarding question query help look check chance time later soon whenever please thanks thank order number ref reference re hi hello hey could would can sometime quick need want like get thing something when whenever urgent mind real'.split(' '),
);
const ORDER_ID = /\b[a-z]{1,4}-\d{4,}\b/;
const ORDER_IDS = new RegExp(ORDER_ID.source, 'g');

/** An order number with nothing said of what is wrong with it. */
export function onlyAnOrderNumber(topical: string): boolean {
  const t = normalise(topical);
  if (!ORDER_ID.test(t)) return false;
  return words(t.replace(ORDER_IDS, ' ')).every((w) => STOP_WORDS.has(w) || FILLER.has(w) || /^\d+$/.test(w));
}

export const ASKED_CORRECTIONS: Correction[] = [
  { from: [RETURNS_DUTY, TROUBLESHOOTING_DUTY, REFUNDS_DUTY], to: PRE_SALES_DUTY, when: (c) => VARIANT.test(normalise(c.topical)) && !NOT_BEFORE_BUYING.test(normalise(c.topical)) },
  { from: [RETURNS_DUTY, TROUBLESHOOTING_DUTY, REFUNDS_DUTY], to: PRE_SALES_DUTY, when: (c) => SPEC_ASKED.test(normalise(c.topical)) && !OWNED_OR_FAULT.test(normalise(c.topical)) },
  { from: [RETURNS_DUTY, TROUBLESHOOTING_DUTY, REFUNDS_DUTY], to: PRE_SALES_DUTY, when: (c) => COUNT_OF_ITEMS.test(normalise(c.topical)) && BRANDED_OR_EVENT.test(normalise(c.topical)) && !PLACED_OR_WRONG.test(normalise(c.topical)) },
  { from: [PRE_SALES_DUTY], to: TROUBLESHOOTING_DUTY, when: (c) => OTHER_APP.test(normalise(c.topical)) && SYNC_ASKED.test(normalise(c.topical)) && !CHOOSING.test(normalise(c.topical)) },
  { from: [RETURNS_DUTY, REFUNDS_DUTY, PRE_SALES_DUTY], to: TROUBLESHOOTING_DUTY, when: (c) => BATTERY_DRAIN.test(normalise(c.topical)) && !CLAIM_ASKED.test(normalise(c.topical)) && !BEFORE_BUYING.test(normalise(c.topical)) },
  { from: [REFUNDS_DUTY, TROUBLESHOOTING_DUTY, PRE_SALES_DUTY, PRIVACY_DUTY], to: RETURNS_DUTY, when: (c) => onlyAnOrderNumber(c.topical) },
  { from: [TROUBLESHOOTING_DUTY], to: PRE_SALES_DUTY, when: (c) => BATTERY_LIFE.test(normalise(c.current)) && PLANNED_USE.test(normalise(c.current)) && !OWNED_OR_WORN.test(normalise(c.topical)) },
];
