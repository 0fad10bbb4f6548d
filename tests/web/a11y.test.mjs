// Accessibility of the page around the canvas: axe-core finds no violation (WCAG 2.1 A
// and AA rules), the canvas is named and described, and what changes without the user
// moving is said in the aria-live region (view changes, quiz feedback, results).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { answerWith, startServer, launch, openApp, state, rects, clickRect, frames, screenshot } from './lib.mjs';

const require = createRequire(import.meta.url);
const { AxeBuilder } = require('@axe-core/playwright');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page, name) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  console.log(`axe ${name}: ${result.violations.length} violations, ${result.passes.length} rules passed, ` +
    `${result.incomplete.length} to review by hand`);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`), [], name);
}

test('axe-core: no violation on the page with the canvas, in both themes', async () => {
  for (const theme of ['light', 'dark']) {
    const { context, page } = await openApp(browser, server.url, { query: `?theme=${theme}` });
    await axe(page, `canvas page, ${theme}`);
    await context.close();
  }
});

test('axe-core: no violation on a failure page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/crossroads.wasm', (route) => route.abort());
  await page.goto(server.url);
  await page.waitForSelector('#failure:not([hidden])');
  await axe(page, 'download failure page');
  await context.close();
});

test('the canvas is an application with a name and a description of its keys', async () => {
  const { context, page } = await openApp(browser, server.url);
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { role: c.getAttribute('role'), name: c.getAttribute('aria-label'), tab: c.tabIndex,
      description: c.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ') };
  });
  assert.equal(canvas.role, 'application');
  assert.match(canvas.name, /Engineering Manager and Tech Lead/);
  assert.equal(canvas.tab, 0);
  // What the page is for (the loading screen's text, kept after the start), then its keys.
  assert.match(canvas.description, /^Compare the two roles side by side.*Tab/s);
  const loading = await page.evaluate(() => {
    const box = document.getElementById('loading').getBoundingClientRect();
    return { inDom: !!document.getElementById('intro-text'), w: box.width, status: getComputedStyle(document.getElementById('loading-status')).display };
  });
  assert.deepEqual(loading, { inDom: true, w: 1, status: 'none' }, 'the loading screen is out of sight, its text still there');
  await context.close();
});

test('the live region says the view changes, the feedback and the score', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  const said = () => page.evaluate(() => document.getElementById('announce').textContent.trim());
  assert.equal(await said(), '', 'nothing is said on load');
  await clickRect(page, 'tab.ladder');
  assert.equal(await said(), 'Ladder view');
  assert.equal((await state(page)).announcement, 'Ladder view');
  await clickRect(page, 'tab.quiz');
  await clickRect(page, 'quiz.knowledge');
  assert.equal(await said(), 'Quiz: knowledge check view');
  const click = (id) => clickRect(page, id, { settle: 4 });
  let checked = 0;
  await answerWith(() => state(page), {
    option: (n) => click(`quiz.option.${n}`),
    up: (p) => click(`quiz.orderUp.${p}`),
    go: async (id) => {
      await click(id);
      if (id === 'quiz.check' && checked++ < 2) assert.match(await said(), /^Correct\. \S/, 'the feedback is read out');
    }
  });
  assert.match(await said(), /^Passed: \d+ of \d+ points \(100%\)\. The pass mark is \d+%\.$/);
  await frames(page);
  assert.deepEqual(errors, []);
  await context.close();
});

// Browser zoom at 200% halves the CSS width and doubles the pixel ratio: a 1280x800 window
// becomes a 640x400 CSS viewport at ratio 2. The text is then twice as large on screen,
// rasterised at the new ratio, and every control must still fit, none over another.
test('at 200% zoom every control fits the width and the top bar items do not overlap', async () => {
  const controls = /^(tab\.|theme\.toggle|about\.open|compare\.(filter|differencesOnly|copyMarkdown)|ladder\.(youSelect|targetSelect|you|zoomIn|zoomOut|fit|reset|canvas)|quiz\.(fit|knowledge|scale\.\d|next|back))/;
  for (const view of ['compare', 'ladder', 'quiz']) {
    const { context, page, errors } = await openApp(browser, server.url, { width: 640, height: 400, dpr: 2, query: `?view=${view}&quiz=fit` });
    await frames(page);
    assert.equal((await state(page)).pixelRatio, 2, 'the fonts are rasterised at the zoomed ratio');
    const r = await rects(page);
    const seen = Object.entries(r).filter(([id]) => controls.test(id));
    assert.ok(seen.length >= 6, `${view}: controls found: ${seen.map(([id]) => id).join(', ')}`);
    for (const [id, b] of seen) {
      assert.ok(b.x >= -0.5 && b.x + b.w <= 640.5, `${view}: ${id} fits the width (${b.x}..${b.x + b.w})`);
      assert.ok(b.w > 0 && b.h > 0, `${view}: ${id} has a size`);
    }
    const bar = seen.filter(([id]) => /^(tab\.|theme\.toggle|about\.open)/.test(id));
    for (let i = 0; i < bar.length; i++)
      for (let j = i + 1; j < bar.length; j++) {
        const [a, b] = [bar[i][1], bar[j][1]];
        const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
        assert.ok(apart, `${view}: ${bar[i][0]} and ${bar[j][0]} overlap`);
      }
    await screenshot(page, `zoom-200-${view}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('with reduced motion the only animation, the loading spinner, stands still', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.spinner')).animationName), 'none');
  await context.close();
  const moving = await browser.newContext();
  const other = await moving.newPage();
  await other.goto(server.url);
  assert.equal(await other.evaluate(() => getComputedStyle(document.querySelector('.spinner')).animationName), 'spin');
  await moving.close();
});
