/**
 * A question about what a product can do, asked before buying it and with nothing broken ("thinking of the
 * Trailsense: does it do offline maps?", "is the Lumen 900R waterproof enough for caving?") belongs to the team
 * that answers questions before buying, though its words are the troubleshooting team's (watch, maps, battery).
 * Someone who owns one ("my watch", "how do I load…", "just bought") or has a fault is the troubleshooters'.
 */
import { normalise } from '../bot/text.js';

/** Weighing a purchase, anywhere in the conversation. */
const CONSIDERING =
  /\b(thinking (of|about) (buying|getting|upgrading|ordering|switching)|thinking to (buy|get|order)|(dont|do not) want to buy (the|a|it)\b(?! (new|another|replacement|second)\b)|(?<!\b(app|update|firmware|software|version)\b[^.!?]{0,20})(coming out|being released|due out) (this|next) (year|yr|month|season|spring|summer|autumn|fall|winter)|considering (buying|getting|the)|deciding between|torn between|(do|does) (you|u) (have|sell|offer|do) (any )?(\w+ )?(gift sets?|bundles?|combos?|gift boxes|gift box|starter kits?)|thinking of (it|one|this|that|the [a-z0-9]+( [a-z0-9]+)?) (as|for) (a )?(gift|present)|(cant|can not|cannot) decide between|which (\w+ )?(would|do|should|can|could) (you|u) (recommend|suggest|advise)|which of (your|the|these|those) (?!(orders?|items?|parcels?|packages?|deliveries|refunds?|charges?|payments?|invoices?|returns?|emails?|codes?|things)\b)\w+ (would|will|is|are|has|have|lasts?|should|can|could)|which (\w+ )?size (should|do|would|shall)|welche[ns]? (\w+ ){0,2}(wurdet ihr|wurden sie|wurdest du|konnt ihr|konnen sie)\b[^.!?]{0,30}\bempfehlen|(trying|want|need) to decide|which (one|of them|of the two|model) (should|would|is|lasts|has|shows|do|does|will)|before (i|we) (buy|order|commit)|upgrad(e|ing) (to|from)|in the market for|kitting (out|up)(?![^]{0,120}\b([a-z]{1,4}-\d{4,}|arrived|never came|delivered|tracking)\b)|kit (us|me|him|her|them|the (family|kids|group)) out|(proper|expert|personal|some) advice (on|about) (which |what )?(\w+ )?(jackets?|tents?|headlamps?|watches?|gear|kit|boots|sleeping bags?|what to (buy|get|bring))|(worth|planning on) (buying|getting)|trade[- ]?ins?|part[- ]exchange|before (i|we) (drop|spend|splash out|shell out|fork out|part with)\b|(ich )?schwanke (noch )?zwischen|(ich )?uberlege,? (ob ich (mir )?(die|den|das|eine?n?) [^.!?]{0,30}(kaufe|hole|bestelle)|mir (die|den|das|eine?n?) [^.!?]{0,30}zu (kaufen|holen|bestellen))|kann mich nicht entscheiden|(dudo|estoy dudando|no se si comprar|no me decido) entre|antes de comprar(la|lo)?|(estoy|ando) entre (el|la|los|las) |pensando en (comprar|regalar|pedir)\w*|cual (me )?(recomendais|recomiendas|recomienda|recomiendan)|welche[ns]? (\w+ )?(empfehlen sie|empfehlt ihr|wurden sie empfehlen|ist besser)|(ich )?(uberlege|denke daruber nach),? (mir )?(\w+ ){0,4}zu (kaufen|holen|bestellen|schenken))\b/;
/**
 * Asking what it can do, anywhere in the conversation: a repeated failure hands off at "ok last try: red or not?",
 * and the question it repeats was asked turns before (measured on 5,350 conversations: skill errors 174 → 167, one
 * new, an owner's "can I download maps onto the watch" read as asked before buying). Session 62 (T): "compatible with" a
 * mount or a charger too, as "compatible for" (not the app, which the troubleshooters answer).
 */
