/**
 * A scan: the files the arguments name, each analysed within its unit (a
 * Terraform module's siblings are read for context, but only the collected
 * files are reported), into a format-neutral result the formatters print.
 */
import { relative, sep } from 'node:path';
import { allRules, defaultConfig, severityOrder, type Finding, type OnusConfig, type Range, type Severity } from '../index';
import { AnalysisWorkspace, CachedFileSystem, collectFiles, nodeFileSystem, type FileSystem } from '../workspace';

export interface FileProblem {
  /** `error`: the file does not parse; `warning`: a parse warning or a skipped file. */
  severity: 'error' | 'warning';
  message: string;
  range: Range;
}

export interface ScannedFile {
  /** Absolute path. */
  path: string;
  /** Relative to the scan root with `/` separators, or absolute when outside the root. */
  display: string;
  /** Whether the file is one Onus analyses (Terraform, or a CloudFormation template). */
  analysed: boolean;
  findings: Finding[];
  problems: FileProblem[];
}

export interface ScanResult {
  root: string;
  files: ScannedFile[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Files that could not be read. */
  unreadable: { path: string; reason: string }[];
}

export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  return e?.code ?? (error instanceof Error ? error.message : String(error));
}

export interface ScanOptions {
  /** The configuration of one file (the nearest `.onus.yaml`); defaults to `config` for every file. */
  configFor?: (path: string) => OnusConfig;
  /** Files left out entirely (config `exclude`). */
  excluded?: (path: string) => boolean;
}

export function scan(paths: readonly string[], root: string, config: OnusConfig = defaultConfig, fs?: FileSystem, scanOptions: ScanOptions = {}): ScanResult {
  const errors = new Map<string, string>();
  // Nothing writes while one scan runs: listings and stats are asked for once (modules look for callers around them).
  const files = new CachedFileSystem(fs ?? nodeFileSystem((path, error) => errors.set(path, reason(error))));
  files.trust(true);
  const collected = collectFiles(files, paths, root);
  const result: ScanResult = { root, files: [], missing: collected.missing, unreadable: [] };
  if (collected.missing.length > 0) return result;
  // Files grouped by configuration, each module's files together: the workspace analyses a module once for all its files.
  const groups = new Map<OnusConfig, string[]>();
  for (const path of collected.files) {
    if (scanOptions.excluded?.(path)) continue;
    const c = scanOptions.configFor?.(path) ?? config;
    const group = groups.get(c);
    if (group) group.push(path);
    else groups.set(c, [path]);
  }
  const workspace = new AnalysisWorkspace(files);
  const scanned = new Map<string, ScannedFile | { path: string; reason: string }>();
  for (const [c, group] of groups) {
    for (const { path, analysis } of workspace.analyzeFiles(group, { config: c, rules: allRules })) {
      if (!analysis) {
        if (!errors.has(path)) files.readFile(path); // records why
        scanned.set(path, { path, reason: errors.get(path) ?? 'cannot be read' });
        continue;
      }
      const { document } = analysis;
      scanned.set(path, {
        path,
        display: displayPath(root, path),
        analysed: document.kind !== 'none',
        findings: [...analysis.findings].sort(byPosition),
        problems: document.errors.map((e) => ({ severity: e.severity, message: e.message, range: document.lineIndex.rangeOf(e.span) })),
      });
    }
  }
  // Reported in the collected order.
  for (const path of collected.files) {
    const file = scanned.get(path);
    if (file === undefined) continue;
    if ('reason' in file) result.unreadable.push(file);
    else result.files.push(file);
  }
  return result;
}

export function atOrAbove(severity: Severity, threshold: Severity | 'none'): boolean {
  return threshold !== 'none' && severityOrder.indexOf(severity) >= severityOrder.indexOf(threshold);
}

/** 1 when a finding reaches the threshold (`none`: never) or a file does not parse, else 0. */
export function exitCodeOf(result: ScanResult, threshold: Severity | 'none'): 0 | 1 {
  const fails = result.files.some((f) => f.findings.some((x) => atOrAbove(x.severity, threshold)) || f.problems.some((p) => p.severity === 'error'));
  return fails ? 1 : 0;
}
