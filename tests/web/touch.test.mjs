// Touch as phones deliver it: real touch events over the DevTools protocol, at phone sizes
// and a pixel ratio of 3. A one-finger swipe scrolls (with momentum), a tap is a tap, and
// no tooltip is left behind by a finger.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, ready, openPage, state, rects, frames, screenshot, colourStats } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPhone(query, { width = 360, height = 640, session = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  if (session) await context.addInitScript((v) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('crossroads:session:v1', v); sessionStorage.setItem('seeded', '1'); } }, session);
  const { page, errors } = await openPage(context, server.url + query);
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  // A finger from (x, y) moved by dy in `steps` equal moves. A flick sends them back to
  // back, as a phone does at 60 to 120 Hz, and lifts at once; a slow drag (`slow`) waits
  // for a drawn frame after each move and holds still before lifting (no fling).
  const swipe = async (x, y, dy, steps = 10, { slow = false } = {}) => {
    await touch('touchStart', x, y);
    await frames(page, 1);
    for (let k = 1; k <= steps; k++) {
      await touch('touchMove', x, y + (dy * k) / steps);
      if (slow) await frames(page, 1);
    }
    if (slow) await frames(page, 8);
    await touch('touchEnd');
  };
  // A flick as a phone's digitizer reports it: moves every `ms` milliseconds (a 120 Hz
  // screen: 8 ms), then the lift. Chromium hands CDP touches over one per drawn frame, and
  // frames are slow under SwiftShader, which would make any swipe a slow one; these touch
  // events are made in the page instead, where the pace is the finger's own.
  const flick = async (x, y, dy, steps = 8, ms = 8) => {
    const send = (moves) => page.evaluate(({ x, y, moves, ms, end }) => {
      const canvas = document.getElementById('canvas');
      const fire = (type, px, py) => {
        const t = new Touch({ identifier: 7, target: canvas, clientX: px, clientY: py });
        canvas.dispatchEvent(new TouchEvent(type, { touches: type === 'touchend' ? [] : [t], targetTouches: type === 'touchend' ? [] : [t],
          changedTouches: [t], bubbles: true, cancelable: true }));
      };
      if (!moves.length) { fire('touchstart', x, y); return; }
      for (const m of moves) { const until = performance.now() + ms; while (performance.now() < until); fire('touchmove', x, m); }
      fire('touchend', x, moves[moves.length - 1]);
    }, { x, y, moves, ms });
    await send([]);
    await frames(page, 1);
    await send(Array.from({ length: steps }, (_, k) => y + (dy * (k + 1)) / steps));
  };
  const tap = async (x, y) => { await touch('touchStart', x, y); await frames(page, 1); await touch('touchEnd'); await frames(page, 3); };
  return { context, page, errors, touch, swipe, flick, tap };
}

const y = async (page, id) => (await rects(page))[id]?.y;
// Waits until the app stops moving by itself (a fling has run out): the rects are the same
// after two more frames were drawn. Comparing polls alone could pass while a slow frame
// (a busy machine, SwiftShader) had not been drawn between them, in the middle of a fling.
async function settled(page) {
  await page.waitForFunction(() => {
    window.crossroads.wake();
    const s = window.crossroads.state();
    const r = JSON.stringify(window.crossroads.rects());
    const last = window.lastSettle;
    if (!last || last.r !== r) { window.lastSettle = { r, frame: s.frame }; return false; }
    return s.frame >= last.frame + 2;
  }, null, { polling: 50, timeout: 20000 });
  await page.evaluate(() => { window.lastSettle = null; });
}