const CAPABILITY =
  /\b((does|do|will|would) (it|they|either( of them)?|the [a-z0-9]+( [a-z0-9]+)?) (do|have|has|support|show|display|work with|pair with|fit|come with|handle|survive)|is (it|the [a-z0-9]+( [a-z0-9]+)?) (waterproof|water resistant|warm|bright|tall|suitable|compatible) (enough )?for|how (tall|bright|heavy|big|many lumens|much does (it|the [a-z0-9]+( [a-z0-9]+)?) weigh)|what(s| is) the (water rating|weight|inner height|ip rating|lumen output)|red light mode|what size (should|do|would)|sizing|(how far|how many (meters|metres|feet|m)) (does |can |will |would )?(the |its )?(light|beam|lamp|it) (can |will |does )?(reach|shine|go)|how many (meters|metres|feet|m) (is|does) the (beam|light)|beam (distance|range|reach)|pfc[- ]?free|fluorocarbon|(come|comes|available|do you (have|make|sell|do)|is there) (in )?(a )?(children|childrens|kids|kid) (sizes?|range|versions?)|packed weight|weighs? packed|run(s)? (true to size|small|large|big|long|short)|size (chart|guide)|(does|do|will|would|can) (it|they|the [a-z0-9]+( [a-z0-9]+)?) (connect (to|with)|charge|power|read|measure) (a|an|my|the)\b|(does|do|will|would|can) (it|they|the [a-z0-9]+( [a-z0-9]+)?) (measure|track|monitor|record|count) (\w+ )?(oxygen|spo2|heart rate|hrv|sleep|steps|altitude|elevation|pressure|temperature|calories|pulse|stress)\b|is (it|the [a-z0-9]+( [a-z0-9]+)?( [a-z0-9]+)?) (big|large|long|wide|roomy|spacious|warm|bright|light|strong|tall) enough\b|which (one )?(weighs|is lighter|is heavier)|(is|are) (it|they|the (?!(\w+ )?app\b)[a-z0-9]+( [a-z0-9]+){0,2}) (compatible|usable) with)\b/;
/**
 * Session 57: a product's figures asked for (size, weight, waterproof rating, what it runs on): "what are the floor
 * dimensions of the ridgeline 3p?", "the hydrostatic head figure", "¿funciona con pilas AAA?". Not the measures of a
 * parcel; nor how long a battery lasts, which owners ask too and the labels route to technical (session 26: "how long
 * does the pace 5 battery last with gps on?"; seven development conversations went to sales when it counted).
 */
const SPEC =
  /\b(what(s| is| are|re) the (\w+ ){0,2}(dimensions|measurements|width|length|floor (area|space)|weight|rating|hydrostatic head|breathability|capacity|lumens?|water column)\b(?![^.!?]{0,30}\b(parcel|package|box|shipment|shipping|delivery|return|label|carton|order|refund|account|review|customer)s?\b)|(inside|internal|interior|inner|floor|packed|pack) (width|length|height|dimensions|measurements|area)\b|hydrostatic head|breathability|(water|hydrostatic) ?column|wie (schwer|breit|hell) (ist|sind)\b|(welche|was sind die) (masse|abmessungen)|wassersaule|(funciona|funcionan) (tambien |solo )?con\b|cuanto (pesa|pesan|mide|miden)|pass[- ]?through (charging|charge)|(charge|recharge) (itself|both)\b|que (medidas|dimensiones)|columna de agua|cuantos lumenes)/;
/** Something wrong with one they have (en/de/es); review 3 of session 52: "the watch does not count steps any more". */
const FAULT =
  /\b(wont|doesnt work|does not work|not working|stopped working|broken|broke|error|keeps (crashing|failing|disconnecting|restarting|dropping|turning off|freezing)|crash(es|ed|ing)|freez(es|ing)|faulty|defect(ive)?|after the update|flicker\w*|flacker\w*|defekt\w*|(ziemlich |sehr |zu )schwach|cant (log|pair|connect|sync)|(error|code|shows?|showing|getting|got|displays?|says)( an?| the)? [a-z]{1,4}-?\d{2,3}|[a-z]{1,4}-?\d{2,3} (error|code|message)|(ladt|lauft|funktioniert|geht|startet|verbindet) [^.!?]{0,20}\bnicht|kaputt|no (funciona|carga|enciende|conecta)|roto|rota|parpade\w*|se me (cayo|rompio|mojo|cayeron)|sigue (sin|fallando|parpadeando|apagandose)|(is|keeps|started|starts) (blinking|flashing)|ya no|(pairing|sync|syncing|connection|login|update) (fails|failed|failing)|frozen|logs me out|water (inside|got in|in the)|(stopped|no longer) (\w+ )?(count|track|measur|record)\w*|(doesnt|does not|dont|do not|wont|isnt|is not) (\w+ ){0,2}(count|track|measur|record)\w*[^.!?]{0,25}\b(any ?more|since|after the update)|clearly wrong|inaccurate|way off)\b/;
