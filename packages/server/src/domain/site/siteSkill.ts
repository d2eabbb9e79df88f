import { baseLanguage } from '@baton/protocol';

/**
 * A skill as the site knows it: itself, or for a regional code of one of the site's languages ("es-MX", "de_AT") that
 * language, since customers are detected by base language. Null when the site has no such skill or language.
 */
export function asSiteSkill(skill: string, known: readonly string[]): string | null {
  if (known.includes(skill)) return skill;
  return /[-_]/.test(skill) && known.includes(baseLanguage(skill)) ? baseLanguage(skill) : null;
}

/**
 * The team's name: with a language, the one customers read in it when the site gives one (`skills[].names`, regional
 * codes read as their language), else the site's `name`; the id when the site has no such skill.
 */
export function skillNameIn(skills: readonly { id: string; name: string; names?: Record<string, string> }[], skill: string, language?: string | null): string {
  const config = skills.find((s) => s.id === skill);
  return (language ? config?.names?.[baseLanguage(language)] : undefined) ?? config?.name ?? skill;
}