test('a swipe scrolls Compare, goes on with momentum, and stops when the finger comes down', async () => {
  const { context, page, errors, swipe, flick, touch } = await openPhone('?view=compare');
  const y0 = await y(page, 'compare.filter');
  // A slow drag of 300 px: the content follows the finger exactly, no fling.
  await swipe(180, 560, -300, 30, { slow: true });
  await settled(page);
  const y1 = await y(page, 'compare.filter');
  assert.ok(Math.abs(y0 - y1 - 300) <= 12, `a slow 300 px drag scrolled ${y0 - y1} px`);
  // A quick flick of 200 px goes on after the finger lifts.
  await flick(180, 560, -200);
  await frames(page, 1);
  const lifted = await y(page, 'compare.filter');
  await page.waitForFunction((at) => window.crossroads.rects()['compare.filter'].y < at - 100, lifted, { polling: 30 });
  // A finger put down stops it at once, and that touch is no tap on what is under it.
  await touch('touchStart', 180, 300);
  await frames(page, 2);
  const stopped = await y(page, 'compare.filter');
  await frames(page, 4);
  assert.equal(await y(page, 'compare.filter'), stopped, 'the list stands still under the finger');
  await touch('touchEnd');
  await frames(page, 3);
  const s = await state(page);
  assert.equal(s.view, 'compare');
  assert.equal(s.compare.differencesOnly, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a swipe scrolls the Quiz view too, with momentum, down to its last button', async () => {
  const { context, page, errors, swipe, flick } = await openPhone('?view=quiz');
  const y0 = await y(page, 'quiz.back');
  assert.ok(y0 + 44 > 640, 'the buttons start below the screen');
  await swipe(180, 420, -40, 8, { slow: true });
  await settled(page);
  const y1 = await y(page, 'quiz.back');
  assert.ok(Math.abs(y0 - y1 - 40) <= 12, `a slow 40 px drag scrolled ${y0 - y1} px`);
  // A 60 px flick carries on past the finger's 60 px.
  await flick(180, 420, -60);
  await page.waitForFunction((at) => { window.crossroads.wake(); return window.crossroads.rects()['quiz.back'].y < at - 80; }, y1, { polling: 30 });
  await settled(page);
  const back = (await rects(page))['quiz.back'];
  assert.ok(back.y + back.h <= 640, `the last buttons are on screen (bottom at ${back.y + back.h})`);
  await screenshot(page, 'touch-quiz-bottom-360.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the last row of the table and the route\'s last step can be reached by swiping', async () => {
  const { context, page, errors, swipe } = await openPhone('?view=compare');
  const last = 'compare.row.career-path';
  for (let i = 0; i < 40 && (await y(page, last)) > 600; i++) await swipe(180, 560, -450, 5);
  await settled(page);
  const r = (await rects(page))[last];
  assert.ok(r.y >= 100 && r.y + r.h <= 640, `the last row is on screen at ${r.y}`);
  // At the bottom edge it stops: more swipes move nothing.
  await swipe(180, 560, -300, 5);
  await settled(page);
  const atEnd = await y(page, last);
  await swipe(180, 560, -300, 5);
  await settled(page);
  assert.equal(await y(page, last), atEnd, 'the end of the list is an edge');
  await screenshot(page, 'touch-compare-bottom-360.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the route\'s last step can be reached, while a drag on the ladder still pans it', async () => {
  // A visitor who has set where they are and where they want to go (the route under the ladder).
  const session = JSON.stringify({ version: 1, view: 'ladder', ladder: { you: 'engineer', target: 'cto' } });
  const phone = await openPhone('?view=ladder', { width: 390, height: 844, session });
  const { page } = phone;
  const st = await state(page);
  assert.ok(st.ladder.route.length >= 2, `a route of ${st.ladder.route.length} roles`);
  const stepId = `ladder.step.${st.ladder.route.length - 1}`;
  const canvas0 = (await rects(page))['ladder.canvas'];
  const card0 = (await rects(page))['ladder.node.cto'];
  // A drag on the canvas pans the ladder and does not scroll the view.
  const all = await rects(page);
  const cards = Object.entries(all).filter(([id]) => id.startsWith('ladder.node.')).map(([, r]) => r);
  const free = (px, py) => !cards.some((r) => px > r.x - 8 && px < r.x + r.w + 8 && py > r.y - 8 && py < r.y + r.h + 8);
  let at = null;
  for (let py = canvas0.y + 120; !at && py < canvas0.y + canvas0.h - 20; py += 10)
    for (let px = canvas0.x + 20; !at && px < canvas0.x + canvas0.w - 20; px += 10) if (free(px, py) && free(px, py - 100)) at = { x: px, y: py };
  assert.ok(at, 'the canvas has empty background');
  await phone.swipe(at.x, at.y, -100, 5, { slow: true });
  await settled(page);
  const after = await rects(page);
  assert.equal(after['ladder.canvas'].y, canvas0.y, 'the view did not scroll');
  assert.ok(Math.abs(after['ladder.node.cto'].y - (card0.y - 100)) <= 2, `the ladder panned with the finger (${card0.y} -> ${after['ladder.node.cto'].y})`);
  assert.ok(!(await state(page)).ladder.nodes.some((n) => n.moved), 'no card moved');
  // Below the canvas, a swipe scrolls the view down to the route's last step.
  for (let i = 0; i < 20 && (await y(page, stepId)) > 800; i++) await phone.swipe(200, 820, -300, 5);
  await settled(page);
  const step = (await rects(page))[stepId];
  assert.ok(step && step.y + step.h <= 844 && step.y >= 0, `the last step is on screen at ${step?.y}`);
  await screenshot(page, 'touch-ladder-route-390.png');
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
});

test('a tap is a click, a finger leaves no tooltip, and a swipe on a button does not press it', async () => {
  const { context, page, swipe, tap } = await openPhone('?view=compare');
  const d = (await rects(page))['compare.differencesOnly'];
  // A swipe that starts on the button scrolls and does not toggle it.
  await swipe(d.x + d.w / 2, d.y + d.h / 2, -120, 6);
  await settled(page);
  let s = await state(page);
  assert.equal(s.compare.differencesOnly, false, 'a swipe is not a press');
  assert.equal(s.tooltip, false, 'no tooltip after a swipe');
  const d2 = (await rects(page))['compare.differencesOnly'];
  assert.ok(d2.y < d.y - 100, 'it scrolled instead');
  // A tap where the last finger lifted still lands (no move comes before it).
  await tap(d2.x + d2.w / 2, d2.y + d2.h / 2);
  s = await state(page);
  assert.equal(s.compare.differencesOnly, true, 'a tap presses it');
  assert.equal(s.tooltip, false, 'no tooltip after a tap');
  await context.close();

  // A mouse does show the tooltip there (so the check above can see one).
  const desk = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const p2 = await desk.newPage();
  await p2.goto(server.url + '?view=compare');
  await ready(p2);
  const t = (await rects(p2))['compare.differencesOnly'];
  await p2.mouse.move(t.x + t.w / 2, t.y + t.h / 2);
  await p2.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().tooltip === true; }, null, { polling: 100 });
  await desk.close();
});

test('every control is at least 44x44 px on touch', async () => {
  for (const view of ['compare', 'ladder', 'quiz']) {
    const { context, page, tap } = await openPhone(`?view=${view}`);
    const t = (await rects(page))['tab.' + view];
    await tap(t.x + t.w / 2, t.y + t.h / 2); // the first touch turns on finger-sized targets
    const small = Object.entries(await rects(page))
      // Controls only: table rows, the count, a tapped source, the details' title, the
      // route's steps, the app's name and the labels are text. A ladder card's rectangle is
      // its target, grown to 44 px.
      .filter(([id]) => !/^compare\.(row|count|source)|^ladder\.(details|step)|Label$|^title$/.test(id))
      .filter(([, r]) => r.h < 44 - 0.01 || r.w < 44 - 0.01)
      .map(([id, r]) => `${id} ${r.w}x${r.h}`);
    assert.deepEqual(small, [], `${view}: controls under 44 px`);
    await context.close();
  }
});

test('a tap on a role card shows its source under it, as a tooltip would to a mouse', async () => {
  const { context, page, tap } = await openPhone('?view=compare');
  assert.equal((await rects(page))['compare.source'], undefined);
  const card = (await rects(page))['compare.role.tl'];
  await tap(card.x + card.w / 2, card.y + 20);
  const src = (await rects(page))['compare.source'];
  assert.ok(src && src.y >= card.y + card.h - 1, 'the source is written under the card');
  assert.equal((await state(page)).tooltip, false);
  await tap(card.x + card.w / 2, card.y + 20); // a second tap hides it
  assert.equal((await rects(page))['compare.source'], undefined);
  await context.close();
});

test('a tap on a ladder card opens its details in view, with no tooltip', async () => {
  const { context, page, errors, tap } = await openPhone('?view=ladder');
  const c = (await rects(page))['ladder.node.tl'];
  await tap(c.x + c.w / 2, c.y + c.h / 2);
  await settled(page);
  const s = await state(page);
  assert.equal(s.ladder.selected, 'tl');
  assert.equal(s.tooltip, false);
  const details = (await rects(page))['ladder.details'];
  assert.ok(details && details.y < 640 && details.y + 40 > 0, `the details are in view (top at ${details?.y})`);
  await screenshot(page, 'touch-ladder-details-360.png');
  assert.deepEqual(errors, []);
  await context.close();
});
