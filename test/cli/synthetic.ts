/** Hand-made scan results for formatter tests: exact output without depending on rule wording. */
import type { Finding, Severity } from '../../server/src/index';
import type { ScanResult, ScannedFile } from '../../server/src/cli/scan';

export function finding(severity: Severity, line: number, character: number, length: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'aws-ebs-encryption',
    messageId: 'volume',
    message: `Volume at line ${line + 1} is not encrypted.`,
    title: 'EBS volumes are encrypted at rest',
    severity,
    owner: 'customer',
    duty: 'data-protection',
    uri: 'file:///virtual/main.tf',
    span: { start: line * 100 + character, end: line * 100 + character + length },
    range: { start: { line, character }, end: { line, character: character + length } },
    resource: { type: 'aws_ebs_volume', name: `v${line}`, span: { start: line * 100, end: line * 100 + 50 } },
    fixes: [],
    ...over,
  };
}

export function file(display: string, findings: Finding[], problems: ScannedFile['problems'] = [], analysed = true): ScannedFile {
  return { path: `/virtual/${display}`, display, analysed, findings, problems };
}

export function result(files: ScannedFile[]): ScanResult {
  return { root: '/virtual', files, missing: [], unreadable: [] };
}

export const syntaxError: ScannedFile['problems'][number] = {
  severity: 'error',
  message: 'Expected "}" to close the block.',
  range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
};

export const skipped: ScannedFile['problems'][number] = {
  severity: 'warning',
  message: 'Onus skipped this file: it looks binary.',
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
};
