/**
 * Where the customer asks their data to be (or not to be), as typed: "inside the EU", "within the European Union",
 * "EU or US servers", "servers in the US", "cloud provider outside the EU". Read only in a message about data, so
 * "do you ship within the EU?" stays a shipping question.
 */
import type { TypedSpan } from './typedSpan.js';

const ABOUT_DATA = /\b(?:data|servers?|stored|storage|store my|hosted|hosting|kept|privacy|gdpr|dsgvo|cloud|transferred|processed|datos|daten)\b/i;
const REGION = '(?:EU|EEA|European\\s+Union|Europe|US|USA|United\\s+States|America|UK|Germany|Switzerland)';
const LOCATION = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:(?:cloud\s+)?providers?|servers?|data\s+cent(?:re|er)s?|hosting|compan(?:y|ies)|data)\s+)?(?:in|inside|within|outside(?:\s+of)?|based\s+in|located\s+in)\s+(?:the\s+)?${REGION}(?:\s+or\s+(?:the\s+)?${REGION})?(?![\p{L}-])|(?<![\p{L}-])${REGION}\s+or\s+(?:the\s+)?${REGION}(?:\s+servers?)?(?![\p{L}-])`,
  'gu',
);

export function findDataLocations(text: string): TypedSpan[] {
  if (!ABOUT_DATA.test(text)) return [];
  return [...text.matchAll(LOCATION)].map((m) => ({ index: m.index, value: m[0] }));
}
