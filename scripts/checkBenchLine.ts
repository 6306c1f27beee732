/**
 * Proves the benchmark harness: runs `npm run bench -- --quick` and checks
 * that its last line is JSON with every field of DESIGN.md §3 (a number, or
 * null for a figure the bench could not take, with the reason printed
 * above). No timing thresholds: the figures of a quick run are not judged.
 */
import { spawnSync } from 'node:child_process';
import { FIELDS } from './bench/report';

const extra = process.argv.slice(2);
const started = Date.now();
const result = spawnSync('npm', ['run', '--silent', 'bench', '--', '--quick', `--port=${process.env['PLATEAU_BENCH_PORT'] ?? '4490'}`, ...extra], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const lines = result.stdout.trim().split('\n');
const last = lines.at(-1) ?? '';

function fail(reason: string): never {
  process.stderr.write(`${result.stdout}\n${result.stderr}\ncheckBenchLine: ${reason}\n`);
  process.exit(1);
}

if (result.status !== 0) fail(`npm run bench -- --quick exited with ${String(result.status)} after ${seconds} s`);
let parsed: unknown;
try {
  parsed = JSON.parse(last);
} catch {
  fail(`the last line is not JSON: ${last}`);
}
if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail('the last line is not a JSON object');
const line = parsed as Record<string, unknown>;
const missing = FIELDS.filter((field) => !(field in line));
if (missing.length > 0) fail(`missing fields: ${missing.join(', ')}`);
const unknownFields = Object.keys(line).filter((key) => !(FIELDS as readonly string[]).includes(key));
if (unknownFields.length > 0) fail(`fields not in DESIGN.md §3: ${unknownFields.join(', ')}`);
const mistyped = FIELDS.filter((field) =>
  field === 'backend' ? typeof line[field] !== 'string' : line[field] !== null && typeof line[field] !== 'number',
);
if (mistyped.length > 0) fail(`fields that are neither a number nor null: ${mistyped.join(', ')}`);
const nulls = FIELDS.filter((field) => line[field] === null);
process.stdout.write(`checkBenchLine: all ${FIELDS.length} fields present after ${seconds} s${nulls.length > 0 ? `; null (see the bench's notes): ${nulls.join(', ')}` : ''}\n`);
