// Fails the build when the host-page loader grows past its budget (DESIGN.md §6: ≤ 3 KB gzipped).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const LIMIT = 3072;
const file = new URL('../dist/widget.js', import.meta.url);
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
console.log(`dist/widget.js: ${raw.length} B raw, ${gz} B gzipped (limit ${LIMIT} B)`);
if (gz > LIMIT) {
  console.error(`Loader is ${gz - LIMIT} B over the ${LIMIT} B gzipped budget.`);
  process.exit(1);
}
