// The web page as users meet it: idle when idle, resizing, crisp at any pixel ratio,
// touch, remembered across reloads (and safe with broken stored data), URL parameters,
// failure pages, the clipboard, and the wheel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, ready, state, rects, clickRect, frames, asleep, animationFrames, screenshot, colourStats } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const KEY = 'crossroads:session:v1';

test('idle: no frames drawn while nobody touches it; input wakes it at once', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await page.mouse.move(300, 300);
  await asleep(page);
  // 180 of the browser's frames (3 s at 60 Hz): an awake loop would draw as many.
  const a = await page.evaluate(() => window.crossroads.state().frame);
  await animationFrames(page, 180);
  const b = await page.evaluate(() => window.crossroads.state().frame);
  assert.ok(b - a <= 3, `at most one frame a second while idle (drew ${b - a} while the browser drew 180)`);
  await page.mouse.move(320, 340);
  await page.waitForFunction((f) => window.crossroads.state().frame > f, b, { timeout: 2000 });
  const r = (await rects(page))['compare.differencesOnly'];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2); // the first click after sleeping counts
  await page.waitForFunction(() => window.crossroads.state().compare.differencesOnly === true, null, { timeout: 2000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas follows a resized viewport and an iframe host', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await page.setViewportSize({ width: 420, height: 700 });
  await frames(page, 4);
  assert.equal((await state(page)).compare.stacked, true, 'narrow: roles stacked');
  const tab = (await rects(page))['tab.compare'];
  assert.ok(tab.x + tab.w <= 420);
  await page.setViewportSize({ width: 1600, height: 900 });
  await frames(page, 4);
  assert.equal((await state(page)).compare.stacked, false);
  await context.close();
  assert.deepEqual(errors, []);

  // In an iframe whose size the host changes.
  const host = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const hp = await host.newPage();
  await hp.goto(server.url + 'fixtures/host.html');
  const frame = await (await hp.waitForSelector('iframe')).contentFrame();
  await ready(frame);
  await hp.evaluate(() => { document.querySelector('iframe').style.width = '380px'; });
  await frame.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().compare.stacked === true; }, null, { timeout: 5000 });
  const canvasWidth = await frame.evaluate(() => document.getElementById('canvas').getBoundingClientRect().width);
  assert.ok(Math.abs(canvasWidth - 380) <= 2, `canvas ${canvasWidth} px in a 380 px iframe`);
  await host.close();
});

for (const dpr of [1, 1.5, 2, 3]) {
  test(`text is rasterised at devicePixelRatio ${dpr}`, async () => {
    const { context, page, errors } = await openApp(browser, server.url, { width: 800, height: 600, dpr });
    const s = await state(page);
    assert.equal(s.pixelRatio, dpr);
    const { png } = await screenshot(page, `web-dpr-${dpr}.png`);
    assert.equal(png.width, Math.round(800 * dpr));
    assert.ok(colourStats(png).colours > 50);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a change of pixel ratio rebuilds the fonts', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 800, height: 600, dpr: 1 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 2, mobile: false });
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().pixelRatio === 2; }, null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('touch: a finger drags a ladder card, targets grow, and no hover sticks', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 }, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  await page.goto(server.url + '?view=ladder');
  await ready(page);
  const cdp = await context.newCDPSession(page);
  const r = (await rects(page))['ladder.node.architect'];
  const before = (await state(page)).ladder.nodes.find((n) => n.id === 'architect');
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  const touch = (type, px, py) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }] });
  await touch('touchStart', x, y);
  for (let k = 1; k <= 6; k++) { await touch('touchMove', x - 10 * k, y + 8 * k); await frames(page, 1); }
  await touch('touchEnd');
  await frames(page, 4);
  const s = await state(page);
  const after = s.ladder.nodes.find((n) => n.id === 'architect');
  assert.ok(after.moved, 'the card moved');
  assert.ok(Math.abs(after.x - before.x - -60 / s.ladder.zoom) <= 10.01, `dx ${after.x - before.x}`);
  assert.equal(s.touch, true);
  const tab = (await rects(page))['tab.compare'];
  assert.ok(tab.h >= 44, `tab ${tab.h} px high on a touch screen`);
  await context.close();
});

test('touch: two fingers pinch the ladder to zoom', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(server.url + '?view=ladder');
  await ready(page);
  const cdp = await context.newCDPSession(page);
  const c = (await rects(page))['ladder.canvas'];
  const cx = c.x + c.w / 2, cy = c.y + c.h / 2;
  const z0 = (await state(page)).ladder.zoom;
  const points = (d) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(40) });
  for (let d = 50; d <= 160; d += 10) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
    await frames(page, 1);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames(page, 4);
  const s = await state(page);
  assert.ok(s.ladder.zoom > z0 * 1.1, `zoom ${z0} -> ${s.ladder.zoom}`);
  assert.ok(!s.ladder.nodes.some((n) => n.moved), 'no card was dragged by the fingers');
  await context.close();
});

