/** "es-MX", "de_AT", "EN" → "es", "de", "en": languages are matched by their base code on both ends. */
export function baseLanguage(tag: string | null | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0]!;
}
