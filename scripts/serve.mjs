#!/usr/bin/env node
// serve.mjs --dir DIR [--port 8080] [--host 127.0.0.1] [--csp]
// A small static server for the web bundle: the right MIME types (application/wasm
// lets the browser compile while downloading), gzip when asked, no caching, and the
// strict Content-Security-Policy with --csp. Used by ./build-wasm.sh --serve and tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.zip': 'application/zip',
};
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

// mounts: { '/fixtures/': '/abs/dir' } serves extra folders (test fixtures) beside the bundle.
export function createServer({ dir, csp = false, log = false, mounts = {} }) {
  const root = path.resolve(dir);
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let base = root, rel = decodeURIComponent(url.pathname);
    for (const [prefix, mounted] of Object.entries(mounts)) {
      if (rel.startsWith(prefix)) { base = path.resolve(mounted); rel = '/' + rel.slice(prefix.length); }
    }
    let file = path.join(base, rel);
    if (!file.startsWith(base)) { res.writeHead(403); res.end('forbidden'); return; }
    try { if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html'); } catch { /* 404 below */ }
    fs.readFile(file, (err, body) => {
      if (log) console.log(`${req.method} ${url.pathname} ${err ? 404 : 200}`);
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      const headers = { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' };
      if (csp) headers['Content-Security-Policy'] = STRICT_CSP;
      if ((req.headers['accept-encoding'] || '').includes('gzip')) {
        headers['Content-Encoding'] = 'gzip';
        body = zlib.gzipSync(body, { level: 9 });
      }
      res.writeHead(200, headers);
      res.end(body);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, def) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
  const dir = opt('dir', 'dist/web'), port = Number(opt('port', 8080)), host = opt('host', '127.0.0.1');
  const server = createServer({ dir, csp: args.includes('--csp'), log: args.includes('--log') });
  server.listen(port, host, () => console.log(`Crossroads is served at http://${host}:${port}/  (Ctrl+C to stop)`));
}
