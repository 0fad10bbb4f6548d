// The cmi5 course (./build-wasm.sh --package cmi5) launched by a small LMS and record store
// (cmi5-lms.mjs) as a cmi5 LMS does: cmi5.xml, then the AU across two sessions of one
// registration. Checked against the cmi5 rules: initialized first and terminated last in
// each session, completed and passed once, the required categories, extensions and
// durations, the token and version on every request, each statement valid xAPI 1.0.3 (npm
// @learninglocker/xapi-validation), progress resumed from the State API, statements held
// while the record store refuses them and delivered afterwards in order, Browse mode's
// limits, and a tampered launch that shows a page and sends nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import validation from '@learninglocker/xapi-validation';
import { launch, content, questions, ready, state, clickRect, answerWith, until, rects, webDir, unzipPackage } from './lib.mjs';
import { startLms } from './cmi5-lms.mjs';

const validate = validation.default ?? validation;
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const DURATION = /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/;

let dir, browser;
before(async () => {
  dir = unzipPackage('cmi5');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const verb = (st) => st.verb.id.split('/').pop();
const categories = (st) => (st.context?.contextActivities?.category ?? []).map((a) => a.id);
const answerOnPage = (page, count) => answerWith(() => state(page), {
  option: (n) => clickRect(page, `quiz.option.${n}`, { settle: 4 }),
  up: (p) => clickRect(page, `quiz.orderUp.${p}`, { settle: 4 }),
  go: (id) => clickRect(page, id, { settle: 4 }),
}, { count });
async function openAu(lms, query = '?view=quiz&quiz=knowledge') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 1250 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(lms.launchUrl('cmi5.html' + query));
  return { context, page, errors };
}
// The failure page's title, its colour and text, once it shows.
async function failure(page) {
  await page.waitForSelector('#failure:not([hidden])', { timeout: 15000 });
  return page.evaluate(() => {
    const title = document.getElementById('failure-title');
    return { title: title.textContent, text: document.getElementById('failure-text').textContent, colour: getComputedStyle(title).color };
  });
}

test('the package: cmi5.xml in the CourseStructure namespace, one AU with the pass mark as its mastery score', async () => {
  const xml = fs.readFileSync(path.join(dir, 'cmi5.xml'), 'utf8');
  const page = await browser.newPage();
  const m = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
    const root = doc.documentElement;
    const [course] = doc.getElementsByTagNameNS(NS, 'course');
    const aus = [...doc.getElementsByTagNameNS(NS, 'au')];
    const kids = (el) => [...el.children].map((c) => c.namespaceURI === NS ? c.localName : c.namespaceURI + ' ' + c.localName);
    return {
      root: root.namespaceURI + ' ' + root.localName,
      order: kids(root),
      course: course && { id: course.getAttribute('id'), kids: kids(course), lang: course.querySelector('langstring')?.getAttribute('lang') },
      aus: aus.map((au) => ({ id: au.getAttribute('id'), moveOn: au.getAttribute('moveOn'), masteryScore: au.getAttribute('masteryScore'),
        launchMethod: au.getAttribute('launchMethod'), kids: kids(au), url: au.getElementsByTagNameNS(NS, 'url')[0]?.textContent,
        title: au.getElementsByTagNameNS(NS, 'title')[0]?.textContent.trim() })),
    };
  }, xml);
  await page.close();
  assert.equal(m.error, undefined);
  assert.equal(m.root, 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd courseStructure');
  assert.deepEqual(m.order, ['course', 'au']);
  assert.match(m.course.id, /^[a-z][a-z0-9+.-]*:\S+$/, 'the course id is an IRI');
  assert.deepEqual(m.course.kids, ['title', 'description']);
  assert.equal(m.aus.length, 1);
  const [au] = m.aus;
  assert.notEqual(au.id, m.course.id);
  assert.equal(au.moveOn, 'CompletedOrPassed');
  assert.equal(Number(au.masteryScore), content.quizzes.knowledge.passMark / 100);
  assert.equal(au.launchMethod, 'AnyWindow');
  assert.deepEqual(au.kids, ['title', 'description', 'url']);
  assert.equal(au.title, content.title);
  assert.ok(fs.existsSync(path.join(dir, au.url)), `the AU's url ${au.url} is in the zip`);
  assert.equal(fs.existsSync(path.join(dir, 'imsmanifest.xml')), false, 'a cmi5 package, not SCORM');
  // The packages carry the LMS bundle; the page's own bundle has none of its code.
  const lmsJs = fs.readFileSync(path.join(dir, 'crossroads.js'), 'utf8');
  const pageJs = fs.readFileSync(path.join(webDir, 'crossroads.js'), 'utf8');
  for (const mark of ['API_1484_11', 'keepalive']) {
    assert.ok(lmsJs.includes(mark), `the package's bundle has ${mark}`);
    assert.ok(!pageJs.includes(mark), `the page's bundle has no ${mark}`);
  }
});

