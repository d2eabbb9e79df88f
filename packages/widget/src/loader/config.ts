/** What the host page told us through the script tag's data-* attributes. */
export interface LoaderConfig {
  site: string;
  /** Origin that serves widget.js and the frame; the only origin we talk to. */
  origin: string;
  left: boolean;
  color: string;
}

const DEFAULT_COLOR = '#4f46e5';

export function readConfig(): LoaderConfig | null {
  const script =
    (document.currentScript as HTMLScriptElement | null)?.dataset.site !== undefined
      ? (document.currentScript as HTMLScriptElement)
      : document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-site]');
  const site = script?.dataset.site;
  if (!script || !site) return null;
  const color = script.dataset.color;
  return {
    site,
    origin: new URL(script.src, location.href).origin,
    left: script.dataset.position === 'left',
    color: color && CSS.supports('color', color) ? color : DEFAULT_COLOR,
  };
}

export function frameUrl(cfg: LoaderConfig): string {
  return `${cfg.origin}/widget/frame?site=${encodeURIComponent(cfg.site)}&host=${encodeURIComponent(location.origin)}`;
}