/** Owning it already: setting it up, loading things onto it. */
const OWNS =
  /\b(rucksendung|zuruckschick\w*|zurucksend\w*|umtausch\w*|devolver\w*|devolucion|cambiarla|cambiarlo|just bought|i (just )?(bought|own|have had|got) (a|an|the|my|one)|(set|setting) up my|my (new|old) |mine|how (do|can|would) (i|we) (load|download|get|put|set up|install|pair|connect|sync|use|turn on|change|reset|update|import|charge)|my (watch|headlamp|lamp|bulb|tent|jacket|device|app|account)|mi (reloj|frontal|linterna|tienda|chaqueta|cuenta)|meine? (uhr|stirnlampe|lampe|zelt|jacke|konto)|got (it|one|them) (for|as|last|yesterday)|(ive|i have) got (a|an|the|my)|i have (the|my) |my (husbands|wifes|sons|daughters|partners|kids|dads|mums|moms) (?!(trek|trip|birthday|hike|race|holiday|vacation|wedding|retirement|party|christmas|present|gift|run|walk|tour|expedition)\b)|tengo (el|la|mi) |ich habe (die|den|das|meine?n?) |(la|el|las|los) mi(a|o)s? |meine?[rs]? (ist|war|hat|geht|leuchtet|lasst) )\b/;

/** An accessory or spare part to buy ("do you sell a 22 mm nylon strap for it?"). */
// (Session 57: wanted in so many words, "I want to buy a replacement battery for my Trailwatch".)
const ACCESSORY_TO_BUY = /\b((can|could) (i|we)|(i|we) (want|need|would like|wish|am looking|are looking)( to)?|(id|wed) like to|(im|were|i am|we are) (hoping|looking) to) (order|buy|purchase|get hold of) ((just|only) (a |an |the )?(new |spare |replacement |extra |second )?|(a |an |some |two |three |[2-9] )?(new |spare |replacement |extra |second ))(\w+ )?(cable|charger|strap|band|pole|pole section|battery pack|battery|batteries|case|cover|lid|door|clip|buckle)s?\b(?! (for free|under (the )?warranty))|\b(is|are) (the |that |this |a )?(\w+ ){0,2}(cover|lid|door|cable|charger|strap|band|pole|clip|buckle|battery pack)s? (sold|available) (on (its|their) own|separately|individually)\b|\bdo you (sell|stock|carry|make) (a |an |any |spare |replacement |extra )?([a-z0-9-]+ ){0,3}(mounts?|straps?|cases?|covers?|chargers?|cables?|poles?|footprints?|accessor\w*|batter(y|ies)|bands?|clips?|holders?|stakes?)\b|\b(akku|batterie|kabel|ladekabel|gurt|armband|stange|gestange|heringe|zubehor|ersatz\w*|teil|halter\w*|netzteil|ladegerat)\b[^.!?]{0,30}\b(auch |extra )?(einzeln|separat) (zu )?(kaufen|bestellen|erhaltlich|bekommen)\b|\b(comprar|venden|vendeis|vendes|se vende)\b[^.!?]{0,40}\b(bateria|cable|correa|varillas?|piquetas?|repuesto|accesorios?|cargador|funda|soporte)\b[^.!?]{0,30}\b(por separado|aparte|suelto|de repuesto)\b|\b(comprar|venden|vendeis|vendes|se vende)\b[^.!?]{0,10}\b(la|el|las|los) (bateria|cable|correa|varillas?|piquetas?|cargador|funda|soporte)\b[^.!?]{0,30}\b(por separado|aparte|suelto|de repuesto)\b/;
/** The same questions in other words: a use it must survive, and in Spanish and German. */
const CAPABILITY_MORE =
  /\b(can (i|you|we) (swim|dive|shower|snorkel|go swimming) (with|in) (it|them|the [a-z0-9]+( [a-z0-9]+)?)\b|is (it|the [a-z0-9]+( [a-z0-9]+)?) (waterproof|water resistant|splash ?proof|shock ?proof)\s*\?|(se puede|puedo|podre) (nadar|bucear|duchar\w*)\b|kann (ich|man) (damit|mit (ihr|ihm|der|dem)) (schwimmen|tauchen)\b|passen in (das|den|die)\b[^.!?]*\?)/;
