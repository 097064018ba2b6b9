/**
 * Background indexing of a workspace: every file Onus reads under the roots
 * (skipping `skippedDirectories` and whatever `select` refuses) is analysed
 * once and kept as a small summary — never its tree or model, so memory stays
 * bounded by the number of files, not their size. The work runs in slices of
 * `sliceMs` and yields to the event loop between them (and waits while
 * `holdOff` says the editor is busy), so requests for open documents are
 * served first; `cancelled` is checked before every step.
 */
import { dirname, join, sep } from 'node:path';
import { syntaxForPath, type AnalyzeOptions, type Finding } from '../index';
import type { DocumentKind } from '../engine/document';
import { skippedDirectories } from './collect';
import type { FileSystem } from './files';
import { AnalysisWorkspace } from './workspace';

export interface FileSummary {
  kind: DocumentKind;
  resources: number;
  /** Syntax errors and skip messages. */
  errors: number;
  findings: Partial<Record<Finding['severity'], number>>;
}

export interface IndexHooks {
  /** The analysis options for a file, or undefined when it is excluded. */
  select(path: string): AnalyzeOptions | undefined | Promise<AnalyzeOptions | undefined>;
  cancelled(): boolean;
  /** How long to hold off (ms) because something more urgent waits or the user is typing; 0 to go on. */
  holdOff?(): number;
  /** Called at most every `progressMs`, and once at the end of each phase. */
  progress?(done: number, total: number): void;
}

export interface IndexResult {
  /** Files summarised (templates and Terraform; other YAML/JSON is read but not kept). */
  files: number;
  cancelled: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class WorkspaceIndexer {
  private readonly entries = new Map<string, FileSummary>();

  constructor(
    private readonly fs: FileSystem,
    private readonly sliceMs = 3,
    private readonly progressMs = 200,
  ) {}

  get summaries(): ReadonlyMap<string, FileSummary> {
    return this.entries;
  }

  /** A file or directory changed or went away: its summaries are stale until the next `run`/`refresh`. */
  forget(path: string): void {
    this.entries.delete(path);
    const below = path + sep;
    for (const key of this.entries.keys()) if (key.startsWith(below)) this.entries.delete(key);
  }

  /** Lists, then analyses, every file under the roots. */
  async run(roots: readonly string[], hooks: IndexHooks): Promise<IndexResult> {
    const clock = new Slice(this.sliceMs, hooks);
    const files: string[] = [];
    const dirs = [...roots].reverse();
    while (dirs.length > 0) {
      if (await clock.pause()) return { files: 0, cancelled: true };
      const dir = dirs.pop()!;
      for (const entry of this.fs.readDir(dir) ?? []) {
        const path = join(dir, entry.name);
        if (entry.kind === 'directory' && !skippedDirectories.includes(entry.name)) dirs.push(path);
        else if (entry.kind === 'file' && syntaxForPath(entry.name) !== 'none') files.push(path);
      }
    }
    // Directory by directory (a Terraform module is analysed once for all its files).
    const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    files.sort((a, b) => order(dirname(a), dirname(b)) || order(a, b));
    return this.refresh(files, hooks, clock);
  }

  /**
   * Analyses the given files (again), with the same slicing. Files are taken a
   * directory at a time: first each file is parsed in a step of its own, then
   * each is analysed (the module evaluation happens in the first of those), so
   * no single step parses a whole module.
   */
  async refresh(files: readonly string[], hooks: IndexHooks, clock = new Slice(this.sliceMs, hooks)): Promise<IndexResult> {
    // A private, small workspace: its caches hold one module or so at a time, not the whole tree.
    const workspace = new AnalysisWorkspace(this.fs, 4, 64);
    let done = 0;
    let indexed = 0;
    let reported = 0;
    for (const group of byDirectory(files)) {
      const selected: [string, AnalyzeOptions][] = [];
      for (const path of group) {
        if (await clock.pause()) return { files: indexed, cancelled: true };
        const options = await hooks.select(path);
        if (options) {
          workspace.preload(path, options);
          selected.push([path, options]);
        } else this.entries.delete(path);
      }
      for (const [path, options] of selected) {
        if (await clock.pause()) return { files: indexed, cancelled: true };
        const analysis = workspace.analyzeFile(path, options);
        if (analysis && analysis.document.kind !== 'none') {
          this.entries.set(path, summaryOf(analysis.document, analysis.findings));
          indexed++;
        } else this.entries.delete(path);
      }
      done += group.length;
      if (hooks.progress && performance.now() - reported >= this.progressMs) {
        reported = performance.now();
        hooks.progress(done, files.length);
      }
    }
    hooks.progress?.(done, files.length);
    return { files: indexed, cancelled: false };
  }
}

/** Consecutive runs of files in the same directory (the input is sorted by path). */
function byDirectory(files: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const path of files) {
    const last = groups.at(-1);
    if (last && dirname(last[0]) === dirname(path)) last.push(path);
    else groups.push([path]);
  }
  return groups;
}

function summaryOf(document: { kind: DocumentKind; resources: readonly unknown[]; errors: readonly unknown[] }, findings: readonly Finding[]): FileSummary {
  const counts: FileSummary['findings'] = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return { kind: document.kind, resources: document.resources.length, errors: document.errors.length, findings: counts };
}

/** The time budget of one slice: `pause()` yields when it is spent or the editor is busy, and reports cancellation. */
class Slice {
  private start = performance.now();

  constructor(
    private readonly budgetMs: number,
    private readonly hooks: Pick<IndexHooks, 'cancelled' | 'holdOff'>,
  ) {}

  async pause(): Promise<boolean> {
    if (this.hooks.cancelled()) return true;
    let wait = this.hooks.holdOff?.() ?? 0;
    if (performance.now() - this.start < this.budgetMs && wait <= 0) return false;
    do {
      await (wait > 0 ? sleep(wait) : nextTurn());
      wait = this.hooks.holdOff?.() ?? 0;
    } while (wait > 0 && !this.hooks.cancelled());
    this.start = performance.now();
    return this.hooks.cancelled();
  }
}
