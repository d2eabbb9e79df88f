import { frameUrl, readConfig } from './config';
import { parseFrameMessage } from './envelope';
import { css } from './styles';

// Host-page loader (DESIGN.md §6): launcher in a shadow root, lazy chat iframe, queued JS API.

type Listener = (count: number) => void;
interface BatonApi {
  (command: string, arg?: unknown, fn?: unknown): void;
  /** Calls queued by the snippet before this script loaded. */
  q?: ArrayLike<unknown>[];
  /** Set once the real API is installed, so a second copy of the script does nothing. */
  loaded?: 1;
}
declare global {
  interface Window {
    Baton?: BatonApi;
  }
}

const chatIcon =
  '<svg class="i" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
const closeIcon =
  '<svg class="x" viewBox="0 0 24 24" aria-hidden="true"><path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"/></svg>';

function storage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | null {
  try {
    return window[kind]; // throws when the host blocks storage
  } catch {
    return null;
  }
}

function start(): void {
  const previous = window.Baton;
  if (previous?.loaded) return;
  const cfg = readConfig();
  if (!cfg) {
    console.warn('[baton] widget.js needs a data-site attribute');
    return;
  }
  const prefix = `baton:${cfg.site}:`;
  const openKey = prefix + 'open';
  const shownKey = prefix + 'shown';
  const ls = storage();
  const ss = storage('sessionStorage');

  const host = document.createElement('div');
  host.id = 'baton-widget';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<div class="w${cfg.left ? ' left' : ''}"><button class="l" type="button" data-testid="baton-launcher" aria-label="Open chat" aria-expanded="false">${chatIcon}${closeIcon}<span class="b" data-testid="baton-unread" hidden>0</span></button></div>`;
  adoptStyles(root);
  const wrap = root.lastElementChild as HTMLDivElement;
  wrap.style.setProperty('--c', cfg.color); // not interpolated into markup: data-color is page input
  const launcher = wrap.firstElementChild as HTMLButtonElement;
  const badge = launcher.lastElementChild as HTMLSpanElement;

  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let isOpen = false;
  let identity: unknown = null;
  const listeners: Listener[] = [];

  const post = (type: string, payload: unknown = {}): void => {
    if (!ready || !frame?.contentWindow) return; // replayed on 'ready'
    try {
      frame.contentWindow.postMessage({ baton: 1, type, payload }, cfg.origin);
    } catch (e) {
      console.warn('[baton] could not send to chat', e); // e.g. identify() with a non-cloneable value
    }
  };

  const ensureFrame = (): void => {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.id = 'baton-frame';
    frame.title = 'Baton chat';
    frame.src = frameUrl(cfg);
    // Hidden, never removed, while closed: the conversation keeps its socket and unread count.
    if (!isOpen) frame.className = 'h';
    wrap.appendChild(frame);
  };

  const setOpen = (open: boolean): void => {
    if (open) ensureFrame();
    isOpen = open;
    frame?.classList.toggle('h', !open);
    frame?.setAttribute('aria-hidden', String(!open));
    wrap.classList.toggle('o', open);
    launcher.setAttribute('aria-expanded', String(open));
    post(open ? 'open' : 'close');
    // Open stays open across a reload or the next page of the site, in this tab only (a newcomer waiting in the queue
    // reloaded and found the chat closed, with only an unread badge).
    try {
      if (open) ss?.setItem(shownKey, '1');
      else ss?.removeItem(shownKey);
    } catch {
      /* storage blocked: it opens closed, as before */
    }
  };

  const setUnread = (count: number): void => {
    badge.hidden = count === 0;
    badge.textContent = count > 9 ? '9+' : String(count);
    for (const fn of listeners) {
      try {
        fn(count);
      } catch (e) {
        console.error(e);
      }
    }
  };

  launcher.addEventListener('click', () => setOpen(!isOpen));

  window.addEventListener('message', (event) => {
    // Only our frame, from our origin, in our envelope.
    if (!frame || event.origin !== cfg.origin || event.source !== frame.contentWindow) return;
    const msg = parseFrameMessage(event.data);
    if (!msg) return;
    switch (msg.type) {
      case 'ready': {
        ready = true;
        // Hand back what the frame keeps with us (it may have no storage of its own).
        const items: Record<string, string> = {};
        try {
          for (let i = 0; ls && i < ls.length; i++) {
            const key = ls.key(i);
            if (key?.startsWith(prefix) && key !== openKey) items[key] = ls.getItem(key) ?? '';
          }
        } catch {
          /* storage blocked on the host too: nothing to restore */
        }
        post('restore', { items });
        post('theme', { color: cfg.color });
        if (identity) post('identify', identity);
        post(isOpen ? 'open' : 'close');
        break;
      }
      case 'persist': {
        const { key, value } = msg.payload;
        if (!key.startsWith(prefix) || key === openKey) break; // the frame only gets its own keys
        try {
          if (value === null) ls?.removeItem(key);
          else ls?.setItem(key, value);
        } catch {
          /* storage full or blocked */
        }
        break;
      }
      case 'close':
        setOpen(false);
        launcher.focus();
        break;
      case 'unread':
        setUnread(msg.payload.count);
        break;
      case 'warn': // the frame checks what identify() gave (zod is too big for the loader); the site owner reads it here
        console.warn('[baton] ' + msg.payload.message);
        break;
      case 'state':
        try {
          if (msg.payload.hasOpenConversation) ls?.setItem(openKey, '1');
          else ls?.removeItem(openKey);
        } catch {
          /* storage full or blocked: the frame will simply load on first open */
        }
        break;
    }
  });

  // Another tab started a conversation: load the frame here too so its messages reach this page.
  window.addEventListener('storage', (event) => {
    if (event.key === openKey && event.newValue === '1') ensureFrame();
  });

  const api: BatonApi = (command, arg, fn) => {
    if (command === 'open') setOpen(true);
    else if (command === 'close') setOpen(false);
    else if (command === 'toggle') setOpen(!isOpen);
    else if (command === 'identify' && typeof arg === 'object' && arg) {
      identity = arg;
      post('identify', arg);
    } else if (command === 'on' && arg === 'unread' && typeof fn === 'function') listeners.push(fn as Listener);
    else console.warn('[baton] unknown command', command);
  };
  api.loaded = 1;
  window.Baton = api;

  // Pages that swap the whole <body> (Turbo Drive, pjax, Barba) took the launcher and the chat with it, for good: the
  // same host goes back into the new body. Its frame reloads (a detached iframe loses its document) and resumes from
  // the server and from what we keep for it; until it says 'ready' again nothing is posted to it.
  const keepMounted = (): void => {
    const body = document.body;
    if (!body) return;
    if (!host.isConnected) {
      document.getElementById(host.id)?.remove(); // a shadowless copy of us in a body the page cloned (Turbo's cache)
      ready = false;
      body.appendChild(host);
    }
    raise();
    watcher.observe(body, { childList: true }); // the current body's children only: cheap
  };
  // Above the whole page whatever its z-indexes and the order of its elements: the browser's top layer, as a manual
  // popover (no light dismiss). At the same highest z-index an element added after ours, a late cookie banner, painted
  // over the launcher. Leaving the document closes a popover, so every remount opens it again. Without the Popover API
  // (older browsers) the z-index alone, as before; `:host{all:initial}` overrides the browser's popover box styles.
  function raise(): void {
    if (typeof host.showPopover !== 'function') return;
    try {
      if (host.popover !== 'manual') host.popover = 'manual';
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      /* not in a document (yet) */
    }
  }
  const watcher = new MutationObserver(keepMounted);

  const mount = (): void => {
    keepMounted();
    watcher.observe(document.documentElement, { childList: true });
    if (ls?.getItem(openKey) === '1') ensureFrame();
    // Only with a conversation going: a visitor who just looked at the launcher does not get the panel on every page.
    if (ss?.getItem(shownKey) === '1' && ls?.getItem(openKey) === '1') setOpen(true);
    for (const args of previous?.q ?? []) api(...(Array.from(args) as [string, unknown?, unknown?]));
  };
  // No launcher on a page the site does not allow (it would open onto a browser error); the owner reads why here.
  void embedAllowed(cfg.origin, cfg.site).then((allowed) => {
    if (!allowed) return;
    if (document.body) mount();
    else document.addEventListener('DOMContentLoaded', mount);
  });
}

/**
 * Our CSS as a constructed stylesheet: a page whose Content-Security-Policy has no 'unsafe-inline' style-src blocks a
 * <style> element (the launcher was an unstyled button in the page's flow), not an adopted sheet. Where constructed
 * sheets are missing, the <style> element. Styles set through CSSOM (element.style) are allowed either way.
 */
function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

/** Asks Baton whether this page may show the chat; a network failure is no refusal (the frame retries). */
async function embedAllowed(origin: string, site: string): Promise<boolean> {
  try {
    const res = await fetch(`${origin}/widget/embed?site=${encodeURIComponent(site)}`, { credentials: 'omit' });
    if (res.ok) return true;
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    console.error(`[baton] the chat is not shown: ${body?.error?.message ?? `HTTP ${res.status}`}`);
    return res.status !== 403 && res.status !== 404;
  } catch {
    return true;
  }
}

start();
