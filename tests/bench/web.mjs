#!/usr/bin/env node
// tests/bench/web.mjs [--dir dist/web] [--compare DIR]... [--runs 9] [--idle 3] [--out build/bench/web.json]
// Measures a web bundle as a visitor meets it, in Debian's Chromium (SwiftShader WebGL2):
// bytes per file (raw and gzip), time to the first WebGL draw and to the app's first frame,
// frames drawn and main-thread CPU while idle, CPU per frame while the mouse moves, and
// wasm memory. --compare measures other pages (e.g. the bare ImGui example) in the same
// run, since absolute times drift between runs on shared machines and ratios hold.
// Prints a table and writes JSON. Asserts nothing: the figures go into the README.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const require = createRequire(path.join(repo, 'tests/web/package.json'));
const { chromium } = require('playwright-core');
const { createServer } = await import(path.join(repo, 'scripts/serve.mjs'));
const { CHROMIUM_ARGS } = await import(path.join(repo, 'tests/web/lib.mjs'));

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const dirs = [path.resolve(opt('dir', path.join(repo, 'dist/web')))];
args.forEach((a, i) => { if (a === '--compare') dirs.push(path.resolve(args[i + 1])); });
const idleSeconds = Number(opt('idle', 3));
const runs = Number(opt('runs', 9)); // the first draw varies by tens of ms between loads
const outFile = path.resolve(opt('out', path.join(repo, 'build/bench/web.json')));

// Counts drawn frames as bursts of WebGL draw calls (a frame's calls come together), and
// when the first one happened. No requestAnimationFrame loop of its own: that would cost
// the very idle CPU being measured.
const probe = () => {
  window.__bench = { firstDraw: null, ready: null, drawFrames: 0, lastDraw: -1e9 };
  window.addEventListener('crossroads:ready', () => { window.__bench.ready = performance.now(); });
  for (const proto of [window.WebGL2RenderingContext && WebGL2RenderingContext.prototype, window.WebGLRenderingContext && WebGLRenderingContext.prototype]) {
    if (!proto) continue;
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      proto[name] = function (...a) {
        const now = performance.now();
        if (window.__bench.firstDraw === null) window.__bench.firstDraw = now;
        if (now - window.__bench.lastDraw > 4) window.__bench.drawFrames++;
        window.__bench.lastDraw = now;
        return original.apply(this, a);
      };
    }
  }
};

