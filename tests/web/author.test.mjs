// Author mode in the browser, used as a course author would: real clicks and typing build a
// comparison from "New comparison", the other views show it at once, undo and redo work,
// the saved file passes `crossroads --check`, and a reload finds the draft.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { repo, webDir, startServer, launch, openApp, openPage, ready, state, rects, clickRect, frames, screenshot } from './lib.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const author = async (page) => (await state(page)).author;

// Author mode is its own bundle (author/): boot.js picks it from the address by the same
// rule as the app (core's ParseUrlParams). Each address is opened; the bundle boot.js loaded
// must be the one the app's own reading asks for: the author bundle shows the Author state,
// the page's bundle says in the console that author mode is not part of it.
test('the author bundle loads exactly when the address asks for author mode, and only it has the editor', async () => {
  const cases = [['?author=1', true], ['?author=true', true], ['?view=author', true], ['#author=1', true], ['#view=author', true],
    ['?author=0&author=1', true], ['?view=author#view=compare', true], ['', false], ['?author=0', false], ['?author=yes', false],
    ['?view=compare', false], ['?view=Author', false], ['#author=false', false]];
  for (const [address, expected] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(server.url + address);
    await ready(page);
    const script = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')).find((s) => /crossroads\.js$/.test(s ?? '')));
    const loadedAuthor = script === 'author/crossroads.js';
    const appAsks = loadedAuthor ? (await author(page)) !== undefined : warnings.some((w) => /author mode is not part of this bundle/.test(w));
    assert.equal(loadedAuthor, expected, `${address || '(none)'}: boot.js loaded ${script}`);
    assert.equal(appAsks, expected, `${address || '(none)'}: the app's own reading agrees`);
    await context.close();
  }
  // The page's bundle has none of the editor; the author bundle has it.
  const mark = 'author.saved.toast'; // a message id of the editor's
  assert.ok(!fs.readFileSync(path.join(webDir, 'crossroads.wasm')).includes(mark), 'the page\'s bundle has no author mode');
  assert.ok(fs.readFileSync(path.join(webDir, 'author/crossroads.wasm')).includes(mark), 'the author bundle has it');
});
const at = (doc, p) => p.split('.').reduce((v, k) => (v === undefined ? v : v[k]), doc);

// Waits until the document being edited holds `value` at `p`.
const docHas = (page, p, value) => page.waitForFunction(([p, value]) => {
  window.crossroads.wake();
  const doc = window.crossroads.state().author.document;
  return JSON.stringify(p.split('.').reduce((v, k) => (v === undefined ? v : v[k]), doc)) === JSON.stringify(value);
}, [p, value], { timeout: 10000, polling: 50 });

// Waits until the item stays put for a few frames (a wheel's scrolling has ended).
async function still(page, id) {
  let last = '';
  for (let tries = 0; tries < 50; tries++) {
    await frames(page, 2);
    const now = JSON.stringify((await rects(page))[id]);
    if (now === last) return;
    last = now;
  }
  throw new Error(`${id} never stopped moving`);
}

// Scrolls the Author view with the wheel until the item is on screen, below the top bar.
async function reveal(page, id) {
  const height = page.viewportSize().height;
  for (let tries = 0; tries < 40; tries++) {
    await still(page, id);
    const all = await rects(page);
    const r = all[id];
    assert.ok(r, `${id} is drawn`);
    const top = Math.max(...Object.entries(all).filter(([k]) => k.startsWith('tab.')).map(([, t]) => t.y + t.h)) + 8;
    if (r.y >= top && r.y + r.h <= height - 10) return;
    await page.mouse.move(page.viewportSize().width / 2, height / 2);
    await page.mouse.wheel(0, r.y < top ? -200 : Math.min(400, r.y - height / 2));
    await frames(page, 3);
  }
  throw new Error(`${id} never came into view`);
}

const click = async (page, id) => { await reveal(page, id); await clickRect(page, id); };

