/** The demo host page: an ordinary shop page on another origin, embedding the widget with one script tag. */
import express from 'express';

export function scriptTag(publicUrl: string, siteKey: string): string {
  return `<script src="${publicUrl}/widget.js" data-site="${siteKey}" async></script>`;
}

/** A table lamp, inline: with no icon link the browser asks for /favicon.ico, a 404 on every load. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='7' fill='#8a5a2b'/><path d='M10 17h12l-3-9h-6zM15 17h2v6h-2zM11 23h10v2H11z' fill='#faf6f0'/></svg>",
)}`;

export function demoShopHtml(publicUrl: string, siteKey: string, shopName: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${FAVICON}">
<title>${shopName} — home goods, lighting and textiles</title>
<style>
  body { margin: 0; font-family: Georgia, 'Times New Roman', serif; color: #2b2521; background: #faf6f0; }
  header { padding: 24px 40px; border-bottom: 1px solid #e6dccf; display: flex; justify-content: space-between; align-items: baseline; }
  header h1 { margin: 0; font-size: 28px; letter-spacing: .5px; }
  nav a { margin-left: 20px; color: #6b5a4a; text-decoration: none; font-family: system-ui, sans-serif; font-size: 14px; }
  .hero { padding: 64px 40px; background: linear-gradient(120deg, #efe4d3, #f7efe3); }
  .hero h2 { font-size: 40px; margin: 0 0 12px; max-width: 640px; }
  .hero p { font-family: system-ui, sans-serif; max-width: 560px; line-height: 1.6; color: #5a4b3e; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 24px; padding: 40px; }
  .card { background: #fff; border: 1px solid #eadfd1; border-radius: 10px; padding: 20px; font-family: system-ui, sans-serif; }
  .swatch { height: 120px; border-radius: 6px; margin-bottom: 12px; }
  .price { color: #8a5a2b; font-weight: 600; }
  footer { padding: 24px 40px; font-family: system-ui, sans-serif; font-size: 13px; color: #8b7b6b; }
  /* Phones: nothing wider than the screen, or the browser zooms out and the chat launcher ends up off-screen. */
  @media (max-width: 600px) {
    header { flex-wrap: wrap; padding: 16px 20px; gap: 8px; }
    nav a { margin: 0 16px 0 0; }
    .hero { padding: 32px 20px; }
    .hero h2 { font-size: 28px; }
    .grid { padding: 20px; grid-template-columns: 1fr 1fr; gap: 12px; }
    footer { padding: 20px; }
  }
</style>
</head>
<body>
<header><h1>${shopName}</h1><nav><a href="#">Lighting</a><a href="#">Textiles</a><a href="#">Kitchen</a><a href="#">Help</a></nav></header>
<section class="hero"><h2>Warm light and soft linen for slow evenings.</h2>
<p>Hand-finished lamps, linen throws and table textiles. Questions about an order, a return or a product? Use the chat in the corner.</p></section>
<section class="grid">
  <div class="card"><div class="swatch" style="background:#d9b98c"></div><strong>Halden 3 table lamp</strong><p class="price">€89.00</p></div>
  <div class="card"><div class="swatch" style="background:#a7b59a"></div><strong>Sage linen throw</strong><p class="price">€64.00</p></div>
  <div class="card"><div class="swatch" style="background:#c99a86"></div><strong>Terracotta table runner</strong><p class="price">€29.00</p></div>
  <div class="card"><div class="swatch" style="background:#8fa4b8"></div><strong>Fenna pendant</strong><p class="price">€149.00</p></div>
</section>
<footer>${shopName} is a fictional shop used to demonstrate Baton.</footer>
${scriptTag(publicUrl, siteKey)}
</body>
</html>`;
}

export function demoShopApp(publicUrl: string, siteKey: string, shopName: string): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const html = demoShopHtml(publicUrl, siteKey, shopName);
  app.get('/', (_req, res) => {
    res.type('html').send(html);
  });
  return app;
}
