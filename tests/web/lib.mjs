// Shared by the browser tests: serve the web bundle on 127.0.0.1, launch Debian's
// Chromium through playwright-core with WebGL2 on SwiftShader, open the app and wait
// for its first frame.
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../scripts/serve.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDir = process.env.CROSSROADS_WEB_DIR || path.join(repo, 'dist/web');
export const shotDir = process.env.CROSSROADS_SHOT_DIR || path.join(repo, 'build/screenshots');

// The flags Debian's Chromium needs here: no sandbox as root, no network chatter on a
// closed network, and WebGL2 through SwiftShader since there is no GPU.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--ignore-gpu-blocklist'];

// The default content and its knowledge-check answer key, as the tests answer from it.
export const content = JSON.parse(fs.readFileSync(path.join(repo, 'assets/content/em-vs-tl.json'), 'utf8'));
export const questions = Object.fromEntries(content.quizzes.knowledge.questions.map((q) => [q.id, q]));
export const answerKey = (q) => (q.type === 'order' ? q.items.map((i) => i.id) : q.type === 'truefalse' ? [String(q.answer)] : q.answer);

export async function startServer(options = {}) {
  if (!fs.existsSync(path.join(webDir, 'crossroads.wasm'))) throw new Error(`no web bundle in ${webDir}: run ./build-wasm.sh`);
  const server = createServer({ dir: webDir, mounts: { '/fixtures/': path.join(repo, 'tests/web/fixtures') }, ...options });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// Opens `url` in a new page of `context` and waits for the app's first frame; collects
// console errors and page errors.
export async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await ready(page);
  return { page, errors };
}