/** Whether it will do, asked in Spanish or German ("¿es suficiente para dos adultos?", "reicht das Zelt für zwei?"). */
/**
 * Session 58 (S2): a variant asked after before buying ("gibt es das Summit Pro 2 auch als 3-Personen-Version?",
 * "¿hay una versión para tres personas?", "habt ihr die Jacke auch in XS?").
 */
const VARIANT_ES_DE =
  /\b(gibt es|gibts|habt ihr|haben sie|fuhrt ihr|fuhren sie) (das|die|den|ihn|sie|es|ihr|euer|eure|euren|eine?n?) [^.!?]{0,40}\bauch (als|in|mit|fur)\b|\b(hay|teneis|tienen|tienes|existe|vendeis|venden) [^.!?]{0,40}\b(en|con) (una )?(version|talla|color|tamano|modelo)\b|\b(hay|existe) (una |la )?(version|talla|modelo) (de|para|en)\b/;
const WILL_IT_DO_ES_DE = /\b(ich suche|wir suchen|suche) (noch )?(ein|einen) (\w+ )?(geschenk|präsent|prasent)\b|\b(busco|buscamos|estoy buscando) (un|algo de) regalo\b|\bquiero regalar(le|les)?\b|\bwelche[rs]? (\w+ )?(halt|hält) (\w+ ){0,3}(langer|länger) durch\b|\bcual (pesa (menos|mas)|es mas (ligera|liviana|pesada))\b|\bwelche[rs]? (ist|wiegt) (leichter|weniger|schwerer)\b|\b(es|sera|seria) (suficiente|suficientemente \w+|buena?) para\b[^.!?]*\?|\bsirve para (dos|tres|cuatro|\d+|una? |personas?|acampar|ir |hacer|el (invierno|camino)|la (nieve|montana))[^.!?]*\?|\baguanta (bien )?(la |el |los )?(nieve|vientos?|lluvias?|frio|tormentas?)\b|\bes de (tres|cuatro) estaciones\b|\b(reicht|taugt) (das|die|der|es)\b[^.!?]{0,40}\bfur\b[^.!?]*\?|\bhalt (das|die|der|es) [^.!?]{0,30}\b(aus|stand)\b[^.!?]*\?|\bpasst (die|der|das|es)\b[^.!?]{0,40}\b(uber|unter)\b[^.!?]*\?/;

/** "Do you sell a 22 mm nylon strap for it?", "Can I order just a new magnetic cable?": a part to buy, whoever the words would go to. */
/** Session 49: a lost part and a new one to order ("ich habe das Ladekabel … verloren. Kann ich bei euch ein neues bestellen?"). */
const LOST_PART = /(?<!\b(courier|carrier|dhl|ups|fedex|usps|post|postman|you|they|warehouse|your \w+) )\b(lost|misplaced|verloren|verlegt|perdi|he perdido)\b[^.!?]{0,40}\b(charger|charging cable|cable|strap|band|case|cover|pole|stakes?|footprint|ladekabel|kabel|ladegerat|armband|gurt|cargador|cable|correa|funda)\b|\b(charger|charging cable|cable|strap|ladekabel|kabel|ladegerat|armband|cargador|correa)\b[^.!?]{0,40}\b(lost|verloren|perdi|perdido)\b/;
const NEW_ONE = /\b(buy|order|get) (a )?(new|replacement|spare|another) (one)?\b|\b(ein(en)?|eine) (neue[ns]?|ersatz\w*)\b[^.!?]{0,20}\b(bestellen|kaufen|nachkaufen)\b|\b(comprar|pedir) (uno|una|otro|otra) (nuev[oa])?\b/;

