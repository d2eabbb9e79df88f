/**
 * The high-stakes phrasings (safety, injury, money disputes, legal threats, security) in English, Spanish and German,
 * matched against normalised sentences; `<device>` is the site's battery products (site/siteNames.ts).
 */
export type HighStakesKind = 'safety' | 'injury' | 'dispute' | 'legal' | 'security';

export interface Rule {
  kind: HighStakesKind;
  re: RegExp;
  /** Incident words can appear in hypothetical questions; these rules then need an incident marker. */
  needsIncident?: boolean;
  /** Words that must stand in the same sentence (a device beside a burn). */
  needs?: RegExp;
}

/** Checked sentence by sentence, in order; highStakes.ts then sets aside what only sounds like one. */
export const RULES: Rule[] = [
  // Injury involving a product.
  { kind: 'injury', re: /\b(broken|broke|fractured|sprained|dislocated) (his|her|my|their|a) (wrist|arm|leg|ankle|hand|finger|nose|rib|ribs|collarbone|foot|toe|hip|shoulder)\b|\b(injur(y|ies|ed)|hurt (him|her|my|myself|himself|herself|themselves|badly)|got hurt|was hurt|is hurt|(was|is|started|were|kept) bleeding|(needed|need|got|getting|required|had to (get|have)) ((\d+|a few|some|several|two|three|four|five|six|seven|eight|ten) )?stitches|(cut|sliced|gashed|split|burn(ed|t)|scalded|blistered|crushed|trapped|smashed) (my|his|her|their|our) (hand|hands|finger|fingers|thumb|palm|wrist|arm|leg|knee|shin|face|forehead|eye|head|lip|foot|toe|skin)( open)?|emergency room|(went|go|going|had to go|ended up) (to|in) urgent care(?! (for|with) (the |a |my )?(flu|cold|covid|fever|infection|check ?up|jab|vaccin\w*|test))|concussion|\d+ stitches (at|in|from) (the )?(clinic|hospital|a ?& ?e|er|doctors?|surgery|emergency( room| department)?)|burn marks? (on|to) (my|his|her|their) (forehead|face|skin|arm|hand|leg|neck|chest|head|cheek|ear|nose|wrist|fingers?|back|scalp|temple)(?! (warmers?|towels?|cream|luggage|wash|pouch|bag|strap|rest|rail|guard|lamp|light|cover|case|mount|band|seats?|packs?|doors?|walls?|windows?|pockets?|panels?|rests?))|burns? (on|to) (my|his|her|the (wrist|hand|arm|leg|skin|fingers?|face|neck|chest|thumb|palm|back of))|burned (my|his|her) (hand|fingers?|skin|arm|leg|face)|went down hard)\b/ },
  { kind: 'injury', re: /\b(herid[oa]|lesion|urgencias|verletzt|verletzung|notaufnahme)\b/ },
  // "a bit flew off and hit my daughter right by her eye": a part of the product struck someone in the face.
  // Session 51: "he's got a cut above his eyebrow, not deep but it bled a lot": a wound on someone, told as had.
  // (Review: not a wound from something else, "a cut on my hand from gardening", nor one supposed, "if someone has a cut…".)
  { kind: 'injury', re: /(?<!\b(if|when|in case) (some ?one|some ?body|any ?one|you|he|she|they|i|we|your (\w+ )?\w+) )\b(got|has|have|had|left (him|her|me|them|us) with|gave (him|her|me|them|us)) (a|an) ((nasty|deep|small|little|bad|big|long|painful|proper) )?(cut|gash|wound|burn|laceration) (on|above|below|under|across|near|to|in) (his|her|my|their|our (\w+ )?(sons?|daughters?|kids?|childs?)) (eye|eyebrow|eyelid|face|head|forehead|cheek|nose|lip|chin|hand|finger|thumb|palm|arm|leg|wrist|knee|neck|ear|shin|foot)\b(?! (from|after|playing|while) (gardening|cooking|shaving|football|rugby|hockey|netball|basketball|work|school|sport|a fall|the garden|the kitchen)\b)/ },
  // Session 53: "I got a nasty burn from the VoltPack 20000", "the burn from my Lumen 400": hurt by a device, the body
  // part unnamed (not "if you get a burn from the stove", a sunburn or a burn from cooking).
  // (Review: not asked in general, "does anyone get a burn from…", not read of or heard of, not one long ago; and a burn
  // from the device on a body part, the verb left out: "small burn from the voltpack on my leg". A burn had is no
  // hypothetical in highStakes.ts: "I have a small burn from the voltpack on my leg, should I worry?".)
  { kind: 'injury', re: /(?<!\b(read|saw|seen|heard|reviews?|posts?|articles?|reports?|warnings?|manual|reddit|forum|online|youtube)\b[^.!?]{0,60})(?<!\b(if|when|in case|could|can|would|might|will|to) ((some ?one|some ?body|any ?one|you|he|she|they|i|we) )?)(?<!\b(do|does|did) (some ?one|some ?body|any ?one|any ?body|people|you|he|she|they|i|we|kids) )\b(((got|get|have|had|has|suffered|gave (me|him|her|us|them)|left (me|him|her|us|them) with) (a|an|some|two|three|several)) ((nasty|deep|small|little|bad|big|painful|proper|serious|minor|real|(first|second|third)[- ]degree) )*(burns?|gash|wound)( (on|to) (my|his|her|their) \w+)? from (the|my|our|your|this|that|a|an|his|her|their) (\w+ )?(voltpack|<device>|power ?banks?|batter(y|ies)|charger|headlamp|head torch|lamp|lumen|watch|pace|trailsense|tent poles?|poles?|zip|buckle)\b(?![^.!?]{0,30}\b(years ago|once|in the past|as a (kid|child)|long ago)\b)|(?<!\b(get|gets|getting|cause|causes|causing|give|gives|giving|avoid|prevent|risk of|chance of)\b[^.!?]{0,20})(burns?|gash|wound) from (the|my|our|his|her|their|this|that) (\w+ )?(voltpack|<device>|power ?banks?|batter(y|ies)|charger|headlamp|lamp|lumen|watch|pace|trailsense|tent poles?) (\w+ )?on (my|his|her|their) (\w+ )?(skin|face|forehead|head|nose|neck|arm|wrist|hand|palm|finger|thumb|leg|thigh|knee|chest|stomach|back|shoulder|ear|cheek|hip)s?\b)/, needsIncident: true },
  { kind: 'injury', re: /(?<!\b(read|saw|seen|heard|reviews?|posts?|articles?|reports?|warnings?|manual|reddit|forum|online|youtube)\b[^.!?]{0,60})(?<!\b(avoid|avoiding|prevent|preventing|risk of|chance of|danger of|no|any)( \w+)? )\b(the|that|this|my|his|her) ((nasty|deep|bad|painful|second[- ]degree) )?(burns?|gash|wound) (i|he|she|we|they|my \w+)? ?(got|had|suffered)? ?from (the|my|our|his|her|their|that|this) (\w+ )?(voltpack|<device>|power ?banks?|batter(y|ies)|charger|headlamp|head torch|lamp|lumen|watch|pace|trailsense)\b/ },
  { kind: 'injury', re: /\b(flew|snapped|broke|came (loose|off)|shot|popped|sprang|whipped|pinged)\b[^.!?]{0,60}\b(hit|struck|smacked|whacked|whipped|flew into) (me|him|her|them|my (son|daughter|husband|wife|partner|kid|child|friend|mum|mom|dad|boy|girl|girlfriend|boyfriend|fiance|fiancee|brother|sister|mate)|his|her)( (right|just|square(ly)?))? (in|on|by|near|next to|below|above|under|across) (the|my|his|her|their) (eye|eyes|face|head|forehead|cheek|nose|temple)\b/ },
  // "le hizo un corte en la ceja, le tuvieron que dar puntos", "musste genäht werden": a wound, stitched.
  { kind: 'injury', re: /\b((me|le|les|nos|se) (hizo|ha hecho|hice|hicieron) (un|una) (corte|herida|quemadura|brecha)|(tuvieron|tuve|tuvimos|han tenido|ha tenido|hemos tenido) que (dar|poner)(le|me|les|nos)? (\d+ |unos |varios |dos |tres |cuatro )?puntos|puntos de sutura|(musste|mussten) (\w+ ){0,3}genaht werden|g(e)?naht werde?n (musse?n|mussen|muss)|platzwunde|schnittwunde|(habe|hat|hab|hatte) (mich|sich) (\w+ ){0,3}(geschnitten|verbrannt))\b/ },
  // Safety: the product did something dangerous.
  // Session 54: "it's been getting way hotter than usual while charging". (Review 2: beside a device or its charging, not the
  // summer, a tent or a jacket: "this summer is way hotter than usual, can I leave my Pace 5 in the car?".)
  { kind: 'safety', re: /(?<!\b(summer|weather|day|days|week|weekend|today|outside|here|city|room|flat|office|car|van|tent|inside|sun|climate|heatwave|august|july|june|spain|it outside)\b[^.!?]{0,30})\b(way |much |a lot |far )hotter than (usual|normal|before|it (used to|should))\b/, needs: /\b(batter\w*|power ?banks?|charg\w*|cells?|<device>|lamp|headlamp|watch)\b/, needsIncident: true },
  { kind: 'safety', re: /(?<!\b(sommer|wetter|tag|tage|woche|heute|draussen|hier|auto|zelt|sonne|hitzewelle|verano|tiempo|dia|dias|semana|hoy|fuera|aqui|coche|tienda|sol|hace)\b[^.!?]{0,30})\b((viel|deutlich|wesentlich|sehr viel) (heisser|warmer) als (sonst|normal|fruher|vorher|gewohnt)|mucho mas calient[ea] (que antes|que de costumbre|que lo normal|de lo normal|de lo habitual))\b(?![^.!]*\?)/, needs: /\b(akku\w*|powerbank|ladegerat|laden|ladt|stirnlampe|uhr|bateria|cargador|carg\w*|frontal|reloj|<device>|usb)\b/ },
  { kind: 'safety', re: /\b(overheat(s|ed|ing)?|super hot|too hot to (hold|touch)|very hot|really hot|so hot|got hot|gets? (super |really |very |too )?hot|burning (smell|plastic)|smell(s|ed)? (of |like )?burn(ing|t)?|burn(t|ed) (smell|out|my|his|her|a hole)|smok(e|ed|ing)|caught fire|on fire|flames?|melt(ed|ing)|swell(ing|ed|s)?|swollen|bulg(e|ed|es|ing)|(battery|cell|acid)\b[^.!?]{0,20}\bleak(s|ed|ing)?|leak(s|ed|ing)? (battery )?(acid|fluid|chemicals?)|hiss(es|ed|ing)?|spark(s|ed|ing)|explod(e|ed|ing)|exploded|electric shock|shocked me)\b/, needsIncident: true },
  { kind: 'safety', re: /\b(smell(ed|s)? (of|like) (burnt|burning) (plastic|rubber|electronics)|(burnt|burning|melted) plastic|(left|there(s| is| was)|with) an? (brown |black )?scorch mark)/ },
  // "…charging overnight next to my sleeping bag and this morning there's a scorched patch on the bag and the lamp's
  // casing is warped": a scorch or a warped casing beside charging or heat.
  { kind: 'safety', re: /\bscorch(ed|es|ing)? (patch|patches|marks?|spots?|holes?|area)\b|\b(casing|housing|case|plastic|shell)( is| was| has| got| had)? (all |completely |slightly |a bit )?(warped|deformed|buckled|misshapen)\b/, needs: /\b(charg\w*|batter\w*|power ?banks?|usb|plugged|overheat\w*|melt\w*)\b/ },
  { kind: 'safety', re: /\b(batter(y|ies)|cells?|power ?banks?|charger)\b[^.!?]{0,40}\b(puff(ed|y)|bloated|balloon(ed|ing)|bulg(y|ing))\b|\b(gone|going|got|getting|become|became|turned)\s+(\w+\s+){0,2}(puffy|puffed up|bloated|swollen)\b/ },
  // (Review of session 54: a lamp "brennt" as it shines, "brennt nur noch eine Stunde", "nicht mehr so lange": its runtime.)
  { kind: 'safety', re: /\b(olor a (plastico|goma|cable) quemad[oa]|olia a (plastico|goma) quemad[oa]|tan caliente que (casi )?no (podia|se podia|puedo|se puede) (sujetar|tocar|coger|agarrar|tener)\w*|se ha (quemado|incendiado)|humo|echa humo|se calienta mucho|quemadura|hinchad[ao]|explot[oó]|raucht|rauch|qualm\w*|zisch\w*|brennt(?!\s+((nur |nicht mehr )?noch |nicht mehr )?((etwa|ca|ungefahr|knapp|bis zu|gut|kaum|keine) )?(\d+|eine?|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|halbe?) (stunden?|std|minuten?|min|h)\b|\s+(nicht mehr |nur noch )?so (lange|hell)\b)|verbrannt|uberhitzt|aufgeblaht|aufgequollen|explodiert|funken|(extrem|sehr|total|richtig|brutal) heiss geworden|brandblasen?|verbrennung(en)?|(pfeift|pfiff) (beim|wahrend des|im) (auf)?laden)\b/ },
  // Session 49: a power bank that whistles or smells of chemicals, said of the device (not the wind in the poles, a new tent's smell).
  { kind: 'safety', re: /\b(voltpack|<device>|bateria|power ?bank|powerbank|cargador|akku|ladegerat)\b[^.!?]{0,60}\b((hace|hacia|hizo|hacer) un ((ruido|sonido) (como (de |a )?)?(un )?)?(silbido|chasquido)|chisporrot\w*|(olia|huele|olor) (raro,? |extrano,? )?(como )?a (quimico|quemado|productos quimicos)|(riecht|roch) (nach )?(chemi\w*|verbrannt\w*|verschmort\w*))/ },
  // "se me calentó muchísimo mientras cargaba y me quemó la muñeca": heat or a burn beside a device or its charging
  // (not the sun, the cold or a stove that heats water well).
  { kind: 'safety', re: /\b(se (me |le |nos )?calent(o|aba) (much\w*|demasiado|un monton)|se (me |le |nos )?puso (muy|super|demasiado|tan) caliente|(me|le|nos|les) quem(o|aba)|se quem(o|aba) (la|el|los|las|su|sus) (mano|manos|dedo|dedos|cara|brazo|muneca|pierna|piel|frente|oreja))\b/, needs: /\b(carg\w*|bateri\w*|reloj|frontal|linterna|power ?bank|cargador|enchuf\w*|<device>|usb)\b/ },
  // Money disputes.
  // Session 54: "I already called my bank and they're reversing it as unauthorised": the bank's reversal, a dispute.
  // (Review 2: not one refused, "my bank refused to reverse it as unauthorised"; "they're treating it as unauthorised and
  // reversing it"; Spanish and German, "lo está revirtiendo como no autorizado", "bucht die Zahlung als nicht autorisiert zurück".)
  { kind: 'dispute', re: /(?<!\b((refused|refuses|declined|unable|not able|not going) to|wont|will not|wouldnt|would not|cant|cannot|can not|didnt|did not|doesnt|does not|dont|do not) )\b(revers(e|es|ed|ing)|charg(e|es|ed|ing) back|pull(s|ed|ing)? back) (it|the (charge|payment|transaction|money)|that|this|the [€$£]?\s?\d[\d.,]*)\b[^.!?]{0,20}\bas (unauthori[sz]ed|fraud(ulent)?|a (dispute|chargeback))\b|\b(bank|card (company|issuer)|paypal|amex|visa|mastercard|they)( is| are| has| have)? (treat(s|ed|ing)?|flag(s|ged|ging)?|mark(s|ed|ing)?|class(ed|ing)?) (it|the (charge|payment|transaction)|that|this) as (unauthori[sz]ed|fraud(ulent)?)\b[^.!?]{0,30}\b(revers(e|es|ed|ing)|charg(e|es|ed|ing) (it )?back|pull(s|ed|ing)? (it )?back)\b|\b(lo |la )?(revierte|revierten|revirtiendo|revirtio|revirtieron|ha revertido|han revertido|anula|anulan|anulando|anulo|anularon|ha anulado|han anulado) (\w+ )?(el cargo |el pago |el cobro |la compra )?como (un |una )?((cargo|pago|cobro|compra|transaccion) )?(no autorizad[oa]|fraude|fraudulent[oa])\b|\b(bucht|buchen|buchte|buchten)\b[^.!?]{0,40}\b(als|wegen) (nicht autorisiert\w*|unautorisiert\w*|unberechtigt\w*|betrug\w*) (\w+ )?zuruck\b|\b(hat|haben)\b[^.!?]{0,40}\b(als|wegen) (nicht autorisiert\w*|unautorisiert\w*|unberechtigt\w*|betrug\w*) zuruckgebucht\b/ },
  // "my bank is clawing the money back": the money pulled back through the bank, said (not asked). The threat
  // ("I'll have my bank claw back the €380") is DISPUTE_THREAT's.
  { kind: 'dispute', re: /\bclaw(ing)? (it |the money |the payment |the \S+ )?back\b(?![^.!?]*\?)/ },
  // "…isn't back on my account by Friday, PayPal will be hearing from me": the dispute announced as a warning.
  { kind: 'dispute', re: /\b(paypal|my bank|the bank|my card (company|issuer|provider)|my credit card company|amex|american express|visa|mastercard|klarna) (will|is going to|are going to|is gonna) (be )?hear(ing)? from (me|us)\b(?<=\b(refund\w*|back|charge\w*|money|paid|[€$£]\s?\d[\d.,]{0,24}|\d\s?(€|eur|usd|dollars?|euros?)|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the \w+))\b[^.!?]{0,200})/ },
  // "…she'll dispute the €150 with her card company", "we will dispute it with our bank": a dispute taken to a card
  // issuer, whoever in the family holds the card.
  { kind: 'dispute', re: /\b(shell|she will|hell|he will|theyll|they will|ill|i will|we will|(she|he|they|i|we) (is|are|am) going to|im going to|gonna)\s+(dispute|charge back|reverse) (the |this |that |it |my |our |her |his )?(([€$£]\s?\d[\d.,]{0,24}|\d[\d.,]{0,24}\s?(€|eur|euros?|usd|dollars?))|charges?|payments?|transactions?|it)? ?(with|through|via) (my|her|his|our|their|the) (bank|card company|card issuer|credit card company|credit card provider|card provider|paypal|visa|mastercard|amex)\b/ },
  // "I've raised it with my bank as a disputed transaction": a dispute opened, in the bank's words.
  { kind: 'dispute', re: /(?<!\b(havent|have not|hasnt|has not|almost|nearly|didnt|did not|never|not|wont|will not|if i|before i)\s+(\w+\s+)?)\b(raised|reported|flagged|logged|lodged|filed|opened|put) (it|this|the (charge|payment|transaction|refund)) (with|to) (my|the|our) (bank|card (issuer|company|provider)|credit card company|card)\b[^.!?]{0,20}\bas (a )?(disputed|fraudulent|unauthori[sz]ed) (transaction|charge|payment)\b/ },
  // "Amex refunded me the $96.40 through their dispute process": a dispute already settled by the card company.
  { kind: 'dispute', re: /\b(refunded (me|us)|credited (me|us)|reversed (it|the|my)|got (\w+ )?(money|refund) back)\b(?:[^.!?]|\.(?=\d)){0,60}\b(through|via|after|by|in) (a |an |the |their |my |our )?(\w+ )?(dispute|chargeback)( process| claim)?\b/ },
  // Session 52: "I've asked my bank to reverse one of the two €312,40 charges". (Review 3: not the bank's own fee, block or
  // hold, "got my bank to reverse the €15 overdraft fee", "…to take back the block they put on the card"; Spanish, German.)
  { kind: 'dispute', re: /\b(asked|told|called|rang|contacted|phoned|instructed|getting|got) (my|our|the) (bank|card (company|issuer|provider)|credit card (company|provider)|card issuer) to ((reverse|claw back|dispute|recall|take back)\b(?! (my|the) (card|account)\b)(?! (the |a |that |this |their |its |my )?([€$£]\s?\d[\d.,]*\s?|\d[\d.,]*\s?(€|eur|euros?|usd|dollars?) )?(\w+ )?(fees?|block|hold|overdraft|interest|limit)\b)|(cancel|stop|block) (the|this|that|one|both|a|your|those|these)( of the)?( \w+){0,4} (charges?|payments?|transactions?|debits?)\b)/ },
  { kind: 'dispute', re: /\b(charge ?backs?|charging back|charge it back|(open|opened|opening|file|filed|filing|start|started|raise|raised|raising)( a)? (dispute|claim with (my|the) (bank|card)|paypal (claim|case)|(case|claim) (with|at|by|on|in|via|through) paypal)|(dispute|disputing|disputed) (the|this|a|my|these) (second |other |double |duplicate |extra )?(charges?|payments?|transactions?)|(?<!\b(not|never|wont|dont|arent|isnt|should i|shall i|do i)\s)(disputing|disputed|(ill|i will|im going to|going to|gonna) dispute) (both|all|all the|both the) (charges?|payments?|transactions?)|(dispute|disputing) (it|this|that|them) (with|through|via) (my |the )?(bank|card|card issuer|credit card|mastercard|visa|amex|american express|paypal)|(ive|i have|i|weve|we have|we|im|i am|were|we are)( just| already| now| also)? disput(ed|ing) (it|this|that|them|(the|my|this) ((€|\$|£)\s?\d[\d.,]{0,24}|\d[\d.,]{0,24}\s?(€|eur|euros?|usd|dollars?)|(eur|usd|gbp)\s?\d[\d.,]{0,24})) (with|through|via) (my |the )?(bank|card|card issuer|credit card|mastercard|visa|amex|american express|paypal)|(ive|i have|i|we|weve|we have) (told|informed) (klarna|afterpay|affirm|paypal|my bank|the bank|my card issuer) (that )?(im|i am|were|we are) disputing|(im|i am|ive|i have|were|we are|weve|we have) (\w+ )?disput(ing|ed) (it|this|that|them|the \w+) (with|through|via) (klarna|afterpay|affirm)|paypal dispute|card dispute|(opened|open|opening|filed|file|raised) a (case|claim) (with|in|at|on) paypal|paypal'?s? resolution cent(er|re)|resolution cent(er|re)|(call|calling|ask|asking|tell|telling|contact|contacting|get|getting) (my|the) bank (to|and) (reverse|cancel|block|stop|dispute|refund|claw|get)|(?<!\b(should|shall|do|can|could|would|must|if|whether|when|was|were) )(i|ill|i will|im|i am|were|we are|well|going to|gonna|about to)( just| now| already| also| then)? (call|calling|ring|ringing|phone|phoning|contact|contacting)( my| our)? (amex|american express|visa|mastercard|card company|credit card company|card issuer|bank)( \w+){0,3}? (to|and) (dispute|contest|reverse|charge (it|this|that|them) back|get (it|this|that|them) charged back)|reverse the (charges?|payment)|(go|going|gonna|will go|ill go|head|heading) (to|straight to) (my|the) (bank|card issuer|credit card company) (to|and) (dispute|reverse|claim|contest|get)|(contest|contesting|contested) (the|this|a|my|that) (charges?|payments?|transactions?)|(my )?(bank|card issuer|card company|credit card company)\b[^.!?]{0,15}\b(is|are|will be|has started|started) (clawing|pulling|taking|getting) (the money|it|my money) back)\b/ },
  { kind: 'dispute', re: /\b((abro|abri|abrire|abrir|voy a abrir|vamos a abrir|he abierto|hemos abierto|acabo de abrir|he puesto|puse) (una |un )?(reclamacion|disputa|queja|caso) (en|con|a traves de) paypal|contracargo|disputa|reclamacion (al|con el|con mi|a mi|en el|en mi) banco|(que|para que) (lo|los|la|las|me lo) (retrocedan|retroceda)|(pedir|pedire|pido|pedirle|pedimos|pediremos|reclamar|he pedido|hemos pedido|pedi|le pedi|le he pedido) (al|a mi|a nuestro) banco que (me |nos )?(anule|anulen|devuelva|devuelvan|retroceda|cancele) (el|los|ese|esos|este|estos) (cargo|cargos|cobro|cobros|pago)|(llamo|llamare|llamar) al banco|(reclamar|reclamare|reclamo|disputar|disputare|impugnar|impugnare) (el|los|este|ese|la) (cargo|cargos|cobro|pago)( (a|en|con|ante) (mi|el) banco)?|anular (todos )?los cargos|ruckbuchung|zuruckbuchen|zuruckbuchung|lastschrift zuruck|widerspruch bei (meiner|der) bank|(meine|unsere|die) bank (gebeten|beauftragt)\b[^.!?]{0,60}\b(zuruck(zu)?(holen|buchen|fordern)|zu stornieren|ruckgangig zu machen)|(?<!\bsoll(?:te|en)? (?:ich )?(?:meine|die|der) )bank (einschalten|anrufen)|(rufe|rufen) (ich |wir )?(jetzt |sofort |gleich |morgen |heute )?(meine|die|unsere) bank an|konfliktfall|kauferschutz)\b/ },
  // "Ich habe bei meiner Kreditkartenbank die Zahlung reklamiert", "ich habe bei PayPal einen Konflikt eröffnet": done by
  // the customer, about the money (a watch "reklamiert" is a complaint about the watch; "wird … ein Fall eröffnet?" asks).
  { kind: 'dispute', re: /\b(ich|wir)\b[^.!?]{0,50}\b(bank|kreditkart\w*|paypal)\b[^.!?]{0,30}\b(die |eine |meine |den )?(zahlung|abbuchung|belastung|buchung|lastschrift|betrag|transaktion)\b[^.!?]{0,20}\b(reklamiert|angefochten|widersprochen|zuruckgefordert|beanstandet)\b|\b(ich|wir)\b[^.!?]{0,40}\bbei (paypal|klarna|amex|american express|(meiner|der|unserer) (bank|kreditkartenfirma))\b[^.!?]{0,20}(?<!\b(kein|keinen|keine|nicht) )\b(konflikt|streitfall|fall|reklamation|einspruch|widerspruch)\b[^.!?]{0,15}\b(eroffnet|eingereicht|gestartet|aufgemacht)\b|\bbei (meiner|der|unserer) (bank|sparkasse|kreditkartenfirma)\b[^.!?]{0,10}(?<!\b(kein|keinen|keine|nicht) )\b(einspruch|widerspruch)\b[^.!?]{0,40}\b(eingelegt|erhoben)\b|\bpaypal-?konflikt (ist|wurde) (eroffnet|eingereicht)\b/ },
  // "so heiß geworden, dass das Armband angeschmolzen ist": melted or scorched beside a device or its charging.
  // (A part of it melted, not the snow or the chocolate; while charging, not "im Laden" (the shop) or "um 14 Uhr"; said, not asked.)
  { kind: 'safety', re: /\b((armband|kabel|stecker|gehause|akku|batterie|ladegerat|buchse|plastik|kunststoff|anschluss)\b[^.!?]{0,40}\b(an|zer|durch)?(geschmolzen|geschmort|verschmort)|(an|zer|durch)?(geschmolzen|geschmort|verschmort)\b[^.!?]{0,20}\b(armband|kabel|stecker|gehause|akku|batterie|ladegerat|buchse|plastik|kunststoff|anschluss)|(so|zu|viel zu|ganz|brutal) heiss (geworden|wurde|war),? dass|(so|zu|viel zu|ganz|brutal) heiss geworden)\b(?![^.!]*\?)/, needs: /\b(beim (auf)?laden|ladekabel|ladegerat|aufgeladen|ladevorgang|ladebuchse|geladen|akku\w*|batterie\w*|powerbank|usb|kabel|stecker|netzteil|steckdose)\b/ },
  // "hace un silbido raro cuando lo cargo y huele a químico": hissing or a chemical smell while charging (not the wind in the poles, a new tent's smell).
  { kind: 'safety', re: /\b((hace|hacia|hizo) un silbido|silba(ba)?|huele a (quimico|quemado|productos quimicos)|olor a quimico)\b/, needs: /\b(carg(o|a|ar|ando|ue|ador)|enchuf\w*|bateri\w*)\b/ },
  { kind: 'safety', re: /\bse (ha )?(derretido|fundido|derritio|fundio)\b(?![^.!]*\?)/, needs: /\b(carg\w*|bateri\w*|cable|usb|enchuf\w*|cargador|power ?bank)\b/ },
  // Legal threats.
  // A lawyer as a threat ("my lawyer", "I'll get a lawyer"), not as a description ("my brother-in-law is a lawyer").
  { kind: 'legal', re: /\b((my|our) (lawyers?|attorneys?|solicitors?)\b(?! (friend|buddy|mate|cousin|brother|sister|uncle|aunt))|(get|getting|hire|hiring|contact|contacting|call|calling|involve|involving|consult|consulting|instruct|instructing|talk(ing)? to|speak(ing)? (to|with)|spoke (to|with)|spoken (to|with)|talked to|go(ing)? to|went to|see|seeing|ask(ing)?) (a|an|my|our|the) (lawyers?|attorneys?|solicitors?))\b/ },
  { kind: 'legal', re: /\b(legal action|legal steps|take (you|this|it) to court|see you in court|in court|sue (you|your company|them)|suing|lawsuit|small claims|(?<!\b(work|works|worked|job|career|studied|study|studying|degree) (in|for|at) )consumer (protection(?! (lawyer|officer|advisor|adviser|background|myself))|rights (agency|organi[sz]ation)|ombudsman|council|agency)|trading standards|ombudsman|consumer (court|tribunal|arbitration)|(complain\w*|complaint|report(ing|ed)? (you|this|it|your company))\b[^.!?]{0,40}\b(regulator|commissioners?|ico|cnil|aepd|bbb|attorney general|ftc|(data|consumer) protection( authority| agency| office| commission)?|autoriteit persoonsgegevens|garante( (della|per la))? privacy|uodo|anpd|datatilsynet|imy|bfdi|gegevensbeschermingsautoriteit|apd|cnpd|procon)|(?<!\b(work|works|worked|working|job|employed|career) (in|for|at) (a |the )?)data protection authority|(writ(e|ing)|go(ing)?|escalat\w+|report\w*|complain\w*|fil(e|ing)|lodg(e|ing)|tak(e|ing) (this|it|you)) (\w+ ){0,3}(to|with) (the )?(([\w-]+ )?(information commissioner|data protection (authority|regulator|agency|office|commissioner))|ico|cnil|aepd|supervisory authority|regulator|ftc|bbb|attorney general|trading standards))\b/ },
  { kind: 'legal', re: /\b((mi|nuestro|nuestra|un|una|al|a un|a una|a mi) abogad[oa]|(mein(en|em)?|unser(en|em)?|einen|einem|den|dem|zum) (rechts)?anwalt|demanda(r|re)?|denunci(a|ar|are|o|amos|aremos)|(lo|la|os|les) denunci\w*|tribunal(es)?|juzgado|oficina de consumo|omic|ocu|proteccion de datos|gericht|(zum|vors?|vor das|ans|an das|beim|is the|to the|at the) (amts|land|zivil)gericht|klage|verklagen|verbraucherzentrale|verbraucherschutz|datenschutzbehorde|landesdatenschutzbeauftragten?|(?<!\b(ihr|ihre|ihrem|ihren|ihrer|euer|eure|eurem|euren|eurer) )datenschutzbeauftragten?|aufsichtsbehorde|rechtliche schritte|agencia (espanola )?de proteccion de datos|aepd)\b/ },
  // "my legal expenses insurance will take it from here": a legal case, funded.
  { kind: 'legal', re: /\b(legal (expenses |protection |costs )?insurance|legal cover|rechtsschutz(versicherung)?|seguro de (defensa|proteccion) juridica)\b[^.!?]{0,60}\b(take (it|this|over)|taking (it|this|over)|(a|the|my|this) case|involved|involve|handle|handling|pursue|(a|the|my|this) claim)\b(?![^.!?]*\?)|\b(opened|open|opening) a case with (my|our|the) legal\b/ },
  // Security.
  { kind: 'security', re: /\b((some ?ones?|some ?bodys?|a stranger|hackers?) (has |have )?(got|gotten|broke|logged|has logged|accessed|is using|used|hacked|changed)\b[^.!?]{0,20}\b(into |in )?(my )?(account|acct|password|email)|(account|email) (was |has been |got |is )?(hacked|compromised|taken over|breached)|hacked|account takeover|(orders?|purchases?|charges?|payments?)\b(?:[^.!?]|\.(?=\d)){0,80}\bi (didnt|did not|never) (place|placed|make|made|order|ordered|authori[sz]e|authori[sz]ed)\b(?! (an? |any )?(\w+ )?(account|profile|login))|(didnt|did not|never) (?!make it (onto|on|into|in|to|through|home|back|there|here|out|past)\b)(place|make|order|authori[sz]e) ((this|that|these|it|them|an order|any order)(?! (yet|so far|until|till|til)\b)|anything(?! (yet|before|else|from (you|your \w+) before)))|(didnt|did not|never) (ordered|placed|bought|authori[sz]ed) (this|these|it|them)\b(?! (colou?r|size|model|brand|version|one|before|in))|unauthori[sz]ed (charges?|orders?|purchases?|logins?|access|payments?)|(e ?mail|email address|password|phone number)\b[^.!?]{0,40}\b((isnt|is not|arent|are not) (mine|my own) (anymore|any more|any longer)|no longer (mine|my own))\b|(some ?one|some ?body) (else )?changed my (e ?mail|email address|password|login|phone number)|(e ?mail|password)( address)? (was|has been|had been|got) changed\b[^.!?]{0,20}\b(not by me|without me|but i (didnt|did not|never)|which i (definitely |certainly |really |absolutely )?(didnt|did not|never) (do|did|make|made|request|requested|ask for|change|changed)(?! (it )?(on purpose|by (accident|mistake)))(?![^.!?]{0,40}\b(oh wait|it was me|(my|our) (partner|wife|husband|son|daughter|colleague|kids?) did)))|phishing|(entered|typed|gave|put in) my (card|bank|credit card|payment) (details|number|info)\b[^.!?]{0,40}\b(?<!\b(your|your own|the official|your official) )(link|sms|text|site|page|email)|fake (link|site|sms|text|email))/ },
  { kind: 'security', re: /\b(me han hackeado|han entrado en mi cuenta|(?<!\b(si|saber si|comprobar si|ver si) )(alguien|otra persona|un desconocido|unos desconocidos|un hacker) (\w+ )?((ha|han|habia|se ha|se han) (entrado|accedido|metido|colado)|entro|accedio|se metio|se colo) (en|a) (mi|nuestra) cuenta|cuenta hackeada|pedido que no hice|gehackt|jemand hat sich (in|bei) (mein|meinem)|bestellung,? die ich nicht)\b/ },
  // "Jemand hat in meinem Konto die Bestellung NW-902113 aufgegeben, die ich nicht gemacht habe", "hicieron un pedido con mi
  // cuenta que yo no hice": an order placed by someone else, with the order number between. (Review 3: not an item
  // in the parcel, "eine Stirnlampe, die ich nicht bestellt habe".)
  { kind: 'security', re: /\b(jemand|fremde|unbekannte)\b[^.!?]{0,30}\b(in|uber|mit) (meinem|unserem) (konto|account)\b|\bbestellung(en)?\b(?:[^.!?]|[.,](?=\d)){0,80}\bdie (ich|wir) (nicht|nie|niemals) (gemacht|aufgegeben|getatigt)\b|\bbestellung(en)?\b(?:(?!\b(ein|eine|einen|einem|einer|mit|war|waren|lag|lagen|enthielt|zusatzlich|statt|aber)\b)(?:[^.!?]|[.,](?=\d))){0,80}\bdie (ich|wir) (nicht|nie|niemals) bestellt\b|\bpedido\b[^.!?]{0,40}\bque (yo |nosotros )?no (hice|hicimos|he hecho|realice)\b(?! a tiempo)/ },
  // "ya metí los datos de mi tarjeta en ese enlace", "ich habe meine Kartendaten auf der Seite eingegeben": card details given to a link.
  { kind: 'security', re: /\b(meti|puse|introduje|di|he metido|he puesto|he introducido|he dado)\b[^.!?]{0,20}\bdatos de (mi |la )?tarjeta\b[^.!?]{0,40}\b(enlace|link|pagina|web)\b|\b(kartendaten|kreditkartendaten|karteninformationen|daten (meiner|der) (kredit)?karte)\b[^.!?]{0,40}\b(link|seite|webseite|formular)\b[^.!?]{0,20}\beingegeben\b|\b(link|seite|webseite)\b[^.!?]{0,90}\b(kartendaten|kreditkartendaten|daten (meiner|der) (kredit)?karte) eingegeben\b/ },
  // "Alguien ha cambiado el correo de mi cuenta y ya no puedo entrar", "jemand hat mein Passwort geändert": someone else changed the login.
  // Session 49: charges or an order for nothing ordered, in German and Spanish ("Ich habe aber gar nichts bei euch
  // bestellt!", "no he pedido nada") (not "ich habe noch nichts bestellt", not marketing mail).
  { kind: 'security', re: /\b(ich habe|wir haben|habe ich|haben wir) (aber |doch |echt |wirklich |ja )*((gar|uberhaupt) nichts|nie (etwas|was)) (bei (euch|ihnen|northwind\w*) )?(bestellt|gekauft|aufgegeben)\b(?!,? (weil|sondern|da|nur|bisher|mein (mann|freund|partner|vater|sohn|bruder)|meine (frau|freundin|partnerin|mutter|tochter|schwester))\b)(?![^.!?]{0,40}\b(newsletter|werbung|e-?mails?)\b)|(?<!\b(todavia|aun) )\b(yo )?no (he|hemos|habia) (pedido|comprado|encargado) (nada|todavia nada)\b(?!,? (todavia|aun|mas|porque|desde|solo|sino|hasta ahora|antes)\b)(?![^.!?]{0,40}\b(newsletter|publicidad|correos?)\b)/ },
  { kind: 'security', re: /\balguien (ha|me ha|habia) cambiado (el|mi|la) (correo|email|e-?mail|contrasena|clave|telefono)\b|\bjemand hat (meine?n? )?(e-?mail(-adresse)?|passwort|kennwort|telefonnummer) (\w+ )?geandert\b/ },
];

/**
 * Session 48: a scare heard of, with the customer's own device fine or only a worry ("saw a reddit thread titled
 * 'VoltPack 20000 melted in my car'… mine's totally fine", "my mate's phone battery exploded a few years ago so I'm a
 * bit paranoid"): a question about safe use, which the KB answers.
 */
export const SECOND_HAND = /\b(saw|read|watched|heard|came across|seen|found) (about )?(a |an |some |this |that )?(reddit |forum |youtube |tiktok |online |news |facebook |twitter )?(thread|post|video|review|story|article|comment|report)s?\b|\b(my )?(mates?|friends?|brothers?|sisters?|cousins?|colleagues?|neighbou?rs?|flatmates?|dads?|mums?|moms?) (old )?(phone|laptop|power ?bank|battery|e-?bike|vape|tablet)( battery)?\b[^.!?]{0,40}\b(years?|months?) ago\b/;
export const MINE_FINE_OR_WORRIED = /\b(mine( is|s)? (totally |completely |perfectly |absolutely )?(fine|ok|okay|good)|(a bit |bit |now |so |getting |slightly )?(paranoid|worried|nervous|anxious))\b/;
export const MINE_TOO = /\b(mine|ours|(my|our) (own )?([a-z]+ )?[a-z]+( \d+)?|the one (i|we) (bought|got|ordered|have)( from (you|your \w+))?) (also |too |now |really |just )?(has|is|was|got|started|keeps?|gets?|smells?|feels?|seems?|looks?|s)\b[^.!?]{0,25}\b(swell\w*|swoll\w*|melt\w*|hot|smok\w*|burn\w*|hiss\w*|spark\w*|bulg\w*)\b/;

// What findHighStakes reads in each sentence to tell an incident told from one only asked about.
/** "not like too hot to touch, just warm like a laptop gets": the words right after a denial are what did not happen. */
// (Review: "oh no smoke is coming out" is alarm, not a denial.)
// (Session 53: "it doesn't get hot", "didn't smell": the helper verb's negation too. Session 54: German and Spanish,
// "ist nicht aufgebläht", "no hay humo", for every safety phrasing.)
// (Review of session 54: two small words between, "no se ha hinchado", "no ha echado humo".)
export const NEGATED = /\b(not|isnt|wasnt|arent|never|nowhere near|doesnt|dont|didnt|hasnt|havent|hadnt|wont|wouldnt|does not|do not|did not|has not|have not|will not|would not|(?<!\b(?:oh|uh|ah|omg)[\s,]+)no|without(?: any)?|nicht|nie|niemals|kein|keine|keinen|keinerlei|weder|ohne|ni|nunca|sin|tampoco)\s+(like\s+|really\s+|exactly\s+|quite\s+|even\s+|that\s+|so\s+|mehr\s+|besonders\s+|wirklich\s+|sehr\s+|muy\s+|tan\s+|esta\s+|estaba\s+|se\s+|hay\s+|ha\s+|han\s+|habia\s+|echado\s+|salido\s+){0,2}(\w+,?\s+(?:or|nor|oder|noch|o|ni)\s+)?$/;
/**
 * Session 54: "my husband is convinced our VoltPack is about to explode because it gets warm": what someone fears will happen.
 * (Review: "was convinced it would explode", "scared it'll catch fire" too; not a sign suspected of the past, "worried it
 * may have melted a bit, the corner looks deformed".)
 */
const FEARED = /\b(convinced|worried|scared|afraid|terrified|paranoid|fears?|feared|nervous|panicking|thinks)\b[^.!?]{0,50}\b(about to|going to|gonna|will|would|might|could|may|itll|theyll|thatll)\s+(?!(have|has|had|been|already)\b)(\w+\s+)?$/;
/**
 * Review of session 54: German denies after the verb, "der Akku raucht nicht", "zischt überhaupt nicht" (not "raucht nicht
 * nur…, es zischt auch", nor "raucht nicht mehr": it did).
 */
const DENIED_AFTER = /^(raucht|qualm\w*|zisch\w*|brennt|explodiert|uberhitzt)\s+(auch\s+|gar\s+|uberhaupt\s+)?(nicht|nie|niemals|keineswegs)\b(?!\s+(nur|mehr)\b)/;
/**
 * The words before a match deny it ("not hot", "nicht aufgebläht") or fear it ("worried it's about to explode"); `from`,
 * the sentence from the match on, may deny it after the verb ("raucht nicht").
 */
export function deniedOrFeared(before: string, from = ''): boolean {
  // (Only the words beside the match matter: a 4,000-character sentence is not re-read whole for each denial.)
  const [near, next] = [before.slice(-120), from.slice(0, 120)];
  return NEGATED.test(near) || FEARED.test(near) || DENIED_AFTER.test(next);
}
/** Past or ongoing incident markers; their absence in a "does it / is it normal / what if" sentence means hypothetical. */
// (Review of session 54: "my watch burst into flames on the charger", "went up in flames".)
export const INCIDENT = /\b(theres|there is|burst|went up|(couldnt|could not|cant|cannot) (even )?(hold|touch)|came out|coming out|came from|coming from|made a|happened|noticed|saw|unplugged|got|gets|get|getting|was|were|is|are|has|have|had|started|starts|began|keeps|kept|just|now|then|suddenly|today|yesterday|last night|this morning|there was|its|it is|melted|caught|scorched)\b/;
export const HYPOTHETICAL = /\b(hypothetical(ly)?|if (a|an|the|my|your|it|its|one)\b[^.!?]{0,30}\b(starts?|begins?) to|(does|do|will|would|can|could) (it|they|the \w+( \w+)?|my \w+( \w+)?|your \w+( \w+)?) (ever )?(get|run|become)( (very|really|too|that|so))? (hot|warm)\b|(does|do|is|will|should) (it|they|the \w+( \w+)?|my \w+( \w+)?) (normally|usually)|(is|are) (it|they|the \w+( \w+)?|my \w+( \w+)?) (supposed|meant) to|is it normal|normal\??$|is that normal|what if|in case|could it|can it|will it|would it|does it|do they|might|is it safe|is it ok|should i|how do i avoid|to avoid|prevent|if it)\b/;
/** "is it supposed to…" asked of what the customer's own device did: "meant to swell like this?", "…because mine did". */
export const SUPPOSED_TO = /\b(is|are) (it|they|these|the \w+( \w+)?|my \w+( \w+)?) (supposed|meant) to\b/;
export const SEEN_IT = /\blike (this|that)\b|\bthis (hot|warm)\b|\bmine (did|does|has|had|is|was|got)\b|\b(because|cause|cos) (it|mine|they) (did|does|do|has|is)\b|\b(supposed|meant) to\W*$/;
/** Mild warmth while charging is normal and explained by the KB. */
export const MILD = /\b(a (little|bit|tiny bit) (warm|hot)|slightly (warm|hot)|bit warm|warmish|lukewarm|(kinda |a bit |bit |a little |slightly )?toasty)\b/;

/**
 * The learned reading's safety cases by their words (learnedDuty). Session 47: a burn, a wound or a swelling device in
 * words of their own ("it's come up in a blister", "cut my daughters cheek. 3 stitches", "doesn't sit flat… there's a
 * bump in the middle") is the safety team's, not the order's.
 */
export const WOUND_WORDS = /\b(blister\w*|burn(s|t|ed)?|burning (smell|plastic|hot)|stitch\w*|injur\w*|bleed\w*|cut (my|his|her|their|our) (\w+s )?(hand|finger|thumb|face|cheek|leg|arm|lip|head|skin|forehead|knee|wrist)|swell\w*|swollen|bulg\w*|bump (in|on) (the )?(middle|side|back|case|front)|puff(ed|y|ing)( up)?|smok\w*|melt\w*|spark(s|ed|ing)?|hiss\w*|scorch\w*|overheat\w*|(properly|really|very|super|too) hot|red (patch|mark)|rash|(doesnt|does not|wont|no longer) (sit|lie) flat)\b/;
/** Session 49: a splinter in a palm, urgent care; "me ha dejado una ampolla", "Verbrennung": the wound in other words and languages. */
export const WOUND_WORDS_MORE = /\b((a|got a|has a|nasty|deep) cut (above|below|under|near) (his|her|my|their|your|the) \w+|cut (on|in) (his|her|my|their) (face|eye|head|hand|finger|arm|leg|lip|chin|forehead|cheek)|black eye|bruis\w*|concussion|splinter\w*|urgent care|a ?&e|emergency room|er visit|hospital\w*|doctor|gp|ambulance|wound\w*|ampolla\w*|quemadura\w*|quemo|quemado|herid\w*|urgencias|hospital|medico|brandblase\w*|verbrenn\w*|verbrannt|verletz\w*|notaufnahme|arzt|krankenhaus|wunde)\b/;

/** A dispute in the past that is over: "Last spring I opened a PayPal dispute… it was closed, all good." */
// (Review: unless a new one follows, "…but this time I'll just do a chargeback", "…and I've already filed a chargeback".)
export const DISPUTE_OVER = /\b(last (year|spring|summer|autumn|fall|winter|month|time)|years? ago|months ago|back in)\b[^.!?]{0,80}[.!?,;]?[^.!?]{0,80}\b((it|that|the (dispute|case|claim)) (was|got|has been) (closed|resolved|settled|sorted)|(your|the) (team|support|staff|people|colleagues?) (sorted|resolved|settled|closed|fixed) (it|that)( out)?)\b/;

/** A dispute with another shop ("El año pasado abrí una reclamación en PayPal con otra tienda"). */
// (Review: not "…did a chargeback with them; i'll do the same with you if…": the threat turns to this shop.)
// ("my friend had to do a chargeback once with some other online shop": another shop, however it is put.)
export const OTHER_SHOP = /\b(another|a different|some other) (\w+ ){0,2}(shop|store|retailer|seller|website|company|brand|merchant)\b[^.!?]{0,80}\b(chargebacks?|disputes?) (with|against|on) (them|that (shop|store|company|retailer))\b(?![^.!?]*\b(do|doing|same|file|filing|open|opening|one)\b[^.!?]{0,15}\b(with|against|on) (you|u|your (shop|store|company))\b)|\b(con|en|contra) otra tienda\b|\b(bei|mit|gegen) einem anderen (shop|handler|laden|onlineshop)\b|\bwith (another|a different|some other) (online |web )?(shop|store|retailer|seller|website|company|brand|merchant)\b/;
/** A chargeback someone else suggested, or one the customer says they will not do. */
// ("Not planning a chargeback or anything dramatic, just checking…": the dispute named and ruled out.)
// ("my brother says i should 'just do a chargeback' for everything lol, but i'd rather do it properly": advice declined.)
// (Review: not "…but I'd rather not wait, so I've opened one", "…otherwise chargeback on friday", "not planning a paypal dispute yet, but if…".)
// (Review 2 of session 52: "I won't" only with the dispute itself: not "I won't make this mistake twice. Opening a PayPal dispute".)
export const NOT_DISPUTING = /\b(im not|i am not|not) (gonna|going to) ((dispute|charge ?back|reverse) (it|this|that|the \w+)|charge (it|this|that) back)\b(?! (unless|if|but|yet|for now|for the moment|just yet|right now|today|this week)\b)|\b(not|never|no) (trying|going|looking|planning|wanting|meaning|here) to (be (difficult|awkward|a pain|that (guy|person|customer))( or| and)? )?(do|file|open|start|raise|threaten( you with)?) (a |any )?(chargeback|charge back|dispute)\b|\b(i|we) know (that )?(chargebacks?|charge ?backs?|disputes?) (are|is|exist)\b[^.!?]{0,30}\bbut (id|i d|i would|wed|we d|we would) (rather|prefer)\b(?![^.!?]*\b(so|and) (ive|i have|i|weve|we have|we) (just |already |now )?(opened|filed|started|raised|did|done)\b)(?![^]*\b(otherwise|or else)\b)|\b(shell|she will|hell|he will|theyll|they will)\b[^.!?]{0,40}\b(dispute|chargeback|charge back)\b[^.!?]{0,60}\bbut (id|i d|i would|wed|we d|we would) (rather|prefer)\b|\b(says|said|told (me|us)|thinks|suggested|reckons)( that)? (i|we) (should|could|ought to)\b[^.!?]{0,40}\b(chargeback|charge back|dispute)\b[^.!?]{0,60}\bbut (id|i d|i would|wed|we d|we would|ill|i will|i prefer|we prefer) ?(rather|prefer|try)?\b|\b(rather not|dont want to|do not want to|im not going to|i am not going to|no intention of|not planning (on|to)|not interested in|no interest in)\s+(go|going|do|doing|file|filing|open|opening|start|starting|raise|raising|make|escalate|involve)\b|\b(not|no) (planning|plans for|intending|thinking of|looking for|after) (a |any |an )?((paypal|card|bank|credit card) )?(chargeback|charge back|dispute)s?\b(?! yet\b)(?![^]*\bbut if\b)|\b(not|no|im not|i am not|were not|we are not) (looking|planning|wanting|going|trying|about) to (open|file|start|raise|do|make) (a |any |an )?(paypal |card |bank )?(dispute|chargeback|charge back|claim)\b|\b(i|we) (wont|will not|wouldnt|would not|would never) (file|open|start|raise|do|make|go for|go through with) (a |any |an )?((paypal|card|bank|credit card) )?(chargeback|charge back|dispute)\b(?! (normally|usually|ordinarily)\b)/;

/** A swelling told inside an if-clause: "if a power bank ever swells". */
export const SWELL_IF = /\b(if|in case|hypothetical(ly)?|what if)\b[^.!?]*$/;
/**
 * Review: a pocket or a jacket bulging with what is in it ("the side pocket gets really bulgy when I put the power bank
 * in"), not the device in a pocket that did ("my voltpack in the side pocket got all bulgy").
 */
export const SWELL_CONTAINER = /(?<!\b(in|inside|into|from|of) (the|my|a|his|her|our|its|your) (\w+ )?)\b(pocket|pouch|bag|backpack|rucksack|jacket|coat|vest|seam|sleeve|hood|lid|belt)s?\s+((is|are|looks?|looking|gets?|getting|got|goes|went|gone|has gone|feels?)\s+)?((really|a bit|very|quite|all|so|kind of|a little|too)\s+){0,2}$/;
/**
 * Review: a dispute ruled out only for now: "Not trying to threaten you with a chargeback, but if this isn't sorted by
 * Friday…", "not looking to file a dispute, though if nothing changes I'll have to", "…so I've opened one today".
 */
export const DISPUTE_STILL_ON = /\b(but if|otherwise|or else|unless)\b|\bno (other )?choice\b|\bif\b[^.!?]{0,40}\b(ill|i will|i would|id|ill have to|i have to|id have to)\b|\b(ive|i have|weve|we have|so i|and i)\s+(just |already |now |since )?(opened|filed|started|raised|lodged)\s+(one|it|an? ((paypal|bank|card|amex|visa|klarna) )?(chargeback|charge back|dispute|claim|case))\b|\b(i|we) (just|already|also|actually) (opened|filed|started|raised|lodged) (one|it|an? ((paypal|bank|card|amex|visa|klarna) )?(chargeback|charge back|dispute|claim|case))\b/;
/**
 * Session 51: who says "lawyer" or "court" of their own job ("I'm a lawyer so I'm in court most of the week"), with no
 * threat in the message, and a hack told of some other shop ("another shop i use got hacked last month").
 */
export const OWN_PROFESSION = /\b(im|i am|i work as|as|being|my job as) an? (lawyer|solicitor|attorney|barrister|paralegal|judge|court clerk|legal secretary)\b/;
// (Review: the threats the legal rules read stay threats from a lawyer too: "As a lawyer, I'll be reporting this to trading
// standards", "I'm an attorney, expect a lawsuit", "we'll settle this in court".)
export const LEGAL_THREAT = /\b(sue|suing|sued|lawsuit|legal (action|steps|proceedings)|proceedings|take (you|this|it|the matter) to court|(see|settle|sort|fight) (you|this|it|that)( out)? in court|court (case|claim|action)|small claims|(my|our) (lawyers?|solicitors?|attorneys?)|(get|getting|hire|hiring|contact|contacting|instruct|involve|call) (a|an|my|our) (lawyer|solicitor|attorney)|letter before action|consumer protection|trading standards|ombudsman|report(ing)? (you|this|it))\b/;
export const OTHER_SHOP_HACKED = /\b(another|other|a different|some other|some) (shop|store|site|website|company|service|app|retailer|online shop)s?\b[^.!?]{0,30}\b(got|was|were|has been|had been|have been) (hacked|breached|compromised)\b/;

/**
 * Review of session 52: a dispute or complaint asked about in theory ("what happens if I do a chargeback by mistake? just
 * asking hypothetically", "how do I complain to a data protection authority? I'm writing an essay on GDPR"). Review 2:
 * "in theory" only in a question or said as asking ("In theory you have 14 days to refund me… my lawyer is drafting a
 * letter" is the customer's rights), and not "I'm not asking hypothetically".
 */
export const ASKED_IN_THEORY = /(?<!\bnot (asking |a |being |speaking |so )?)\b(hypothetical(ly)?|(just |only |purely |asking |question |speaking )(in theory|theoretically)|(in theory|theoretically)\b(?=[^.!?]*\?)|purely academic|for (an?|my|our) (essay|thesis|dissertation|assignment|homework|class|course|seminar|lecture|research (paper|project))|(writing|doing|working on) (an?|my|our) (essay|thesis|dissertation|assignment|term paper|research (paper|project)))\b/;
/** Review of session 52: a safety scare the shop already dealt with ("was smoking a bit last month but you already replaced it"). */
export const RESOLVED_BEFORE = /\b(last (week|month|year|spring|summer|autumn|fall|winter)|(weeks?|months?|years?) ago|back in \w+)\b[^]{0,120}\b((you|your (team|colleagues?|support|staff)|they) (already |kindly |quickly |then )?(replaced|refunded|swapped|exchanged|sorted|resolved) (it|that|this|them|the \w+)|(it|that|this|they|the \w+) (was|were|has been|have been|got) (already )?(replaced|refunded|sorted( out)?|resolved))\b/;
/** …unless it is happening again ("…and now the replacement is hissing too"). */
export const HAPPENING_AGAIN = /\b(again|as well|too|also|same thing|the (new|replacement) (one|unit|\w+) (is|was|has|started|also|now)|replacement (is|was|has|started|also))\b/;
/**
 * A dispute or incident only looked alike (the rules' own exceptions, for the learned reading too). `incidentIn` reads
 * what follows a scare already dealt with (review 2: "Last month you refunded a jacket. Now my VoltPack is swelling").
 */
export function onlyLooksAlike(kind: HighStakesKind | null, t: string, incidentIn?: (rest: string) => boolean): boolean {
  const money = kind === null || kind === 'dispute' || kind === 'legal';
  if (money && ASKED_IN_THEORY.test(t) && !DISPUTE_STILL_ON.test(t) && !/\b(ive|i have|weve|we have) (\w+ )?(filed|opened|started|raised|contacted|called)\b|\b(im|i am|were|we are) (about|going) to\b|\b(im|i am|were|we are) (now )?(filing|opening|starting|raising|taking|suing|contacting)\b|\b(ill|i will|gonna)\b|\b(my|our) (lawyer|solicitor|attorney)s? (is|are|has|have|will|says|said)\b/.test(t)) return true;
  // (For the learned reading, only where a dispute is named: "I don't want to make a fuss, but… a small-claims letter" is legal.)
  // (Review 3: not beside a real one, "…internal chargebacks, but this one is real: we filed a chargeback with Amex".)
  if ((kind === 'dispute' || kind === null) && INTERNAL_CHARGEBACK.test(t) && !/\b(charge ?backs?|disput\w*)\b/.test(t.replace(INTERNAL_CHARGEBACKS, ' '))) return true;
  // (Review 3: a reversal asked of the bank for "nothing to do with you".)
  if ((kind === 'dispute' || (kind === null && /\b(chargebacks?|disput\w*|streitfall|reclamaci\w+)\b/.test(t))) && (OTHER_SHOP.test(t) || NOT_US.test(t) || DISPUTE_OVER.test(t) || (NOT_DISPUTING.test(t) && !DISPUTE_STILL_ON.test(t))) && !/\b(this time|again)\b|\b(ive|i have|im|i am|ill|i will) (\w+ )?(filed|filing|opened|opening|file|open)\b/.test(t)) return true;
  if ((kind === 'safety' || kind === 'injury' || (kind === null && (WOUND_WORDS.test(t) || WOUND_WORDS_MORE.test(t)))) && RESOLVED_BEFORE.test(t) && !HAPPENING_AGAIN.test(t) && !incidentIn?.(t.slice(t.search(RESOLVED_BEFORE) + (RESOLVED_BEFORE.exec(t)?.[0].length ?? 0)))) return true;
  if (kind === 'safety' && SECOND_HAND.test(t) && MINE_FINE_OR_WORRIED.test(t) && !MINE_TOO.test(t)) return true;
  // Session 53: "it looks totally normal, no bulging, no smell, doesn't get hot. still ok to use?": the signs denied, one by
  // one (the learned reading saw the words; the patterns read the negations).
  if (kind === null && (t.match(SIGN_DENIED) ?? []).length >= 2 && !SIGN_AFFIRMED.test(t.replace(SIGN_DENIED, ' '))) return true;
  // Session 54: "got an SMS… asking me to confirm my card details… I didn't click anything. was that really you?": a
  // phishing message left alone, which the KB answers; not one acted on, nor money or an account touched besides. (Review
  // 2: or stopped in time, "I nearly typed my card into the page but my wife stopped me".)
  if ((kind === null || kind === 'security') && PHISH_LEFT_ALONE.test(t) && /\b(sms|texts?|e ?mails?|messages?|whatsapp|links?)\b/.test(t) && !PHISH_ACTED_ON.test(t.replace(PHISH_LEFT_ALONE, ' '))) return true;
  return false;
}

const PHISH_LEFT_ALONE = /\b(i|we) (didnt|did not|never|havent|have not|wont|will not) (\w+ )?(click|clicked|open|opened|tap|tapped|enter|entered|reply|replied|respond|responded|give|gave|type|typed|fill|filled|put)\b( (on |in )?(it|that|them|anything|the link|a thing|any links?|nothing))?|\b(i|we) (just |simply |immediately )?(ignored|deleted|reported|blocked) (it|the (text|sms|message|e ?mail|link|number|sender))\b|\b(i|we) (almost|nearly|very nearly|was about to|were about to) (\w+ )?(click|clicked|tap|tapped|enter|entered|type|typed|fill|filled|give|gave|put)\b[^.!?]{0,60}\b(but|then|until|when)\b[^.!?]{0,30}\b(stopped|didnt|did not|closed|noticed|realised|realized|deleted|spotted)\b/g;
// (Review of session 54: nor an account already broken into, "My account was hacked. I didn't click any links", "someone
// is in my account… codes I never requested", "an order in my account I don't recognise", "a login from Brazil that
// wasn't me"; not what the message claimed, "an email saying my account was compromised".)
const PHISH_ACTED_ON = /\b(clicked|tapped|entered|typed|filled|gave|put in|paid|charged|debited|taken|logged in|signed in|changed|locked out|cant (log|sign|get) ?in|(never|didnt|did not) (order|ordered|place|placed|make|made|authori[sz]e))\b|[€$£]\s?\d|\d\s?(€|eur|usd)\b|(?<!\b(saying|says|said|claiming|claims|claimed|warning|warned|stating|states|that)\b[^.!?]{0,30})(\b(was|got|been|is|were) (hacked|compromised|taken over|breached)\b(?!\s*\?)|\b(some ?one|some ?body|a stranger|hackers?|they)( else)? (has |have |had |is |was )?(hacked|logged|got|gotten|broke|been)\b[^.!?]{0,20}\b(in|into|inside)\b)|\b(that )?(wasnt|was not|werent|were not) (me|us)\b|\bhacked (my|our|the|her|his) (\w+ )?account\b|\b(never|didnt|did not|havent|have not) (requested|request|asked for|ask for)\b|\b(dont|do not|didnt|did not|cant|cannot) recogni[sz]e\b(?! (the|this|that|their) (number|sender|email|address|text|message|link|site|website|domain)\b)|\bunauthori[sz]ed\b/;

const SIGN_DENIED = /\b(no|not|without any|doesnt|does not|didnt|did not|isnt|wasnt|never) (\w+ )?(bulg\w*|swell\w*|swollen|smell\w*|smok\w*|hot|warm|hiss\w*|spark\w*|leak\w*|melt\w*|puff\w*|burn\w*|damage|marks?|scorch\w*)\b/g;
// (Review: "no bulging, no smoke, but there's a weird chemical smell", "no smell, no marks, but it caught fire": a sign told.)
const SIGN_AFFIRMED = /\b(bulg\w*|swell\w*|swollen|smok\w*|hiss\w*|spark\w*|leak\w*|melt\w*|puff\w*|burn\w*|scorch\w*|smell\w*|stinks?|fumes|caught fire|on fire|flames?|explod\w*|(very|really|too|super|so|crazy|extremely|scorching) hot|hot enough)\b/;

/**
 * Session 52: "I broke my ankle skiing (nothing to do with your gear, I promise)", "not the tent's fault": an injury the
 * customer says no product caused.
 */
export const NOT_THE_GEAR = /\b((entirely |totally |completely |all )?my own (clumsiness|fault|stupidity|mistake|doing)|not the (gear|kit|tent|products?)(?=\s*[!.,);])|nothing to do with (you|your \w+|(the|our|any) (\w+ )?(gear|products?|kit|stuff|jacket|tent|lamp|headlamp|watch|boots))|not (your|the (\w+ )?(gear|products?|kit|jackets?|tents?|lamps?|watch(es)?)s?) fault|(wasnt|was not|isnt|is not) (your|the (\w+ )?(gear|products?|kit|jackets?|tents?|lamps?)s?) fault|(unrelated|not related) to (your|the|any) (\w+ )?(gear|products?|kit|jacket|tent|lamp|watch))\b/;