// The same in a new context of `browser`.
export async function openApp(browser, url, { width = 1280, height = 800, dpr = 1, query = '' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  return { context, ...(await openPage(context, url + query)) };
}

// Waits for the app's first settled frames in a page or a frame (the cr-ready class).
export const ready = (target) =>
  target.waitForFunction(() => document.documentElement.classList.contains('cr-ready'), null, { timeout: 30000 });

export const state = (page) => page.evaluate(() => window.crossroads.state());
export const rects = (page) => page.evaluate(() => window.crossroads.rects());

// Waits until the app has drawn `n` more frames, so input has been handled and shown.
export async function frames(page, n = 3) {
  // The loop sleeps when nothing happens; wake it so the frames we wait for are drawn.
  const start = await page.evaluate(() => { window.crossroads.wake(); return window.crossroads.state().frame; });
  await page.waitForFunction((target) => { window.crossroads.wake(); return window.crossroads.state().frame >= target; },
    start + n, { timeout: 10000, polling: 50 });
}

// Waits for `n` of the browser's animation frames (about 60 a second), without waking the
// app: the time in which an awake app would have drawn as many frames of its own.
export const animationFrames = (target, n) => target.evaluate((n) => new Promise((resolve) => {
  const tick = (left) => (left <= 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
  tick(n);
}), n);

// Waits until `check()` (a test-side condition, such as a console message having come) is
// true, polling it.
export async function until(check, what, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Waits until the app has stopped drawing by itself: its frame count stands still for 15
// animation frames in a row.
export async function asleep(target) {
  for (let tries = 0; tries < 100; tries++) {
    const a = await target.evaluate(() => window.crossroads.state().frame);
    await animationFrames(target, 15);
    if ((await target.evaluate(() => window.crossroads.state().frame)) === a) return;
  }
  throw new Error('the app never stopped drawing');
}

// Clicks the middle of an item the app reports, with the page's real mouse, then waits
// `settle` frames. `frame`: the app runs in that iframe of `page` (its rects are offset).
export async function clickRect(page, id, { frame = null, settle = 3 } = {}) {
  const app = frame || page;
  const r = (await rects(app))[id];
  if (!r) throw new Error(`no rectangle "${id}" in the last frame`);
  const box = frame ? await (await frame.frameElement()).boundingBox() : { x: 0, y: 0 };
  await page.mouse.click(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
  await frames(app, settle);
}

export async function screenshot(page, name) {
  fs.mkdirSync(shotDir, { recursive: true });
  const file = path.join(shotDir, name);
  const buffer = await page.screenshot({ path: file });
  return { file, png: PNG.sync.read(buffer) };
}

// Distinct colours and the share of the most common one: a blank canvas has one colour.
export function colourStats(png) {
  const counts = new Map();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const top = Math.max(...counts.values());
  return { colours: counts.size, topShare: top / (png.width * png.height) };
}

// Answers `count` knowledge-check questions (default: the rest) with the key, the way
// `act` says: act.option(n) picks the n-th option shown (1-based), act.up(p) moves the
// ordering item at p (1-based) up one place, act.go(id) presses "quiz.check"/"quiz.next".
// `st` reads the app's state().
export async function answerWith(st, act, { count = Infinity } = {}) {
  for (let done = 0; done < count; done++) {
    const k = (await st()).quiz.knowledge;
    if (k.finished) break;
    const q = questions[k.questionId];
    const key = answerKey(q);
    if (q.type === 'order') {
      for (let t = 0; t < key.length; t++) {
        for (;;) {
          const p = (await st()).quiz.knowledge.answer.indexOf(key[t]);
          if (p === t) break;
          await act.up(p + 1);
        }
      }
    } else {
      for (const id of key) await act.option(k.options.indexOf(id) + 1);
    }
    await act.go('quiz.check');
    await act.go('quiz.next');
  }
}

// The same, by clicking an app that runs in an iframe of `page`, as a student would.
export async function answerInFrame(page, frame, { count = Infinity } = {}) {
  const click = (id) => clickRect(page, id, { frame, settle: 4 });
  await answerWith(() => state(frame), {
    option: (n) => click(`quiz.option.${n}`),
    up: (p) => click(`quiz.orderUp.${p}`),
    go: click
  }, { count });
}

// [SECTION] SCORM: a package played in the test LMS (tests/web/fixtures/lms.html) by scorm-again

// Unzips dist/crossroads-<kind>.zip into a new temporary folder, as an LMS does (Python's
// zipfile: no unzip tool needed), and returns the folder.
export function unzipPackage(kind) {
  const zip = path.join(repo, `dist/crossroads-${kind}.zip`);
  if (!fs.existsSync(zip)) throw new Error(`${zip} is missing: run ./build-wasm.sh --package ${kind}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crossroads-${kind}-`));
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, dir]);
  return dir;
}

// The package unzipped (unzipPackage) and served with the test LMS under /lms/ and
// scorm-again under /vendor/.
export async function servePackage(kind) {
  const dir = unzipPackage(kind);
  const server = createServer({
    dir,
    mounts: { '/lms/': path.join(repo, 'tests/web/fixtures'), '/vendor/': path.join(repo, 'tests/web/node_modules/scorm-again/dist') },
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    dir,
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => { await new Promise((r) => server.close(r)); fs.rmSync(dir, { recursive: true, force: true }); },
  };
}

// Opens the test LMS with a fresh scorm-again API of the kind's version (window.API or
// window.API_1484_11), optionally loaded with what an LMS kept from an earlier launch, and
// launches the SCO in its iframe. Returns the SCO's frame once the app is ready.
export async function launchSco(page, url, kind, kept, query = '?view=quiz&quiz=knowledge') {
  await page.goto(`${url}lms/lms.html?api=${kind}`);
  await page.waitForFunction(() => window.lmsReady === true, null, { timeout: 10000 });
  await page.evaluate(([kind, data, query]) => {
    const api = kind === 'scorm2004' ? new window.Scorm2004API({ logLevel: 5 }) : new window.Scorm12API({ logLevel: 5 });
    if (data) api.loadFromJSON(data);
    window[kind === 'scorm2004' ? 'API_1484_11' : 'API'] = api;
    document.getElementById('sco').src = '/scorm.html' + query;
  }, [kind, kept, query]);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  await ready(frame);
  return frame;
}

// The items of one of scorm-again's child arrays (interactions, correct responses) in its
// JSON form of the data model, whatever shape it gives them.
export const childList = (list) => (list?.childArray ?? Object.values(list ?? {})).filter((v) => v && typeof v === 'object');