export function asksToBuyPart(current: string): boolean {
  const now = normalise(current);
  return (ACCESSORY_TO_BUY.test(now) || (LOST_PART.test(now) && NEW_ONE.test(now))) && !FAULT.test(now);
}

/** What a team other than pre-sales answers, even while weighing a purchase: returns, exchanges, claims, delivery, paying. */
// (Session 62 T: a voucher is "un vale", "vale regalo"; a bare "vale" is Spanish for "okay".)
const NOT_A_PURCHASE = /\b(cambio|cambiar\w*|desistimiento|devol\w*|widerruf\w*|ruckgabe\w*|umtausch\w*|(um)?tauschen|wechseln|garantia|garantie|reclam\w*|reklam\w*|se (partio|rompio)|doblad[ao]|dobló|rot[oa]|kaputt|llega|llegara|ankommt|kommt (es|sie|er)|liefer\w*|envio|pago|pagar|rechaz\w*|factura|rechnung|iva|mwst|mehrwertsteuer|guthaben|saldo|gutschein\w*|tarjeta regalo|reembols\w*|erstatt\w*|(un|el|mi|este|ese|del|al) vale|vales? (regalo|de (compra|regalo|descuento)))\b/;

/**
 * Weighing a purchase in so many words ("¿Cuál me recomendáis?", "deciding between…"; session 53: a present looked for,
 * "ich suche ein Geschenk", "quiero regalarle"), with nothing owned or broken.
 */
export function weighsPurchase(conversation: string): boolean {
  const all = normalise(conversation);
  return !FAULT.test(all) && !OWNS.test(all) && !NOT_A_PURCHASE.test(all) && (CONSIDERING.test(all) || WILL_IT_DO_ES_DE.test(all) || VARIANT_ES_DE.test(all));
}

/**
 * Session 58: about to buy, or asking a spec, in Spanish or German ("Quiero comprar mi primer reloj GPS", "ist die Lumen
 * 900R wasserdicht?", "¿es sumergible?"): a language hand-off's question before buying, which the classifier, reading
 * few of its words, sent to the troubleshooters. (Review 1 of session 58: not help, a refund or an invoice asked, "quisiera
 * pedir ayuda", nor one the customer has, "la mía deja pasar agua", "meine ist ausgegangen".)
 */
const BUYING_ES_DE =
  /\b(quiero|queria|quisiera|queremos|me gustaria|nos gustaria|voy a|vamos a|pienso|estoy pensando en|estamos pensando en|planeo|antes de) (comprar\w*|adquirir\w*|pedir\w*)\b(?! (ayuda|un reembolso|el reembolso|una devolucion|la devolucion|un cambio|el cambio|una factura|la factura|informacion|asistencia|soporte|perdon|disculpas)\b)|\b(ich|wir) (will|wollen|mochte|mochten|uberlege|uberlegen|plane|planen|uberlege mir|denke daruber nach)\b[^.!?]{0,50}\b(zu )?(kaufen|anschaffen|zuzulegen|zulegen|bestellen)\b|\b(vor dem kauf|bevor ich (\w+ ){0,3}(kaufe|bestelle))\b/;
