/**
 * Reads a site folder (site.json + kb/*.md) from disk. This is the I/O edge; the
 * parsing it delegates to is pure and lives in domain/site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { Article, SiteContent } from '../domain/pipelineTypes.js';
import { parseSiteConfig } from '../domain/site/siteSchema.js';

/** Splits "# Title\n\nbody" into an Article; throws naming the file when there is no title line. */
export function parseArticle(markdown: string, id: string, file: string): Article {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const titleIndex = lines.findIndex((l) => /^#\s+\S/.test(l));
  if (titleIndex === -1) throw new Error(`${file}: missing a "# Title" line`);
  const title = lines[titleIndex]!.replace(/^#\s+/, '').trim();
  const body = lines.slice(titleIndex + 1).join('\n').trim();
  return { id, title, body };
}

/** "Unexpected token } in JSON at position 771" → "…, line 31 column 5": editors show lines, not offsets. */
function jsonErrorAt(raw: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const before = raw.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')}, line ${line} column ${before.length - before.lastIndexOf('\n')}`;
}

export function loadSiteFolder(dir: string, key: string): SiteContent {
  const siteFile = join(dir, 'site.json');
  // Relative to where the user ran the command (pnpm runs scripts inside packages/server).
  const shown = (p: string) => {
    const rel = relative(process.env.INIT_CWD ?? process.cwd(), p);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
  };
  let raw: string;
  try {
    raw = readFileSync(siteFile, 'utf8');
  } catch {
    throw new Error(`${shown(siteFile)}: cannot read site.json`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`${shown(siteFile)}: invalid JSON (${jsonErrorAt(raw, (e as Error).message)})`);
  }
  const config = parseSiteConfig(json, shown(siteFile));
  const kbDir = join(dir, config.kb.dir);
  let files: string[];
  try {
    files = readdirSync(kbDir).filter((f) => f.endsWith('.md')).sort();
  } catch {
    throw new Error(`${shown(kbDir)}: knowledge-base folder not found (kb.dir in site.json)`);
  }
  const articles = files.map((f) => {
    const path = join(kbDir, f);
    return parseArticle(readFileSync(path, 'utf8'), basename(f, '.md'), shown(path));
  });
  return { key, config, articles };
}
