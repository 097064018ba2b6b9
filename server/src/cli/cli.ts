/**
 * `onus scan [paths…] [--format text|json|sarif] [--fail-on L] [--config F] [--baseline F] [--fix] [--output F]`,
 * `onus rules`, `onus explain ID`, `onus matrix` (matrix.ts).
 * `run` returns the exit code and never exits the process (main.ts does):
 * 0 clean, 1 findings at/above the threshold or syntax errors, 2 usage or I/O error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import manifest from '../../../package.json';
import { CachedFileSystem, nodeFileSystem } from '../workspace';
import { helpText, parseCommand, UsageError, type Format, type ScanCommand } from './args';
import { applyBaseline, BaselineError, readBaseline } from './baseline';
import { explainRule, findRule, formatRules } from './catalog';
import { ConfigResolver } from './config';
import { fixFiles } from './fix';
import { runMatrix } from './matrix';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { exitCodeOf, scan, type ScanResult } from './scan';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes a report file or a fixed source file; throws on failure. Defaults to the real disk. */
  writeFile?(path: string, text: string): void;
}

const formatters: Record<Format, (result: ScanResult) => string> = { text: formatText, json: formatJson, sarif: formatSarif };

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  return e?.code ?? (error instanceof Error ? error.message : String(error));
}

function readInput(io: CliIo, what: string, file: string): { path: string; text: string } | string {
  const path = resolve(io.cwd, file);
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return `onus: cannot read ${what} ${file}: ${describe(error)}\n`;
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`onus: ${error.message}\nRun 'onus --help' for usage.\n`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      io.stdout(helpText);
      return 0;
    case 'version':
      io.stdout(`${manifest.version}\n`);
      return 0;
    case 'rules':
      io.stdout(formatRules(command.format === 'json' ? 'json' : 'text'));
      return 0;
    case 'explain': {
      const rule = findRule(command.id);
      if (!rule) {
        io.stderr(`onus: no rule has the id or alias '${command.id}'. Run 'onus rules' for the catalog.\n`);
        return 2;
      }
      io.stdout(explainRule(rule));
      return 0;
    }
    case 'scan':
      return runScan(command, io);
    case 'matrix':
      return runMatrix(command, io);
  }
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const write = io.writeFile ?? ((path: string, text: string) => writeFileSync(path, text, 'utf8'));
  let fixedConfig: { path: string; text: string } | undefined;
  if (command.config !== undefined) {
    const read = readInput(io, 'configuration', command.config);
    if (typeof read === 'string') return io.stderr(read), 2;
    fixedConfig = read;
  }
  let baseline: Set<string> | undefined;
  if (command.baseline !== undefined) {
    const read = readInput(io, 'baseline', command.baseline);
    if (typeof read === 'string') return io.stderr(read), 2;
    try {
      baseline = readBaseline(read.text);
    } catch (error) {
      if (!(error instanceof BaselineError)) throw error;
      io.stderr(`onus: cannot use baseline ${command.baseline}: ${error.message}\n`);
      return 2;
    }
  }
  const fs = nodeFileSystem();
  // Every directory looks for `.onus.yaml` up to the root: each ancestor is stat'ed once, not once per directory below it.
  const configFs = new CachedFileSystem(fs);
  configFs.trust(true);
  const configs = new ConfigResolver(configFs, fixedConfig);
  const excluded = (path: string) => configs.excluded(path, io.cwd);
  const configFor = (path: string) => configs.forFile(path);
  if (command.fix) {
    try {
      const fixed = fixFiles(command.paths, io.cwd, fs, configFor, excluded, write);
      if (fixed.fixes > 0) io.stderr(`onus: applied ${fixed.fixes} fix${fixed.fixes === 1 ? '' : 'es'} in ${fixed.files} file${fixed.files === 1 ? '' : 's'}\n`);
    } catch (error) {
      io.stderr(`onus: cannot write fixes: ${describe(error)}\n`);
      return 2;
    }
  }
  const result = scan(command.paths, io.cwd, undefined, undefined, { configFor, excluded });
  for (const p of configs.problems) io.stderr(`onus: ${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
  if (result.missing.length > 0) {
    for (const path of result.missing) io.stderr(`onus: no such file or directory: ${path}\n`);
    return 2;
  }
  if (baseline) {
    const removed = applyBaseline(result, baseline);
    if (removed > 0) io.stderr(`onus: ${removed} finding${removed === 1 ? '' : 's'} already in the baseline not reported\n`);
  }
  const report = formatters[command.format](result);
  if (command.output === undefined) {
    io.stdout(report);
  } else {
    try {
      write(resolve(io.cwd, command.output), report);
    } catch (error) {
      io.stderr(`onus: cannot write ${command.output}: ${describe(error)}\n`);
      return 2;
    }
  }
  if (result.unreadable.length > 0) {
    for (const { path, reason } of result.unreadable) io.stderr(`onus: cannot read ${path}: ${reason}\n`);
    return 2;
  }
  if (fixedConfig && configs.problems.some((p) => p.severity === 'error')) return 2;
  return exitCodeOf(result, command.threshold);
}
