/** Command-line arguments → a typed command, or a usage error. */
import { parseArgs } from 'node:util';
import { severityOrder, type Severity } from '../index';

export const formats = ['text', 'json', 'sarif'] as const;
export type Format = (typeof formats)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'scan'; paths: string[]; format: Format; threshold: Severity; output?: string };

export class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value for --${name}: '${value}' (expected one of: ${allowed.join(', ')})`);
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
        output: { type: 'string', short: 'o' },
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
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command');
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  return {
    kind: 'scan',
    paths: paths.length > 0 ? paths : ['.'],
    format: oneOf('format', values.format, formats, 'text'),
    threshold: oneOf('severity', values.severity, severityOrder, 'low'),
    output: values.output,
  };
}

export const helpText = `Usage: onus scan [paths...] [options]

Lints Terraform and AWS CloudFormation for the customer's side of the cloud
shared-responsibility model. Directories are scanned recursively (node_modules,
.git and .terraform are skipped); paths default to the current directory.

Options:
  -f, --format text|json|sarif   output format (default: text)
  -s, --severity LEVEL           fail on findings at or above LEVEL: info, low,
                                 medium, high, critical (default: low); every
                                 finding is reported whatever the level
  -o, --output FILE              write the report to FILE instead of stdout
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes:
  0  no finding at or above the severity threshold, no syntax error
  1  findings at or above the threshold, or files that do not parse
  2  usage error, missing path or unreadable file
`;
