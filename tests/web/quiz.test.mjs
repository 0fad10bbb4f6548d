// Both quizzes in the browser, answered by clicking (and dragging) at the rectangles the
// app reports, with the answer key read from the content file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { content, questions, answerKey, startServer, launch, openApp, state, rects, clickRect, frames, screenshot } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openQuiz(kind, options) {
  const app = await openApp(browser, server.url, options);
  await clickRect(app.page, 'tab.quiz');
  await clickRect(app.page, `quiz.${kind}`);
  assert.equal((await state(app.page)).quiz.active, kind);
  return app;
}

// Drags ordering row `from` (0-based) onto the place of row `to` with real mouse events.
async function dragRow(page, from, to) {
  const r = await rects(page);
  const a = r[`quiz.order.${from + 1}`], b = r[`quiz.order.${to + 1}`];
  await page.mouse.move(a.x + a.w / 3, a.y + a.h / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.w / 3, b.y + b.h / 2, { steps: 6 });
  await page.mouse.up();
  await frames(page);
}

async function answerCurrent(page, { correctly }) {
  const k = (await state(page)).quiz.knowledge;
  const q = questions[k.questionId];
  const key = answerKey(q);
  if (q.type === 'order') {
    const wanted = correctly ? key : [...key].reverse();
    for (let t = 0; t < wanted.length; t++) {
      const now = (await state(page)).quiz.knowledge.answer;
      const p = now.indexOf(wanted[t]);
      if (p !== t) await dragRow(page, p, t);
    }
  } else {
    const picks = correctly ? key : [k.options.find((o) => !key.includes(o))];
    for (const id of picks) await clickRect(page, `quiz.option.${k.options.indexOf(id) + 1}`);
  }
  await clickRect(page, 'quiz.check');
  await frames(page, 4); // the feedback is laid out and scrolled into view
  return q;
}

test('the whole knowledge check answered right: 100% and success', async () => {
  const { context, page, errors } = await openQuiz('knowledge');
  await screenshot(page, 'web-quiz-question.png');
  const total = (await state(page)).quiz.knowledge.total;
  for (let i = 0; i < total; i++) {
    await answerCurrent(page, { correctly: true });
    if (i === 0) await screenshot(page, 'web-quiz-feedback-right.png');
    await clickRect(page, 'quiz.next');
    await frames(page, 4);
  }
  const k = (await state(page)).quiz.knowledge;
  assert.equal(k.finished, true);
  assert.equal(k.score.percent, 100);
  assert.equal(k.score.raw, k.score.max);
  assert.equal(k.success, true);
  await screenshot(page, 'web-quiz-knowledge-result.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wrong answer gets feedback and no point', async () => {
  const { context, page, errors } = await openQuiz('knowledge');
  const q = await answerCurrent(page, { correctly: false });
  const s = await state(page);
  assert.ok(s.quiz.knowledge.checked.includes(q.id));
  assert.ok((await rects(page))['quiz.feedback'], 'feedback is shown');
  assert.equal(s.quiz.knowledge.score.raw, 0);
  await screenshot(page, 'web-quiz-feedback-wrong.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('dragging reorders the items of an ordering question', async () => {
  const { context, page, errors } = await openQuiz('knowledge');
  // Skip ahead to an ordering question by answering the others.
  for (let guard = 0; guard < 20; guard++) {
    const k = (await state(page)).quiz.knowledge;
    if (questions[k.questionId].type === 'order') break;
    await answerCurrent(page, { correctly: true });
    await clickRect(page, 'quiz.next');
    await frames(page, 4);
  }
  const before = (await state(page)).quiz.knowledge.answer;
  assert.ok(before.length >= 2);
  await dragRow(page, before.length - 1, 0);
  const after = (await state(page)).quiz.knowledge.answer;
  assert.equal(after[0], before[before.length - 1], 'the last item is now first');
  assert.deepEqual([...after].sort(), [...before].sort());
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lean of ['management', 'technical']) {
  test(`the self-assessment answered all-${lean} leans ${lean}`, async () => {
    const { context, page, errors } = await openQuiz('fit');
    for (const st of content.quizzes.fit.statements) {
      const other = lean === 'management' ? 'technical' : 'management';
      await clickRect(page, st.weights[lean] > st.weights[other] ? 'quiz.scale.5' : 'quiz.scale.1');
      await clickRect(page, 'quiz.next');
    }
    await frames(page);
    const fit = (await state(page)).quiz.fit;
    assert.equal(fit.finished, true);
    assert.equal(fit.result.direction, lean);
    assert.equal(fit.result.withheld, false);
    assert.equal(fit.result.top.length, 3);
    await screenshot(page, `web-quiz-fit-${lean}.png`);
    await clickRect(page, 'quiz.showOnLadder');
    const s = await state(page);
    assert.equal(s.view, 'ladder');
    assert.equal(s.ladder.target, lean === 'management' ? 'em' : 'tl');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the keyboard answers the self-assessment: digits choose, Enter moves on', async () => {
  const { context, page, errors } = await openQuiz('fit');
  await page.keyboard.press('4');
  await frames(page);
  const id = (await state(page)).quiz.fit.statementId;
  assert.equal((await state(page)).quiz.fit.answers[id], 4);
  await page.keyboard.press('Enter');
  await frames(page);
  assert.equal((await state(page)).quiz.fit.current, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
