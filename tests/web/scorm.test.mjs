// The SCORM 1.2 package (./build-wasm.sh --scorm) in an LMS played by the npm package
// scorm-again: unzip it, check the manifest, launch the SCO in an iframe, finish the
// knowledge check across two launches (progress resumed from cmi.suspend_data), and read
// the score, status, time and suspend data back from scorm-again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, ready, content, answerInFrame, answerKey, questions, servePackage, launchSco as openSco, childList } from './lib.mjs';

let lms, dir, url, browser;

before(async () => {
  lms = await servePackage('scorm12');
  ({ dir, url } = lms);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await lms?.close();
});

test('the package: imsmanifest.xml at the root, one SCO, mastery score from the pass mark', async () => {
  const names = fs.readdirSync(dir).sort();
  assert.deepEqual(names, ['app.css', 'boot.js', 'content', 'crossroads.js', 'crossroads.wasm', 'fonts', 'i18n', 'imsmanifest.xml', 'print.css', 'scorm.html',
    'textversion.css', 'textversion.js']);
  // The other languages, downloaded only when chosen: the interface's, the content's and the Japanese fonts.
  const languageFiles = ['content/em-vs-tl.de.json', 'content/em-vs-tl.ja.json', 'fonts/noto-sans-jp-bold.ttf', 'fonts/noto-sans-jp-regular.ttf',
    'i18n/de.po', 'i18n/ja.po'];
  for (const f of languageFiles) assert.ok(fs.existsSync(path.join(dir, f)), `${f} is in the package`);
  const page = await browser.newPage();
  await page.goto(url + 'lms/lms.html');
  const xml = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  const m = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
    const ADL = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
    const one = (ns, name) => doc.getElementsByTagNameNS(ns, name);
    const resources = [...one(CP, 'resource')];
    return {
      root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
      schema: one(CP, 'schema')[0]?.textContent,
      version: one(CP, 'schemaversion')[0]?.textContent,
      items: one(CP, 'item').length,
      ref: one(CP, 'item')[0]?.getAttribute('identifierref'),
      mastery: one(ADL, 'masteryscore')[0]?.textContent,
      resources: resources.map((r) => ({ id: r.getAttribute('identifier'), type: r.getAttributeNS(ADL, 'scormtype'), href: r.getAttribute('href'),
        files: [...r.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href')) })),
    };
  }, xml);
  assert.equal(m.error, undefined);
  assert.equal(m.root, 'http://www.imsproject.org/xsd/imscp_rootv1p1p2 manifest');
  assert.equal(m.schema, 'ADL SCORM');
  assert.equal(m.version, '1.2');
  assert.equal(m.items, 1);
  assert.equal(m.resources.length, 1);
  assert.equal(m.ref, m.resources[0].id);
  assert.equal(m.resources[0].type, 'sco');
  assert.equal(m.resources[0].href, 'scorm.html');
  assert.equal(m.mastery, String(content.quizzes.knowledge.passMark));
  for (const f of m.resources[0].files) assert.ok(fs.existsSync(path.join(dir, f)), `listed file ${f} is in the zip`);
  for (const f of languageFiles) assert.ok(m.resources[0].files.includes(f), `${f} is listed in the manifest`);
  await page.close();
});

const launchSco = (page, kept) => openSco(page, url, 'scorm12', kept);
// scorm-again's own JSON form of the data model (its getters refuse write-only elements).
const cmi = (page) => page.evaluate(() => {
  const c = JSON.parse(JSON.stringify(API.cmi));
  return { status: c.core.lesson_status, raw: c.core.score.raw, min: c.core.score.min, max: c.core.score.max,
    exit: c.core.exit, time: c.core.session_time, suspend: c.suspend_data,
    initialized: API.isInitialized(), terminated: API.isTerminated() };
});
// The learner closes the SCO: the iframe navigates away, so the page gets "pagehide".
const leave = (page) => page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });

