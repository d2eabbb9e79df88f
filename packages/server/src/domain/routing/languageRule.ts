/**
 * The customer's language as a routing requirement. Languages are skills when the site's agents list them; the
 * help centre's own language is taken to be every agent's (agents set up without listing it, as the README's first
 * example did, would otherwise never get a chat in it), and a language no agent lists is not required (those
 * customers would never be served; the hand-off tells them which languages the team writes).
 */
export interface LanguageRule {
  /** The knowledge base's language (site.json kb.language). */
  kbLanguage: string;
  /** Every skill some agent of the site lists with a proficiency above 0. */
  listed: ReadonlySet<string>;
}

export function languageRule(agentList: readonly { skills: readonly { skill: string; proficiency: number }[] }[], kbLanguage: string): LanguageRule {
  return { kbLanguage, listed: new Set(agentList.flatMap((a) => a.skills.filter((s) => s.proficiency > 0).map((s) => s.skill))) };
}

/** The language a conversation must be served in, or null when any agent of its team will do. */
export function requiredLanguage(rule: LanguageRule | undefined, language: string | null | undefined, skill: string): string | null {
  if (!rule || !language || language === skill || language === rule.kbLanguage) return null;
  return rule.listed.has(language) ? language : null;
}

/** Every language the rule would require of a customer writing it: listed by an agent, not the help centre's, not a team. */
export function requirableLanguages(rule: LanguageRule, teamIds: readonly string[]): string[] {
  return [...rule.listed].filter((l) => l !== rule.kbLanguage && !teamIds.includes(l));
}
