// Embedding: the example host page (web/embed.html) receives the app's events, the
// knowledge check completes with the right score, statements are xAPI-shaped, and
// messages from another origin are ignored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { answerInFrame, ready, startServer, launch, frames as frameCount, until } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A strict check of what xAPI 1.0.3 requires of these statements (the host adds the actor).
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
function checkStatement(s) {
  assert.ok(!('actor' in s), 'the actor is left to the host');
  assert.match(s.verb.id, /^http:\/\/adlnet\.gov\/expapi\/verbs\/(answered|completed)$/);
  assert.equal(typeof s.verb.display['en-US'], 'string');
  assert.equal(s.object.objectType, 'Activity');
  assert.match(s.object.id, IRI);
  assert.equal(typeof s.object.definition.name.en, 'string'); // the default content's language
  assert.match(s.object.definition.type, IRI);
  const r = s.result;
  assert.match(r.duration, DURATION);
  assert.equal(r.completion, true);
  if (r.score) {
    for (const k of ['raw', 'min', 'max', 'scaled']) assert.equal(typeof r.score[k], 'number', k);
    assert.ok(r.score.min <= r.score.raw && r.score.raw <= r.score.max);
    assert.ok(r.score.scaled >= -1 && r.score.scaled <= 1);
  }
  if ('success' in r) assert.equal(typeof r.success, 'boolean');
  for (const key of Object.keys(s)) assert.ok(['verb', 'object', 'result'].includes(key), `no unexpected key ${key}`);
}

test('the example host page gets ready, answered and completed with the right score', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + 'embed.html');
  await page.waitForFunction(() => (window.crossroadsEvents || []).some((e) => e.type === 'ready'), null, { timeout: 30000 });
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  assert.ok(frame, 'the app is in an iframe');
  const st = () => frame.evaluate(() => window.crossroads.state());
  assert.equal((await st()).embed, true);
  assert.equal((await st()).quiz.active, 'knowledge');
  const total = (await st()).quiz.knowledge.total;
  await answerInFrame(page, frame);
  await page.waitForFunction(() => window.crossroadsEvents.some((e) => e.type === 'completed'), null, { timeout: 5000 });
  const events = await page.evaluate(() => window.crossroadsEvents);
  const answered = events.filter((e) => e.type === 'answered');
  const completed = events.find((e) => e.type === 'completed');
  assert.equal(answered.length, total);
  assert.ok(answered.every((e) => e.statement.result.success === true));
  assert.equal(completed.statement.result.score.raw, total);
  assert.equal(completed.statement.result.score.scaled, 1);
  assert.equal(completed.statement.result.success, true);
  for (const e of [...answered, completed]) checkStatement(e.statement);

  // Commands from the host: setView and getState.
  await page.click('#show-ladder');
  await page.waitForFunction(() => window.crossroadsEvents.some((e) => e.type === 'viewChanged' && e.view === 'ladder'));
  await page.click('#get-state');
  await page.waitForFunction(() => window.crossroadsEvents.some((e) => e.type === 'state' && e.state.view === 'ladder'));

  // A message from another origin is ignored, with a warning.
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await frame.evaluate(() => window.dispatchEvent(new MessageEvent('message', {
    data: JSON.stringify({ type: 'setView', view: 'compare' }), origin: 'https://evil.example', source: window.parent })));
  // The warning says the message was handled (and refused); frames drawn after it would
  // show a view it had changed.
  await until(() => warnings.some((w) => w.includes('ignored a message from https://evil.example')), 'the warning');
  await frameCount(frame, 4);
  assert.equal((await st()).view, 'ladder');
  assert.deepEqual(errors, []);
  await page.close();
});

test('without parentOrigin nothing is sent to the parent', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + 'fixtures/host.html');
  await page.evaluate(() => { window.got = []; window.addEventListener('message', (e) => window.got.push(e.data)); });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await ready(frame);
  // The app posts 'ready' as it shows its first frame; 6 frames later it would have arrived.
  await frameCount(frame, 6);
  assert.deepEqual(await page.evaluate(() => window.got), []);
  await page.close();
});
