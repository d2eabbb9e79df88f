/**
 * Session 61 (T3)'s corrections on top of the classifier's pick of team (same shape as teamCorrections.ts: teams named by
 * the duties their descriptions state, so a site cut differently is simply not corrected):
 * - the shop's range asked ("do you have ANY sleeping bags?", "can you recommend a sleeping bag?", "not even a limited
 *   edition?"), which product words pull to the troubleshooters: pre-sales;
 * - the loyalty programme asked ("¿tenéis algún programa de puntos?"), pre-sales' words: the team of points balances;
 * - points the customer wants to see while a page fails ("ich möchte meine Trailpoints sehen, aber die Seite lädt nicht"):
 *   the balance is the matter, not a product that does not work;
 * - money taken for an order already cancelled ("me habéis cobrado 89,90 € por un pedido que cancelé"): payments, though
 *   the cancelled order is the orders team's word.
 */
import { normalise } from '../bot/text.js';
import { PAYMENTS_DUTY, PRE_SALES_DUTY, REFUNDS_DUTY, RETURNS_DUTY, TROUBLESHOOTING_DUTY, type Correction } from './teamDuties.js';

const POINTS_DUTY = String.raw`\w*points balances?|loyalty points`;

/** The range asked: whether the shop sells a kind of thing, a recommendation of one, a special edition or order. */
const RANGE_ASKED =
  /\b(do|dont|do not) (you|u) (guys )?(even )?(have|sell|stock|carry|make|do) (any|anything like) (\w+ )?(?!(idea|ideas|update|updates|news|info|information|record|records|problem|issues?|way|time|codes?|vouchers?|discounts?|offers?|deals?|stores?|shops?)\b)[a-z]+s\b|\b(can|could) (you|u) (recommend|suggest) (a|an|some|any|me a|me an|me some) (\w+ ){0,2}[a-z]+\b|\b(limited|special) edition\b|\bspecial order\b|\b(venden|vendeis|teneis|tienen|tienes) (algun|alguna|algunos|algunas) (\w+ )?(sacos?|tiendas|relojes|linternas|chaquetas|mochilas)\b|\b(habt ihr|haben sie|verkauft ihr|fuhrt ihr) (auch )?(irgendwelche|uberhaupt) \w+/;
/** …not of one the customer has, an order, a fault, money or the app. */
const OWNED_OR_AFTER =
  /\b(my (order|watch|tent|jacket|lamp|headlamp|account|app|parcel|package|refund)|[a-z]{1,4}-\d{4,}|ordered|bought|arrived|delivered|broken|broke|faulty|not working|doesnt work|wont|error|crash\w*|refund\w*|return\w*|exchang\w*|warranty|repair\w*|charged|invoice|app|update|firmware|login|password)\b/;

/** The loyalty programme itself asked after (en/de/es). */
const LOYALTY_PROGRAMME =
  /\b(loyalty|rewards?|points|bonus) (programme|program|scheme|club|card|tiers?|levels?)\b|\btrailpoints\b|\bprograma de (puntos|fidelidad|fidelizacion|recompensas)\b|\b(punkte|treue|bonus|pramien)(programm|system|karte)\w*\b|\b(nivel|stufe|level|tier) summit\b/;
/** …not a deal the pre-sales team makes (a club's or a business's rate). */
const A_DEAL = /\b(bulk|business|corporate|club|team|group|wholesale|trade|price match|student)\b/;

/** Points the customer wants to see or check (en/de/es). */
const POINTS_SEEN =
  /\b(trailpoints|my points|loyalty points|meine punkte|mis puntos)\b[^.!?]{0,40}\b(see|check|view|sehen|ansehen|prufen|ver|consultar|balance|stand|saldo)\b|\b(see|check|view|sehen|ansehen|ver|consultar)\b[^.!?]{0,20}\b(trailpoints|my points|loyalty points|meine punkte|mis puntos)\b/;
/** …while a device or the app is what fails: the troubleshooters'. */
const DEVICE_NAMED = /\b(watch|app|headlamp|lamp|gps|uhr|stirnlampe|lampe|reloj|linterna|frontal|aplicacion)\b/;

/** Money taken for an order the customer cancelled (en/de/es). */
const CHARGED =
  /\b(charged|billed|debited|took|taken|cobrado|cobrasteis|cobrais|cargado|abgebucht|berechnet|belastet)\b(?<!\b(not|never|yet|been not|hasnt been|havent been|wasnt|werent|nicht|no) \w+)/;
const CANCELLED = /\b(cancell?ed|cancele|cancelado|cancelada|anule|anulado|storniert|annulliert)\b/;
/** …not one still on its way, nor a charge not yet taken. */
const NOT_CHARGED_FOR_CANCELLED = /\b(shipped|arrived|delivered|tracking|parcel|package|enviado|llego|geliefert|versandt|angekommen|not (been )?(charged|billed)|(wasnt|hasnt been|havent been|werent) (charged|billed))\b/;

export const RANGE_CORRECTIONS: Correction[] = [
  { from: [TROUBLESHOOTING_DUTY, RETURNS_DUTY, REFUNDS_DUTY], to: PRE_SALES_DUTY, when: (c) => RANGE_ASKED.test(normalise(c.topical)) && !OWNED_OR_AFTER.test(normalise(c.topical)) },
  { from: [PRE_SALES_DUTY], to: POINTS_DUTY, when: (c) => LOYALTY_PROGRAMME.test(normalise(c.current)) && !A_DEAL.test(normalise(c.current)) },
  { from: [TROUBLESHOOTING_DUTY], to: POINTS_DUTY, when: (c) => POINTS_SEEN.test(normalise(c.current)) && !DEVICE_NAMED.test(normalise(c.current)) },
  { from: [RETURNS_DUTY], to: PAYMENTS_DUTY, when: (c) => CHARGED.test(normalise(c.topical)) && CANCELLED.test(normalise(c.topical)) && !NOT_CHARGED_FOR_CANCELLED.test(normalise(c.topical)) },
];
