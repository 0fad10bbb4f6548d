// The Compare view in the browser, driven by real mouse and keyboard events at the
// rectangles the app reports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, state, rects, clickRect, frames, screenshot, colourStats } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page loads without console errors and draws the Compare view', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const s = await state(page);
  assert.equal(s.view, 'compare');
  assert.equal(s.theme, 'light');
  assert.equal(s.content.ok, true);
  assert.equal(s.compare.visibleRows, 9);
  const r = await rects(page);
  for (const id of ['tab.compare', 'compare.filter', 'compare.differencesOnly', 'theme.toggle', 'about.open']) {
    assert.ok(r[id] && r[id].w > 0 && r[id].h > 0, `rectangle ${id}`);
  }
  const { png } = await screenshot(page, 'web-compare-light.png');
  const stats = colourStats(png);
  assert.ok(stats.colours > 50, `the canvas shows a real picture (${stats.colours} colours)`);
  assert.ok(stats.topShare < 0.9, `not one flat colour (${stats.topShare})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking "differences only" flips the state and hides shared items', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const before = await state(page);
  assert.equal(before.compare.differencesOnly, false);
  await clickRect(page, 'compare.differencesOnly');
  const after = await state(page);
  assert.equal(after.compare.differencesOnly, true);
  assert.ok(after.compare.visibleItems < before.compare.visibleItems);
  await clickRect(page, 'compare.differencesOnly');
  assert.equal((await state(page)).compare.differencesOnly, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing in the filter narrows what is shown', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const all = (await state(page)).compare.visibleItems;
  await clickRect(page, 'compare.filter');
  await page.keyboard.type('budget');
  // A key pressed and released within one frame is seen over two (ImGui needs both), so
  // fast typing is taken a key a frame: wait for all of it.
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().compare.filter === 'budget'; });
  await frames(page);
  const s = await state(page);
  assert.equal(s.compare.filter, 'budget');
  assert.ok(s.compare.visibleItems > 0 && s.compare.visibleItems < all, `${s.compare.visibleItems} of ${all}`);
  await screenshot(page, 'web-compare-filter.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark theme and a phone-sized screen at devicePixelRatio 2', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 360, height: 640, dpr: 2 });
  await clickRect(page, 'theme.toggle');
  const s = await state(page);
  assert.equal(s.theme, 'dark');
  assert.equal(s.compare.stacked, true);
  const r = await rects(page);
  for (const [id, box] of Object.entries(r)) assert.ok(box.x >= 0 && box.x + box.w <= 360.5, `${id} inside 360 px`);
  const { png } = await screenshot(page, 'web-compare-dark-phone-dpr2.png');
  assert.equal(png.width, 720); // the screenshot is in device pixels
  assert.deepEqual(errors, []);
  await context.close();
});
