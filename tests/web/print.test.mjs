// Printing: the paper (or PDF) gets the current view's text version, styled for print,
// never the canvas: from the app's "Print / Save as PDF" button and from the browser's
// own command alike. PDFs are read back with pdftotext (Debian's poppler-utils).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, ready, state, clickRect, frames, content, shotDir } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The page printed to PDF (print media), as text; the first page also as a PNG to look at.
async function printedText(page, name) {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-print-')), `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  fs.mkdirSync(shotDir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(shotDir, `print-${name}`)]);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a finished self-assessment prints its result and sources, with no controls and no canvas', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The app's own button calls window.print(): record what the print would show instead.
  await context.addInitScript(() => { window.print = () => { window.printedWith = document.getElementById('print').textContent; }; });
  const page = await context.newPage();
  await page.goto(server.url + '#view=quiz&quiz=fit');
  await ready(page);
  for (const st of content.quizzes.fit.statements) {
    await clickRect(page, st.weights.technical > st.weights.management ? 'quiz.scale.5' : 'quiz.scale.1');
    await clickRect(page, 'quiz.next');
  }
  assert.equal((await state(page)).quiz.fit.result.direction, 'technical');
  const headline = await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = window.crossroads.textHtml();
    return box.querySelector('#tv-result').textContent;
  });
  const text = await printedText(page, 'fit-result');
  assert.ok(text.includes(content.title), 'the document has the content\'s title');
  assert.ok(text.includes(headline), `the result's headline (${headline})`);
  assert.ok(text.includes(content.quizzes.fit.outcomes.technical.title), 'the outcome');
  assert.match(text, /source: /, 'and its source');
  assert.match(text, /University of San Diego/, 'and where the facts come from');
  for (const control of ['Change answers', 'Print / Save as PDF', 'Back to the interactive version']) assert.ok(!text.includes(control), `no "${control}" on paper`);
  // The button prints the same document.
  await clickRect(page, 'quiz.print');
  await page.waitForFunction(() => typeof window.printedWith === 'string', null, { timeout: 5000 });
  const printed = (await page.evaluate(() => window.printedWith)).replace(/\s+/g, ' ');
  assert.ok(printed.includes(headline), 'the button prints the result');
  await context.close();
});

test('the browser\'s own print (Ctrl+P, its menu) gets the same document for the view shown, and the app lets Ctrl+P through', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + '#view=compare');
  await ready(page);
  // What the browser's print fires first.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const filled = await page.evaluate(() => document.getElementById('print').innerHTML);
  assert.match(filled, /<table>/, 'the comparison table');
  assert.match(filled, /class="role-1">Tech Lead</, 'with the roles in their colours');
  const cancelled = (key) => page.evaluate((key) => {
    const e = new KeyboardEvent('keydown', { key, code: 'Key' + key.toUpperCase(), keyCode: key.toUpperCase().charCodeAt(0), ctrlKey: true, bubbles: true, cancelable: true });
    document.getElementById('canvas').dispatchEvent(e);
    return e.defaultPrevented;
  }, key);
  assert.equal(await cancelled('o'), true, 'the canvas takes the Ctrl keys it sees (SDL cancels them)');
  assert.equal(await cancelled('p'), false, 'but Ctrl+P is left to the browser');
  const text = await printedText(page, 'compare');
  // A label may wrap in its cell, and pdftotext then reads the columns line by line: its words.
  for (const row of content.comparison.slice(0, 3))
    for (const word of row.label.split(' ')) assert.ok(text.includes(word), `the row "${row.label}" (${word})`);
  for (const role of content.roles) assert.ok(text.includes(role.name));
  assert.ok(!text.includes('Copy as Markdown'));
  // Another view, another document.
  await frames(page, 2);
  await clickRect(page, 'tab.ladder');
  assert.equal((await state(page)).view, 'ladder');
  const ladder = await printedText(page, 'ladder');
  assert.match(ladder, /Career ladder/);
  assert.ok(!ladder.includes('The roles side by side'));
  await context.close();
});