test('an LMS gets status, score, time and suspend data, and a relaunch resumes', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1250 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  // First launch: the SCO starts the session and says "incomplete".
  let frame = await launchSco(page, null);
  await page.waitForFunction(() => API.cmi.core.lesson_status === 'incomplete', null, { timeout: 10000 });
  assert.equal((await cmi(page)).initialized, true);
  assert.equal((await frame.evaluate(() => window.crossroads.rects())).exit, undefined, 'no Exit: SCORM 1.2 has no navigation requests');
  const total = (await frame.evaluate(() => window.crossroads.state())).quiz.knowledge.total;
  await answerInFrame(page, frame, { count: 5 });
  const before = (await frame.evaluate(() => window.crossroads.state())).quiz.knowledge;
  assert.equal(before.checked.length, 5);
  await leave(page);
  await page.waitForFunction(() => API.isTerminated(), null, { timeout: 10000 });
  const first = await cmi(page);
  assert.equal(first.status, 'incomplete');
  assert.equal(first.exit, 'suspend');
  assert.match(first.time, /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
  assert.ok(first.suspend.length > 0 && first.suspend.length <= 4096, `suspend data of ${first.suspend.length} characters`);
  assert.deepEqual(JSON.parse(first.suspend).quiz.knowledge.checked, before.checked);
  // Each answer is an interaction in 1.2's formats: "a,b", "t"/"f", "HHHH:MM:SS.SS".
  const recorded = childList(await page.evaluate(() => JSON.parse(JSON.stringify(API.cmi)).interactions)).filter((i) => 'id' in i)
    .map((i) => ({ id: i.id, result: i.result, response: i.student_response, latency: i.latency, pattern: childList(i.correct_responses)[0]?.pattern }));
  assert.equal(recorded.length, 5);
  for (const [n, i] of recorded.entries()) {
    const q = questions[before.checked[n]];
    assert.equal(i.id, `urn:crossroads:quiz:knowledge:question:${q.id}`);
    assert.equal(i.result, 'correct');
    const key = q.type === 'truefalse' ? (q.answer ? 't' : 'f') : answerKey(q).join(',');
    assert.equal(i.pattern, key);
    assert.equal(i.response, key);
    assert.match(i.latency, /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
  }

  // Relaunch with what the LMS kept: the same attempt, five questions already checked.
  frame = await launchSco(page, { core: { lesson_status: first.status }, suspend_data: first.suspend });
  const resumed = (await frame.evaluate(() => window.crossroads.state())).quiz.knowledge;
  assert.deepEqual(resumed.checked, before.checked);
  assert.deepEqual(resumed.order, before.order);
  assert.equal(resumed.current, before.current);
  assert.equal(resumed.finished, false);

  // Finish it all right: passed, 100 of 0..100, committed before the learner leaves.
  await answerInFrame(page, frame);
  assert.equal((await frame.evaluate(() => window.crossroads.state())).quiz.knowledge.finished, true);
  await page.waitForFunction(() => API.cmi.core.lesson_status === 'passed', null, { timeout: 10000 });
  const done = await cmi(page);
  assert.deepEqual([done.raw, done.min, done.max], ['100', '0', '100']);
  assert.equal(done.terminated, false);
  await leave(page);
  await page.waitForFunction(() => API.isTerminated(), null, { timeout: 10000 });
  const last = await cmi(page);
  assert.equal(last.status, 'passed');
  assert.equal(JSON.parse(last.suspend).quiz.knowledge.finished, true);
  assert.equal(JSON.parse(last.suspend).quiz.knowledge.checked.length, total);
  assert.deepEqual(errors, []);
  await page.close();
});

test('without an LMS the launch page behaves as the plain page', async () => {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(url + 'scorm.html?view=ladder');
  await ready(page);
  assert.equal((await page.evaluate(() => window.crossroads.state())).view, 'ladder');
  assert.ok(warnings.some((w) => /no SCORM LMS found/.test(w)), warnings.join('\n'));
  await page.evaluate(() => window.crossroads.wake());
  await page.waitForFunction(() => localStorage.getItem('crossroads:session:v1') !== null, null, { timeout: 10000 });
  await page.close();
});

test('the learner\'s language from the LMS (cmi.student_preference.language) chooses the start', async () => {
  const page = await browser.newPage();
  const frame = await launchSco(page, { student_preference: { language: 'de' } });
  await frame.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().language === 'de'; }, null, { timeout: 30000 });
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
  await page.close();
});

test('unreadable suspend data: a fresh start, said in one line, the old value kept aside', async () => {
  const page = await browser.newPage();
  const frame = await launchSco(page, { suspend_data: '{"v":1,"broken' });
  const st = await frame.evaluate(() => window.crossroads.state());
  assert.equal(st.quiz.knowledge.checked.length, 0);
  assert.match(st.notice ?? '', /could not be read/);
  assert.equal(await frame.evaluate(() => localStorage.getItem('crossroads:scorm:backup')), '{"v":1,"broken');
  await page.close();
});