// Opens the tree nodes down to `p` ("comparison.1.cells.first"), each one that is closed.
async function openTo(page, p) {
  const parts = p.split('.');
  for (let n = 1; n <= parts.length; n++) {
    const node = parts.slice(0, n).join('.');
    const ids = Object.keys(await rects(page));
    if (!ids.includes(`author.node.${node}`)) continue; // not a node (an answer list, a value)
    const open = ids.some((k) => /^author\.(node|field|add)\./.test(k) && k.split('.').slice(2).join('.').startsWith(node + '.'));
    if (!open) await click(page, `author.node.${node}`);
  }
}

// Types `text` into the field at `p`, replacing what it holds.
async function fill(page, p, text) {
  await openTo(page, p.split('.').slice(0, -1).join('.'));
  await click(page, `author.field.${p}`);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input', null, { timeout: 5000 });
  await page.keyboard.press('Control+A');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Backspace');
  await docHas(page, p, text);
  await page.keyboard.press('Enter'); // leaves the field: one undo step per field
  await frames(page, 3);
}

test('a comparison built from "New comparison" by clicks and typing shows in every view, undoes, saves valid and survives a reload', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?view=author', width: 1280, height: 800 });
  let a = await author(page);
  assert.equal(a.name, 'the default content');
  assert.equal(a.dirty, false);
  assert.deepEqual(a.problems, []);

  await click(page, 'author.new');
  await docHas(page, 'title', 'First role or second role?');
  a = await author(page);
  assert.equal(a.name, 'new comparison');
  assert.equal(a.canUndo, true, '"New comparison" is a step that Undo takes back');

  await fill(page, 'roles.0.name', 'Data Engineer');
  await fill(page, 'roles.1.name', 'Data Scientist');

  // A comparison row, with an item for each role.
  await openTo(page, 'comparison');
  await click(page, 'author.add.comparison');
  await docHas(page, 'comparison.1.id', 'row');
  await fill(page, 'comparison.1.label', 'Tools');
  await fill(page, 'comparison.1.cells.first.items.0.text', 'Builds pipelines');
  await fill(page, 'comparison.1.cells.second.items.0.text', 'Trains models');

  // A ladder node and the edge that leads to it.
  await openTo(page, 'ladder.nodes');
  await click(page, 'author.add.ladder.nodes');
  await docHas(page, 'ladder.nodes.2.id', 'node');
  await fill(page, 'ladder.nodes.2.title', 'Lead Data Scientist');
  await fill(page, 'ladder.nodes.2.summary', 'Leads the modelling work');
  await fill(page, 'ladder.nodes.2.description', 'Sets the direction of the models.');
  assert.ok((await author(page)).problems.some((p) => p.code === 'ladder.unreachable'), 'a node nothing leads to is a problem');
  await openTo(page, 'ladder.edges');
  await click(page, 'author.add.ladder.edges');
  await docHas(page, 'ladder.edges.1', { from: 'start', to: 'node', kind: 'promotion', source: 'overview' });

  // A knowledge question.
  await openTo(page, 'quizzes.knowledge.questions');
  await click(page, 'author.add.quizzes.knowledge.questions');
  await docHas(page, 'quizzes.knowledge.questions.4.id', 'question');
  await fill(page, 'quizzes.knowledge.questions.4.prompt', 'Which role trains models?');
  await fill(page, 'quizzes.knowledge.questions.4.options.0.text', 'Data Scientist');
  await fill(page, 'quizzes.knowledge.questions.4.options.1.text', 'Data Engineer');
  await fill(page, 'quizzes.knowledge.questions.4.explanation', 'The comparison says so.');
  a = await author(page);
  assert.deepEqual(a.problems, [], 'the document is valid');
  assert.equal(a.dirty, true);
  await screenshot(page, 'author-1280.png');

  // The other views show the document at once.
  await clickRect(page, 'tab.compare');
  let s = await state(page);
  assert.equal(s.compare.visibleRows, 2);
  assert.equal(s.compare.totalItems, 4);
  await clickRect(page, 'tab.ladder');
  s = await state(page);
  assert.deepEqual(s.ladder.nodes.map((n) => n.id), ['start', 'first', 'node']);
  // A card dragged on the Ladder view: its place goes into the file, and stays.
  const card = (await rects(page))['ladder.node.node'];
  const placed = s.ladder.nodes.find((n) => n.id === 'node');
  await page.mouse.move(card.x + card.w / 2, card.y + card.h / 2);
  await page.mouse.down();
  await page.mouse.move(card.x + card.w / 2 + 160, card.y + card.h / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await frames(page, 4);
  const position = (await author(page)).document.ladder.nodes[2].position;
  assert.ok(position && Math.abs(position.x - (placed.x + 160 / s.ladder.zoom)) <= 10.01 &&
    Math.abs(position.y - (placed.y + 40 / s.ladder.zoom)) <= 10.01, `dropped at ${JSON.stringify(position)} from ${JSON.stringify(placed)}`);
  const moved = (await state(page)).ladder.nodes.find((n) => n.id === 'node');
  assert.deepEqual([moved.x, moved.y, moved.moved], [position.x, position.y, false], 'drawn where the file says, not as a session move');
  await clickRect(page, 'tab.quiz');
  s = await state(page);
  assert.equal(s.content.name, 'the document being edited (new comparison)');

  // Undo and redo, by the buttons and the keys.
  await clickRect(page, 'tab.author');
  const before = (await author(page)).document;
  await click(page, 'author.undo'); // the drag
  await docHas(page, 'ladder.nodes.2.position', undefined);
  await click(page, 'author.undo'); // the explanation typed
  await docHas(page, 'quizzes.knowledge.questions.4.explanation', '');
  await click(page, 'author.redo');
  await docHas(page, 'quizzes.knowledge.questions.4.explanation', 'The comparison says so.');
  await page.keyboard.press('Control+Shift+Z');
  await docHas(page, 'ladder.nodes.2.position', position);
  await page.keyboard.press('Control+Z');
  await docHas(page, 'ladder.nodes.2.position', undefined);
  await page.keyboard.press('Control+Y');
  await docHas(page, 'ladder.nodes.2.position', position);
  assert.deepEqual((await author(page)).document, before);

  // Reload mid-edit: the draft comes back, with its unsaved changes.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('cr-ready'), null, { timeout: 30000 });
  await frames(page, 3);
  a = await author(page);
  assert.deepEqual(a.document, before, 'the draft is restored');
  assert.equal(a.dirty, true);
  assert.match((await state(page)).notice, /draft of new comparison was restored, with its unsaved changes/);

  // Save: the download passes crossroads --check.
  const download = page.waitForEvent('download');
  await click(page, 'author.save');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-author-')), 'saved.json');
  await (await download).saveAs(file);
  assert.equal((await download).suggestedFilename(), 'crossroads-content.json');
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), before);
  const program = process.env.CROSSROADS_DESKTOP || path.join(repo, 'build/native/shell/crossroads');
  execFileSync(program, ['--check', file], { stdio: 'pipe' }); // throws unless it exits 0
  assert.equal((await author(page)).dirty, false, 'saved');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Author tab shows only where author mode was asked for; a damaged draft is kept aside with a notice', async () => {
  const plain = await openApp(browser, server.url, {});
  assert.equal((await rects(plain.page))['tab.author'], undefined, 'learners never see it');
  assert.equal((await state(plain.page)).author, undefined);
  await plain.context.close();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('crossroads:draft:v1', '{"format":"crossroads-draft","version":1,"name":"x"'); // cut short
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { page, errors } = await openPage(context, server.url + '?author=1');
  let s = await state(page);
  assert.ok((await rects(page))['tab.author'], 'author=1 shows the tab');
  assert.equal(s.view, 'compare', 'author=1 alone keeps the view');
  assert.match(s.notice, /saved draft could not be read: the saved draft is damaged/);
  assert.equal(await page.evaluate(() => localStorage.getItem('crossroads:draft:v1:backup')),
    '{"format":"crossroads-draft","version":1,"name":"x"', 'kept aside, not deleted');
  await clickRect(page, 'tab.author');
  s = await state(page);
  assert.equal(s.author.name, 'the default content');
  await screenshot(page, 'author-390.png');
  assert.deepEqual(errors.filter((e) => !/saved draft/.test(e)), []);
  await context.close();
});

