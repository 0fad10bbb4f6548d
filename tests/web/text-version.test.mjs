// The text version: real HTML from the same content and session, reached from the first
// focusable element of the page. Its forms drive the same session as the canvas: the same
// score, the same host events, the same saved progress, and the place is kept both ways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { answerWith, startServer, launch, openApp, ready, state, clickRect, frames, screenshot } from './lib.mjs';

const require = createRequire(import.meta.url);
const { AxeBuilder } = require('@axe-core/playwright');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openText(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'text-link', 'the first focusable element');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#text-version:not([hidden]) #tv-title');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tv-title');
  assert.equal(await page.getAttribute('#canvas', 'aria-hidden'), 'true');
}

async function axe(page, name) {
  const result = await new AxeBuilder({ page }).include('#text-version')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  console.log(`axe text version, ${name}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`), [], name);
}

// Answers the knowledge check in the text version's forms with real clicks.
async function answerInText(page) {
  const wait = () => frames(page, 2);
  await answerWith(() => state(page), {
    option: async (n) => { await page.click(`label[for="tv-option-${n}"]`); await wait(); },
    up: async (p) => { await page.click(`#tv-up-${p}`); await wait(); },
    go: async (id) => { await page.click(id === 'quiz.check' ? '#tv-check' : '#tv-next'); await wait(); }
  });
}

test('every view of the text version is real HTML with no axe violation', async () => {
  const { context, page, errors } = await openApp(browser, server.url);
  await openText(page);
  assert.equal(await page.locator('#tv-body table th[scope="col"]').count(), 3);
  assert.equal(await page.locator('#tv-body table th[scope="row"]').count(), 9);
  await axe(page, 'compare');
  await screenshot(page, 'text-version-compare.png');
  await page.click('#tv-view-ladder');
  await page.selectOption('#tv-you', 'tl');
  await page.selectOption('#tv-target', 'vp');
  assert.match(await page.textContent('#tv-route'), /3 steps from Tech Lead to Vice President of Engineering/);
  await frames(page);
  assert.deepEqual((await state(page)).ladder.route, ['tl', 'em', 'director', 'vp'], 'the canvas has the same route');
  await axe(page, 'ladder');
  await screenshot(page, 'text-version-ladder.png');
  await page.click('#tv-view-quiz');
  await page.click('#tv-quiz-fit');
  await page.click('label[for="tv-rate-4"]');
  assert.equal(Object.values((await state(page)).quiz.fit.answers)[0], 4);
  await axe(page, 'self-assessment');
  await page.click('#tv-quiz-knowledge');
  await axe(page, 'knowledge question');
  await screenshot(page, 'text-version-quiz.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the text version scores and reports exactly as the canvas does', async () => {
  // By clicks in the canvas...
  const canvasRun = await openApp(browser, server.url, { query: '?view=quiz&quiz=knowledge&seed=7' });
  const click = (id) => clickRect(canvasRun.page, id, { settle: 4 });
  await answerWith(() => state(canvasRun.page), {
    option: (n) => click(`quiz.option.${n}`), up: (p) => click(`quiz.orderUp.${p}`), go: click
  });
  const byCanvas = await state(canvasRun.page);
  await canvasRun.context.close();
  // ...and in the text version's forms, from the same shuffle.
  const { context, page, errors } = await openApp(browser, server.url, { query: '?view=quiz&quiz=knowledge&seed=7' });
  await openText(page);
  await answerInText(page);
  await frames(page, 4);
  const byText = await state(page);
  assert.equal(byText.quiz.knowledge.finished, true);
  assert.deepEqual(byText.quiz.knowledge.score, byCanvas.quiz.knowledge.score);
  assert.equal(byText.quiz.knowledge.success, true);
  assert.equal(byText.events, byCanvas.events, 'the same number of host events');
  assert.match(await page.textContent('#tv-result'), /^Passed: .*\(100%\)$/);
  assert.match(await page.textContent('#announce'), /^Passed: /);
  await axe(page, 'knowledge result');
  // Saved like any answer: a reload restores the finished attempt.
  await page.reload();
  await ready(page);
  assert.equal((await state(page)).quiz.knowledge.finished, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching between the canvas and the text version keeps the place and the answers', async () => {
  const { context, page } = await openApp(browser, server.url, { query: '?view=quiz&quiz=knowledge' });
  await openText(page);
  const wait = () => frames(page, 2);
  await answerWith(() => state(page), {
    option: async (n) => { await page.click(`label[for="tv-option-${n}"]`); await wait(); },
    up: async (p) => { await page.click(`#tv-up-${p}`); await wait(); },
    go: async (id) => { await page.click(id === 'quiz.check' ? '#tv-check' : '#tv-next'); await wait(); }
  }, { count: 2 });
  await page.click('#tv-close');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'canvas');
  await frames(page);
  const k = (await state(page)).quiz.knowledge;
  assert.equal(k.current, 2, 'the canvas shows the third question');
  assert.equal(k.checked.length, 2);
  // And back: the text version shows that question, with the same options.
  await page.focus('#text-link'); // shown only when focused, as skip links are
  await page.keyboard.press('Enter');
  await page.waitForSelector('#text-version:not([hidden])');
  assert.match(await page.textContent('#tv-body'), /Question 3 of/);
  await context.close();
});

test('the ordering question by keyboard in the text version: the focus follows the item', async () => {
  const { context, page } = await openApp(browser, server.url, { query: '?view=quiz&quiz=knowledge' });
  await openText(page);
  for (let n = 0; n < 20; n++) {
    const k = (await state(page)).quiz.knowledge;
    if (k.type === 'order') break;
    // Skip ahead: answer anything, check, next.
    await page.click(k.type === 'multiple' || k.type === 'single' || k.type === 'truefalse' ? 'label[for="tv-option-1"]' : '#tv-title');
    await page.click('#tv-check');
    await page.click('#tv-next');
    await frames(page, 2);
  }
  const before = (await state(page)).quiz.knowledge.answer;
  await page.focus('#tv-down-1');
  await page.keyboard.press('Enter');
  await frames(page, 2);
  const after = (await state(page)).quiz.knowledge.answer;
  assert.equal(after[1], before[0], 'the first item moved down one place');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tv-down-2', 'the focus went with it');
  await context.close();
});

test('the text version follows the app\'s dark theme, with no axe violation', async () => {
  const { context, page } = await openApp(browser, server.url, { query: '?theme=dark' });
  await openText(page);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('tv-dark')), true);
  const bg = await page.evaluate(() => getComputedStyle(document.getElementById('text-version')).backgroundColor);
  assert.equal(bg, 'rgb(19, 22, 28)');
  await axe(page, 'compare, dark');
  await screenshot(page, 'text-version-dark.png');
  await context.close();
});