test('the session survives a reload; the fragment follows the view', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await clickRect(page, 'compare.differencesOnly');
  await clickRect(page, 'tab.ladder');
  await clickRect(page, 'ladder.node.cto');
  await frames(page, 8);
  assert.match(page.url(), /#view=ladder$/);
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.version, 1);
  await page.reload();
  await ready(page);
  const s = await state(page);
  assert.equal(s.view, 'ladder');
  assert.equal(s.compare.differencesOnly, true);
  assert.equal(s.ladder.selected, 'cto');
  assert.equal(s.notice, '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back and Forward move between views; an edited fragment switches the view', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const view = async () => (await state(page)).view;
  const start = await page.evaluate(() => history.length);
  await clickRect(page, 'tab.ladder');
  await clickRect(page, 'tab.quiz');
  await page.waitForFunction(() => location.hash === '#view=quiz&quiz=fit');
  assert.equal(await page.evaluate(() => history.length), start + 2, 'one entry per view chosen');
  await page.goBack();
  await page.waitForFunction(() => window.crossroads.state().view === 'ladder');
  await page.goBack();
  await page.waitForFunction(() => window.crossroads.state().view === 'compare');
  assert.match(page.url(), /#view=compare$/);
  await page.goForward();
  await page.waitForFunction(() => window.crossroads.state().view === 'ladder');
  await page.evaluate(() => { location.hash = '#view=quiz&quiz=knowledge'; });
  await page.waitForFunction(() => window.crossroads.state().view === 'quiz');
  assert.equal((await state(page)).quiz.active, 'knowledge');
  // A fragment that names nothing valid leaves the view and gets the view's own back.
  await page.evaluate(() => { location.hash = '#view=garden'; });
  await page.waitForFunction(() => location.hash === '#view=quiz&quiz=knowledge');
  assert.equal(await view(), 'quiz');
  await page.reload();
  await ready(page);
  assert.equal(await view(), 'quiz', 'reload keeps the view');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded, a view change replaces the history entry: the host page keeps its Back', async () => {
  const { context, page } = await openApp(browser, server.url, { query: '?embed=1' });
  const start = await page.evaluate(() => history.length);
  await clickRect(page, 'tab.ladder');
  await clickRect(page, 'tab.quiz');
  await page.waitForFunction(() => location.hash === '#view=quiz&quiz=fit');
  assert.equal(await page.evaluate(() => history.length), start);
  await context.close();
});

test('two tabs: neither undoes the other, and each keeps its own view', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const one = await context.newPage();
  const two = await context.newPage();
  for (const p of [one, two]) { await p.goto(server.url); await ready(p); }
  const stored = (p) => p.evaluate((k) => JSON.parse(localStorage.getItem(k) || '{}'), KEY);
  await clickRect(one, 'compare.differencesOnly');
  await one.waitForFunction((k) => JSON.parse(localStorage.getItem(k) || '{}').compare?.differencesOnly === true, KEY);
  // The second tab, opened before, hears of it and keeps it when it saves its own change.
  await two.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().compare.differencesOnly === true; });
  await clickRect(two, 'tab.ladder');
  await clickRect(two, 'theme.toggle');
  await two.waitForFunction((k) => JSON.parse(localStorage.getItem(k) || '{}').theme === 'dark', KEY);
  assert.equal((await stored(two)).compare.differencesOnly, true, 'the first tab\'s choice survived the second tab\'s save');
  // The first tab takes the theme and stays on its own view.
  await one.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().theme === 'dark'; });
  assert.equal((await state(one)).view, 'compare');
  assert.equal((await state(two)).view, 'ladder');
  // Both changes survive a reload of either tab.
  for (const p of [one, two]) {
    await p.reload();
    await ready(p);
    const s = await state(p);
    assert.equal(s.compare.differencesOnly, true);
    assert.equal(s.theme, 'dark');
  }
  await context.close();
});

const broken = {
  'not JSON': '{"version": 1, "view": ',
  'another version': '{"version": 7, "view": "quiz"}',
  'a wrong type': '{"version": 1, "ladder": {"zoom": "huge"}}',
  'over the size limit': JSON.stringify({ version: 1, compare: { filter: 'x'.repeat(300 * 1024) } }),
};
for (const [name, value] of Object.entries(broken)) {
  test(`a stored session that is ${name} is kept aside and the app starts clean`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [KEY, value]);
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(server.url);
    await ready(page);
    const s = await state(page);
    assert.equal(s.view, 'compare');
    assert.match(s.notice, /could not be read/);
    assert.doesNotMatch(s.notice, /crossroads:/, 'the notice speaks to the learner, not in storage keys');
    assert.ok((await rects(page))['notice'], 'the notice is shown');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k + ':backup'), KEY), value, 'nothing thrown away');
    assert.ok(warnings.some((w) => w.includes('could not be read')));
    await clickRect(page, 'notice.close');
    assert.equal((await state(page)).notice, '');
    await context.close();
  });
}

