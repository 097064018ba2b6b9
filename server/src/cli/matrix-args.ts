/**
 * `onus matrix [paths…] [--format markdown|html|json|csv] [--output FILE | --check FILE] [--config FILE]`
 * → a typed command, or a usage error. With `--check` the format defaults to the one the
 * file's extension names (`.md`, `.html`, `.json`, `.csv`).
 */
import { formatOfFile, matrixFormats, type MatrixFormat } from '../index';
import { UsageError } from './args';

export interface MatrixCommand {
  kind: 'matrix';
  paths: string[];
  format: MatrixFormat;
  output?: string;
  /** A committed matrix to compare with (exit 1 when it is stale). */
  check?: string;
  config?: string;
}

interface Values {
  format?: string;
  output?: string;
  check?: string;
  config?: string;
  severity?: string;
  'fail-on'?: string;
  baseline?: string;
  fix?: boolean;
}

function fileName(name: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`--${name} needs a file name`);
  return value;
}

export function parseMatrixCommand(rest: readonly string[], values: Values): MatrixCommand {
  for (const option of ['severity', 'fail-on', 'baseline', 'fix'] as const) {
    if (values[option] !== undefined) throw new UsageError(`--${option} is not an option of 'matrix'`);
  }
  const output = fileName('output', values.output);
  const check = fileName('check', values.check);
  if (output !== undefined && check !== undefined) throw new UsageError('--output and --check exclude each other: --check compares, it never writes');
  let format: MatrixFormat;
  if (values.format !== undefined) {
    if (!(matrixFormats as readonly string[]).includes(values.format)) {
      throw new UsageError(`invalid value for --format: '${values.format}' (expected one of: ${matrixFormats.join(', ')})`);
    }
    format = values.format as MatrixFormat;
  } else if (check !== undefined) {
    const implied = formatOfFile(check);
    if (!implied) throw new UsageError(`cannot tell the format of ${check} from its extension: give --format ${matrixFormats.join('|')}`);
    format = implied;
  } else format = 'markdown';
  return { kind: 'matrix', paths: rest.length > 0 ? [...rest] : ['.'], format, output, check, config: fileName('config', values.config) };
}
