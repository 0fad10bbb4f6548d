// The SCORM 2004 4th edition package (./build-wasm.sh --package scorm2004) in an LMS played
// by the npm package scorm-again (Scorm2004API): the manifest's namespaces and objective,
// then the SCO across two launches: resumed at the same question from cmi.suspend_data,
// passed with a scaled score of 1, each answer read back as an interaction with its correct
// response, and suspend data over 1.2's 4,096 characters kept whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, content, answerInFrame, answerKey, questions, servePackage, launchSco as openSco, childList, clickRect } from './lib.mjs';

let lms, dir, url, browser;

before(async () => {
  lms = await servePackage('scorm2004');
  ({ dir, url } = lms);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await lms?.close();
});

test('the package: a SCORM 2004 4th edition manifest with the ADL namespaces and the pass mark as the objective', async () => {
  const page = await browser.newPage();
  await page.goto(url + 'lms/lms.html');
  const xml = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  const m = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
    const ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3';
    const SS = 'http://www.imsglobal.org/xsd/imsss';
    const NAV = 'http://www.adlnet.org/xsd/adlnav_v1p3';
    const SEQ = 'http://www.adlnet.org/xsd/adlseq_v1p3';
    const all = (ns, name) => [...doc.getElementsByTagNameNS(ns, name)];
    const root = doc.documentElement;
    const objective = all(SS, 'primaryObjective')[0];
    return {
      root: root.namespaceURI + ' ' + root.localName,
      declared: ['adlcp', 'adlseq', 'adlnav', 'imsss'].map((p) => root.lookupNamespaceURI(p)),
      version: all(CP, 'schemaversion')[0]?.textContent,
      items: all(CP, 'item').length,
      sco: all(CP, 'resource').map((r) => [r.getAttributeNS(ADLCP, 'scormType'), r.getAttribute('href')]),
      satisfiedByMeasure: objective?.getAttribute('satisfiedByMeasure'),
      measure: all(SS, 'minNormalizedMeasure')[0]?.textContent,
      hidden: all(NAV, 'hideLMSUI').map((e) => e.textContent),
      rollup: all(SEQ, 'rollupConsiderations').length,
      files: all(CP, 'file').map((f) => f.getAttribute('href')),
    };
  }, xml);
  assert.equal(m.error, undefined);
  assert.equal(m.root, 'http://www.imsglobal.org/xsd/imscp_v1p1 manifest');
  assert.deepEqual(m.declared, ['http://www.adlnet.org/xsd/adlcp_v1p3', 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'http://www.adlnet.org/xsd/adlnav_v1p3', 'http://www.imsglobal.org/xsd/imsss']);
  assert.equal(m.version, '2004 4th Edition');
  assert.equal(m.items, 1);
  assert.deepEqual(m.sco, [['sco', 'scorm.html']]);
  assert.equal(m.satisfiedByMeasure, 'true');
  assert.equal(Number(m.measure), content.quizzes.knowledge.passMark / 100);
  assert.deepEqual(m.hidden, ['previous', 'continue']);
  assert.equal(m.rollup, 1);
  for (const f of m.files) assert.ok(fs.existsSync(path.join(dir, f)), `listed file ${f} is in the zip`);
  await page.close();
});

const launchSco = (page, kept) => openSco(page, url, 'scorm2004', kept);
const cmi = (page) => page.evaluate(() => {
  const api = window.API_1484_11;
  const c = JSON.parse(JSON.stringify(api.cmi));
  return { ...c, initialized: api.isInitialized(), terminated: api.isTerminated() };
});
const leave = (page) => page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
const knowledge = async (frame) => (await frame.evaluate(() => window.crossroads.state())).quiz.knowledge;