/** (Session 61 T3: also a feature asked in Spanish or German, "¿el reloj Trailsense tiene mapas offline?", "hat die Uhr GPS?".) */
const SPEC_ES_DE =
  /\b(ist|sind) (die|der|das|es|sie|er) ([a-z0-9]+ ){0,3}(wasserdicht|wasserfest|stossfest|wetterfest|winddicht|atmungsaktiv|dimmbar|kompatibel)\b|\b(es|son) (\w+ ){0,3}(impermeables?|sumergibles?|resistentes? al agua|compatibles?)\b|\b(sirve|sirven|vale|valen) (\w+ )?para (nadar|bucear|el mar|la playa|kayak|correr|escalar|esquiar|la lluvia|la nieve)\b|\b(tiene|tienen|lleva|llevan|incluye|incluyen|trae|traen) (\w+ ){0,2}?(mapas?|gps|brujula|altimetro|barometro|bluetooth|nfc|wifi|pulsometro|pantalla tactil|modo (\w+ )?(offline|nocturno|rojo|sos))\b|\b(hat|haben) (die|der|das|sie|er|es) ([a-z0-9]+ ){0,3}?(offline-? ?karten|karten|gps|kompass|hohenmesser|barometer|bluetooth|nfc|touchscreen|rotlicht\w*)\b/;

export function asksBeforeBuying(conversation: string): boolean {
  const all = normalise(conversation);
  if (FAULT.test(all) || OWNS.test(all)) return false;
  return CONSIDERING.test(all) || asksWhatItIs(all) || BUYING_ES_DE.test(all) || SPEC_ES_DE.test(all);
}

/**
 * Session 59: a model the customer has, named with its number ("Love my Pace 5", "mi Pace 5", "meine Lumen 900R"); not a
 * count, a size or an age ("my size 10", "my son 12 years old").
 */
const OWNS_MODEL =
  /\b(my|mi|mein|meine|meinen|meiner) (?!(size|order|orders|last|first|next|son|sons|daughter|daughters|kids?|twins|child|children|girl|girls|boy|boys|baby|dog|husband|wife|partner|group|team|family|budget|height|weight|trip|hike|run|flight|top|number|talla|pedido|grosse|bestellung)\b)[a-z]{3,}( (?!(is|are|was|were|has|had|turns?|turned|aged?|about|now|only|just|at|in|on|for|of)\b)[a-z]{2,})? \d{1,4}[a-z]{0,2}\b(?! (years?|months?|weeks?|days?|hours?|minutes?|people|persons?|kids|children|cm|mm|kg|km|m|anos|jahre)\b)/;
/** Another model or a purchase in view: "the new Pace 6", "thinking of upgrading", "do you sell…". */
const OTHER_MODEL_OR_BUYING = /\b(new|newer|next|upgrad\w*|successor|latest|another|instead|vs|versus|compared|buy|buying|purchas\w*|sell|stock|available|price|cost|gift|present|kaufen|comprar|regalar|nuevo|neue[nrs]?)\b/;

/**
 * Session 59: what a product the customer has can do ("Love my Pace 5. Does it connect to a Libre glucose sensor?",
 * "¿puedo nadar en el mar con mi Pace 5?"): an owner's question, the troubleshooters', though it reads as a spec.
 */
export function asksOfOwnedProduct(conversation: string): boolean {
  const all = normalise(conversation);
  return OWNS_MODEL.test(all) && (CAPABILITY.test(all) || CAPABILITY_MORE.test(all) || SPEC_ES_DE.test(all)) && !ACCESSORY_TO_BUY.test(all) && !CONSIDERING.test(all) && !BUYING_ES_DE.test(all) && !OTHER_MODEL_OR_BUYING.test(all);
}

/**
 * Session 59 (S2): how to do something on a device the customer has, in any of the three languages ("wie kann ich auf
 * meiner Trailsense Karten offline speichern?", "how do I load routes onto my watch?", "¿cómo puedo poner la alarma en mi
 * reloj?"): an owner's how-to, the troubleshooters', though maps and trips read as pre-sales'.
 */
const OWNER_HOW_TO =
  /\b(how (do|can|could|would|should) (i|we)|wie (kann|konnte|muss|soll) ich|(como|donde) (puedo|hago|se))\b[^.!?]{0,60}\b(on|onto|in|into|to|with|from|auf|in|an|mit|von|en|con|de) (my|mi|mis|meiner|meinem|meine|meinen)\b/;
