/**
 * What site.json's shape check cannot see: skills named elsewhere in the file (defaultSkill, rules[].skill), duplicate
 * skill ids, and opening hours. Read leniently from the raw JSON rather than after the shape check passed (zod runs
 * refinements only then), so a bad `priority` and an unknown `skill` in one rule are said together; a part too broken
 * to read here (skills not a list) is left to the shape check, and the references into it are not judged.
 */
import { z } from 'zod';
import { supportHoursProblems } from './supportHours.js';

export interface SiteProblem {
  path: (string | number)[];
  message: string;
}

const Hours = z.record(z.string(), z.string());
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function hoursProblems(raw: unknown, path: (string | number)[]): SiteProblem[] {
  const hours = Hours.safeParse(raw);
  // Not an object of strings: the shape check says so.
  return hours.success ? supportHoursProblems(hours.data).map((message) => ({ path, message })) : [];
}

export function siteReferenceProblems(site: unknown): SiteProblem[] {
  if (!isObject(site)) return [];
  const problems: SiteProblem[] = [];
  const skills = Array.isArray(site.skills) ? site.skills : null;
  const ids = new Set<string>();
  skills?.forEach((skill, i) => {
    if (!isObject(skill)) return;
    if (typeof skill.id === 'string') {
      if (ids.has(skill.id)) problems.push({ path: ['skills', i, 'id'], message: `duplicate skill id "${skill.id}"` });
      ids.add(skill.id);
    }
    if (skill.hours !== undefined) problems.push(...hoursProblems(skill.hours, ['skills', i, 'hours']));
  });
  if (site.humanSupportHours !== undefined) problems.push(...hoursProblems(site.humanSupportHours, ['humanSupportHours']));
  const unknownSkill = (id: unknown, path: (string | number)[]) => {
    if (skills && typeof id === 'string' && !ids.has(id)) problems.push({ path, message: `unknown skill "${id}" (the skills are ${[...ids].join(', ') || 'none'})` });
  };
  unknownSkill(site.defaultSkill, ['defaultSkill']);
  if (Array.isArray(site.rules)) site.rules.forEach((rule, i) => isObject(rule) && unknownSkill(rule.skill, ['rules', i, 'skill']));
  return problems;
}
