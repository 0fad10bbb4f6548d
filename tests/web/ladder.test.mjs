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

test('arrows select by the picture, Shift+arrow moves one step, a dropped card never hides another, panning never loses the ladder', async () => {
  const { context, page, errors } = await openLadder();
  const press = async (key) => { await page.keyboard.press(key); await frames(page, 3); return (await state(page)).ladder.selected; };
  // Found by a new user: click the empty canvas, then ↑ → ↑ ↑ selects the CTO, and
  // Shift+← threw it far away.
  const c = (await rects(page))['ladder.canvas'];
  await page.mouse.click(c.x + 30, c.y + c.h - 30);
  await frames(page, 3);
  assert.equal(await press('ArrowUp'), 'engineer', 'the first arrow starts at the first role');
  const above = await press('ArrowUp');
  assert.ok(['em', 'tl'].includes(above), `↑ from the engineer goes to the row just above, not ${above}`);
  const across = await press(above === 'em' ? 'ArrowRight' : 'ArrowLeft');
  assert.equal(across, above === 'em' ? 'tl' : 'em', 'across, not back down to the engineer');
  assert.equal(await press(across === 'tl' ? 'ArrowUp' : 'ArrowUp'), across === 'tl' ? 'architect' : 'director');
  await press('ArrowUp');
  const top = (await state(page)).ladder.selected;
  const before = node(await state(page), top);
  await press('Shift+ArrowLeft');
  const after = node(await state(page), top);
  assert.ok(Math.abs(after.x - (before.x - 20)) < 0.01 && after.y === before.y, `one grid step left: ${before.x} -> ${after.x}`);

  // Drop the architect right onto the CTO: it moves aside, and both stay visible.
  const r = await rects(page);
  const from = r['ladder.node.architect'], onto = r['ladder.node.cto'];
  await page.mouse.move(from.x + from.w / 2, from.y + from.h / 2);
  await page.mouse.down();
  await page.mouse.move(onto.x + onto.w / 2, onto.y + onto.h / 2, { steps: 8 });
  await page.mouse.up();
  await frames(page, 3);
  const r2 = await rects(page);
  const a = r2['ladder.node.architect'], b = r2['ladder.node.cto'];
  const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  assert.ok(!overlap, `the cards do not overlap: ${JSON.stringify(a)} ${JSON.stringify(b)}`);

  // Pan far away with the mouse on empty background: part of the ladder stays in view.
  const cards = Object.entries(r2).filter(([id]) => id.startsWith('ladder.node.')).map(([, v]) => v);
  const empty = (px, py) => !cards.some((v) => px > v.x - 8 && px < v.x + v.w + 8 && py > v.y - 8 && py < v.y + v.h + 8);
  let at = null;
  for (let py = c.y + 20; !at && py < c.y + c.h - 20; py += 10) for (let px = c.x + 20; !at && px < c.x + c.w - 20; px += 10) if (empty(px, py)) at = { x: px, y: py };
  for (let k = 0; k < 3; k++) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x - 1500, at.y - 1500, { steps: 10 });
    await page.mouse.up();
    await frames(page, 3);
  }
  const r3 = await rects(page);
  const visible = Object.entries(r3).filter(([id]) => id.startsWith('ladder.node.'))
    .some(([, v]) => v.x + v.w > c.x + 40 && v.x < c.x + c.w - 40 && v.y + v.h > c.y + 40 && v.y < c.y + c.h - 40);
  assert.ok(visible, 'a card is still in view after panning far');
  await screenshot(page, 'ladder-after-far-pan.png');
  assert.deepEqual(errors, []);
  await context.close();
});
