import { memoText } from './memo.js';

const ASCII = /^[ -~\t\n\r]*$/;

/**
 * Lower-cases, folds accents and ß, drops apostrophes ("don't" → "dont"): one normal form for every text model.
 * Memoised: the detectors, the KB search and the models each normalise the same messages and words again.
 */
export const normalise: (text: string) => string = memoText(normaliseText, 4096);

function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most messages) has no accents to strip: skip the decomposition, the costliest step.
  if (ASCII.test(lower)) return lower.replace(/['`]/g, '');
  return lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '');
}

/**
 * An e-mail address as typed ("rebecca.shaw@example.com"); global, for replace and matchAll. It starts only where a run
 * of such characters starts: a match inside a run is found at its start too, and trying every position of a
 * 4,000-character run took time in the square of its length (a security review).
 */
export const EMAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** `s` as a literal inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
