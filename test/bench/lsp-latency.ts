/**
 * As-you-type latency through the real LSP server (dist/server.js over stdio):
 * the time from sending an incremental didChange to receiving the
 * publishDiagnostics for that version, one edit at a time (type a character
 * inside a string in the middle of the file, then delete it), after a warm-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver/node';
import { HardeningClient, positionAt } from '../hardening/lsp-session';
import { cdkTemplate, corpusResources, terraformOfLines } from './generate';

export interface Latency {
  scenario: string;
  size: string;
  edits: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  targetP95: number;
}

function rotate<T>(items: T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Offset just inside the first string value at or after the middle of the text. */
export function editPoint(text: string, opener: RegExp): number {
  opener.lastIndex = Math.floor(text.length / 2);
  const m = opener.exec(text);
  if (!m) throw new Error(`no edit point matching ${opener}`);
  return m.index + m[0].length;
}

/**
 * Edits until `edits` are measured (or `stop()` says the condition measured is over),
 * back to back, or `gapMs` apart (a typing cadence: background work runs in the gaps).
 */
export async function measure(client: HardeningClient, uri: string, text: string, at: number, edits: number, warmup: number, stop?: () => boolean, gapMs = 0): Promise<number[]> {
  const { line, character } = positionAt(text, at);
  const samples: number[] = [];
  for (let i = 0; i < warmup + edits && !stop?.(); i++) {
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    const version = i + 2;
    const insert = i % 2 === 0;
    const range = insert ? { start: { line, character }, end: { line, character } } : { start: { line, character }, end: { line, character: character + 1 } };
    const from = client.published.length;
    const start = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    await client.waitForDiagnostics(uri, (p) => p.version === version, from);
    if (i >= warmup) samples.push(performance.now() - start);
    client.published.length = 0; // keep the probe cheap: only this edit's publication matters
  }
  return samples;
}

export function summarise(scenario: string, size: string, samples: number[], targetP95: number): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { scenario, size, edits: samples.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1], targetP95 };
}

/** A server over stdio for one scenario; `prepare` writes the workspace before initialize. */
export async function withClient<T>(fn: (client: HardeningClient) => Promise<T>, prepare?: (client: HardeningClient) => void): Promise<T> {
  const client = new HardeningClient();
  // Large enough for the 5 MB template (the default limit is 5 MiB); ONUS_BENCH_DISABLE (comma-separated rule ids) compares rule sets.
  client.settings = { maxFileSize: 64 * 2 ** 20, disabledRules: (process.env.ONUS_BENCH_DISABLE ?? '').split(',').filter(Boolean) };
  // As VS Code: file watchers registered by the server, work-done progress.
  client.features = { watchFiles: true, workDoneProgress: true };
  try {
    prepare?.(client);
    await client.initialize();
    const result = await fn(client);
    if (client.errorLogs.length > 0) throw new Error(`the server logged errors: ${client.errorLogs.join('\n')}`);
    return result;
  } finally {
    await client.shutdown();
  }
}

/** `only`: a subset of the scenarios by letter (`ac`), for profiling one at a time. */
export async function lspLatency(edits = 200, only = 'abc'): Promise<Latency[]> {
  const resources = corpusResources();
  const results: Latency[] = [];
  const push = async (letter: string, run: () => Promise<Latency>) => {
    if (!only.includes(letter)) return;
    // One scenario failing (a time-out) is printed; the others still run.
    try {
      results.push(await run());
    } catch (error) {
      console.log(`(${letter}) not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };

  // (a) a 1,000-line main.tf in a 20-file module: the 19 siblings are on disk, main.tf is open
  await push('a', () =>
    withClient(async (client) => {
      const text = writeModule(client.folder, resources);
      const uri = client.uri('module/main.tf');
      await client.open(uri, text);
      await client.diagnosticsAt(uri, 1);
      const samples = await measure(client, uri, text, editPoint(text, /= "/g), edits, 20);
      return summarise('(a) main.tf in a 20-file module', `${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KB + 19 files`, samples, 10);
    }),
  );

  // (b) one 20,000-line generated .tf
  await push('b', () =>
    withClient(async (client) => {
      const text = terraformOfLines(resources, 20_000, 'big_');
      const uri = client.uri('big.tf');
      await client.open(uri, text);
      await client.diagnosticsAt(uri, 1);
      const samples = await measure(client, uri, text, editPoint(text, /= "/g), edits, 10);
      return summarise('(b) generated .tf', `${text.split('\n').length} lines, ${(text.length / 2 ** 20).toFixed(2)} MB`, samples, 60);
    }),
  );

  // (c) a 5 MB CDK-style JSON template
  await push('c', () =>
    withClient(async (client) => {
      const text = cdkTemplate(5_000_000);
      const uri = client.uri('Stack.template.json');
      await client.open(uri, text, 'json');
      await client.diagnosticsAt(uri, 1);
      const samples = await measure(client, uri, text, editPoint(text, /"GroupDescription": "/g), edits, 5);
      return summarise('(c) CDK-style JSON template', `${text.split('\n').length} lines, ${(text.length / 1e6).toFixed(2)} MB`, samples, 150);
    }),
  );
  return results;
}

/** Scenario (a)'s module: 19 siblings on disk under `folder`/module; returns the 1,000-line main.tf text (not written). */
export function writeModule(folder: string, resources: string[]): string {
  mkdirSync(join(folder, 'module'), { recursive: true });
  for (let f = 1; f < 20; f++) writeFileSync(join(folder, 'module', `file${f}.tf`), terraformOfLines(rotate(resources, f * 37), 300, `f${f}_`));
  return terraformOfLines(resources, 1_000, 'main_');
}

export function latencyTable(results: Latency[]): string {
  const rows = results.map((r) => `| ${r.scenario} | ${r.size} | ${r.edits} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ≤ ${r.targetP95} | ${r.p95 <= r.targetP95 ? 'met' : 'missed'} |`);
  return ['| scenario | size | edits | p50 ms | p95 ms | p99 ms | max ms | target p95 | |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

if (require.main === module) {
  lspLatency(Number(process.argv[2] ?? 200), process.argv[3]).then(
    (r) => console.log(latencyTable(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