test('two sessions of one registration: the cmi5 rules, valid statements, progress resumed, statements held while refused', async () => {
  const lms = await startLms({ dir });
  try {
    // Session 1: four questions of the knowledge check, then Exit.
    let { context, page, errors } = await openAu(lms);
    await ready(page);
    assert.equal(lms.fetches, 1, 'the token fetched once');
    await until(() => lms.statements.length >= 1, 'initialized stored');
    assert.equal(verb(lms.statements[0]), 'initialized');
    await answerOnPage(page, 4);
    const half = (await state(page)).quiz.knowledge;
    assert.equal(half.checked.length, 4);
    await until(() => lms.statements.filter((s) => verb(s) === 'answered').length === 4, 'four answers stored');
    // Exit: terminated, the progress kept, and the course's page (returnURL) shown.
    const exit = (await rects(page)).exit; // clicked by hand: the page then leaves, so no frames to wait for
    assert.ok(exit, 'an Exit button for an LMS launch');
    await page.mouse.click(exit.x + exit.w / 2, exit.y + exit.h / 2);
    await page.waitForURL(lms.origin + '/course', { timeout: 15000 });
    await until(() => lms.statements.some((s) => verb(s) === 'terminated'), 'terminated stored');
    await until(() => lms.progress() !== undefined, 'the progress stored');
    assert.deepEqual(errors, []);
    // A second call of the fetch URL gets error 1 (the double, as an LMS).
    const again = await (await fetch(`${lms.origin}/fetch`, { method: 'POST' })).json();
    assert.equal(again['error-code'], '1');
    await context.close();

    // Session 2: the LMS launches again; the AU resumes from the State API at the same question.
    lms.newSession();
    ({ context, page, errors } = await openAu(lms));
    await ready(page);
    const resumed = (await state(page)).quiz.knowledge;
    assert.deepEqual(resumed.checked, half.checked);
    assert.deepEqual(resumed.order, half.order);
    assert.equal(resumed.current, half.current, 'at the same question');
    await until(() => lms.statements.filter((s) => verb(s) === 'initialized').length === 2, 'the second initialized stored');
    // The record store goes down for the next three statements: they wait and go later, in order.
    lms.refuse(3);
    await answerOnPage(page);
    await until(() => lms.statements.some((s) => verb(s) === 'passed'), 'passed stored', 30000);
    assert.equal(lms.refusing, 0, 'the refusals were met');
    await page.goto('about:blank'); // the learner closes the tab: terminated goes as the page leaves
    await until(() => lms.statements.filter((s) => verb(s) === 'terminated').length === 2, 'the second terminated stored');
    assert.deepEqual(errors, []);
    await context.close();

    // Every statement: valid xAPI 1.0.3, its own id, this registration and its session.
    const all = lms.statements;
    assert.equal(new Set(all.map((s) => s.id)).size, all.length, 'no statement twice');
    for (const st of all) {
      assert.deepEqual(validate(st).map((w) => `${w.name} at ${w.path.join('.')}`), [], `${verb(st)} ${st.id} is valid xAPI`);
      assert.equal(st.context.registration, lms.registration);
      assert.deepEqual(st.actor, JSON.parse(JSON.stringify(st.actor)));
      assert.equal(st.actor.account.name, 'learner-1625378');
      assert.ok(st.context.contextActivities.grouping.some((a) => a.id === lms.publisherId), 'the context template kept');
    }
    const sessions = [...new Set(all.map((s) => s.context.extensions[SESSION]))];
    assert.equal(sessions.length, 2);
    for (const id of sessions) {
      const own = all.filter((s) => s.context.extensions[SESSION] === id);
      assert.equal(verb(own[0]), 'initialized', 'initialized first');
      assert.equal(verb(own.at(-1)), 'terminated', 'terminated last');
      assert.equal(own.filter((s) => verb(s) === 'initialized').length, 1);
      assert.equal(own.filter((s) => verb(s) === 'terminated').length, 1);
      const times = own.map((s) => Date.parse(s.timestamp));
      assert.deepEqual(times, [...times].sort((a, b) => a - b), 'stored in the order they were made');
    }
    // The answers: cmi5 "allowed" statements, each question once, under the AU's activity id.
    const answers = all.filter((s) => verb(s) === 'answered');
    assert.equal(answers.length, Object.keys(questions).length);
    for (const a of answers) {
      assert.ok(!categories(a).includes(CMI5), 'an allowed statement has no cmi5 category');
      assert.ok(a.object.id.startsWith(lms.activityId + '/test/knowledge/question/'));
      assert.equal(a.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
      assert.match(a.result.duration, DURATION);
    }
    // passed once, with the score, success, the mastery score and a duration; no failed.
    const judged = all.filter((s) => ['passed', 'failed'].includes(verb(s)));
    assert.deepEqual(judged.map(verb), ['passed']);
    const [passed] = judged;
    assert.equal(passed.result.success, true);
    assert.equal(passed.result.score.scaled, 1);
    assert.equal(passed.context.extensions[MASTERY], 0.7);
    assert.match(passed.result.duration, DURATION);
    assert.ok(categories(passed).includes(CMI5) && categories(passed).includes(MOVEON));
    for (const t of all.filter((s) => verb(s) === 'terminated')) assert.match(t.result.duration, DURATION);
    // Every request to the record store carried its session's token and the xAPI version.
    assert.ok(lms.requests.length > all.length);
    for (const r of lms.requests) {
      assert.ok(lms.tokens.some((t) => r.auth === `Basic ${t}`), `${r.method} ${r.path} has a token`);
      assert.equal(r.version, '1.0.3');
    }
    // The refused statements were sent again under the same ids.
    const puts = lms.requests.filter((r) => r.method === 'PUT' && r.path === '/xapi/statements');
    assert.ok(puts.length > new Set(puts.map((r) => r.query.statementId)).size, 'some statement was sent again');
  } finally {
    await lms.close();
  }
});

test('the self-assessment finished sends completed once; a reload after the session started says to relaunch', async () => {
  const lms = await startLms({ dir });
  try {
    const { context, page, errors } = await openAu(lms, '?view=quiz&quiz=fit');
    await ready(page);
    for (let i = 0; i < content.quizzes.fit.statements.length; i++) {
      await clickRect(page, 'quiz.scale.4', { settle: 4 });
      await clickRect(page, 'quiz.next', { settle: 4 });
    }
    await until(() => lms.statements.some((s) => verb(s) === 'completed'), 'completed stored');
    const completed = lms.statements.filter((s) => verb(s) === 'completed');
    assert.equal(completed.length, 1);
    assert.equal(completed[0].result.completion, true);
    assert.match(completed[0].result.duration, DURATION);
    assert.ok(categories(completed[0]).includes(MOVEON));
    assert.equal(lms.statements.filter((s) => verb(s) === 'answered').length, content.quizzes.fit.statements.length);
    // A reload: the session ended as the page left, and it cannot start again without the LMS.
    await page.reload();
    const left = await failure(page);
    assert.equal(left.title, 'You have left this activity');
    assert.equal(left.colour, 'rgb(26, 31, 41)', 'said in the ordinary text colour, not as a failure');
    await until(() => lms.statements.some((s) => verb(s) === 'terminated'), 'terminated stored');
    assert.equal(lms.fetches, 1, 'the fetch URL was not called again');
    assert.equal(lms.statements.filter((s) => verb(s) === 'initialized').length, 1);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await lms.close();
  }
});

test("the learner's language (languagePreference) is the statements' too: verbs in English and German, the content's texts in German", async () => {
  const lms = await startLms({ dir, languagePreference: 'de-DE' });
  try {
    const { context, page, errors } = await openAu(lms);
    await ready(page);
    await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().language === 'de'; }, null, { timeout: 15000 });
    await answerOnPage(page, 1);
    await until(() => lms.statements.some((s) => verb(s) === 'answered'), 'the answer stored');
    const answered = lms.statements.find((s) => verb(s) === 'answered');
    assert.deepEqual(answered.verb.display, { 'en-US': 'answered', de: 'beantwortet' });
    assert.deepEqual(Object.keys(answered.object.definition.name), ['de']);
    const german = JSON.parse(fs.readFileSync(path.join(webDir, 'content/em-vs-tl.de.json'), 'utf8'));
    assert.ok(german.quizzes.knowledge.questions.some((q) => q.prompt === answered.object.definition.name.de), 'the prompt as the German content has it');
    assert.deepEqual(validate(answered).map((w) => `${w.name} at ${w.path.join('.')}`), [], 'valid xAPI');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await lms.close();
  }
});