/** Session 52: "a weekend round a campfire and now my stormshell stinks of smoke": fabric that smells of a fire, no device smoking. */
export const SMOKE_SMELL = /\b(smells?|smelt|smelled|smelling|stinks?|stank|stinking|reeks?|reeked|reeking)\b[^.!?]{0,25}\b(of|like) (camp ?fire |bonfire |wood ?|cigarette |bbq )?smoke\b/;
export const FIRE_NEARBY = /\b(camp ?fires?|bonfires?|fire ?pits?|bbq|barbecues?|wood ?burners?|log burners?|smokers?|cigarettes?|pub|sauna)\b/;

/** Review 3 of session 52: a payment reversed elsewhere, "…for my gym, nothing to do with you". */
const NOT_US = /\bnothing to do with (you|you guys|your (shop|store|site|company|orders?|team))\b/;
/** Session 52: "our finance department does internal chargebacks to each team": bookkeeping, no card dispute. */
export const INTERNAL_CHARGEBACK = /\binternal (charge ?backs?|cross-?charg\w*|recharg\w*)\b|\bcharge ?backs? (to|between|across) (each|every|other|the|our) (teams?|departments?|cost cent(er|re)s?|budgets?|projects?)\b/;
const INTERNAL_CHARGEBACKS = new RegExp(INTERNAL_CHARGEBACK.source, 'g');

