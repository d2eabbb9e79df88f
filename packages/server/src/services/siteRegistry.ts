/** Sites are folders (site.json + kb/*.md); each gets a bot pipeline built once at start. */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../storage/database.js';
import { sites } from '../storage/schema.js';
import { loadSiteFolder } from '../site/loadSiteFolder.js';
import { createBotPipeline } from '../domain/pipeline.js';
import type { SiteContent } from '../domain/pipelineTypes.js';
import { skillNameIn } from '../domain/site/siteSkill.js';
import { isEnglishWord } from '../site/englishWords.js';
import { tagEnglish } from '../site/englishTagger.js';
import { botModels } from '../site/botModels.js';

export type BotPipeline = ReturnType<typeof createBotPipeline>;

export interface LoadedSite {
  id: string;
  key: string;
  content: SiteContent;
  pipeline: BotPipeline;
}

/** A site folder that cannot be loaded: the message names the file and field; the server says it and stops. */
export class SiteLoadError extends Error {}

export class SiteRegistry {
  private byKey = new Map<string, LoadedSite>();
  private byId = new Map<string, LoadedSite>();

  static async load(db: Db, sitesDir: string): Promise<SiteRegistry> {
    const reg = new SiteRegistry();
    if (!existsSync(sitesDir)) throw new SiteLoadError(`sites directory not found: ${sitesDir} (BATON_SITES_DIR)`);
    // Every broken site is reported, not only the first.
    const failed: string[] = [];
    for (const entry of readdirSync(sitesDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !existsSync(path.join(sitesDir, entry.name, 'site.json'))) continue;
      try {
        reg.add(loadSiteFolder(path.join(sitesDir, entry.name), entry.name));
      } catch (e) {
        failed.push(`site "${entry.name}" was not loaded, so Baton did not start:\n${(e as Error).message}`);
      }
    }
    if (failed.length) throw new SiteLoadError(failed.join('\n'));
    for (const s of reg.all()) {
      await db
        .insert(sites)
        .values({ id: s.id, key: s.key, name: s.content.config.name, allowedOrigins: s.content.config.allowedOrigins })
        .onConflictDoUpdate({ target: sites.key, set: { name: s.content.config.name, allowedOrigins: s.content.config.allowedOrigins } });
    }
    return reg;
  }

  add(content: SiteContent): LoadedSite {
    const site: LoadedSite = { id: `site_${content.key}`, key: content.key, content, pipeline: createBotPipeline(content, isEnglishWord, tagEnglish, botModels) };
    this.byKey.set(site.key, site);
    this.byId.set(site.id, site);
    return site;
  }

  /** The demo shop Baton serves itself is always allowed to embed the demo site. */
  allowOrigin(key: string, origin: string): void {
    const site = this.byKey.get(key);
    if (site && !site.content.config.allowedOrigins.includes(origin)) site.content.config.allowedOrigins.push(origin);
  }

  all(): LoadedSite[] {
    return [...this.byKey.values()];
  }
  getByKey(key: string): LoadedSite | undefined {
    return this.byKey.get(key);
  }
  getById(id: string): LoadedSite | undefined {
    return this.byId.get(id);
  }
  /** The team's name; with a language, the one customers read in it when the site gives one. */
  skillName(siteId: string, skill: string | null, language?: string | null): string | null {
    if (!skill) return null;
    return skillNameIn(this.getById(siteId)?.content.config.skills ?? [], skill, language);
  }
}

/** Whether a host-page origin may embed this site's widget. */
export function originAllowed(site: LoadedSite, origin: string | undefined): boolean {
  const allowed = site.content.config.allowedOrigins;
  if (allowed.includes('*')) return true;
  return !!origin && allowed.includes(origin);
}
