// A small cmi5 LMS and LRS for the browser tests (Node's http), written against the cmi5
// specification's rules: it serves the package's files, launches the AU with real launch
// parameters, answers the fetch URL once (a second call gets error 1), serves
// LMS.LaunchData and the learner's preferences, and keeps statements and state. Every
// xAPI request must carry the token (Basic) and the version header; each one is recorded
// so a test can check them. `refuse(n)` makes the LRS answer the next n statement requests
// with 503, as an LRS that is down.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { MIME } from '../../scripts/serve.mjs';

export const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example.edu', name: 'learner-1625378' } };

export async function startLms({ dir, launchMode = 'Normal', masteryScore = 0.7, moveOn = 'CompletedOrPassed', returnPath = '/course',
  languagePreference = 'en-US' } = {}) {
  const root = path.resolve(dir);
  const lms = {
    requests: [],           // every request to /xapi/: { method, path, query, auth, version }
    statements: [],         // in the order stored
    state: new Map(),       // "activityId|agent|registration|stateId" -> text
    fetches: 0,
    refusing: 0,
    registration: crypto.randomUUID(),
    activityId: 'https://lms.example.edu/course/7/au/crossroads',
    publisherId: 'urn:crossroads:au',
    refuse(n) { this.refusing = n; },
  };
  // A state document's key: activity, agent (as JSON), registration and stateId.
  const stateKey = (activityId, agent, registration, stateId) => [activityId, agent, registration, stateId].join('|');
  const key = (q) => stateKey(q.get('activityId'), q.get('agent') && JSON.stringify(JSON.parse(q.get('agent'))), q.get('registration') || '', q.get('stateId'));
  const json = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const readBody = (req) => new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
  });

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const body = await readBody(req);
    if (url.pathname === '/fetch') {
      if (req.method !== 'POST') return json(res, 405, { 'error-code': '3', 'error-text': 'POST only' });
      lms.fetches += 1;
      if (lms.fetches > 1) return json(res, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      return json(res, 200, { 'auth-token': lms.token });
    }
    if (url.pathname.startsWith('/xapi/')) {
      const auth = req.headers.authorization || '';
      const version = req.headers['x-experience-api-version'] || '';
      lms.requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), auth, version });
      if (req.method === 'OPTIONS') return json(res, 204);
      if (auth !== `Basic ${lms.token}`) return json(res, 401, { error: 'no or wrong token' }); // this session's token only
      if (!/^1\.0\.\d+$/.test(version)) return json(res, 400, { error: 'X-Experience-API-Version 1.0.x required' });
      const q = url.searchParams;
      if (url.pathname === '/xapi/statements') {
        if (lms.refusing > 0) { lms.refusing -= 1; return json(res, 503, { error: 'the LRS is down' }); }
        if (req.method !== 'PUT' && req.method !== 'POST') return json(res, 405);
        let parsed;
        try { parsed = JSON.parse(body); } catch { return json(res, 400, { error: 'not JSON' }); }
        const list = Array.isArray(parsed) ? parsed : [parsed];
        if (req.method === 'PUT' && (list.length !== 1 || list[0].id !== q.get('statementId'))) return json(res, 400, { error: 'statementId' });
        // A statement the LRS has under that id already is not stored again; a different one
        // under a taken id is a conflict (xAPI 1.0.3, 2.2), and then nothing of the request is stored.
        const fresh = [];
        for (const st of list) {
          const had = lms.statements.find((s) => s.id === st.id) || fresh.find((s) => s.id === st.id);
          if (had && JSON.stringify(had) !== JSON.stringify(st)) return json(res, 409, { error: `another statement has id ${st.id}` });
          if (!had) fresh.push(st);
        }
        lms.statements.push(...fresh);
        return req.method === 'PUT' ? json(res, 204) : json(res, 200, list.map((s) => s.id));
      }
      if (url.pathname === '/xapi/activities/state') {
        if (req.method === 'GET') {
          const text = lms.state.get(key(q));
          if (text === undefined) return json(res, 404);
          res.writeHead(200, { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' });
          return res.end(text);
        }
        if (req.method === 'PUT' || req.method === 'POST') {
          if (q.get('stateId') === 'LMS.LaunchData') return json(res, 403, { error: 'LMS.LaunchData is the LMS\'s' });
          lms.state.set(key(q), body);
          return json(res, 204);
        }
        return json(res, 405);
      }
      if (url.pathname === '/xapi/agents/profile') {
        if (req.method === 'GET' && q.get('profileId') === 'cmi5LearnerPreferences') return json(res, 200, { languagePreference, audioPreference: 'off' });
        return json(res, req.method === 'GET' ? 404 : 403);
      }
      return json(res, 404);
    }
    if (url.pathname === returnPath) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<!doctype html><title>Course</title><h1>Back in the course</h1>');
    }
    // The package's files.
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return json(res, 403);
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(data);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const agent = JSON.stringify(ACTOR);
  lms.origin = origin;
  lms.tokens = [];
  // A launch of the AU in this registration: a fresh session id and a fresh one-time token,
  // and LMS.LaunchData written before the launch (cmi5 10.1). The first is made here.
  lms.newSession = () => {
    lms.fetches = 0;
    lms.token = crypto.randomBytes(12).toString('base64');
    lms.tokens.push(lms.token);
    lms.sessionId = crypto.randomUUID();
    lms.state.set(stateKey(lms.activityId, agent, lms.registration, 'LMS.LaunchData'), JSON.stringify({
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: lms.publisherId }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': lms.sessionId },
      },
      launchMode, moveOn, masteryScore, returnURL: origin + returnPath,
    }));
  };
  lms.newSession();
  // The AU's launch address: its url from cmi5.xml (which may have a query of its own) with
  // the five parameters, URL-encoded (cmi5 8.1).
  lms.launchUrl = (page = 'cmi5.html', override = {}) => {
    const params = { endpoint: `${origin}/xapi/`, fetch: `${origin}/fetch`, actor: agent, registration: lms.registration,
      activityId: lms.activityId, ...override };
    const query = Object.entries(params).filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    return `${origin}/${page}${page.includes('?') ? '&' : '?'}${query}`;
  };
  // The progress document the AU keeps, if any.
  lms.progress = () => lms.state.get(stateKey(lms.activityId, agent, lms.registration, 'crossroads-progress'));
  lms.close = () => new Promise((r) => server.close(r));
  return lms;
}