/**
 * Session 52: read by the learned model, an order never placed or a fake text paid: the money team's fraud. (Review 3:
 * not "I never made it to the store", nor an e-mail saying a parcel was "delivered and paid": a fee or link paid.)
 */
const LEARNED_FRAUD = /\b(never|didnt|did not|not) (\w+ )?(ordered|placed|bought)\b|\b(never|didnt|did not|not) (\w+ )?made (an?|the|that|this|any|such an?|those|these) (\w+ )?(orders?|purchases?|returns?)\b|\b(orders?|returns?|purchases?|payments?|transactions?)\b[^.!?]{0,40}\b(that |which )?(i|we) (never|didnt|did not) (\w+ )?(made|placed|did|authori[sz]ed)\b|\b(text|sms|link|e-?mail|message)\b(?=[^]{0,80}\b(fees?|customs|links?|fake|scam|phishing|suspicious|click\w*)\b)[^]{0,80}\b(paid|entered|typed)\b/;
export function learnedFraud(text: string): boolean {
  return LEARNED_FRAUD.test(text) && /[€$£]\s?\d|\d\s?(€|eur|usd)|\b(card|visa|mastercard|amex|paypal|charged|paid|bank)\b/.test(text);
}
/**
 * A return turned down ("refused my return"; session 52: "the jacket I returned… refused my refund of €169"). Review 3:
 * not a part of the money refused once the return went through ("…refused to refund the €4,95 shipping", "the second
 * €312 charge"): the money team's.
 */