test('an LMS gets completion, success, a scaled score, progress, time and each answer, and a relaunch resumes', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1250 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  let frame = await launchSco(page, null);
  await page.waitForFunction(() => window.API_1484_11.cmi.completion_status === 'incomplete', null, { timeout: 10000 });
  await answerInFrame(page, frame, { count: 5 });
  const before = await knowledge(frame);
  await leave(page);
  await page.waitForFunction(() => window.API_1484_11.isTerminated(), null, { timeout: 10000 });
  const first = await cmi(page);
  assert.equal(first.exit, 'suspend');
  assert.match(first.session_time, /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)$/);
  assert.equal(first.success_status, 'unknown');
  assert.equal(first.completion_status, 'incomplete');
  assert.ok(Math.abs(Number(first.progress_measure) - 5 / Object.keys(questions).length) < 1e-3, `progress ${first.progress_measure}`);
  assert.equal(first.location, 'view=quiz&quiz=knowledge');
  assert.deepEqual(JSON.parse(first.suspend_data).quiz.knowledge.checked, before.checked);
  const answered = childList(first.interactions).filter((i) => 'id' in i);
  assert.equal(answered.length, 5, JSON.stringify(first.interactions).slice(0, 400));
  for (const [n, i] of answered.entries()) {
    const q = questions[before.checked[n]];
    assert.equal(i.id, `urn:crossroads:quiz:knowledge:question:${q.id}`);
    assert.equal(i.type, q.type === 'order' ? 'sequencing' : q.type === 'truefalse' ? 'true-false' : 'choice');
    assert.equal(i.result, 'correct');
    const pattern = childList(i.correct_responses)[0]?.pattern;
    assert.equal(pattern, answerKey(q).join('[,]'));
    assert.equal(i.learner_response, pattern);
    assert.match(i.latency, /^PT/);
    assert.match(i.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
  }

  // Relaunch with what the LMS kept, and a long filter in the session: suspend data over
  // 4,096 characters, which SCORM 2004 allows (1.2 would drop the views' state).
  const suspend = JSON.parse(first.suspend_data);
  suspend.compare.filter = 'x'.repeat(5000);
  frame = await launchSco(page, { completion_status: first.completion_status, success_status: first.success_status,
    suspend_data: JSON.stringify(suspend), location: first.location });
  const resumed = await knowledge(frame);
  assert.deepEqual(resumed.checked, before.checked);
  assert.deepEqual(resumed.order, before.order);
  assert.equal(resumed.current, before.current, 'at the same question');

  await answerInFrame(page, frame);
  await page.waitForFunction(() => window.API_1484_11.cmi.success_status === 'passed', null, { timeout: 10000 });
  const done = await cmi(page);
  assert.equal(done.completion_status, 'completed');
  assert.equal(Number(done.progress_measure), 1);
  assert.equal(Number(done.score.scaled), 1);
  assert.deepEqual([done.score.raw, done.score.min, done.score.max].map(Number), [100, 0, 100]);
  assert.ok(done.suspend_data.length > 4096, `suspend data of ${done.suspend_data.length} characters`);
  assert.equal(JSON.parse(done.suspend_data).compare.filter.length, 5000);
  await leave(page);
  await page.waitForFunction(() => window.API_1484_11.isTerminated(), null, { timeout: 10000 });
  assert.equal((await cmi(page)).success_status, 'passed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the learner\'s language from the LMS (cmi.learner_preference.language) chooses the start', async () => {
  const page = await browser.newPage();
  const frame = await launchSco(page, { learner_preference: { language: 'ja-JP' } });
  await frame.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().language === 'ja'; }, null, { timeout: 30000 });
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ja');
  await page.close();
});

test('Exit asks the LMS to suspend the attempt (adl.nav.request) and ends the session, progress kept', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const frame = await launchSco(page, null);
  await answerInFrame(page, frame, { count: 2 });
  await clickRect(page, 'exit', { frame });
  await page.waitForFunction(() => window.API_1484_11.isTerminated(), null, { timeout: 10000 });
  const done = await page.evaluate(() => ({ request: window.API_1484_11.adl.nav.request, cmi: JSON.parse(JSON.stringify(window.API_1484_11.cmi)) }));
  assert.equal(done.request, 'suspendAll');
  assert.equal(done.cmi.exit, 'suspend');
  assert.equal(JSON.parse(done.cmi.suspend_data).quiz.knowledge.checked.length, 2);
  const left = await frame.evaluate(() => {
    const title = document.getElementById('failure-title');
    return !document.getElementById('failure').hidden && [title.textContent, getComputedStyle(title).color];
  });
  assert.deepEqual(left, ['You have left this activity', 'rgb(26, 31, 41)']);
  assert.deepEqual(errors, []);
  await page.close();
});
