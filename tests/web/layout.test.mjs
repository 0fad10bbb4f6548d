// The pseudo-language (?lang=en-XA: every message about 40% longer, accented, in brackets)
// laid out at a phone's 360x640 and a laptop's 1280x800: in every view, the questions and
// the results of both quizzes and the Author view, every control the app reports lies
// inside the viewport's width, none overlaps another, and no window's content runs past
// its right edge (state().overflow: a label cut off there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, state, rects, clickRect, frames, screenshot, answerWith, content } from './lib.mjs';

let server, browser, finished;
before(async () => {
  server = await startServer();
  browser = await launch();
  finished = await finishedSession();
});
after(async () => { await browser?.close(); await server?.close(); });

// A session with both quizzes finished, played once in English by clicks: each layout
// below starts from it to show the results.
async function finishedSession() {
  const { context, page } = await openApp(browser, server.url, { query: '?view=quiz&quiz=fit' });
  for (const st of content.quizzes.fit.statements) {
    await clickRect(page, st.weights.management > st.weights.technical ? 'quiz.scale.5' : 'quiz.scale.2');
    await clickRect(page, 'quiz.next');
  }
  await clickRect(page, 'quiz.knowledge');
  const click = (id) => clickRect(page, id, { settle: 4 });
  await answerWith(() => state(page), { option: (n) => click(`quiz.option.${n}`), up: (p) => click(`quiz.orderUp.${p}`), go: click });
  const s = await state(page);
  assert.ok(s.quiz.fit.finished && s.quiz.knowledge.finished, 'both quizzes finished');
  const stored = await page.waitForFunction(() => {
    window.crossroads.wake();
    const v = localStorage.getItem('crossroads:session:v1');
    return v && JSON.parse(v).quiz?.knowledge?.finished ? v : null;
  }, null, { timeout: 10000 });
  const value = await stored.jsonValue();
  await context.close();
  return value;
}

// Partly over one another: they share more than a pixel, and neither holds the other (a
// card holds its buttons, the ladder's canvas its cards).
const inside = (a, b) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
const overlap = (a, b) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;

const layouts = [
  ['compare', '?view=compare', null],
  ['ladder', '?view=ladder', null],
  ['fit question', '?view=quiz&quiz=fit', null],
  ['knowledge question', '?view=quiz&quiz=knowledge', null],
  ['fit result', '?view=quiz&quiz=fit', 'finished'],
  ['knowledge result', '?view=quiz&quiz=knowledge', 'finished'],
  ['author', '?view=author', null],
];

for (const [width, height] of [[360, 640], [1280, 800]]) {
  test(`en-XA at ${width}x${height}: every control inside the width, none over another, no text cut off`, async () => {
    for (const [name, query, seed] of layouts) {
      const context = await browser.newContext({ viewport: { width, height } });
      if (seed) await context.addInitScript((v) => localStorage.setItem('crossroads:session:v1', v), finished);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url + query + '&lang=en-XA');
      await page.waitForFunction(() => { window.crossroads?.wake(); return window.crossroads?.state().language === 'en-XA'; }, null, { timeout: 30000 });
      await frames(page, 4);
      const s = await state(page);
      const where = `${name} at ${width}x${height}`;
      if (seed) assert.ok(s.quiz[query.endsWith('fit') ? 'fit' : 'knowledge'].finished, `${where}: the result is shown`);
      if (name === 'author') assert.equal(s.view, 'author', `${where}: the Author view`);
      await screenshot(page, `layout-en-XA-${width}-${name.replace(/ /g, '-')}.png`);
      assert.deepEqual(s.overflow, [], `${where}: a window's content runs past its right edge`);
      const r = Object.entries(await rects(page));
      assert.ok(r.length >= 8, `${where}: controls found: ${r.map(([id]) => id).join(', ')}`);
      for (const [id, b] of r) {
        assert.ok(b.w > 0 && b.h > 0, `${where}: ${id} has a size`);
        assert.ok(b.x >= -0.5 && b.x + b.w <= width + 0.5, `${where}: ${id} lies inside the width (${b.x}..${b.x + b.w})`);
        if (/^(title|tab\.|language\.open|theme\.toggle|about\.open|exit)/.test(id))
          assert.ok(b.y >= -0.5 && b.y + b.h <= height + 0.5, `${where}: ${id} lies inside the viewport`);
      }
      for (let i = 0; i < r.length; i++)
        for (let j = i + 1; j < r.length; j++) {
          const [[ia, a], [ib, b]] = [r[i], r[j]];
          if (inside(a, b) || inside(b, a)) continue;
          assert.ok(!overlap(a, b), `${where}: ${ia} ${JSON.stringify(a)} and ${ib} ${JSON.stringify(b)} overlap`);
        }
      assert.deepEqual(errors, [], where);
      await context.close();
    }
  });
}
