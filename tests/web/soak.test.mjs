// The browser soak: CROSSROADS_SOAK_SECONDS (default 60) of seeded random input over every
// view with the page's real mouse and keyboard: clicks on the controls the app reports,
// drags, wheel, keys, filter typing, quiz answers, window sizes. After a warm-up the
// wasm memory must not grow and malloc's heap top must stay within 1 MB of its warm-up
// peak; no console error or page error may appear; the app must still answer state().
// CROSSROADS_SOAK_SEED picks another sequence; CROSSROADS_SOAK_TRACE=1 prints the heap top.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, state, rects, frames } from './lib.mjs';

const seconds = Number(process.env.CROSSROADS_SOAK_SECONDS || 60);
const warmupSeconds = Math.min(15, seconds / 4);
const maxHeapGrowth = 1024 * 1024;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// mulberry32: a seeded generator, so a failing run can be replayed.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sizes = [[1280, 800], [360, 640], [768, 1024], [1920, 1080]];
const keys = ['Tab', 'Shift+Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Shift+ArrowRight', 'Control+ArrowDown',
  'Enter', 'Space', 'Escape', 'Backspace', '+', '-', '0', 'h', 't', '1', '3', '5'];
const centre = (r) => [r.x + r.w / 2, r.y + r.h / 2];

// One random action, weighted toward what finds faults: a click, drag, wheel, key, typing,
// a view change, a resize or a hover, then two frames.
async function step(page, random, count) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const all = await rects(page);
  const ids = Object.keys(all);
  const viewport = page.viewportSize();
  const anywhere = [random() * viewport.width, random() * viewport.height];
  const p = random();
  if (p < 0.40 && ids.length) {
    // Quiz controls get extra weight so that attempts are finished and retried.
    const quiz = ids.filter((id) => id.startsWith('quiz.'));
    const [x, y] = centre(all[quiz.length && random() < 0.7 ? pick(quiz) : pick(ids)]);
    await page.mouse.click(x, y);
    count('click');
  } else if (p < 0.52) {
    const [x, y] = ids.length && random() < 0.7 ? centre(all[pick(ids)]) : anywhere;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (random() - 0.5) * 400, y + (random() - 0.5) * 300, { steps: 2 + Math.floor(random() * 8) });
    await page.mouse.up();
    count('drag');
  } else if (p < 0.60) {
    await page.mouse.move(...anywhere);
    await page.mouse.wheel(0, random() < 0.5 ? 120 : -120);
    count('wheel');
  } else if (p < 0.75) {
    // Keys reach the app only while the canvas has focus (Tab may have left it).
    await page.focus('#canvas');
    await page.keyboard.press(pick(keys));
    count('key');
  } else if (p < 0.82) {
    if (all['compare.filter']) await page.mouse.click(...centre(all['compare.filter']));
    else await page.focus('#canvas');
    let text = '';
    for (let i = 1 + Math.floor(random() * 6); i > 0; i--) text += pick('abcdefghijklmnopqrstuvwxyz lead');
    await page.keyboard.type(text);
    if ((await state(page)).compare.filter.length > 30) for (let i = 0; i < 10; i++) await page.keyboard.press('Backspace');
    count('type');
  } else if (p < 0.90) {
    const tab = all[pick(['tab.compare', 'tab.ladder', 'tab.quiz'])];
    if (tab) await page.mouse.click(...centre(tab));
    count('view');
  } else if (p < 0.93) {
    const [width, height] = pick(sizes);
    await page.setViewportSize({ width, height });
    count('resize');
  } else {
    await page.mouse.move(...anywhere, { steps: 3 });
    count('hover');
  }
  await frames(page, 2);
}

// Every view at every size, and the About box, so that each buffer has met its largest use
// before the heap is watched.
async function tour(page) {
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await frames(page, 2);
    for (const id of ['tab.compare', 'tab.ladder', 'tab.quiz', 'about.open']) {
      const r = (await rects(page))[id];
      if (r) await page.mouse.click(...centre(r));
      await frames(page, 3);
      if (id === 'about.open') { await page.keyboard.press('Escape'); await frames(page, 2); }
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test(`browser soak: ${seconds} s of random input over every view`, { timeout: (seconds + 120) * 1000 }, async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const random = generator(Number(process.env.CROSSROADS_SOAK_SEED || 7));
  const counts = {};
  const seen = new Set();
  const count = (what) => { counts[what] = (counts[what] || 0) + 1; };

  const memory = () => page.evaluate(() => window.crossroads.memory());
  // Warm-up: first the tour, then random input.
  await tour(page);
  const start = Date.now();
  let warm = null;
  const peak = { heapTop: 0, wasmBytes: 0 };
  while (Date.now() - start < seconds * 1000) {
    await step(page, random, count);
    const s = await state(page);
    seen.add(s.view === 'quiz' ? `quiz.${s.quiz.active}` : s.view);
    const m = await memory();
    if (process.env.CROSSROADS_SOAK_TRACE) console.log(`# ${Math.round((Date.now() - start) / 1000)} s heap top ${m.heapTop}`);
    assert.ok(m.heapTop > 0 && m.heapTop <= m.wasmBytes, `a plausible heap top (${JSON.stringify(m)})`);
    if (warm === null) {
      peak.heapTop = Math.max(peak.heapTop, m.heapTop);
      peak.wasmBytes = Math.max(peak.wasmBytes, m.wasmBytes);
      if (Date.now() - start >= warmupSeconds * 1000) warm = { ...peak, after: { heapTop: 0, wasmBytes: 0 } };
    } else {
      warm.after.heapTop = Math.max(warm.after.heapTop, m.heapTop);
      warm.after.wasmBytes = Math.max(warm.after.wasmBytes, m.wasmBytes);
    }
  }
  const final = await state(page);
  console.log(`# browser soak: ${seconds} s, ${JSON.stringify(counts)}, views ${[...seen].sort().join(' ')}, ` +
    `host events ${final.events}, knowledge attempt ${final.quiz.knowledge?.attempt ?? '?'}, ` +
    `heap top ${warm.heapTop} -> ${warm.after.heapTop} bytes, wasm memory ${warm.wasmBytes} -> ${warm.after.wasmBytes} bytes`);

  assert.deepEqual(errors, [], 'no console error or page error');
  assert.equal(await page.isVisible('#failure'), false, 'no failure page');
  assert.equal(typeof final.frame, 'number', 'the app still answers state()');
  for (const view of ['compare', 'ladder', 'quiz.fit', 'quiz.knowledge']) assert.ok(seen.has(view), `the ${view} view was used`);
  assert.ok(final.events > 0, 'quiz answers were given');
  assert.ok(warm.after.wasmBytes <= warm.wasmBytes, `wasm memory grew after the warm-up: ${warm.wasmBytes} -> ${warm.after.wasmBytes}`);
  assert.ok(warm.after.heapTop - warm.heapTop <= maxHeapGrowth,
    `the heap grew by ${warm.after.heapTop - warm.heapTop} bytes after the warm-up (limit ${maxHeapGrowth})`);
  await context.close();
});