test('URL parameters choose view, quiz, theme and seed; bad ones only warn', async () => {
  let { context, page, errors } = await openApp(browser, server.url, { query: '?view=quiz&quiz=knowledge&theme=dark&seed=5' });
  let s = await state(page);
  assert.equal(s.view, 'quiz');
  assert.equal(s.quiz.active, 'knowledge');
  assert.equal(s.theme, 'dark');
  assert.equal(s.quiz.knowledge.seed, 5);
  assert.deepEqual(errors, []);
  await context.close();

  const ctx = await browser.newContext({ colorScheme: 'dark' });
  const p2 = await ctx.newPage();
  const warnings = [];
  p2.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await p2.goto(server.url + '?theme=auto&view=garden&bogus=1#view=ladder');
  await ready(p2);
  s = await state(p2);
  assert.equal(s.theme, 'dark', 'auto follows prefers-color-scheme');
  assert.equal(s.themeFollowsSystem, true);
  assert.equal(s.view, 'ladder', 'the fragment opens the view it names');
  assert.ok(warnings.some((w) => w.includes('"view"')) && warnings.some((w) => w.includes('"bogus"')), warnings.join('\n'));
  await p2.emulateMedia({ colorScheme: 'light' });
  await p2.waitForFunction(() => window.crossroads.state().theme === 'light', null, { timeout: 3000 });
  await ctx.close();
});

test('content= loads an author\'s file from this site', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?content=fixtures/three-roles.json' });
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().content.name === 'fixtures/three-roles.json'; });
  await frames(page, 4); // rects() describe the last drawn frame: draw the new content first
  const s = await state(page);
  assert.equal(s.content.ok, true);
  assert.ok((await rects(page))['compare.role.staff']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the second shipped content file draws: fewer rows, one quiz', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?content=content/em-vs-tl-short.json&view=quiz' });
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().content.name === 'content/em-vs-tl-short.json'; });
  await frames(page, 4);
  const s = await state(page);
  assert.equal(s.content.ok, true);
  assert.equal(s.quiz.active, 'knowledge', 'the only quiz of this file');
  assert.equal(s.quiz.knowledge.total, 5);
  assert.equal(s.quiz.fit, undefined);
  await clickRect(page, 'tab.compare');
  assert.equal((await state(page)).compare.visibleRows, 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('failure pages: no WebGL2, the wasm does not arrive, content missing or invalid', async () => {
  // No WebGL2: a message in HTML, not a blank canvas.
  let context = await browser.newContext();
  await context.addInitScript(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : get.call(this, kind, ...rest); };
  });
  let page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-title'), /cannot draw/);
  await screenshot(page, 'web-failure-no-webgl2.png');
  await context.close();

  // The driver refuses the shaders (checked after the first frame, not while starting):
  // said in HTML, with the driver's reason.
  context = await browser.newContext();
  await context.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const param = proto.getProgramParameter;
    proto.getProgramParameter = function (program, name) { return name === this.LINK_STATUS ? false : param.call(this, program, name); };
    proto.getProgramInfoLog = function () { return 'ERROR: test driver says no'; };
  });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-title'), /cannot draw/);
  assert.match(await page.textContent('#failure-text'), /test driver says no/);
  await context.close();

  // The wasm request fails: a message with a retry button.
  context = await browser.newContext();
  page = await context.newPage();
  await page.route('**/crossroads.wasm', (route) => route.abort());
  await page.goto(server.url);
  await page.waitForSelector('#failure:not([hidden])', { timeout: 15000 });
  assert.equal(await page.isVisible('#failure-retry'), true);
  await context.close();

  // The content file is missing: retry or continue with the default content.
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.url + '?content=fixtures/nope.json');
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-text'), /404/);
  await page.click('#failure-fallback');
  await ready(page);
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().content.ok === true; });
  await context.close();

  // Invalid content: the list of problems, with paths.
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.url + '?content=fixtures/broken.json');
  await page.waitForSelector('#failure-list:not([hidden])');
  const items = await page.$$eval('#failure-list li', (li) => li.map((x) => x.textContent));
  assert.ok(items.some((t) => t.startsWith('roles[1].name:')), items.join('\n'));
  await screenshot(page, 'web-failure-invalid-content.png');
  await context.close();

  // Content from another site: refused, and the page says why, with the default content a click away.
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.url + '?content=https://elsewhere.example/course.json');
  await page.waitForSelector('#failure-list:not([hidden])');
  assert.match(await page.textContent('#failure-list'), /another site/);
  assert.match(await page.textContent('#failure-text'), /elsewhere\.example/);
  await page.click('#failure-fallback');
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().content.ok === true; });
  await context.close();
});

