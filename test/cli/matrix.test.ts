/**
 * `onus matrix` through the built CLI on test/fixtures/matrix: Markdown, JSON and CSV exactly as
 * in test/cli/expected/ (reviewed by hand; when the knowledge base or a rule changes what they
 * say, regenerate them from the fixture folder with
 * `node ../../../dist/cli.js matrix > ../../cli/expected/matrix.md`,
 * `… matrix --format csv > ../../cli/expected/matrix.csv`,
 * `… matrix network stack --format json > ../../cli/expected/network-stack.json`, and review the diff),
 * HTML checked for structure, `--check` passing, failing on a stale file, and usage errors.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseHtml } from '../support/html';
import { repoRoot, runCli } from './run-cli';

const fixture = join(repoRoot, 'test/fixtures/matrix');
const expected = (name: string) => readFileSync(join(repoRoot, 'test/cli/expected', name), 'utf8');
const matrix = (...args: string[]) => runCli(['matrix', ...args], fixture);

test('markdown (the default): exact', () => {
  const run = matrix();
  assert.deepEqual([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, expected('matrix.md'));
  // What the fixture was written to show, independent of the wording around it.
  const rows = run.stdout.split('\n').filter((l) => l.startsWith('| `'));
  assert.deepEqual(rows.map((r) => r.split(' | ')[0]), ['| `aws_security_group.web`', '| `aws_ebs_volume.logs`', '| `aws_ebs_volume.scratch`', '| `AWS::EC2::Volume.Data`', '| `aws_s3_bucket.assets`']);
  assert.match(run.stdout, /\n- `AWS::CloudFormation::WaitConditionHandle` × 1\n- `random_id` × 1\n$/);
});

test('json: exact, and the duties the fixture sets up', () => {
  const run = matrix('network', 'stack', '--format', 'json');
  assert.deepEqual([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, expected('network-stack.json'));
  const data = JSON.parse(run.stdout);
  const row = (name: string) => data.rows.find((r: { name: string }) => r.name === name);
  assert.deepEqual(
    data.rows.map((r: { file: string; range: { start: { line: number } }; type: string; name: string }) => [r.file, r.range.start.line, r.type, r.name]),
    [
      ['network/main.tf', 1, 'aws_security_group', 'web'],
      ['network/volumes.tf', 1, 'aws_ebs_volume', 'logs'],
      ['network/volumes.tf', 11, 'aws_ebs_volume', 'scratch'],
      ['stack/template.yaml', 5, 'AWS::EC2::Volume', 'Data'],
    ],
  );
  assert.equal(row('logs').cells['data-protection'].status, 'met');
  assert.deepEqual(row('scratch').cells['data-protection'].duties[0].findings.map((f: { ruleId: string; line: number; column: number }) => [f.ruleId, f.line, f.column]), [['aws-ebs-encryption', 11, 10]]);
  assert.equal(row('Data').cells['cost-tags'].status, 'not-met');
  assert.equal(row('web').cells.network.status, 'not-met');
  assert.equal(data.rows.some((r: { name: string }) => r.name === 'Unused'), false, 'a resource whose Condition is false is never created');
  assert.deepEqual(data.unmapped, [{ type: 'AWS::CloudFormation::WaitConditionHandle', count: 1 }]);
});

test('csv: exact', () => {
  const run = matrix('--format', 'csv');
  assert.deepEqual([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, expected('matrix.csv'));
  assert.equal(run.stdout.split('\n')[0], 'file,line,column,type,name,service,identity-access,data-protection,network,backup-recovery,logging-monitoring,hardening,governance,cost-tags');
});

test('html: well-formed, one row per resource, a cell per category, nothing external', () => {
  const run = matrix('--format', 'html');
  assert.equal(run.code, 0);
  const elements = parseHtml(run.stdout);
  assert.ok(run.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">\n'));
  assert.equal(elements.filter((e) => e.name === 'script' || e.name === 'link' || e.name === 'img').length, 0);
  const rowHeads = elements.filter((e) => e.name === 'th' && e.attributes.scope === 'row' && e.path.at(-2) === 'tbody');
  assert.deepEqual(rowHeads.slice(0, 5).map((e) => e.text), ['aws_security_group.web', 'aws_ebs_volume.logs', 'aws_ebs_volume.scratch', 'AWS::EC2::Volume.Data', 'aws_s3_bucket.assets']);
  assert.equal(elements.filter((e) => e.name === 'td' && e.attributes.class?.startsWith('cell ')).length, 5 * 8);
  assert.equal(elements.find((e) => e.name === 'title')?.text, 'Responsibility matrix');
});

describe('--output and --check', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'onus-matrix-'));
    cpSync(fixture, dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--output writes the file, --check then passes (format from the extension)', () => {
    for (const [file, format] of [['RESPONSIBILITY.md', 'markdown'], ['matrix.json', 'json'], ['matrix.csv', 'csv'], ['matrix.html', 'html']]) {
      const wrote = runCli(['matrix', '--format', format, '--output', file], dir);
      assert.deepEqual([wrote.code, wrote.stdout, wrote.stderr], [0, '', ''], file);
      assert.equal(readFileSync(join(dir, file), 'utf8'), matrix('--format', format).stdout);
      const checked = runCli(['matrix', '--check', file], dir);
      assert.deepEqual([checked.code, checked.stdout, checked.stderr], [0, `onus: ${file} is up to date\n`, ''], file);
    }
  });

  test('a committed file with CRLF line endings is still up to date', () => {
    writeFileSync(join(dir, 'crlf.md'), readFileSync(join(dir, 'RESPONSIBILITY.md'), 'utf8').replace(/\n/g, '\r\n'));
    assert.equal(runCli(['matrix', '--check', 'crlf.md'], dir).code, 0);
  });

  test('--check fails with exit 1 once the code changes, naming the command that updates it', () => {
    const volumes = join(dir, 'network/volumes.tf');
    writeFileSync(volumes, readFileSync(volumes, 'utf8').replace('size              = 5\n', 'size              = 5\n  encrypted         = true\n'));
    const stale = runCli(['matrix', '.', '--check', 'RESPONSIBILITY.md'], dir);
    assert.deepEqual(
      [stale.code, stale.stdout, stale.stderr],
      [1, '', 'onus: RESPONSIBILITY.md is out of date (first difference at line 3); regenerate it with:\n  onus matrix . --format markdown --output RESPONSIBILITY.md\n'],
    );
    assert.equal(runCli(['matrix', '--check', 'matrix.json'], dir).code, 1);
    assert.equal(runCli(['matrix', '.', '--format', 'markdown', '--output', 'RESPONSIBILITY.md'], dir).code, 0);
    assert.equal(runCli(['matrix', '.', '--check', 'RESPONSIBILITY.md'], dir).code, 0);
  });

  test('a file that does not parse is named on stderr; the matrix is still written', () => {
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken/main.tf'), 'resource "aws_ebs_volume" "x" {\n  encrypted = true\n');
    const run = runCli(['matrix', 'broken', '--format', 'csv'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^onus: broken\/main\.tf does not parse \(Unclosed configuration block: [^)]*[^.]\); the matrix may miss some of its resources\n$/);
    assert.match(run.stdout, /^file,line,column,/);
  });

  test('a missing committed file is an I/O error (2)', () => {
    const run = runCli(['matrix', 'network', '--check', 'absent.md'], dir);
    assert.deepEqual([run.code, run.stderr], [2, 'onus: cannot read absent.md: ENOENT\n']);
  });
});

test('usage errors exit 2 with a clear message', () => {
  const cases: [string[], string][] = [
    [['--format', 'sarif'], "invalid value for --format: 'sarif' (expected one of: markdown, html, json, csv)"],
    [['--check', 'matrix.txt'], 'cannot tell the format of matrix.txt from its extension: give --format markdown|html|json|csv'],
    [['--check', 'a.md', '--output', 'b.md'], '--output and --check exclude each other: --check compares, it never writes'],
    [['--fail-on', 'high'], "--fail-on is not an option of 'matrix'"],
    [['--check', ''], '--check needs a file name'],
  ];
  for (const [args, message] of cases) {
    const run = matrix(...args);
    assert.deepEqual([run.code, run.stdout, run.stderr], [2, '', `onus: ${message}\nRun 'onus --help' for usage.\n`], args.join(' '));
  }
  const scanWithCheck = runCli(['scan', '--check', 'x.md'], fixture);
  assert.deepEqual([scanWithCheck.code, scanWithCheck.stderr], [2, "onus: --check is an option of 'matrix' only\nRun 'onus --help' for usage.\n"]);
  const missing = matrix('nowhere');
  assert.deepEqual([missing.code, missing.stderr], [2, 'onus: no such file or directory: nowhere\n']);
});
