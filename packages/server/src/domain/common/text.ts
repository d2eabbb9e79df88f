const ASCII = /^[ -~\t\n\r]*$/;

/** Lower-cases, folds accents and ß, drops apostrophes ("don't" → "dont"): one normal form for every text model. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII (most messages) has no accents to strip: skip the decomposition, the costliest step.
  if (ASCII.test(lower)) return lower.replace(/['`]/g, '');
  return lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '');
}

/** An e-mail address as typed ("rebecca.shaw@example.com"); global, for replace and matchAll. */
export const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** `s` as a literal inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