test('a problem clicked focuses its field; an invalid document keeps the last valid preview and says so', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?view=author', width: 1280, height: 800 });
  // The keyboard alone: from the page, Tab walks the tabs, the toolbar and the form
  // controls in the order they are drawn, with the focus ring.
  const order = [];
  for (let n = 0; n < 16; n++) {
    // Each press moves the focus on, in the page (the first: to the text version's link) or
    // in the app (a busy machine may take more than a few frames).
    const where = () => { window.crossroads.wake(); return `${window.crossroads.state().focus}|${document.activeElement?.id}`; };
    const was = await page.evaluate(where);
    await page.keyboard.press('Tab');
    await page.waitForFunction(`(${where})() !== ${JSON.stringify(was)}`, null, { timeout: 10000, polling: 50 })
      .catch((e) => { throw new Error(`Tab ${n + 1} did not move the focus from ${was} (so far: ${order.join(', ')}): ${e.message}`); });
    await frames(page, 2);
    order.push((await state(page)).focus);
  }
  const expected = ['tab.author', 'author.new', 'author.open', 'author.save', 'author.preview', 'author.field.title', 'author.node.article'];
  for (const id of expected) assert.ok(order.includes(id), `Tab reaches ${id} (${order.join(', ')})`);
  assert.deepEqual(expected.map((id) => order.indexOf(id)), [...expected.map((id) => order.indexOf(id))].sort((x, y) => x - y));
  await fill(page, 'roles.0.name', '');
  let a = await author(page);
  assert.deepEqual(a.problems.map((p) => [p.code, p.path]), [['field.empty', 'roles[0].name']]);
  assert.equal(a.previewStale, true);
  // Away from the field, then back by the problem's link.
  await click(page, 'author.node.roles');
  await click(page, 'author.problem.0');
  await page.waitForFunction(() => { window.crossroads.wake(); return window.crossroads.state().text.field === 'author.field.roles.0.name'; },
    null, { timeout: 5000, polling: 50 });
  await page.keyboard.type('Engineering Lead'); // typed straight into the focused field
  await docHas(page, 'roles.0.name', 'Engineering Lead');
  await fill(page, 'roles.1.name', '');
  assert.deepEqual((await author(page)).problems.map((p) => p.path), ['roles[1].name']);
  await screenshot(page, 'author-problem-1280.png');
  // The text version lists the problems as text.
  const html = await page.evaluate(() => window.crossroads.textHtml());
  assert.match(html, /<li>roles\[1\]\.name: must not be empty<\/li>/);
  await clickRect(page, 'tab.compare');
  const s = await state(page);
  assert.ok((await rects(page))['reload.problems'], 'the other views say the document has problems');
  assert.equal(s.compare.visibleRows, 9, 'and show the last valid version');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file opened by the picker or dropped onto the page replaces the document as one undoable step; a header dragged onto another moves its item', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?view=author', width: 1280, height: 800 });
  const fixtures = path.join(repo, 'tests/web/fixtures');
  // The picker: a valid file.
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'author.open');
  await (await chooser).setFiles(path.join(fixtures, 'three-roles.json'));
  await docHas(page, 'title', 'Three roles (test fixture)');
  let a = await author(page);
  assert.equal(a.name, 'three-roles.json');
  assert.deepEqual(a.problems, []);
  assert.equal(a.dirty, true);
  // The preview link: this page with ?content= the file's name, for a file put beside the app.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await click(page, 'author.preview');
  await page.waitForFunction((want) => navigator.clipboard.readText().then((t) => t === want),
    `${server.url}?content=three-roles.json`, { timeout: 5000, polling: 100 });
  // A file with problems opens with them listed.
  const second = page.waitForEvent('filechooser');
  await click(page, 'author.open');
  await (await second).setFiles(path.join(fixtures, 'broken.json'));
  await page.waitForFunction(() => {
    window.crossroads.wake();
    const a = window.crossroads.state().author;
    return a.name === 'broken.json' && a.problems.length > 0;
  }, null, { timeout: 10000 });
  a = await author(page);
  assert.deepEqual(a.problems.map((p) => p.path), ['roles[1].name'], 'its problems are listed');
  assert.equal(a.previewStale, true, 'and the last valid version previewed');
  // Dropped onto the page: not JSON at all, refused with the reason, the document kept.
  const drop = (name, text) => page.evaluate(([name, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, text]);
  await drop('notes.json', 'these are notes, not JSON');
  await page.waitForFunction(() => { window.crossroads.wake(); return /notes\.json cannot be opened: the file is not JSON/.test(window.crossroads.state().author.message); },
    null, { timeout: 10000 });
  assert.equal((await author(page)).name, 'broken.json', 'the document is unchanged');
  await drop('short.json', fs.readFileSync(path.join(repo, 'assets/content/em-vs-tl-short.json'), 'utf8'));
  await docHas(page, 'title', 'EM or TL in five minutes');
  // Undo walks back through the opened files to the content the page started with.
  for (const title of ['Engineering Manager or Tech Lead?', 'Three roles (test fixture)', 'Engineering Manager or Tech Lead?']) {
    await click(page, 'author.undo');
    await docHas(page, 'title', title);
  }
  // A list item's header dragged onto another's: the item moves there.
  await openTo(page, 'roles');
  const roles = (await author(page)).document.roles.map((r) => r.id);
  await reveal(page, 'author.node.roles.1');
  const r = await rects(page);
  const from = r['author.node.roles.1'], onto = r['author.node.roles.0'];
  // A hand moves over many frames: each step is drawn before the next.
  await page.mouse.move(from.x + 20, from.y + from.h / 2);
  await frames(page, 2);
  await page.mouse.down();
  await frames(page, 2);
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(from.x + 20, from.y + from.h / 2 + (onto.y - from.y) * i / 10);
    await frames(page, 1);
  }
  await page.mouse.up();
  await page.waitForFunction((ids) => {
    window.crossroads.wake();
    return JSON.stringify(window.crossroads.state().author.document.roles.map((x) => x.id)) === JSON.stringify(ids);
  }, [roles[1], roles[0]], { timeout: 10000, polling: 50 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('optional keys: a role colour added, picked and drawn in both themes; a node experience added and removed; finger-sized headers on a phone', async () => {
  const { context, page, errors } = await openApp(browser, server.url, { query: '?view=author', width: 1280, height: 800 });
  await click(page, 'author.new');
  await docHas(page, 'title', 'First role or second role?');
  // A role's colour starts as the one it is drawn in, and can be typed.
  await openTo(page, 'roles.0');
  assert.equal((await rects(page))['author.field.roles.0.colour'], undefined, 'no colour yet');
  await click(page, 'author.add.roles.0.colour');
  await docHas(page, 'roles.0.colour', '#2f54c8');
  await click(page, 'author.field.roles.0.colour.swatch.3'); // the first colour after the theme's three
  await docHas(page, 'roles.0.colour', '#0b7a75');
  await screenshot(page, 'author-colour-1280.png');
  await fill(page, 'roles.0.colour', '#ffd700'); // gold: too pale to read on white as it is
  assert.deepEqual((await author(page)).problems, []);
  await fill(page, 'roles.0.colour', 'gold');
  assert.deepEqual((await author(page)).problems.map((p) => [p.code, p.path]), [['field.type', 'roles[0].colour']]);
  await fill(page, 'roles.0.colour', '#ffd700');
  // Compare draws the role's name in a darker gold on the light theme and the gold itself
  // on the dark one: the most saturated pixels of its heading are yellow.
  const heading = async () => {
    await clickRect(page, 'tab.compare');
    const r = (await rects(page))['compare.role.first'];
    const shot = PNG.sync.read(await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } }));
    let best = [0, 0, 0], sat = -1;
    for (let i = 0; i < shot.data.length; i += 4) {
      const [R, G, B] = [shot.data[i], shot.data[i + 1], shot.data[i + 2]];
      if (Math.max(R, G, B) - Math.min(R, G, B) > sat) { sat = Math.max(R, G, B) - Math.min(R, G, B); best = [R, G, B]; }
    }
    return best;
  };
  const light = await heading();
  assert.ok(light[0] > light[2] + 60 && light[1] > light[2] + 40 && light[0] < 200, `a dark gold on light: ${light}`);
  await clickRect(page, 'theme.toggle');
  const dark = await heading();
  assert.ok(dark[0] > 230 && dark[1] > 190 && dark[2] < 60, `the gold itself on dark: ${dark}`);
  await clickRect(page, 'theme.toggle');
  await clickRect(page, 'tab.author');
  // A node's experience, added with the format's shape, then removed; Undo brings it back.
  await openTo(page, 'ladder.nodes.1');
  await click(page, 'author.add.ladder.nodes.1.experience');
  await docHas(page, 'ladder.nodes.1.experience', { min: 0, max: 0, source: 'overview' });
  const keys = Object.keys((await author(page)).document.ladder.nodes[1]);
  assert.equal(keys[keys.length - 1], 'source', 'added before the source');
  await openTo(page, 'ladder.nodes.1.experience');
  await click(page, 'author.field.ladder.nodes.1.experience.max');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await docHas(page, 'ladder.nodes.1.experience.max', 5);
  await page.keyboard.press('Enter');
  await click(page, 'author.remove.ladder.nodes.1.experience');
  await docHas(page, 'ladder.nodes.1.experience', undefined);
  await click(page, 'author.undo');
  await docHas(page, 'ladder.nodes.1.experience', { min: 0, max: 5, source: 'overview' });
  // A text key removed by its row's button.
  await click(page, 'author.remove.roles.0.colour');
  await docHas(page, 'roles.0.colour', undefined);
  await screenshot(page, 'author-optional-1280.png');
  assert.deepEqual(errors, []);
  await context.close();

  // On a phone with a finger, every header and button of the forms is 44 px high.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const opened = await openPage(phone, server.url + '?view=author');
  const ids = ['author.node.roles', 'author.node.roles.0', 'author.up.roles.1', 'author.remove.roles.0', 'author.add.roles.0.colour', 'author.remove.roles.0.focus'];
  for (const id of ['author.node.roles', 'author.node.roles.0']) {
    await reveal(opened.page, id);
    const r = (await rects(opened.page))[id];
    await opened.page.touchscreen.tap(r.x + 20, r.y + r.h / 2);
    await frames(opened.page, 3);
  }
  const r = await rects(opened.page);
  for (const id of ids) {
    assert.ok(r[id], `${id} is drawn`);
    assert.ok(r[id].h >= 43.5, `${id} is ${r[id].h} px high`);
  }
  await screenshot(opened.page, 'author-optional-390.png');
  assert.deepEqual(opened.errors, []);
  await phone.close();
});

test('two tabs keep separate drafts: a new tab opens the one stored last, a reload its own, and nothing is lost', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const one = await openPage(context, server.url + '?view=author');
  await fill(one.page, 'title', 'Tab one');
  const two = await openPage(context, server.url + '?view=author');
  assert.equal((await author(two.page)).document.title, 'Tab one', 'a new tab opens the draft stored last');
  assert.match((await state(two.page)).notice, /last draft kept in this browser \(the default content\) was restored, with its unsaved changes/);
  await fill(two.page, 'title', 'Tab two');
  await fill(one.page, 'title', 'Tab one, again');
  const reload = async (page) => {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('cr-ready'), null, { timeout: 30000 });
    await frames(page, 3);
  };
  await reload(one.page);
  assert.equal((await author(one.page)).document.title, 'Tab one, again', 'a reload opens its own tab\'s draft');
  assert.match((await state(one.page)).notice, /^Your draft of the default content was restored/);
  await reload(two.page);
  assert.equal((await author(two.page)).document.title, 'Tab two');
  const drafts = await one.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('crossroads:draft:v1')));
  assert.equal(drafts.length, 2, `one draft per tab: ${drafts}`);
  assert.deepEqual([...one.errors, ...two.errors], []);
  await context.close();
});