/** …not an order, an account, a payment, a return or a store visit asked how to ("how can I add a note to my order?"). */
const NOT_A_DEVICE_HOW_TO =
  /\b(orders?|account|konto|cuenta|bestell\w*|pedidos?|return\w*|refund\w*|exchang\w*|deliver\w*|ship\w*|address|adresse|direccion|pay\w*|card|invoice|rechnung|factura|codes?|gutschein\w*|cupon|store|shop|laden|tienda|basket|cart|warenkorb|carrito|zuruck\w*|devol\w*|erstatt\w*|reembols\w*)\b/;

export function asksHowToOnOwned(conversation: string): boolean {
  const all = normalise(conversation);
  return OWNER_HOW_TO.test(all) && !NOT_A_DEVICE_HOW_TO.test(all) && !CONSIDERING.test(all) && !BUYING_ES_DE.test(all) && !OTHER_MODEL_OR_BUYING.test(all) && !ACCESSORY_TO_BUY.test(all);
}

/** What a product is or does, without owning one or a fault: specs, not "before I order, can you gift-wrap it?". */
export function asksAboutProduct(conversation: string): boolean {
  const all = normalise(conversation);
  return !FAULT.test(all) && !OWNS.test(all) && asksWhatItIs(all);
}

function asksWhatItIs(all: string): boolean {
  return CAPABILITY.test(all) || ACCESSORY_TO_BUY.test(all) || CAPABILITY_MORE.test(all) || SPEC.test(all);
}

/**
 * A deal rather than a payment or a repair: a price match or adjustment ("it's €50 cheaper in your own sale now, can I
 * get the difference back?"), volume pricing, a business account, a sponsorship. Its words are money words (refund,
 * invoice, €) or the product's (18 headlamps for the club), the matter is the pre-sales team's; a fault keeps it
 * with the team the words point to. (Review 3: "a good deal less than on your site", not "less than your email promised".)
 * (Review of session 53: "die Differenz zurück" after a price come down, not after a refund come short.)
 */
const DEAL =
  /\b((get|refund|pay|give|credit)( me| us)?( back)? the( [€$£]?\s?\d[\d.,]{0,24}( ?(€|eur|euros?|usd|dollars?))?)? difference|difference back|price (match\w*|adjustment|protection|drop(ped)?|went down|has (dropped|gone down))|(?<!\brefund\b[^.!?]{0,40})(a )?(good |lot |bit |little )?(deal )?(less|cheaper|lower) than (on |at |in )?(your (own )?(site|website|web ?shop|online shop|shop|store|app|page|prices?|listing)|yours)\b|(do|would|will|can|could) you (price[- ])?match|match (that|the|their|this|a lower) price|(cheaper|lower|reduced|on sale) (now|in your|on your|since)|in (your|the) (own )?sale now|(have|offer|do|open|set up|get|chance of|possible to (get|have|open)) (a |an )?business accounts?|(trade|wholesale|reseller|dealer) (price|prices|pricing|discounts?|rates?|terms)|(group|school|education|educational|club|team|volume|institutional)( order)? (discount|pricing|price|rate)s?|volume (pricing|price|discount)s?|bulk (price|pricing|discount|rate)s?|corporate (rate|discount)s?|preisanpassung|(?<=\b(gunstiger|billiger|reduziert|preis\w*|angebot|sale)\b[^]*)(die )?differenz (\w+ )?(zuruck|erstatt\w*|gutgeschrieben|ausgezahlt)|(bei|im) [a-z]+ (\d+ ?(€|eur|euro) )?(gunstiger|billiger)\b|diferencia de precio|mas barat[oa] en otra tienda|(me )?devolveis la diferencia|billiger (bei|in) (einem )?anderen|igual(an|ais|a|ar|en)( el| los)? precios?|igualar el precio (que|de)|(passen|gleichen) sie (den |ihren )?preis|preis (angleichen|anpassen)|(need|want|would like|looking at|looking for|get|buy) (roughly |about |around )?(\d{2,}|a dozen|dozens) (of them|units|pieces|pcs)|group (price|pricing|discount|rate)s?|better (rate|price) for|sponsor(s|ship|ships|ing|ed)?\b(?! codes?)|partnerships? (programme|program|deal|contact)|trade[- ]?ins?|part[- ]exchange|(do you (have|offer|give|do)|is there|are there|any|have you got)\b[^.!?]{0,25}\b(discounts?|deals?|offers?|rates?) for (the )?(military|armed forces|soldiers|service members|veterans?|seniors?|pensioners?|over[- ]\d\ds|teachers?|nurses?|nhs|first responders|healthcare workers|key workers|firefighters|police|charit(y|ies)|schools?)|(do you (have|offer|give|do)|is there|are there|any|have you got) (a |an )?(military|veterans?|senior|seniors|pensioner|teachers?|nhs|first responder|healthcare|key worker|charity|blue light) discounts?)\b/;

