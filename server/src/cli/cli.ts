/**
 * `onus scan [paths…] --format text|json|sarif [--severity L] [--output FILE]`.
 * `run` returns the exit code and never exits the process (main.ts does):
 * 0 clean, 1 findings at/above the threshold or syntax errors, 2 usage or I/O error.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import manifest from '../../../package.json';
import { helpText, parseCommand, UsageError, type Format } from './args';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { exitCodeOf, scan, type ScanResult } from './scan';

export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes a report file; throws on failure. Defaults to the real disk. */
  writeFile?(path: string, text: string): void;
}

const formatters: Record<Format, (result: ScanResult) => string> = { text: formatText, json: formatJson, sarif: formatSarif };

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  return e?.code ?? (error instanceof Error ? error.message : String(error));
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
  if (command.kind === 'help') {
    io.stdout(helpText);
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout(`${manifest.version}\n`);
    return 0;
  }
  const result = scan(command.paths, io.cwd);
  if (result.missing.length > 0) {
    for (const path of result.missing) io.stderr(`onus: no such file or directory: ${path}\n`);
    return 2;
  }
  const report = formatters[command.format](result);
  if (command.output === undefined) {
    io.stdout(report);
  } else {
    const target = resolve(io.cwd, command.output);
    try {
      (io.writeFile ?? ((path, text) => writeFileSync(path, text, 'utf8')))(target, report);
    } catch (error) {
      io.stderr(`onus: cannot write ${command.output}: ${describe(error)}\n`);
      return 2;
    }
  }
  if (result.unreadable.length > 0) {
    for (const { path, reason } of result.unreadable) io.stderr(`onus: cannot read ${path}: ${reason}\n`);
    return 2;
  }
  return exitCodeOf(result, command.threshold);
}
