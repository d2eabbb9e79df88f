// Plain CSS for the shadow root: host-page styles cannot reach in, and ours cannot leak out.
// Launcher and frame sit at the highest z-index there is (cookie banners use it too: at 2147483000 one covered the
// send button); on a tie the later element paints on top, so the frame (after the launcher) stays above it.
export const css = `
:host{all:initial}
.l{position:fixed;bottom:20px;right:20px;z-index:2147483647;width:56px;height:56px;border-radius:50%;border:0;padding:0;background:var(--c);color:#fff;cursor:pointer;box-shadow:0 6px 20px rgba(0,0,0,.22);display:flex;align-items:center;justify-content:center;transition:transform .15s}
.l:hover{transform:scale(1.06)}
.l:focus-visible{outline:3px solid var(--c);outline-offset:3px}
.l svg{width:26px;height:26px;fill:currentColor}
.x,.o .i{display:none}.o .x{display:block}
.b{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 6px;box-sizing:border-box;border-radius:10px;background:#e11d48;color:#fff;font:600 12px/20px system-ui,sans-serif;text-align:center}
.b[hidden]{display:none}
iframe{position:fixed;bottom:88px;right:20px;z-index:2147483647;width:380px;height:600px;max-width:calc(100vw - 40px);max-height:calc(100vh - 108px);border:0;border-radius:16px;box-shadow:0 12px 48px rgba(0,0,0,.25);background:#fff;transition:opacity .2s,transform .2s,visibility .2s}
iframe.h{visibility:hidden;opacity:0;transform:translateY(12px);pointer-events:none}
.left .l,.left iframe{right:auto;left:20px}
@media (max-width:480px){iframe{inset:0;width:100%;height:100%;max-width:none;max-height:none;border-radius:0}.o .l{display:none}}
`;
