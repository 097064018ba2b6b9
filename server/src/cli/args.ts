/** Command-line arguments → a typed command, or a usage error. */
import { parseArgs } from 'node:util';
import { severityOrder, type Severity } from '../index';
import { parseMatrixCommand, type MatrixCommand } from './matrix-args';

export const formats = ['text', 'json', 'sarif'] as const;
export type Format = (typeof formats)[number];

/** `none`: findings never fail the run (syntax errors still do). */
export type Threshold = Severity | 'none';

export interface ScanCommand {
  kind: 'scan';
  paths: string[];
  format: Format;
  threshold: Threshold;
  output?: string;
  /** A config file for every scanned file, instead of the nearest `.onus.yaml` above each. */
  config?: string;
  /** A previous JSON or SARIF report: its findings are not reported again. */
  baseline?: string;
  /** Apply every unambiguous fix to the files before reporting. */
  fix: boolean;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ScanCommand
  | { kind: 'rules'; format: Format }
  | { kind: 'explain'; id: string }
  | MatrixCommand;

export class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value for --${name}: '${value}' (expected one of: ${allowed.join(', ')})`);
}

function fileName(name: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`--${name} needs a file name`);
  return value;
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        severity: { type: 'string', short: 's' },
        'fail-on': { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        baseline: { type: 'string', short: 'b' },
        check: { type: 'string' },
        fix: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('. ')[0].replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command === 'matrix') return parseMatrixCommand(rest, values);
  if (values.check !== undefined) throw new UsageError(`--check is an option of 'matrix' only`);
  const format = oneOf('format', values.format, formats, 'text');
  if (command === 'rules') {
    if (rest.length > 0) throw new UsageError(`'rules' takes no arguments`);
    if (format === 'sarif') throw new UsageError(`'rules' prints text or json`);
    return { kind: 'rules', format };
  }
  if (command === 'explain') {
    if (rest.length !== 1) throw new UsageError(`'explain' takes one rule id or alias`);
    return { kind: 'explain', id: rest[0] };
  }
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);
  if (values.severity !== undefined && values['fail-on'] !== undefined && values.severity !== values['fail-on']) {
    throw new UsageError('--severity and --fail-on are the same option; give one');
  }
  const threshold = oneOf<Threshold>(values['fail-on'] !== undefined ? 'fail-on' : 'severity', values['fail-on'] ?? values.severity, [...severityOrder, 'none'], 'low');
  return {
    kind: 'scan',
    paths: rest.length > 0 ? rest : ['.'],
    format,
    threshold,
    output: fileName('output', values.output),
    config: fileName('config', values.config),
    baseline: fileName('baseline', values.baseline),
    fix: values.fix === true,
  };
}

export const helpText = `Usage: onus scan [paths...] [options]
       onus rules [--format text|json]
       onus explain RULE-ID
       onus matrix [paths...] [--format markdown|html|json|csv] [--output FILE | --check FILE]

Lints Terraform and AWS CloudFormation for the customer's side of the cloud
shared-responsibility model. Directories are scanned recursively (node_modules,
.git and .terraform are skipped); paths default to the current directory.
Each file uses the nearest .onus.yaml above it (see docs/configuration.md).

Commands:
  scan                           scan files and directories
  rules                          list the rule catalog (ids, severity, duty, peer aliases)
  explain ID                     explain a rule, by id or peer alias (CKV_AWS_19, AVD-AWS-0088…)
  matrix                         the responsibility matrix: each resource's customer duties per
                                 category, met / not met / not checkable, and the provider's part

Options (scan):
  -f, --format text|json|sarif   output format (default: text)
      --fail-on LEVEL            fail on findings at or above LEVEL: info, low,
                                 medium, high, critical, or none (default: low);
                                 every finding is reported whatever the level
  -s, --severity LEVEL           the same as --fail-on
  -c, --config FILE              use FILE as the configuration of every file
  -b, --baseline FILE            do not report findings already in FILE (a report
                                 written with --format json or sarif)
      --fix                      apply every unambiguous fix to the files first
                                 (files are re-parsed before they are written)
  -o, --output FILE              write the report to FILE instead of stdout

Options (matrix):
  -f, --format FORMAT            markdown (default), html, json or csv; deterministic, so it can
                                 be committed
  -o, --output FILE              write the matrix to FILE instead of stdout
      --check FILE               compare with a committed matrix (format from FILE's extension
                                 unless --format is given): exit 1 when it is stale
  -c, --config FILE              use FILE as the configuration of every file

Other options:
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes:
  0  no finding at or above the threshold, no syntax error (matrix: written, or up to date)
  1  findings at or above the threshold, or files that do not parse (matrix --check: stale)
  2  usage error, missing path, unreadable file or configuration, unknown rule
`;
