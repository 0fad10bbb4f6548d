// Results the learner keeps: "Copy link" puts a link to the result on the clipboard; the
// link reopens that result read-only, beside the reader's own progress, until "Start
// over"; a damaged or outdated link says so and shows the quiz to take.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, ready, openPage, state, rects, clickRect, screenshot, content, answerWith } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  return context;
}

// Copies the result's link and waits for it on the clipboard.
async function copyLink(page) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await clickRect(page, 'quiz.copyLink');
  const link = await page.waitForFunction(async () => {
    const text = await navigator.clipboard.readText();
    return text.includes('#result=') ? text : null;
  }, null, { timeout: 5000 }).then((h) => h.jsonValue());
  assert.match((await state(page)).toast, /Copied a link/);
  return link;
}

test('the self-assessment: a copied link reopens the same result read-only, and Start over gives the reader their own quiz', async () => {
  const context = await newContext();
  const { page, errors } = await openPage(context, server.url + '#view=quiz&quiz=fit');
  // Management-leaning answers, every other statement skipped.
  let n = 0;
  for (const st of content.quizzes.fit.statements) {
    if (n++ % 2 === 0) await clickRect(page, st.weights.management > st.weights.technical ? 'quiz.scale.5' : 'quiz.scale.1');
    await clickRect(page, 'quiz.next');
  }
  const mine = (await state(page)).quiz.fit;
  assert.equal(mine.finished, true);
  const link = await copyLink(page);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#result=fit:[0-9a-f]{8}\.[0-5]+\.[0-9a-f]{4}$/);

  // Someone else opens it: a fresh browser, nothing answered.
  const other = await newContext();
  const { page: reader, errors: readerErrors } = await openPage(other, link);
  let s = await state(reader);
  assert.equal(s.view, 'quiz');
  assert.equal(s.quiz.shared, 'fit');
  assert.ok((await rects(reader))['quiz.result'], 'the result is shown');
  assert.ok((await rects(reader))['quiz.shared'], 'and said to be a shared one');
  for (const id of ['quiz.back', 'quiz.retry', 'quiz.copyLink']) assert.equal((await rects(reader))[id], undefined, `${id} is not offered on a shared result`);
  assert.equal(s.quiz.fit.finished, false, 'the reader\'s own self-assessment is untouched');
  assert.equal(s.events, 0, 'a shared result is not reported as the reader\'s');
  await screenshot(reader, 'result-shared-fit.png');
  // A reload keeps it (the address holds the link).
  await reader.reload();
  await ready(reader);
  assert.equal((await state(reader)).quiz.shared, 'fit');
  await clickRect(reader, 'quiz.startOver');
  s = await state(reader);
  assert.equal(s.quiz.shared, '');
  assert.ok((await rects(reader))['quiz.scale.1'], 'the reader\'s own first statement');
  await reader.waitForFunction(() => !location.hash.includes('result='), null, { timeout: 5000 });
  assert.deepEqual([...errors, ...readerErrors], []);
  await other.close();
  await context.close();
});

test('the knowledge check: the link carries the answers, the score and the review', async () => {
  const context = await newContext();
  const { page, errors } = await openPage(context, server.url + '#view=quiz&quiz=knowledge');
  const act = {
    option: (k) => clickRect(page, `quiz.option.${k}`, { settle: 4 }),
    up: (p) => clickRect(page, `quiz.orderUp.${p}`, { settle: 4 }),
    go: (id) => clickRect(page, id, { settle: 4 })
  };
  await answerWith(() => state(page), act);
  const mine = (await state(page)).quiz.knowledge;
  assert.equal(mine.finished, true);
  const link = await copyLink(page);
  assert.match(link, /#result=knowledge:/);
  const other = await newContext();
  const { page: reader } = await openPage(other, link);
  const s = await state(reader);
  assert.equal(s.quiz.shared, 'knowledge');
  const r = await rects(reader);
  assert.ok(r['quiz.score'] && r['quiz.review.1'], 'score and review are shown');
  assert.equal(r['quiz.retry'], undefined);
  assert.equal(s.quiz.knowledge.finished, false, 'the reader\'s own knowledge check is untouched');
  await screenshot(reader, 'result-shared-knowledge.png');
  assert.deepEqual(errors, []);
  await other.close();
  await context.close();
});

test('a damaged, an edited and an outdated link each get a notice and the quiz to take', async () => {
  const context = await newContext();
  const { page } = await openPage(context, server.url + '#view=quiz&quiz=fit');
  for (const st of content.quizzes.fit.statements) {
    await clickRect(page, 'quiz.scale.4');
    await clickRect(page, 'quiz.next');
  }
  const link = await copyLink(page);
  const value = link.slice(link.indexOf('#result=') + '#result='.length);
  const [kind, rest] = value.split(':');
  const [fp, body, check] = rest.split('.');
  const bad = {
    damaged: `${kind}:${fp}.${body}`,
    edited: `${kind}:${fp}.${body.replace(/^./, body[0] === '4' ? '5' : '4')}.${check}`,
    // A fingerprint of another version of the quiz, with a check that fits it.
    outdated: null
  };
  // The check is FNV-1a over "kind:fingerprint.body", 16 bits in hex, as core computes it.
  const fnv = (text) => { let h = 0x811c9dc5; for (const b of Buffer.from(text)) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; } return h; };
  const oldFp = '0badc0de';
  bad.outdated = `${kind}:${oldFp}.${body}.${(fnv(`${kind}:${oldFp}.${body}`) & 0xffff).toString(16).padStart(4, '0')}`;
  for (const [what, v] of Object.entries(bad)) {
    const reader = await context.newPage();
    await reader.goto(server.url + '#result=' + v);
    await ready(reader);
    const s = await state(reader);
    assert.equal(s.quiz.shared, '', `${what}: not shown as a result`);
    assert.match(s.notice, what === 'outdated' ? /another version/ : /damaged/, `${what}: the notice says why`);
    assert.equal(s.view, 'quiz');
    assert.ok((await rects(reader))['notice'], `${what}: the notice is on screen`);
    await reader.close();
  }
  await context.close();
});
