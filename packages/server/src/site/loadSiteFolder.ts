/**
 * Reads a site folder (site.json + kb/*.md) from disk. This is the I/O edge; the
 * parsing it delegates to is pure and lives in domain/site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import type { Article, SiteConfig, SiteContent } from '../domain/pipelineTypes.js';
import { parseSiteConfig, SiteConfigError } from '../domain/site/siteSchema.js';

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
export function jsonErrorAt(raw: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const before = raw.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')}, line ${line} column ${before.length - before.lastIndexOf('\n')}`;
}

/** Everything wrong with a site folder, one line each (file and field), so one start reports them all. */
export class SiteFolderError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** kb.dir as written (or its default), even when site.json has other mistakes; undefined when it is itself bad. */
function kbDirOf(json: unknown): string | undefined {
  const kb = isObject(json) ? json.kb : undefined;
  if (kb === undefined) return 'kb';
  if (!isObject(kb)) return undefined;
  if (kb.dir === undefined) return 'kb';
  return typeof kb.dir === 'string' && kb.dir ? kb.dir : undefined;
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
    throw new SiteFolderError([`${shown(siteFile)}: cannot read site.json`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    // Nothing else can be read reliably (not even where the articles are).
    throw new SiteFolderError([`${shown(siteFile)}: invalid JSON (${jsonErrorAt(raw, (e as Error).message)})`]);
  }
  const problems: string[] = [];
  let config: SiteConfig | null = null;
  try {
    config = parseSiteConfig(json, shown(siteFile));
  } catch (e) {
    if (!(e instanceof SiteConfigError)) throw e;
    problems.push(...e.problems);
  }
  // The articles are checked too, unless site.json's own kb.dir is what is wrong.
  const kbDir = config?.kb.dir ?? kbDirOf(json);
  const articles: Article[] = [];
  if (kbDir !== undefined) {
    let files: string[] = [];
    try {
      files = readdirSync(join(dir, kbDir)).filter((f) => f.endsWith('.md')).sort();
    } catch {
      problems.push(`${shown(join(dir, kbDir))}: knowledge-base folder not found (kb.dir in site.json)`);
    }
    for (const f of files) {
      const path = join(dir, kbDir, f);
      try {
        articles.push(parseArticle(readFileSync(path, 'utf8'), basename(f, '.md'), shown(path)));
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
  }
  if (problems.length || !config) throw new SiteFolderError(problems);
  return { key, config, articles };
}