export function returnTurnedDown(t: string): boolean {
  return /\b(refused|rejected|turned down|wont accept|will not accept)\b[^.!?]{0,20}\b(my |the |our )?return\b/.test(t) || (/\b(refused|rejected|denied)\b[^.!?]{0,20}\b(my |the |our )?refund\b(?![^.!?]{0,25}\b(shipping|postage|delivery (cost|fee|charge)|charges?|payments?|difference|fees?)\b)/.test(t) && /\b(i|we) (returned|sent (it|them|\w+) back)\b|\bthe \w+ (i|we) returned\b/.test(t));
}

/** Smoke from a fire nearby on the gear ("campfire smoke all over my jacket"): no device burning. */
export const CAMPFIRE_SMOKE = /\b(campfire|camp fire|bonfire|fire ?pit|wood|bbq|barbecue|cigarette) smoke\b|\bsmoke (from|of) (the |a )?(campfire|camp fire|bonfire|fire ?pit|bbq|barbecue)\b/;
/**
 * Session 53: heat from outside the product did the damage ("a spark from the campfire melted a small hole in the sleeve",
 * "ironed it on high without the towel… a melted-looking patch"): a care mishap, nothing the product did. (Review of
 * session 54: "the stove flared up and the flames melted the vestibule".)
 */
