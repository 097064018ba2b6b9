/**
 * Workspace scale: a 5,000-file workspace generated from the real corpus
 * (its .tf files copied into repeated subtrees of a temporary folder) indexed
 * by the real server in the background, with (d) scenario (a)'s latency
 * measured while the index is being built, the initial index time (initialize
 * → the progress's end) and the server's resident memory after indexing.
 * `node --import tsx test/bench/indexing.ts [edits] [gap ms]` runs it alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { corpusSkip, sharedCorpus, walk } from '../corpus/shared';
import { corpusResources } from './generate';
import { editPoint, latencyTable, measure, summarise, withClient, writeModule, type Latency } from './lsp-latency';

export interface IndexingFigures {
  latency: Latency;
  files: number;
  indexedMessage: string;
  indexMs: number;
  /** Server resident set size after indexing (MB); undefined where /proc is absent. */
  rssMb: number | undefined;
  /** After 3 s idle: V8 returns the garbage of indexing to the system only when it has time to collect. */
  settledRssMb: number | undefined;
}

/** Copies the corpus's .tf files into `copy<k>/…` subtrees until `count` files exist. */
function generateWorkspace(root: string, count: number): number {
  const source = join(sharedCorpus, 'real/terraform');
  const files = walk(source, (p) => p.endsWith('.tf')).map((f) => [relative(source, f), readFileSync(f, 'utf8')] as const);
  let written = 0;
  for (let k = 0; written < count; k++) {
    for (const [rel, text] of files) {
      if (written >= count) break;
      const path = join(root, `copy${k}`, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      written++;
    }
  }
  return written;
}

function rssMb(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** (d) and workspace scale; a string saying why when skipped. */
/** `typingGapMs`: 0 sends edits back to back as (a) does; a cadence (100 ms = 10 keystrokes a second) lets the index run in the gaps. */
export async function indexingFigures(edits = 200, typingGapMs = 0, count = 5_000): Promise<IndexingFigures | string> {
  const skip = corpusSkip('real');
  if (skip) return `skipped (d) and workspace scale: ${skip}`;
  const resources = corpusResources();
  let text = '';
  let files = 0;
  let started = 0;
  let indexMs: number | undefined;
  return withClient(
    async (client) => {
      const ended = () => (indexMs === undefined ? undefined : indexMs);
      const uri = client.uri('module/main.tf');
      await client.open(uri, text);
      await client.diagnosticsAt(uri, 1);
      if (ended()) throw new Error('the index was built before the first edit: nothing measured during indexing');
      const samples = await measure(client, uri, text, editPoint(text, /= "/g), edits, 5, () => ended() !== undefined, typingGapMs);
      await client.waitFor('the index', ended);
      const message = [...client.progress].reverse().find((p) => p.value.kind === 'report')?.value.message ?? '';
      const latency = summarise('(d) (a) while a 5,000-file workspace is indexed', `${samples.length} edits ${typingGapMs > 0 ? `${typingGapMs} ms apart` : 'back to back'} during indexing`, samples, 20);
      const atEnd = rssMb(client.pid);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return { latency, files, indexedMessage: message, indexMs: indexMs!, rssMb: atEnd, settledRssMb: rssMb(client.pid) };
    },
    (client) => {
      files = generateWorkspace(join(client.folder, 'workspace'), count);
      text = writeModule(client.folder, resources);
      started = performance.now();
      // Replaces the base client's handler to note the moment the end arrives, not when the edit loop notices it.
      client.connection.onNotification('$/progress', (params: (typeof client.progress)[number]) => {
        client.progress.push(params);
        if (params.value.kind === 'end') indexMs = performance.now() - started;
        (client as unknown as { notify(): void }).notify();
      });
    },
  );
}

export function indexingLines(figures: IndexingFigures | string): string {
  if (typeof figures === 'string') return figures;
  return [
    latencyTable([figures.latency]),
    `workspace scale: ${figures.files} .tf files generated from real/terraform; initial index ${(figures.indexMs / 1000).toFixed(1)} s (${figures.indexedMessage}); server RSS after indexing ${figures.rssMb === undefined ? 'not measured (no /proc)' : `${figures.rssMb.toFixed(0)} MB at the end, ${figures.settledRssMb?.toFixed(0)} MB after 3 s idle`} (target ≤ 300 MB)`,
  ].join('\n');
}

if (require.main === module) {
  indexingFigures(Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 0)).then(
    (r) => console.log(indexingLines(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
