import { startServer, launch, openApp, rects, frames, state } from './lib.mjs';
const server = await startServer(); const browser = await launch();
const { context, page } = await openApp(browser, server.url, { query: '?view=ladder' });
const r = await rects(page);
for (const [k, v] of Object.entries(r)) if (k.startsWith('ladder.node')) console.log(k, Math.round(v.x), Math.round(v.y), Math.round(v.w), Math.round(v.h));
const c = r['ladder.canvas']; console.log('canvas', JSON.stringify(c));
await page.mouse.click(c.x + 30, c.y + c.h - 30); await frames(page, 3);
const press = async (k) => { await page.keyboard.press(k); await frames(page, 3); const s = await state(page); const n = s.ladder.nodes.find((n) => n.id === s.ladder.selected); console.log(k, s.ladder.selected, n && Math.round(n.x), n && Math.round(n.y)); };
for (const k of ['ArrowUp', 'ArrowRight', 'ArrowUp', 'ArrowUp', 'Shift+ArrowLeft']) await press(k);
for (const start of ['engineer', 'em', 'director', 'tl', 'architect']) {
  for (const k of ['ArrowUp', 'ArrowRight', 'ArrowLeft', 'ArrowDown']) {
    await page.evaluate(() => 0);
  }
}
await browser.close(); await server.close();
