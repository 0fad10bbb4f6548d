// Keyboard only, in the browser: no mouse event is sent in these tests. The app is
// reached with Tab from the page, driven with Tab, Space, Enter, arrows and letters,
// and left with Tab again (WCAG 2.1.1, 2.1.2, 2.4.7, 2.5.7).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { answerWith, startServer, launch, openApp, state, rects, frames, screenshot } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Presses a key and waits until the app has drawn the frames that handle it.
async function press(page, key) {
  await page.keyboard.press(key);
  await frames(page, 3);
}

// Tabs until the focus ring is on `name`, as a keyboard user would.
async function tabTo(page, name) {
  for (let k = 0; k < 80; k++) {
    if ((await state(page)).focus === name) return;
    await press(page, 'Tab');
  }
  assert.fail(`Tab never reached ${name}; the focus is on "${(await state(page)).focus}"`);
}

// From the page's start: the first Tab lands on the "Text version" link, the second on the
// canvas and its first control.
async function enterApp(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await press(page, 'Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'text-link');
  await press(page, 'Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'canvas');
  assert.equal((await state(page)).focus, 'tab.compare');
}

test('Tab enters the canvas at its first control; Space toggles "differences only"', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await enterApp(page);
  await tabTo(page, 'compare.differencesOnly');
  await press(page, 'Space');
  assert.equal((await state(page)).compare.differencesOnly, true);
  await press(page, 'Enter');
  assert.equal((await state(page)).compare.differencesOnly, false);
  await press(page, 'Space');
  assert.equal((await state(page)).compare.differencesOnly, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('past the last control, Tab leaves the canvas; Shift+Tab comes back to the last one', async () => {
  const { context, page } = await openApp(browser, server.url);
  await enterApp(page);
  let last = '';
  // The app's text field types through its own <input>: the keyboard is still in the app there.
  const inApp = async () => ['canvas', 'text-input'].includes(await page.evaluate(() => document.activeElement?.id));
  let visitedInput = false;
  for (let k = 0; k < 80; k++) {
    await press(page, 'Tab');
    if (!(await inApp())) break;
    visitedInput ||= (await page.evaluate(() => document.activeElement?.id)) === 'text-input';
    last = (await state(page)).focus;
  }
  assert.ok(visitedInput, 'Tab went through the filter, which typed in its input');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'canvas', 'the keyboard is not trapped');
  assert.equal((await state(page)).focus, '', 'no ring while the canvas has no focus');
  await press(page, 'Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'canvas');
  assert.equal((await state(page)).focus, last);
  // And Shift+Tab from the first control leaves at the top.
  await tabTo(page, 'tab.compare');
  await press(page, 'Shift+Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'canvas');
  await context.close();
});

test('the ladder by keys: arrows select, H and T set a route, Shift+arrow moves a card', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await enterApp(page);
  await tabTo(page, 'tab.ladder');
  await press(page, 'Enter');
  assert.equal((await state(page)).view, 'ladder');
  await tabTo(page, 'ladder.canvas');
  await press(page, 'ArrowUp');
  const first = (await state(page)).ladder.selected;
  assert.ok(first, 'an arrow selects a role');
  await press(page, 'h');
  assert.equal((await state(page)).ladder.you, first);
  for (let k = 0; k < 3; k++) await press(page, 'ArrowUp');
  await press(page, 't');
  const s = await state(page);
  assert.notEqual(s.ladder.target, first);
  assert.equal(s.ladder.target, s.ladder.selected);
  assert.ok(s.ladder.route.length >= 2, `a route from ${first} to ${s.ladder.target}`);
  assert.equal(s.ladder.route[0], first);
  assert.equal(s.focus, 'ladder.canvas', 'the arrows stayed the ladder\'s');
  const node = (st) => st.ladder.nodes.find((n) => n.id === st.ladder.selected);
  await press(page, 'Shift+ArrowLeft');
  const moved = await state(page);
  assert.ok(node(moved).moved);
  assert.ok(node(moved).x < node(s).x);
  await screenshot(page, 'keyboard-ladder-light.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the knowledge check by keyboard alone: a passing score', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await enterApp(page);
  await tabTo(page, 'tab.quiz');
  await press(page, 'Enter');
  await tabTo(page, 'quiz.knowledge');
  await press(page, 'Space');
  await answerWith(() => state(page), {
    option: async (n) => { await tabTo(page, `quiz.option.${n}`); await press(page, 'Space'); },
    up: async (p) => { await tabTo(page, `quiz.orderUp.${p}`); await press(page, 'Space'); },
    go: async (id) => { await tabTo(page, id); await press(page, 'Enter'); }
  });
  const k = (await state(page)).quiz.knowledge;
  assert.equal(k.finished, true);
  assert.equal(k.success, true);
  assert.equal(k.score.percent, 100);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the focus ring is drawn in both themes, in the accent colour, where the focus is', async () => {
  const accent = { light: [0x24, 0x50, 0xc0], dark: [0x7d, 0xa4, 0xff] };
  for (const theme of ['light', 'dark']) {
    const { context, page } = await openApp(browser, server.url, { query: `?theme=${theme}` });
    await enterApp(page);
    await tabTo(page, 'compare.differencesOnly');
    const r = (await rects(page))['compare.differencesOnly'];
    // The ring runs 3 px outside the item: sample the middle of its top edge.
    const at = (png) => { const i = (Math.round(r.y - 3) * png.width + Math.round(r.x + r.w / 2)) * 4; return [...png.data.slice(i, i + 3)]; };
    const near = (c, want) => c.every((v, i) => Math.abs(v - want[i]) <= 48);
    const shot = await screenshot(page, `focus-ring-${theme}.png`);
    assert.ok(near(at(shot.png), accent[theme]), `ring colour ${at(shot.png)} near ${accent[theme]}`);
    await tabTo(page, 'compare.copyMarkdown');
    const moved = await screenshot(page, `focus-ring-${theme}-moved.png`);
    assert.ok(!near(at(moved.png), accent[theme]), 'the ring went with the focus');
    await context.close();
  }
});
