// Languages on the page: lang= and the browser's languages choose the start, the menu
// switches without a reload and keeps the session, the choice is remembered, <html lang>
// and the text version follow, and every view of each language has every glyph it draws.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repo, webDir, startServer, launch, openApp, openPage, state, clickRect, frames, screenshot, until, colourStats } from './lib.mjs';

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

// The page's own texts (outside the canvas): i18n/page.json, made from the catalogues.
const pageTexts = JSON.parse(fs.readFileSync(path.join(webDir, 'i18n/page.json'), 'utf8'));
// What the page shows of them: each data-i18n element's text, each data-i18n-label's name.
const shownTexts = (page) => page.evaluate(() => Object.fromEntries([
  ...[...document.querySelectorAll('[data-i18n]')].map((el) => [el.getAttribute('data-i18n'), el.textContent]),
  ...[...document.querySelectorAll('[data-i18n-label]')].map((el) => [el.getAttribute('data-i18n-label'), el.getAttribute('aria-label')]),
]));

test("before the app runs, the page is in the learner's language: its texts and a download failure", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, locale: 'de-DE' });
  const page = await context.newPage();
  // The app's script never arrives: the page alone says so, in German.
  await page.route('**/crossroads.js', (route) => route.abort());
  await page.goto(server.url);
  await page.waitForFunction((title) => document.getElementById('failure-title').textContent === title,
    pageTexts.de['page.download.title'], { timeout: 10000 });
  assert.equal(await page.textContent('#failure-title'), 'Crossroads konnte nicht heruntergeladen werden');
  assert.equal(await page.textContent('#failure-text'), pageTexts.de['page.download.files']);
  assert.equal(await page.textContent('#failure-retry'), 'Erneut versuchen');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  const shown = await shownTexts(page);
  for (const [id, text] of Object.entries(shown)) assert.equal(text, pageTexts.de[id], id);
  assert.equal(shown['page.textLink'], 'Textfassung');
  await screenshot(page, 'page-failure-de.png');
  await context.close();
});

test("a content file's problems are listed in the interface's language, with the failure page around them", async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  await page.goto(server.url + '?lang=de&content=fixtures/broken.json');
  // The file may fail before the German catalogue arrives: the list is said again in German.
  await page.waitForFunction(() => [...document.querySelectorAll('#failure-list li')].some((li) => li.textContent.startsWith('roles[1].name: darf nicht leer sein')),
    null, { timeout: 15000 });
  assert.equal(await page.textContent('#failure-title'), pageTexts.de['page.problems.title']);
  assert.equal(await page.textContent('#failure-fallback'), pageTexts.de['page.fallback']);
  await screenshot(page, 'page-problems-de.png');
  await context.close();
});

test("the page's texts follow the app's language: at the start, through the menu, back to English, and in a lost context", async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?lang=ja' });
  await showing(page, 'ja');
  await until(async () => (await shownTexts(page))['page.textLink'] === pageTexts.ja['page.textLink'], 'the page in Japanese');
  assert.deepEqual(await shownTexts(page), Object.fromEntries(Object.keys(await shownTexts(page)).map((id) => [id, pageTexts.ja[id]])));
  await clickRect(page, 'language.open');
  await clickRect(page, 'language.de');
  await showing(page, 'de');
  await until(async () => (await shownTexts(page))['page.canvasLabel'] === pageTexts.de['page.canvasLabel'], 'the page in German');
  // A lost context is explained in the app's language.
  await page.evaluate(() => {
    window.loseContext = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.loseContext.loseContext();
  });
  await page.waitForSelector('#failure:not([hidden])');
  assert.equal(await page.textContent('#failure-title'), pageTexts.de['page.contextLost.title']);
  await page.evaluate(() => window.loseContext.restoreContext());
  await page.waitForSelector('#failure', { state: 'hidden' });
  await clickRect(page, 'language.open');
  await clickRect(page, 'language.en');
  await showing(page, 'en');
  await until(async () => (await shownTexts(page))['page.textLink'] === 'Text version', 'the page in English again');
  assert.equal(await page.getAttribute('#canvas', 'aria-label'), 'Crossroads: compare Engineering Manager and Tech Lead');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page's guess of the language before the app runs is the app's choice", async () => {
  // [address, the browser's language, the language chosen before, the language expected]
  const cases = [
    ['?lang=ja', 'en-US', null, 'ja'],
    ['?lang=xx&lang=de', 'en-US', null, 'de'],
    ['?lang=ja&lang=de', 'en-US', null, 'de'],
    ['?lang=de#view=compare&lang=ja', 'en-US', null, 'ja'],
    ['?lang=en-XA', 'de-DE', null, 'en-XA'],
    ['?lang=EN', 'ja-JP', null, 'en'],
    ['', 'de-AT', null, 'de'],
    ['', 'fr-FR', null, 'en'],
    ['', 'en-GB', 'ja', 'ja'],
    ['?lang=de', 'en-GB', 'ja', 'de'],
  ];
  for (const [query, locale, remembered, expected] of cases) {
    const what = `${query || '(no lang=)'}, browser ${locale}, chosen before ${remembered}`;
    const context = await browser.newContext({ viewport: { width: 800, height: 600 }, locale });
    if (remembered) await context.addInitScript((code) => localStorage.setItem('crossroads-language', code), remembered);
    const { page } = await openPage(context, server.url + query);
    assert.equal(await page.evaluate(() => window.crossroadsBoot.guess), expected, `the page's guess for ${what}`);
    // The app tells the page once it has chosen and has the language's files.
    await page.waitForFunction(() => window.crossroadsBoot.appLanguage !== null, null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.crossroadsBoot.appLanguage), expected, `the app's choice for ${what}`);
    assert.equal((await state(page)).language, expected);
    await context.close();
  }
});