export const OUTSIDE_HEAT = /\b(spark|sparks|ember|embers|flames?)\b[^.!?]{0,20}\b(from|off|of) (the|a|our|my) (camp ?fire|fire|bonfire|fire ?pit|stove|bbq|barbecue)\b|\b(camp ?fire|bonfire|fire ?pit|stove|burner|bbq|barbecue)\b[^.!?]{0,20}\b(flared|flare-?up|flashed)\b|\b(with|on) the iron\b|\b(iron|ironed|ironing)\b[^.!?]{0,40}\b(on high|too hot|without (the |a )?towel|skipped the towel)\b|\b(too close to|leaned against|left (it )?(on|near|next to)) (the |a |our |my )?(camp ?fire|fire|stove|radiator|heater|bbq|barbecue|fire ?pit)\b/;
/** Review: the outside heat that burned the customer too ("my jacket melted onto my arm, now I have a burn"). */
export const BURNED_TOO = /\b(onto|into|on to) (my|his|her|their) (arm|hand|leg|skin|wrist|neck|face|finger|fingers|shoulder|back)\b|\b(i|he|she|we|they) (have|has|got) (a |some )?(burn|burns|blisters?)\b|\bburn(ed|t)? (my|his|her|their) (arm|hand|leg|skin|wrist|neck|face|finger|fingers|shoulder)\b/;