test('a lost WebGL context is explained, and when it comes back the app redraws with nothing lost', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await clickRect(page, 'compare.differencesOnly');
  assert.equal((await state(page)).compare.differencesOnly, true);
  const before = await screenshot(page, 'context-before.png');
  await page.evaluate(() => {
    window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  await page.waitForSelector('#failure:not([hidden])');
  assert.equal(await page.textContent('#failure-title'), 'The graphics context was lost');
  assert.match(await page.textContent('#failure-text'), /carries on by itself/);
  assert.ok(await page.isVisible('#failure-retry'), 'a reload button, in case it never comes back');
  // The progress was saved when the context went.
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(saved.compare.differencesOnly, true);

  const frame = (await state(page)).frame;
  await page.evaluate(() => window.loseContext.restoreContext());
  await page.waitForSelector('#failure', { state: 'hidden' });
  await page.waitForFunction((f) => window.crossroads.state().frame > f, frame, { timeout: 5000 });
  await frames(page, 3);
  const after = await screenshot(page, 'context-restored.png');
  // The same picture as before the loss: program, buffers and font texture made again.
  let differing = 0;
  for (let i = 0; i < before.png.data.length; i += 4)
    if (before.png.data.readUInt32LE(i) !== after.png.data.readUInt32LE(i)) differing++;
  assert.ok(differing < before.png.data.length / 4 / 1000, `${differing} pixels differ from before the loss`);
  assert.ok(colourStats(after.png).colours > 50, 'the canvas is drawn, not blank');
  assert.equal((await state(page)).compare.differencesOnly, true);
  // Still alive: input works after the restore.
  await clickRect(page, 'compare.differencesOnly');
  assert.equal((await state(page)).compare.differencesOnly, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy as Markdown reaches the system clipboard', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await clickRect(page, 'compare.copyMarkdown');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('| | Engineering Manager | Tech Lead |'), null, { timeout: 5000 });
  assert.match((await state(page)).toast, /Copied/);
  await context.close();
});

test('keys reach the app only while its canvas has focus', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + 'fixtures/host.html');
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await ready(frame);
  await page.click('#host-input');
  await page.keyboard.type('budget');
  assert.equal(await page.inputValue('#host-input'), 'budget', 'the host page keeps its keyboard');
  // Frames drawn after the typing: keys that reached the app would be in the filter by now.
  await frames(frame, 4);
  assert.equal(await frame.evaluate(() => window.crossroads.state().compare.filter), '');
  await clickRect(page, 'compare.filter', { frame });
  await page.keyboard.type('hire');
  await frame.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().compare.filter === 'hire'; }, null, { timeout: 5000 });
  assert.equal(await page.inputValue('#host-input'), 'budget');
  await context.close();
});

test('the wheel scrolls the host page where the app has nothing to scroll', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + 'fixtures/host.html');
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await ready(frame);
  const box = await (await page.$('iframe')).boundingBox();
  const before = await page.evaluate(() => window.scrollY);
  const handed = (await state(frame)).wheelToPage;
  await page.mouse.move(box.x + box.width / 2, box.y + 20); // over the top bar: nothing there scrolls
  await page.mouse.wheel(0, 400);
  // The app's own signal that it left this wheel to the page, then the page's scroll.
  await frame.waitForFunction((n) => window.crossroads.state().wheelToPage > n, handed);
  await page.waitForFunction((y) => window.scrollY > y, before);
  await context.close();
});

test('the wheel scrolls by its delta: a trackpad\'s small steps and a long flick alike', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { width: 1000, height: 700 });
  const top = async () => (await rects(page))['compare.filter'].y;
  await page.mouse.move(500, 400);
  const wheel = async (dy) => {
    const a = await top();
    await page.mouse.wheel(0, dy);
    await page.waitForFunction((y) => window.crossroads.rects()['compare.filter'].y !== y, a, { polling: 50 });
    await frames(page, 2);
    return a - (await top());
  };
  for (let i = 0; i < 4; i++) assert.ok(Math.abs((await wheel(5)) - 5) <= 1, 'a 5 px step moves 5 px');
  assert.ok(Math.abs((await wheel(100)) - 100) <= 1, 'a 100 px step moves 100 px');
  assert.ok(Math.abs((await wheel(600)) - 600) <= 1, 'a 600 px flick moves 600 px');
  assert.ok(Math.abs((await wheel(-300)) + 300) <= 1, 'and back up');
  assert.deepEqual(errors, []);
  await context.close();
});
