// Languages on the page: lang= and the browser's languages choose the start, the menu
// switches without a reload and keeps the session, the choice is remembered, <html lang>
// and the text version follow, and every view of each language has every glyph it draws.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repo, startServer, launch, openApp, openPage, state, clickRect, frames, screenshot, until, colourStats } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const translated = (language) =>
  JSON.parse(fs.readFileSync(path.join(repo, `assets/content/em-vs-tl.${language}.json`), 'utf8'));

// Waits until the app shows `language` (its files downloaded and applied).
const showing = (page, language) =>
  page.waitForFunction((l) => { window.crossroads.wake(); return window.crossroads.state().language === l; }, language, { timeout: 30000 });

for (const language of ['de', 'ja']) {
  test(`?lang=${language}: every view in ${language}, the content too, with no missing glyph`, async () => {
    const { context, page, errors } = await openApp(browser, server.url, { query: `?lang=${language}` });
    await showing(page, language);
    await frames(page, 4);
    const s = await state(page);
    assert.equal(s.contentLanguage, language);
    assert.deepEqual(s.missingGlyphs, [], 'every character the app can show has a glyph');
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    const rects = await page.evaluate(() => window.crossroads.rects());
    assert.ok(rects['language.open'], 'the language menu is in the top bar');
    for (const view of ['compare', 'ladder', 'quiz']) {
      await clickRect(page, `tab.${view}`, { settle: 4 });
      assert.equal((await state(page)).view, view);
      const { png } = await screenshot(page, `language-${language}-${view}.png`);
      assert.ok(colourStats(png).colours > 20, `${view} is drawn`);
    }
    // The text version says the same in the same language, under <html lang>.
    const title = translated(language).quizzes.fit.title;
    await page.focus('#text-link');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#text-version:not([hidden]) #tv-title');
    assert.ok((await page.textContent('#text-version')).includes(title), 'the text version shows the translated content');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the language menu switches without a reload, keeps the session, and is remembered', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '#view=compare' });
  assert.equal((await state(page)).language, 'en');
  // Something to keep: a filter typed in the Compare view.
  await page.evaluate(() => window.crossroads.wake());
  await clickRect(page, 'compare.differencesOnly');
  assert.equal((await state(page)).compare.differencesOnly, true);
  const loads = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) loads.push(f.url()); });
  await clickRect(page, 'language.open');
  await clickRect(page, 'language.de');
  await showing(page, 'de');
  const s = await state(page);
  assert.equal(s.compare.differencesOnly, true, 'the session is kept');
  assert.equal(s.view, 'compare');
  assert.equal(s.contentLanguage, 'de');
  assert.deepEqual(loads, [], 'no reload');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.evaluate(() => localStorage.getItem('crossroads-language')), 'de');
  // A new visit without lang= starts in the language chosen.
  const again = await openPage(context, server.url);
  await showing(again.page, 'de');
  assert.deepEqual(again.errors, []);
  // And back to English: the content's own texts again.
  await clickRect(page, 'language.open');
  await clickRect(page, 'language.en');
  await showing(page, 'en');
  assert.equal((await state(page)).contentLanguage, 'en');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the browser's languages choose the start when nothing else does; an unknown lang= is ignored", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'ja-JP' });
  const { page } = await openPage(context, server.url);
  await showing(page, 'ja');
  await context.close();
  const warned = [];
  const other = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'fr-FR' });
  const opened = await other.newPage();
  opened.on('console', (m) => { if (m.type() === 'warning') warned.push(m.text()); });
  await opened.goto(server.url + '?lang=xx');
  await opened.waitForFunction(() => document.documentElement.classList.contains('cr-ready'));
  await frames(opened, 3);
  assert.equal((await state(opened)).language, 'en');
  await until(async () => warned.some((w) => w.includes('"lang"')), 'the warning about lang=xx');
  await other.close();
});

test('a translation that cannot be downloaded leaves the app in its language, with a notice', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.route('**/i18n/de.po', (route) => route.fulfill({ status: 500, body: 'no' }));
  await clickRect(page, 'language.open');
  await clickRect(page, 'language.de');
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().notice !== ''; }, null, { timeout: 30000 });
  const s = await state(page);
  assert.equal(s.language, 'en');
  assert.match(s.notice, /Deutsch could not be downloaded \(the server answered 500\)/);
  await context.close();
});
