import { baseLanguage } from '@baton/protocol';

/**
 * A skill as the site knows it: itself, or for a regional code of one of the site's languages ("es-MX", "de_AT") that
 * language, since customers are detected by base language. Null when the site has no such skill or language.
 */
export function asSiteSkill(skill: string, known: readonly string[]): string | null {
  if (known.includes(skill)) return skill;
  return /[-_]/.test(skill) && known.includes(baseLanguage(skill)) ? baseLanguage(skill) : null;
}