test('Browse mode records only initialized and terminated', async () => {
  const lms = await startLms({ dir, launchMode: 'Browse' });
  try {
    const { context, page, errors } = await openAu(lms);
    await ready(page);
    await answerOnPage(page, 2);
    assert.equal((await state(page)).quiz.knowledge.checked.length, 2, 'the learner can still try the questions');
    await page.goto('about:blank');
    await until(() => lms.statements.some((s) => verb(s) === 'terminated'), 'terminated stored');
    assert.deepEqual(lms.statements.map(verb), ['initialized', 'terminated']);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await lms.close();
  }
});

test('a tampered launch or a used token shows a page that says what to do, and sends nothing', async () => {
  const lms = await startLms({ dir });
  try {
    const cases = [
      [{ endpoint: undefined }, /"endpoint"/],
      [{ actor: '{"name":"someone"}' }, /"actor"/],
    ];
    for (const [override, why] of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(lms.launchUrl('cmi5.html', override));
      const f = await failure(page);
      assert.equal(f.title, 'This activity cannot start');
      assert.equal(f.colour, 'rgb(180, 35, 24)', 'a failure, in red');
      assert.match(f.text, why);
      assert.match(f.text, /open the activity again/);
      await context.close();
    }
    assert.equal(lms.fetches, 0);
    assert.deepEqual(lms.requests, []);
    // The fetch URL already used (an old launch link opened again): error 1, in the learner's words.
    await (await fetch(`${lms.origin}/fetch`, { method: 'POST' })).text();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(lms.launchUrl());
    const f = await failure(page);
    assert.match(f.text, /already been used/);
    assert.deepEqual(lms.requests, [], 'nothing reached the record store');
    await context.close();
  } finally {
    await lms.close();
  }
});
