// Lighthouse (npm) on Debian's Chromium: the page gets a performance score (its Largest
// Contentful Paint is the loading screen's HTML heading and description, painted before
// the wasm arrives), and keeps accessibility and best practices at 1. The scores are
// printed; only the two that must stay perfect, and that there is a score at all, are asserted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer, CHROMIUM_ARGS } from '../web/lib.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.close(); });

for (const formFactor of ['mobile', 'desktop']) {
  test(`Lighthouse (${formFactor}): performance is scored, accessibility and best practices are 1`, async () => {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
    });
    try {
      const settings = formFactor === 'desktop'
        ? { formFactor, screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 } }
        : {};
      const { lhr } = await lighthouse(server.url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
        { extends: 'lighthouse:default', settings });
      const score = (id) => lhr.categories[id].score;
      const lcp = lhr.audits['largest-contentful-paint'];
      const element = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
      console.log(`Lighthouse ${lhr.lighthouseVersion}, ${formFactor}: performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
        `best practices ${score('best-practices')}; LCP ${lcp.displayValue} (${element?.selector ?? 'no element'}), ` +
        `TBT ${lhr.audits['total-blocking-time'].displayValue}, FCP ${lhr.audits['first-contentful-paint'].displayValue}`);
      assert.equal(typeof score('performance'), 'number', `a performance score (${lhr.runtimeError?.message ?? 'no runtime error'})`);
      assert.ok(element && /#loading|intro-text/.test(`${element.selector} ${element.snippet}`), `the LCP element is the loading screen's text (${element?.snippet})`);
      const failing = (id) => lhr.categories[id].auditRefs.map((r) => lhr.audits[r.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
      assert.equal(score('accessibility'), 1, `accessibility (failing: ${failing('accessibility')})`);
      assert.equal(score('best-practices'), 1, `best practices (failing: ${failing('best-practices')})`);
    } finally {
      await chrome.kill();
    }
  });
}