/** A payment gone wrong: "charged twice on our business account" is billing's whatever the account. */
const PAYMENT_PROBLEM = /\b(charged (me |us )?(twice|double|two times|again)|charged [^.!?]{0,30}\binstead of|double charge\w*|declined|payment failed|wrong amount)\b/;

export function asksForDeal(conversation: string): boolean {
  const all = normalise(conversation);
  return DEAL.test(all) && !FAULT.test(all) && !PAYMENT_PROBLEM.test(all);
}

/** When something sold out comes back ("will the 900R be restocked in orange?", "¿cuándo volverá a haber talla L?"). */
const RESTOCK =
  /\b(in (mint|olive|navy|black|blue|red|orange|grey|gray|green|white|sand|xs|xl|xxl|size \w+) (coming|come|be) back|(mint|olive|navy|black|blue|red|orange|grey|gray|green|white|sand) in (xxs|xs|s|m|l|xl|xxl|size \w+) (coming|come|be) back|only (available|in stock) in|back in stock|restock\w*|in stock again|(be|come|coming) back in (stock|\w+ (colou?r|size)|(olive|navy|black|blue|red|orange|grey|gray|green|white|xs|xl))|available again|sold out|out of stock|wieder (lieferbar|verfugbar|auf lager|da|vorratig|erhaltlich|im sortiment)|(kommt|kommen|bekommt|bekommen|kriegt|kriegen) [^.!?]{0,40}\bwieder (rein|herein)|(vuelve|volvera|vuelven|volveran) a (entrar|llegar|tener(la|lo|las|los)?)|ausverkauft|volvera a haber|vuelve a (haber|estar disponible)|agotad[oa]s?|reponer|reposicion)\b/;

/** An order already placed ("my order is on hold, awaiting stock"): its delivery is the shipping team's. */
const PLACED = /\b(my order|our order|ordered|(meine|unsere) (bestellung|lieferung)|bestellt|(mi|nuestro) pedido|pedi|on hold|back ?order\w*|awaiting stock|cancell?ed|(has|hasnt|not|been|be) (shipped|dispatched)|when will it (ship|be dispatched))\b/;

/**
 * Session 62 (RF2): a product not out yet ("when is the Pace 6 coming out", "any release date at all?", "is a new
 * Trailsense launching this autumn?"): availability to come, pre-sales' like a restock. Not money or a parcel released.
 */
const NEW_RELEASE = /(?<!\b(?:refund|payment|money|funds?) )\b(?:release|launch) dates?\b(?![^.!?]{0,20}\b(?:refund|payment|money|funds?)\b)|\bwhen (?:is|are|will|does|do) (?:the |a |your )?(?:new |next )?(?!(?:my|our|his|her|their|its|it|they|this|that|the|a|your)\b)(?!(?:[a-z]+ )?(?:refund|order|parcel|package|payment|money|funds?|deposit|hold|item|return|delivery|shipment|charge|credit|points?|invoice)s?\b)[a-z]+(?: [a-z0-9]+)? (?:be )?(?:coming out|come out|launch|launching|being released|be released|released|hitting the shops)\b(?! (?:of|from)\b)|\bnew (?:model|version|generation|edition|watch|tent|headlamp|lamp|jacket)\b[^.!?]{0,40}\b(?:coming|come out|launch\w*|released?|this (?:year|spring|summer|autumn|fall|winter)|next year)\b/;
export function asksAboutRestock(conversation: string): boolean {
  const all = normalise(conversation);
  return (RESTOCK.test(all) || NEW_RELEASE.test(all)) && !FAULT.test(all) && !PLACED.test(all);
}
