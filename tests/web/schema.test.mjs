// The content format is defined twice: by the JSON Schema authors' editors read
// (assets/content/schema.json) and by core's loader, which the app runs. This test holds
// them to one verdict, with ajv as the schema validator and `crossroads-check --json` as
// the loader, on every shipped content file, every fixture and a few thousand mutations
// of the default content (keys removed, values of the wrong type, numbers out of range,
// texts and lists emptied, unknown keys added, references broken).
//
// The loader checks more than a schema can say (ids unique, references resolved, ranges
// in order, the ladder connected), so the rule is:
//   - what the schema rejects, the loader rejects;
//   - what the loader rejects for a reason a schema can state, the schema rejects too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { repo } from './lib.mjs';

const checker = process.env.CROSSROADS_CHECK || path.join(repo, 'build/native/core/crossroads-check');
const schema = JSON.parse(fs.readFileSync(path.join(repo, 'assets/content/schema.json'), 'utf8'));
// strictRequired off: "not: {required: [...]}" is how the schema forbids a key.
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

// Problem codes of rules beyond JSON Schema: they need the whole document (ids, references,
// graph) or arithmetic across fields. Every other code is one a schema states.
const SEMANTIC = new Set(['id.duplicate', 'ref.unknown', 'cell.missing', 'range.inverted', 'quiz.answer_count', 'quiz.weights_zero',
  'ladder.cycle', 'ladder.unreachable', 'ladder.no_start']);

function loaderVerdict(file) {
  const run = spawnSync(checker, [file, '--json'], { encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run ${checker} (build it with: cmake --build --preset native): ${run.error.message}`);
  const report = JSON.parse(run.stdout);
  assert.equal(run.status, report.valid ? 0 : 1, `exit code against the report for ${file}`);
  return report;
}

// Disagreements of one document, as readable lines (empty when schema and loader agree).
function disagreements(file, doc) {
  const report = loaderVerdict(file);
  const schemaValid = validate(doc);
  const out = [];
  const structural = report.problems.filter((p) => !SEMANTIC.has(p.code));
  if (!schemaValid && report.valid) {
    out.push(`schema rejects, loader accepts: ${validate.errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  }
  if (schemaValid && structural.length) {
    out.push(`loader rejects, schema accepts: ${structural.map((p) => `${p.code} ${p.path}: ${p.message}`).join('; ')}`);
  }
  return out;
}

const SEMANTIC_CODES_ARE_CODES = () => {
  const table = fs.readFileSync(path.join(repo, 'docs/content-format.md'), 'utf8');
  for (const c of SEMANTIC) assert.ok(table.includes(`| \`${c}\` |`), `${c} is in the content format's problem code table`);
};

// Each mutation of the part of `doc` at `start` (a key trail): where, what, and the document.
function* mutations(doc, start = []) {
  const clone = () => structuredClone(doc);
  const at = (root, trail) => trail.reduce((node, key) => node[key], root);
  function* walk(node, trail) {
    const where = trail.join('.') || '(root)';
    if (Array.isArray(node)) {
      if (trail.length) {
        let d = clone(); at(d, trail.slice(0, -1))[trail.at(-1)] = []; yield [where, 'emptied', d];
        d = clone(); at(d, trail.slice(0, -1))[trail.at(-1)] = {}; yield [where, 'object for array', d];
      }
      for (let i = 0; i < node.length; ++i) yield* walk(node[i], [...trail, i]);
      return;
    }
    if (node !== null && typeof node === 'object') {
      let d = clone(); at(d, trail).zzUnknownKey = 1; yield [where, 'unknown key added', d];
      if (trail.length) { d = clone(); at(d, trail.slice(0, -1))[trail.at(-1)] = []; yield [where, 'array for object', d]; }
      for (const key of Object.keys(node)) {
        d = clone(); delete at(d, trail)[key]; yield [`${where}.${key}`, 'removed', d];
        yield* walk(node[key], [...trail, key]);
      }
      return;
    }
    const set = (value, what) => { const d = clone(); at(d, trail.slice(0, -1))[trail.at(-1)] = value; return [where, what, d]; };
    if (typeof node === 'string') {
      yield set('', 'emptied');
      yield set(7, 'number for string');
      yield set('zz-not-a-known-value', 'other string');
    } else if (typeof node === 'number') {
      yield set(String(node), 'string for number');
      yield set(-1, 'negative');
      yield set(1e12, 'huge');
      yield set(node + 0.5, 'fraction');
      yield set(null, 'null');
    } else if (typeof node === 'boolean') {
      yield set('yes', 'string for boolean');
      yield set(1, 'number for boolean');
    }
  }
  yield* walk(start.reduce((node, key) => node[key], doc), start);
}

test('the content format lists every code the agreement rule treats as beyond a schema', SEMANTIC_CODES_ARE_CODES);

test('schema and loader agree on every shipped content file and fixture', () => {
  const files = [
    ...fs.readdirSync(path.join(repo, 'assets/content')).filter((f) => f !== 'schema.json').map((f) => `assets/content/${f}`),
    ...fs.readdirSync(path.join(repo, 'tests/web/fixtures')).filter((f) => f.endsWith('.json')).map((f) => `tests/web/fixtures/${f}`),
  ];
  assert.ok(files.length >= 4, files.join(', '));
  const problems = [];
  let rejected = 0;
  for (const f of files) {
    const file = path.join(repo, f);
    const found = disagreements(file, JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!validate(JSON.parse(fs.readFileSync(file, 'utf8')))) ++rejected;
    problems.push(...found.map((line) => `${f}: ${line}`));
  }
  assert.deepEqual(problems, []);
  assert.ok(rejected >= 1, 'the broken fixture is rejected by both');
});

// The short default content has every part but the self-assessment, which the full one adds.
const MUTATED = [['assets/content/em-vs-tl-short.json', []], ['assets/content/em-vs-tl.json', ['quizzes', 'fit']]];

test('schema and loader agree on every mutation of the default content', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-schema-'));
  const file = path.join(dir, 'mutant.json');
  const problems = [];
  const kinds = new Map();
  let count = 0, bothReject = 0;
  try {
    for (const [name, start] of MUTATED) {
      const base = JSON.parse(fs.readFileSync(path.join(repo, name), 'utf8'));
      for (const [where, what, doc] of mutations(base, start)) {
        fs.writeFileSync(file, JSON.stringify(doc));
        const found = disagreements(file, doc);
        ++count;
        kinds.set(what, (kinds.get(what) || 0) + 1);
        if (!validate(doc)) ++bothReject;
        problems.push(...found.map((line) => `${name} ${where} (${what}): ${line}`));
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(problems.length, 0, `${problems.length} of ${count} mutations disagree, such as:\n${problems.slice(0, 30).join('\n')}`);
  // The mutations reached every kind, and most of them made a document both reject.
  for (const what of ['removed', 'unknown key added', 'number for string', 'negative', 'fraction', 'emptied', 'string for boolean']) {
    assert.ok(kinds.get(what) > 0, `no "${what}" mutation was made`);
  }
  assert.ok(count > 1000 && bothReject > count / 2, `${count} mutations, ${bothReject} rejected`);
});
