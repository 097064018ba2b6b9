/** Formatters and exit codes on hand-made results: exact output, no rule wording involved. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import manifest from '../../package.json';
import { formatJson } from '../../server/src/cli/format-json';
import { formatText } from '../../server/src/cli/format-text';
import { displayPath, exitCodeOf } from '../../server/src/cli/scan';
import { summarize, summaryLine } from '../../server/src/cli/summary';
import { file, finding, result, skipped, syntaxError } from './synthetic';

const twoFiles = result([
  file('b/main.tf', [finding('low', 9, 4, 11), finding('critical', 0, 9, 16)]),
  file('a/stack.yaml', [finding('medium', 4, 10, 16, { ruleId: 'aws-resource-tags', owner: 'customer', duty: 'cost-tags', resource: { type: 'AWS::EC2::Volume', name: 'Data', span: { start: 0, end: 1 } } })]),
  file('c/other.tf', []),
  file('d/ci.yml', [], [], false),
]);

describe('text', () => {
  test('one line per finding, grouped per file, then a summary', () => {
    assert.equal(
      formatText(twoFiles),
      [
        'b/main.tf:1:10 critical aws-ebs-encryption Volume at line 1 is not encrypted. [owner: customer]',
        'b/main.tf:10:5 low aws-ebs-encryption Volume at line 10 is not encrypted. [owner: customer]',
        '',
        'a/stack.yaml:5:11 medium aws-resource-tags Volume at line 5 is not encrypted. [owner: customer]',
        '',
        '3 findings (1 critical, 1 medium, 1 low) in 2 files; 3 files scanned.',
        '',
      ].join('\n'),
    );
  });

  test('syntax errors and skipped files are reported with their pseudo-rule', () => {
    const text = formatText(result([file('broken.tf', [], [syntaxError]), file('blob.tf', [], [skipped])]));
    assert.equal(
      text,
      [
        'broken.tf:3:1 error onus-syntax-error Expected "}" to close the block.',
        '',
        'blob.tf:1:1 warning onus-parse-warning Onus skipped this file: it looks binary.',
        '',
        '1 syntax error in 1 file; 2 files scanned.',
        '',
      ].join('\n'),
    );
  });

  test('summary lines', () => {
    assert.equal(summaryLine(summarize(result([]))), 'No findings; 0 files scanned.');
    assert.equal(summaryLine(summarize(result([file('x.tf', [finding('high', 0, 0, 1)])]))), '1 finding (1 high) in 1 file; 1 file scanned.');
    assert.equal(
      summaryLine(summarize(result([file('x.tf', [finding('high', 0, 0, 1)], [syntaxError])]))),
      '1 finding (1 high) and 1 syntax error in 1 file; 1 file scanned.',
    );
  });
});

describe('json', () => {
  test('stable shape, 1-based lines and columns, end exclusive', () => {
    const json = JSON.parse(formatJson(result([file('main.tf', [finding('high', 0, 9, 16)], [syntaxError])])));
    assert.deepEqual(json, {
      tool: { name: 'onus', version: manifest.version },
      findings: [
        {
          ruleId: 'aws-ebs-encryption',
          severity: 'high',
          owner: 'customer',
          duty: 'data-protection',
          file: 'main.tf',
          range: { start: { line: 1, column: 10 }, end: { line: 1, column: 26 } },
          message: 'Volume at line 1 is not encrypted.',
          resource: { type: 'aws_ebs_volume', name: 'v0' },
          fingerprint: json.findings[0].fingerprint,
        },
      ],
      errors: [
        {
          ruleId: 'onus-syntax-error',
          severity: 'error',
          file: 'main.tf',
          range: { start: { line: 3, column: 1 }, end: { line: 3, column: 1 } },
          message: 'Expected "}" to close the block.',
        },
      ],
      summary: { filesScanned: 1, findings: 1, syntaxErrors: 1, bySeverity: { critical: 0, high: 1, medium: 0, low: 0, info: 0 } },
    });
  });
});

describe('exit code', () => {
  const only = (severity: Parameters<typeof finding>[0]) => result([file('x.tf', [finding(severity, 0, 0, 1)])]);
  test('default threshold low: info findings are reported but never fail', () => {
    assert.equal(exitCodeOf(only('info'), 'low'), 0);
    assert.equal(exitCodeOf(only('low'), 'low'), 1);
    assert.equal(exitCodeOf(result([]), 'low'), 0);
  });
  test('the threshold is inclusive', () => {
    assert.equal(exitCodeOf(only('high'), 'high'), 1);
    assert.equal(exitCodeOf(only('high'), 'critical'), 0);
    assert.equal(exitCodeOf(only('info'), 'info'), 1);
  });
  test('a file that does not parse fails at any threshold; a skipped file does not', () => {
    assert.equal(exitCodeOf(result([file('x.tf', [], [syntaxError])]), 'critical'), 1);
    assert.equal(exitCodeOf(result([file('x.tf', [], [skipped])]), 'info'), 0);
  });
});

test('paths are shown relative to the scan root with /, absolute outside it', () => {
  assert.equal(displayPath('/project', '/project/infra/main.tf'), 'infra/main.tf');
  assert.equal(displayPath('/project', '/elsewhere/main.tf'), '/elsewhere/main.tf');
});
