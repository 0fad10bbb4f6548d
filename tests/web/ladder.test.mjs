// The Career ladder in the browser: real mouse events at the rectangles the app reports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, state, rects, clickRect, frames, screenshot } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openLadder(options) {
  const app = await openApp(browser, server.url, options);
  await clickRect(app.page, 'tab.ladder');
  assert.equal((await state(app.page)).view, 'ladder');
  return app;
}

const node = (s, id) => s.ladder.nodes.find((n) => n.id === id);

test('dragging a card moves it by the dragged distance; reset puts it back', async () => {
  const { context, page, errors } = await openLadder();
  const before = await state(page);
  const zoom = before.ladder.zoom;
  const r = (await rects(page))['ladder.node.architect'];
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 120, y + 80, { steps: 8 });
  await page.mouse.up();
  await frames(page);
  const after = await state(page);
  const dx = node(after, 'architect').x - node(before, 'architect').x;
  const dy = node(after, 'architect').y - node(before, 'architect').y;
  // Snapping to the 20-unit grid moves it by at most 10 units from the pointer.
  assert.ok(Math.abs(dx - -120 / zoom) <= 10.01, `dx ${dx} at zoom ${zoom}: ${JSON.stringify(node(before, 'architect'))} -> ${JSON.stringify(node(after, 'architect'))} rect ${JSON.stringify(r)} ${JSON.stringify(before.ladder)}`);
  assert.ok(Math.abs(dy - 80 / zoom) <= 10.01, `dy ${dy}`);
  assert.equal(node(after, 'architect').moved, true);
  assert.equal(after.ladder.selected, '', 'a drag does not select');
  await clickRect(page, 'ladder.reset');
  const reset = await state(page);
  assert.equal(node(reset, 'architect').x, node(before, 'architect').x);
  assert.equal(node(reset, 'architect').y, node(before, 'architect').y);
  assert.deepEqual(errors, []);
  await context.close();
});

test('zoom with the buttons and the wheel; fit restores', async () => {
  const { context, page, errors } = await openLadder();
  const z0 = (await state(page)).ladder.zoom;
  await clickRect(page, 'ladder.zoomIn');
  const z1 = (await state(page)).ladder.zoom;
  assert.ok(z1 > z0, `${z1} > ${z0}`);
  await clickRect(page, 'ladder.zoomOut');
  await clickRect(page, 'ladder.zoomOut');
  assert.ok((await state(page)).ladder.zoom < z1);
  const c = (await rects(page))['ladder.canvas'];
  await page.mouse.move(c.x + c.w / 2, c.y + c.h / 2);
  const zw = (await state(page)).ladder.zoom;
  await page.mouse.wheel(0, -300);
  await frames(page);
  assert.ok((await state(page)).ladder.zoom > zw, 'wheel up zooms in');
  await clickRect(page, 'ladder.fit');
  await frames(page);
  assert.equal((await state(page)).ladder.zoom, z0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('click a card for details, set you and target, and see the route', async () => {
  const { context, page, errors } = await openLadder();
  await clickRect(page, 'ladder.node.tl');
  assert.equal((await state(page)).ladder.selected, 'tl');
  await clickRect(page, 'ladder.setYou');
  await clickRect(page, 'ladder.node.vp');
  await clickRect(page, 'ladder.setTarget');
  const s = await state(page);
  assert.equal(s.ladder.you, 'tl');
  assert.equal(s.ladder.target, 'vp');
  assert.deepEqual(s.ladder.route, ['tl', 'em', 'director', 'vp']);
  await screenshot(page, 'web-ladder-route.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Show on ladder" from the Compare view', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await clickRect(page, 'compare.showOnLadder.em');
  const s = await state(page);
  assert.equal(s.view, 'ladder');
  assert.equal(s.ladder.selected, 'em');
  assert.deepEqual(s.ladder.route, ['engineer', 'em']);
  assert.deepEqual(errors, []);
  await context.close();
});
