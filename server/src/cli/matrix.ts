/**
 * `onus matrix`: the responsibility matrix of the files the arguments name
 * (each analysed within its unit, with its nearest `.onus.yaml`), printed,
 * written with `--output`, or compared with a committed copy with `--check`
 * (exit 1 when it is stale, so CI can require it to be regenerated).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules, enabledRules, renderMatrix, responsibilityMatrix, type AnalysedFile } from '../index';
import { AnalysisWorkspace, collectFiles, nodeFileSystem } from '../workspace';
import type { CliIo } from './cli';
import { ConfigResolver } from './config';
import type { MatrixCommand } from './matrix-args';
import { displayPath } from './scan';

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  return e?.code ?? (error instanceof Error ? error.message : String(error));
}

/** The 1-based line where two texts first differ (line endings ignored). */
function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

function quoteArg(arg: string): string {
  return /^[\w./:@=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function runMatrix(command: MatrixCommand, io: CliIo): number {
  let fixed: { path: string; text: string } | undefined;
  if (command.config !== undefined) {
    const path = resolve(io.cwd, command.config);
    try {
      fixed = { path, text: readFileSync(path, 'utf8') };
    } catch (error) {
      io.stderr(`onus: cannot read configuration ${command.config}: ${describe(error)}\n`);
      return 2;
    }
  }
  const unreadable = new Map<string, string>();
  const fs = nodeFileSystem((path, error) => unreadable.set(path, describe(error)));
  const configs = new ConfigResolver(fs, fixed);
  const collected = collectFiles(fs, command.paths, io.cwd);
  for (const path of collected.missing) io.stderr(`onus: no such file or directory: ${path}\n`);
  if (collected.missing.length > 0) return 2;
  const workspace = new AnalysisWorkspace(fs);
  const files: AnalysedFile[] = [];
  for (const path of collected.files) {
    if (configs.excluded(path, io.cwd)) continue;
    const config = configs.forFile(path);
    const analysis = workspace.analyzeFile(path, { config, rules: allRules });
    if (!analysis) {
      io.stderr(`onus: cannot read ${path}: ${unreadable.get(path) ?? 'cannot be read'}\n`);
      return 2;
    }
    const file = displayPath(io.cwd, path);
    // Resources after a syntax error may be missing: say so rather than print a matrix that looks complete.
    const broken = analysis.document.errors.find((e) => e.severity === 'error');
    if (broken) io.stderr(`onus: ${file} does not parse (${broken.message.replace(/\.$/, '')}); the matrix may miss some of its resources\n`);
    files.push({ file, document: analysis.document, findings: analysis.findings, rules: enabledRules(allRules, config) });
  }
  for (const p of configs.problems) io.stderr(`onus: ${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
  if (fixed && configs.problems.some((p) => p.severity === 'error')) return 2;
  const text = renderMatrix(responsibilityMatrix(files), command.format);
  if (command.check !== undefined) return check(command, text, io);
  if (command.output === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    (io.writeFile ?? ((path: string, t: string) => writeFileSync(path, t, 'utf8')))(resolve(io.cwd, command.output), text);
  } catch (error) {
    io.stderr(`onus: cannot write ${command.output}: ${describe(error)}\n`);
    return 2;
  }
  return 0;
}

function check(command: MatrixCommand, text: string, io: CliIo): number {
  const file = command.check!;
  let committed: string;
  try {
    committed = readFileSync(resolve(io.cwd, file), 'utf8').replace(/\r\n/g, '\n'); // a checkout may have turned LF into CRLF
  } catch (error) {
    io.stderr(`onus: cannot read ${file}: ${describe(error)}\n`);
    return 2;
  }
  if (committed === text) {
    io.stdout(`onus: ${file} is up to date\n`);
    return 0;
  }
  const update = ['onus', 'matrix', ...command.paths, '--format', command.format, '--output', file, ...(command.config ? ['--config', command.config] : [])].map(quoteArg).join(' ');
  io.stderr(`onus: ${file} is out of date (first difference at line ${firstDifference(committed, text)}); regenerate it with:\n  ${update}\n`);
  return 1;
}
