/** Minimal RFC 4180 CSV parsing (quoted fields, doubled quotes, CRLF), and `text,label` rows from it. */
import type { TrainingExample } from './classifier.js';

export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (quoted) {
      if (ch === '"') {
        if (content[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Examples from a CSV with a header row. The text column is `text` (or the first), the label
 * column `category`/`label`/`intent` (or the second).
 */
export function examplesFromCsv(content: string): TrainingExample[] {
  const rows = parseCsv(content.replace(/^\uFEFF/, ''));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const ti = Math.max(0, header.indexOf('text'));
  let li = header.findIndex((h) => h === 'category' || h === 'label' || h === 'intent');
  if (li < 0) li = ti === 0 ? 1 : 0;
  return rows.filter((r) => r.length > Math.max(ti, li)).map((r) => ({ text: r[ti]!, label: r[li]!.trim() }));
}
