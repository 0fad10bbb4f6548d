// Publishing a course author's own content: `./build-wasm.sh --content FILE` refuses a file
// with problems (printing them) and builds a valid one in as the default content, and
// `--scorm --content FILE` packs it. tests/run.sh runs this after the other browser tests,
// because it rebuilds the bundle they use; the default bundle is built again at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repo, startServer, launch, openApp, state, rects } from '../lib.mjs';

const fixture = (name) => path.join(repo, 'tests/web/fixtures', name);
const build = (...args) => spawnSync('./build-wasm.sh', args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
let server, browser, refused;

before(async () => {
  refused = build('--content', fixture('broken.json'));
  const built = build('--scorm', '--content', fixture('three-roles.json'));
  assert.equal(built.status, 0, `the build with three-roles.json failed:\n${built.stderr}`);
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  const back = build('--package', 'scorm12', '--package', 'scorm2004', '--package', 'cmi5');
  assert.equal(back.status, 0, `the default bundle was not built again:\n${back.stderr}`);
});

test('a content file with problems is refused, with its problems and what to do', () => {
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /roles\[1\]\.name: must not be empty/);
  assert.match(refused.stderr, /broken\.json has the problems above; fix them/);
});

test('the bundle built with --content opens on that content, every role in the comparison', async () => {
  const { context, page, errors } = await openApp(browser, server.url, {});
  const s = await state(page);
  assert.equal(s.content.ok, true);
  const r = await rects(page);
  for (const role of ['em', 'tl', 'staff']) assert.ok(r[`compare.role.${role}`], `the ${role} role is shown`);
  // The page's title names it, in the file as served and once the app runs.
  assert.match(fs.readFileSync(path.join(repo, 'dist/web/index.html'), 'utf8'), /<title>Crossroads: Three roles \(test fixture\)<\/title>/);
  assert.equal(await page.title(), 'Crossroads: Three roles (test fixture)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the SCORM package built with --content carries that content and its title', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-publish-'));
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])',
    path.join(repo, 'dist/crossroads-scorm12.zip'), dir]);
  const manifest = fs.readFileSync(path.join(dir, 'imsmanifest.xml'), 'utf8');
  assert.match(manifest, /<title>Three roles \(test fixture\)<\/title>/);
  assert.doesNotMatch(manifest, /Engineering Manager or Tech Lead\?/);
});
