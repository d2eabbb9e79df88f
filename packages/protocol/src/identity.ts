import { z } from 'zod';
import { IdentifyInput } from './conversation.js';

/**
 * What Baton('identify', …) posts to the frame: any plain object. The host page's object used to be checked whole
 * against CustomerAttributes, so one bad field ('bob@') dropped all of it and top-level keys (`plan`) vanished,
 * without a word; readIdentity keeps what is valid and says what is not.
 */
export const IdentifyPayload = z.record(z.string(), z.unknown());
export type IdentifyPayload = z.infer<typeof IdentifyPayload>;

export interface IdentityReading {
  attributes: IdentifyInput;
  /** One line per left-out field, naming it and what it must be; empty when everything was kept. */
  problems: string[];
}

const fields = IdentifyInput.shape;
const Extra = fields.extra.unwrap();
type ExtraValue = z.infer<typeof Extra.valueType>;
const known = (key: string): key is 'name' | 'email' | 'userId' | 'tier' | 'locale' | 'userHash' => key !== 'extra' && Object.hasOwn(fields, key);

function problem(label: string, value: unknown, error: z.ZodError): string {
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value) : typeof value;
  const what = error.issues.map((i) => (i.code === 'invalid_union' ? 'expected text, a number or true/false' : i.message.replace(/^Invalid input: /, '')));
  return `${label} (${shown}): ${what.join('; ')}`;
}

/**
 * The usable part of an identify() object, field by field against IdentifyInput (the attributes and `userHash`): valid fields are kept, bad ones
 * left out and named in `problems`; a top-level key the schema does not have goes under `extra` (an entry in `extra`
 * itself wins over it); null and undefined mean "not given".
 */
export function readIdentity(raw: IdentifyPayload): IdentityReading {
  const attributes: IdentifyInput = {};
  const extra: Record<string, ExtraValue> = {};
  const problems: string[] = [];
  const addExtra = (key: string, value: unknown, label: string): void => {
    const k = Extra.keyType.safeParse(key);
    const v = Extra.valueType.safeParse(value);
    if (!k.success) problems.push(problem('a name in extra', key, k.error));
    else if (!v.success) problems.push(problem(label, value, v.error));
    else extra[key] = v.data;
  };
  for (const [key, value] of Object.entries(raw)) {
    if (value == null || key === 'extra') continue;
    // Baton says whether an identity is verified (a signed userHash), never the page.
    if (key === 'verified') {
      problems.push('verified: set by Baton from userHash (BATON_IDENTITY_SECRET), not by the page');
      continue;
    }
    if (!known(key)) {
      addExtra(key, value, key);
      continue;
    }
    const parsed = fields[key].safeParse(value);
    if (parsed.success) attributes[key] = parsed.data;
    else problems.push(problem(key, value, parsed.error));
  }
  const given = raw.extra;
  if (given != null) {
    if (typeof given !== 'object' || Array.isArray(given)) problems.push(`extra (${typeof given}): expected an object of names to values`);
    else for (const [key, value] of Object.entries(given)) if (value != null) addExtra(key, value, `extra.${key}`);
  }
  if (Object.keys(extra).length > 0) attributes.extra = extra;
  return { attributes, problems };
}
