/**
 * `npm run bench`: a benchmark, not a timed test. Prints parser throughput,
 * engine throughput and the CLI's wall time beside `terraform fmt` on the same
 * tree. Numbers go into the README with the machine they were measured on.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { allRules } from '../../rules';
import { resolveConfig } from '../../server/src/config/types';
import { analyzeDocuments } from '../../server/src/engine/analyze';
import type { OnusDocument } from '../../server/src/engine/document';
import { parseDocument } from '../../server/src/engine/parse';
import { parseHcl } from '../../server/src/hcl';
import { corpusSkip, sharedCorpus, walk } from '../corpus/shared';
import { indexingFigures, indexingLines } from './indexing';
import { latencyTable, lspLatency } from './lsp-latency';

const root = resolve(__dirname, '../..');
const config = resolveConfig({ requiredTags: ['Owner'] });

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Warm median over 20 passes, as wall time and as this process's CPU time: on a shared machine the
 * wall figure also measures the other processes (the same code moved between 44 and 141 MB/s with
 * the load); the CPU figure is what the parser costs.
 */
function parserThroughput(texts: string[]): { ms: number; mbps: number; cpuMs: number; cpuMbps: number; bytes: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 5; i++) for (const t of texts) parseHcl(t); // warm up
  const walls: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 20; i++) {
    const before = process.cpuUsage();
    walls.push(time(() => texts.forEach((t) => parseHcl(t))));
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = median(walls);
  const cpuMs = median(cpu);
  const mb = bytes / 1024 / 1024;
  return { ms, mbps: mb / (ms / 1000), cpuMs, cpuMbps: mb / (cpuMs / 1000), bytes };
}

function engineThroughput(files: string[]): { ms: number; mbps: number; filesPerSecond: number; findings: number } {
  const texts = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
  const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
  let findings = 0;
  const once = () => {
    findings = 0;
    const units = new Map<string, OnusDocument[]>();
    for (const [file, text] of texts) {
      const d = parseDocument(file, text, config);
      const key = d.kind === 'terraform' ? dirname(file) : file;
      units.set(key, [...(units.get(key) ?? []), d]);
    }
    for (const docs of units.values()) for (const f of analyzeDocuments(docs, { config, rules: allRules }).values()) findings += f.length;
  };
  for (let i = 0; i < 3; i++) once();
  const ms = median(Array.from({ length: 10 }, () => time(once)));
  return { ms, mbps: bytes / 1024 / 1024 / (ms / 1000), filesPerSecond: files.length / (ms / 1000), findings };
}

function wall(command: string, args: string[]): { ms: number; status: number | null } {
  const runs: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
    status = r.status;
  }
  return { ms: median(runs), status };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** `npm run bench -- [parts]`: `corpus` (parser, engine, CLI) and latency letters `abcd`; all by default (e.g. `npm run bench -- cd`). */
async function main(): Promise<void> {
  const parts = process.argv[2] ?? 'corpus abcd';
  const edits = Number(process.env.ONUS_BENCH_EDITS ?? 200);
  const skip = corpusSkip('real');
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load()}`);
  if (parts.includes('corpus')) {
    if (skip) console.log(`skipped (parser, engine, CLI): ${skip}`);
    else corpusFigures();
  }
  const letters = parts.replace('corpus', '');
  if (/[abc]/.test(letters)) {
    // As-you-type latency generates its inputs (from corpus resources when present).
    console.log(`\nas-you-type latency, didChange → publishDiagnostics through dist/server.js over stdio (load average ${load()}):`);
    console.log(latencyTable(await lspLatency(edits, letters)));
  }
  if (letters.includes('d')) {
    console.log(`\n(d) and workspace scale: background indexing of a generated workspace (load average ${load()}):`);
    console.log(indexingLines(await indexingFigures(edits)));
  }
  console.log(`load average at the end: ${load()}`);
}

function corpusFigures(): void {
  const tfDir = join(sharedCorpus, 'real/terraform');
  const tf = walk(tfDir, (p) => p.endsWith('.tf'));
  const p = parserThroughput(tf.map((f) => readFileSync(f, 'utf8')));
  console.log(`parser: ${tf.length} .tf files, ${(p.bytes / 1024 / 1024).toFixed(2)} MB, warm median ${p.ms.toFixed(1)} ms wall → ${p.mbps.toFixed(0)} MB/s; ${p.cpuMs.toFixed(1)} ms CPU → ${p.cpuMbps.toFixed(0)} MB/s`);
  const all = walk(join(sharedCorpus, 'real'), (f) => /\.(tf|ya?ml|json|template)$/.test(f));
  const e = engineThroughput(all);
  console.log(`engine: ${all.length} files (parse + model + all rules), ${e.ms.toFixed(1)} ms warm median → ${e.mbps.toFixed(1)} MB/s, ${e.filesPerSecond.toFixed(0)} files/s, ${e.findings} findings`);
  const cli = wall(process.execPath, [join(root, 'dist/cli.js'), 'scan', tfDir, '--format', 'json']);
  console.log(`cli: onus scan real/terraform as a fresh process: ${cli.ms.toFixed(0)} ms (exit ${cli.status})`);
  const which = spawnSync('terraform', ['version'], { stdio: 'ignore' });
  if (which.status === 0) {
    const fmt = wall('terraform', ['fmt', '-check', '-recursive', tfDir]);
    console.log(`terraform fmt -check -recursive on the same tree: ${fmt.ms.toFixed(0)} ms → Onus/terraform fmt = ${(cli.ms / fmt.ms).toFixed(2)}×`);
  } else {
    console.log('terraform not on PATH: fmt comparison skipped');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
