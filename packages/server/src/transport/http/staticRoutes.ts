/** Widget loader, the chat frame (with per-site frame-ancestors) and the console SPA. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { originAllowed, type SiteRegistry } from '../../services/siteRegistry.js';

function notBuilt(res: express.Response, what: string) {
  res.status(503).type('text/plain').send(`${what} is not built. Run: npx -y pnpm@10 build`);
}

export function staticRoutes(dirs: { widget: string; console: string }, sites: SiteRegistry): Router {
  const r = Router();
  const loader = path.join(dirs.widget, 'widget.js');
  const frameDir = path.join(dirs.widget, 'frame');
  const frameHtml = path.join(frameDir, 'index.html');
  const consoleHtml = path.join(dirs.console, 'index.html');

  r.get('/widget.js', (_req, res) => {
    if (!existsSync(loader)) return notBuilt(res, 'The widget');
    res.setHeader('Cache-Control', 'public, max-age=300');
    // Host pages on any origin load the loader; what it may do is decided per site by the frame and the session API.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.sendFile(loader);
  });

  // The loader asks before drawing its launcher: a page the site does not allow, or a data-site typo, gets no launcher
  // that opens onto a browser error, and the site owner gets the reason in the console. Any page may ask: the answer
  // says only whether its own origin may embed the site, which the frame's CSP says anyway.
  r.get('/widget/embed', (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const key = String(req.query.site ?? '');
    const site = sites.getByKey(key);
    if (!site) return void res.status(404).json({ error: { code: 'not_found', message: `Baton has no site "${key}" (data-site in the script tag names a folder of BATON_SITES_DIR)` } });
    const origin = req.headers.origin;
    if (!originAllowed(site, origin)) {
      return void res.status(403).json({ error: { code: 'origin_not_allowed', message: `site "${key}" does not allow the widget on ${origin ?? 'this page'}: add that origin, exactly (scheme://host[:port]), to allowedOrigins in its site.json` } });
    }
    res.json({ ok: true });
  });

  r.get('/widget/frame', (req, res) => {
    if (!existsSync(frameHtml)) return notBuilt(res, 'The widget');
    const site = sites.getByKey(String(req.query.site ?? ''));
    if (!site) return void res.status(404).type('text/plain').send('Unknown site');
    const allowed = site.content.config.allowedOrigins;
    // Only the site's own pages may frame the chat (clickjacking and token theft protection).
    res.setHeader('Content-Security-Policy', `frame-ancestors ${allowed.includes('*') ? '*' : allowed.join(' ') || "'none'"}`);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(readFileSync(frameHtml, 'utf8'));
  });
  r.use('/widget', express.static(frameDir, { index: false, maxAge: '1h' }));

  r.use('/console', express.static(dirs.console, { index: false, maxAge: '1h' }));
  r.get(/^\/console(\/.*)?$/, (_req, res) => {
    // No page may frame the console (clickjacking an agent's Accept or Resolve).
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('X-Frame-Options', 'DENY');
    if (!existsSync(consoleHtml)) return notBuilt(res, 'The console');
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(consoleHtml);
  });
  r.get('/', (_req, res) => res.redirect('/console/'));
  return r;
}