async function measure(browser, dir) {
  const served = [];
  const server = createServer({ dir });
  server.on('request', (req) => served.push(new URL(req.url, 'http://x').pathname));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])).TaskDuration;

  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstDraw !== null, null, { timeout: 30000 });
  const firstDraw = await page.evaluate(() => window.__bench.firstDraw);
  // When the app said it was ready (the probe heard the event), waiting up to 5 s for it:
  // a page that is not Crossroads never says so.
  const ready = await page.evaluate(() => new Promise((resolve) => {
    const poll = (left) => (window.__bench.ready !== null || left <= 0 ? resolve(window.__bench.ready) : setTimeout(() => poll(left - 50), 50));
    poll(5000);
  }));
  await page.mouse.move(640, 400);
  await page.waitForTimeout(1500); // let it settle (and sleep, if it can)

  const idle0 = { frames: await page.evaluate(() => window.__bench.drawFrames), cpu: await cpu(), t: Date.now() };
  await page.waitForTimeout(idleSeconds * 1000);
  const idle1 = { frames: await page.evaluate(() => window.__bench.drawFrames), cpu: await cpu(), t: Date.now() };
  const idleWall = (idle1.t - idle0.t) / 1000;

  const move0 = { frames: idle1.frames, cpu: idle1.cpu, t: Date.now() };
  for (let i = 0; i < 120; i++) {
    const a = (i / 120) * Math.PI * 4;
    await page.mouse.move(640 + 200 * Math.cos(a), 400 + 150 * Math.sin(a));
    await page.waitForTimeout(16);
  }
  const move1 = { frames: await page.evaluate(() => window.__bench.drawFrames), cpu: await cpu(), t: Date.now() };
  // Crossroads reports its own (its JS is closure-compiled, so HEAPU8 is not a global);
  // a stock Emscripten page has HEAPU8 on window.
  const memory = await page.evaluate(() =>
    window.crossroads && window.crossroads.memory ? window.crossroads.memory().wasmBytes : window.HEAPU8 ? window.HEAPU8.length : null);
  await context.close();
  await new Promise((r) => server.close(r));

  const files = [...new Set(served)].filter((p) => fs.existsSync(path.join(dir, p === '/' ? 'index.html' : p))).map((p) => {
    const body = fs.readFileSync(path.join(dir, p === '/' ? 'index.html' : p));
    return { file: p === '/' ? 'index.html' : p.slice(1), raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  const moveFrames = move1.frames - move0.frames;
  return {
    dir,
    files,
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
    firstDrawMs: Math.round(firstDraw),
    readyMs: ready === null ? null : Math.round(ready),
    idleFramesPerSecond: +((idle1.frames - idle0.frames) / idleWall).toFixed(2),
    idleCpuPercent: +(((idle1.cpu - idle0.cpu) / idleWall) * 100).toFixed(1),
    moveFramesPerSecond: +(moveFrames / ((move1.t - move0.t) / 1000)).toFixed(1),
    cpuMsPerMovedFrame: moveFrames > 0 ? +(((move1.cpu - move0.cpu) * 1000) / moveFrames).toFixed(2) : null,
    wasmMemoryBytes: memory,
  };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
// Warm-up: the browser's first WebGL context starts the GPU process; no page should pay that.
{
  const page = await browser.newPage();
  await page.setContent('<canvas></canvas>');
  await page.evaluate(() => document.querySelector('canvas').getContext('webgl2'));
  await page.close();
}
// Pages are measured in turns, several times; each figure is the median of the runs.
// The order rotates from run to run (A B, B A, A B, ...), so that each page follows each
// other page equally often: a page that never idles leaves the GPU process busy for the
// next one, and a fixed order gave that cost to the same page every time. A pause between
// pages lets that backlog drain too.
const perDir = dirs.map(() => []);
for (let run = 0; run < runs; run++)
  for (let k = 0; k < dirs.length; k++) {
    const d = (run + k) % dirs.length;
    perDir[d][run] = await measure(browser, dirs[d]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
await browser.close();
const median = (xs) => { const v = xs.filter((x) => x !== null).sort((a, b) => a - b); return v.length ? v[Math.floor((v.length - 1) / 2)] : null; };
const results = perDir.map((list) => {
  const out = { ...list[0], runs: list.length };
  for (const key of ['firstDrawMs', 'readyMs', 'idleFramesPerSecond', 'idleCpuPercent', 'moveFramesPerSecond', 'cpuMsPerMovedFrame', 'wasmMemoryBytes'])
    out[key] = median(list.map((r) => r[key]));
  return out;
});

// Each compared page against the first, run by run (both loaded in the same turn): the
// median difference in first draw and how many runs the first page drew first. Paired
// figures hold better than two medians on a machine whose speed drifts.
for (let d = 1; d < dirs.length; d++) {
  const diffs = perDir[0].map((r, run) => r.firstDrawMs - perDir[d][run].firstDrawMs);
  results[d].firstDrawVsFirst = { medianDifferenceMs: median(diffs), firstAheadRuns: diffs.filter((x) => x < 0).length, runs: diffs.length, differencesMs: diffs };
}

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
for (const r of results) {
  console.log(`\n${path.relative(process.cwd(), r.dir) || r.dir}  (median of ${r.runs} runs)`);
  console.log('  file                      raw        gzip');
  for (const f of r.files) console.log(`  ${f.file.padEnd(22)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)}`);
  console.log(`  ${'total'.padEnd(22)} ${kb(r.totalRaw).padStart(10)} ${kb(r.totalGzip).padStart(10)}`);
  console.log(`  first WebGL draw         ${r.firstDrawMs} ms after navigation${r.readyMs !== null ? ` (app ready at ${r.readyMs} ms)` : ''}`);
  console.log(`  idle                     ${r.idleFramesPerSecond} frames/s, ${r.idleCpuPercent}% of a core`);
  console.log(`  mouse moving             ${r.moveFramesPerSecond} frames/s, ${r.cpuMsPerMovedFrame} ms CPU per frame`);
  console.log(`  wasm memory              ${r.wasmMemoryBytes === null ? 'n/a' : kb(r.wasmMemoryBytes)}`);
  if (r.firstDrawVsFirst) {
    const v = r.firstDrawVsFirst;
    console.log(`  first draw, paired       the first page drew ${Math.abs(v.medianDifferenceMs)} ms ${v.medianDifferenceMs <= 0 ? 'earlier' : 'later'} (median of the per-run differences); first in ${v.firstAheadRuns} of ${v.runs} runs`);
  }
}
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
console.log(`\nwrote ${outFile}`);
