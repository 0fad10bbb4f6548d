// The page under the strict Content-Security-Policy the README gives hosts: no inline
// script or style, no eval. Every view, the text version and a content file are used,
// and the browser reports no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, ready, state, clickRect, frames } from './lib.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

let server, browser;
before(async () => { server = await startServer({ csp: true }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('served with the strict CSP, nothing is refused: views, text version, content file', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  const response = await page.goto(server.url + '?content=content/em-vs-tl-short.json');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await ready(page);
  // The content file arrives after the first frames: wait for it, as a user would.
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().content.name === 'content/em-vs-tl-short.json'; });
  assert.equal((await state(page)).content.ok, true);
  await frames(page); // the views of the fetched content are laid out a frame after it loads
  for (const tab of ['tab.ladder', 'tab.quiz', 'tab.compare']) await clickRect(page, tab);
  await page.focus('#text-link');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#text-version:not([hidden]) #tv-title');
  await page.click('#tv-view-ladder');
  await page.click('#tv-close');
  await frames(page);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  assert.deepEqual(errors, []);
  await context.close();
});
