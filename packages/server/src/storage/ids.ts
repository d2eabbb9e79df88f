import { randomBytes } from 'node:crypto';

/** Sortable-enough random ids with a readable prefix (cv_, msg_, …). */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;
}
