// Typing on every device: while a text field is edited, a real <input> over it has the
// focus, so phones open their keyboard, IMEs compose, dead keys combine and the clipboard
// works both ways. The field follows the input's value, selection and composition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, ready, openPage, state, rects, clickRect, frames, screenshot } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const activeInput = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el && el.tagName === 'INPUT' ? Object.fromEntries(['id', 'aria-label', 'inputmode', 'enterkeyhint', 'autocapitalize', 'autocomplete']
    .map((a) => [a, a === 'id' ? el.id : el.getAttribute(a)])) : null;
});
// Waits until the app's filter (and the field being edited) hold `value`.
const filterIs = (page, value) => page.waitForFunction((v) => {
  window.crossroads.wake();
  const s = window.crossroads.state();
  return s.compare.filter === v;
}, value, { timeout: 10000, polling: 50 });

async function openPhone() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  const { page, errors } = await openPage(context, server.url + '?view=compare');
  const cdp = await context.newCDPSession(page);
  const tap = async (id) => {
    const r = (await rects(page))[id];
    assert.ok(r, `${id} is drawn`);
    const point = { x: r.x + r.w / 2, y: r.y + r.h / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await frames(page, 1);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await frames(page, 3);
  };
  return { context, page, cdp, tap, errors };
}

test('a tap on the filter focuses a labelled input over it; typed text and Backspace reach the filter', async () => {
  const { context, page, cdp, tap, errors } = await openPhone();
  await tap('compare.filter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input', null, { timeout: 5000 });
  assert.deepEqual(await activeInput(page), {
    id: 'text-input', 'aria-label': 'Filter rows and items, e.g. budget', inputmode: 'search', enterkeyhint: 'done',
    autocapitalize: 'off', autocomplete: 'off'
  });
  assert.equal((await state(page)).text.field, 'compare.filter');
  // The input sits over the field, so the browser scrolls the field into view above the keyboard.
  const field = (await rects(page))['compare.filter'];
  const box = await page.locator('#text-input').boundingBox();
  assert.ok(Math.abs(box.x - field.x) < 1 && Math.abs(box.y - field.y) < 1 && Math.abs(box.width - field.w) < 1,
    `the input (${JSON.stringify(box)}) covers the field (${JSON.stringify(field)})`);
  await cdp.send('Input.insertText', { text: 'budget' });
  await filterIs(page, 'budget');
  assert.deepEqual((await state(page)).text.selection, [6, 6], 'the caret follows the input');
  await page.keyboard.press('Backspace');
  await filterIs(page, 'budge');
  await screenshot(page, 'text-input-phone-390.png');
  // A keyboard that shrinks the page to its upper part: the field scrolls into what is left.
  await page.setViewportSize({ width: 390, height: 420 });
  await page.waitForFunction(() => {
    window.crossroads.wake();
    const r = window.crossroads.rects()['compare.filter'];
    return r && r.y >= 0 && r.y + r.h <= window.innerHeight;
  }, null, { timeout: 10000, polling: 50 });
  await screenshot(page, 'text-input-phone-keyboard.png');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-input', 'still typing');
  // Enter ends the editing: the input lets go and the canvas has the keyboard again.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.crossroads.state().text.field === '' && document.activeElement.id === 'canvas', null, { timeout: 5000 });
  assert.equal(await page.locator('#text-input').isHidden(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an IME composes a Japanese word (shown underlined, then committed) and a dead key makes é', async () => {
  const { context, page, cdp, tap, errors } = await openPhone();
  await tap('compare.filter');
  await page.waitForFunction(() => document.activeElement.id === 'text-input', null, { timeout: 5000 });
  await cdp.send('Input.insertText', { text: 'a ' });
  await filterIs(page, 'a ');
  await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
  await filterIs(page, 'a にほん');
  // The composing part is known to the field (UTF-8 bytes 2 to 11), which underlines it.
  assert.deepEqual((await state(page)).text.composing, [2, 11]);
  await cdp.send('Input.insertText', { text: '日本' });
  await filterIs(page, 'a 日本');
  assert.deepEqual((await state(page)).text.composing, [-1, -1], 'nothing is composing after the commit');
  // A dead key (´ then e) is a composition too on most European layouts.
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await filterIs(page, 'a 日本´');
  await cdp.send('Input.insertText', { text: 'é' });
  await filterIs(page, 'a 日本é');
  // The characters the font lacks are drawn as a placeholder, and kept in the filter.
  await page.keyboard.press('Enter');
  await frames(page, 3);
  assert.equal((await state(page)).compare.filter, 'a 日本é');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the clipboard both ways: Ctrl+V pastes into the filter, Ctrl+A and Ctrl+C copy from it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.goto(server.url + '?view=compare');
  await ready(page);
  await page.evaluate(() => navigator.clipboard.writeText('salary'));
  await clickRect(page, 'compare.filter');
  await page.waitForFunction(() => document.activeElement.id === 'text-input', null, { timeout: 5000 });
  await page.keyboard.press('Control+V');
  await filterIs(page, 'salary');
  await page.keyboard.type(' range');
  await filterIs(page, 'salary range');
  await page.keyboard.press('Control+A');
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().text.selection.join() === '0,12'; }, null, { timeout: 5000 });
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.keyboard.press('Control+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'salary range', null, { timeout: 5000 });
  // Cut empties the field and fills the clipboard.
  await page.keyboard.press('Control+X');
  await filterIs(page, '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'salary range');
  await context.close();
});

test('Escape puts back what the field held, Tab moves on, and a click inside the field keeps the typing there', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url + '?view=compare');
  await ready(page);
  await clickRect(page, 'compare.filter');
  await page.keyboard.type('lead');
  await filterIs(page, 'lead');
  // A click further along the same field places the caret without ending the editing.
  const r = (await rects(page))['compare.filter'];
  await page.mouse.click(r.x + 3, r.y + r.h / 2); // in the padding before the first letter
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().text.selection[1] === 0; }, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text-input');
  await page.keyboard.type('team ');
  await filterIs(page, 'team lead');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => { window.crossroads.wake(); const s = window.crossroads.state(); return s.text.field === '' && s.focus !== ''; }, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  assert.notEqual((await state(page)).focus, 'compare.filter', 'Tab went on to the next control');
  // Edit again and press Escape: the text from before this edit comes back.
  await clickRect(page, 'compare.filter');
  await page.keyboard.type('s');
  await filterIs(page, 'team leads');
  await page.keyboard.press('Escape');
  await filterIs(page, 'team lead');
  await page.waitForFunction(() => window.crossroads.state().text.field === '', null, { timeout: 5000 });
  await context.close();
});
