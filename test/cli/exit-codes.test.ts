/** `onus` exit codes: 0 clean, 1 findings at/above the threshold, 2 usage or I/O error. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import manifest from '../../package.json';
import { fixtures, runCli } from './run-cli';

describe('help and version', () => {
  test('--help prints usage and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['scan', '--help']]) {
      const run = runCli(args);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /^Usage: onus scan \[paths\.\.\.\] \[options\]/);
      assert.equal(run.stderr, '');
    }
  });

  test('--version prints the package version and exits 0', () => {
    const run = runCli(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `${manifest.version}\n`);
  });
});

describe('usage errors exit 2 with a message on stderr', () => {
  const cases: [string[], RegExp][] = [
    [[], /^onus: missing command\nRun 'onus --help' for usage\.\n$/],
    [['lint'], /^onus: unknown command 'lint'\n/],
    [['scan', '--bogus'], /^onus: Unknown option '--bogus'\nRun 'onus --help' for usage\.\n$/],
    [['scan', '--format', 'xml'], /^onus: invalid value for --format: 'xml' \(expected one of: text, json, sarif\)\n/],
    [['scan', '--severity', 'urgent'], /^onus: invalid value for --severity: 'urgent' \(expected one of: info, low, medium, high, critical, none\)\n/],
    [['scan', '--format'], /^onus: Option '-f, --format <value>' argument missing\n/],
    [['scan', 'clean', 'does-not-exist'], /^onus: no such file or directory: does-not-exist\n$/],
  ];
  for (const [args, stderr] of cases) {
    test(`onus ${args.join(' ') || '(nothing)'}`, () => {
      const run = runCli(args);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, stderr);
    });
  }
});

describe('scan results', () => {
  test('a clean folder exits 0', () => {
    const run = runCli(['scan', 'clean']);
    assert.equal(run.stdout, 'No findings; 2 files scanned.\n');
    assert.equal(run.code, 0);
  });

  test('a folder with findings exits 1', () => {
    assert.equal(runCli(['scan', 'findings']).code, 1);
    assert.equal(runCli(['scan', 'tiny-cfn']).code, 1);
  });

  test('findings below --severity do not fail; findings at it do', () => {
    assert.equal(runCli(['scan', 'tiny-cfn', '--severity', 'critical']).code, 0);
    assert.equal(runCli(['scan', 'tiny-cfn', '--severity', 'high']).code, 1);
  });

  test('--severity critical on the findings folder fails exactly when a critical finding is reported', () => {
    const json = JSON.parse(runCli(['scan', 'findings', '--format', 'json']).stdout) as { findings: { severity: string }[] };
    const hasCritical = json.findings.some((f) => f.severity === 'critical');
    assert.equal(runCli(['scan', 'findings', '--severity', 'critical']).code, hasCritical ? 1 : 0);
  });

  test('the Terraform folder with an unencrypted volume and SSH open to the world exits 1 at --severity high', () => {
    const run = runCli(['scan', 'tiny', 'findings/main.tf', '--severity', 'high', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[] };
    assert.deepEqual(
      json.findings.map((f) => `${f.file} ${f.ruleId}`),
      ['findings/main.tf aws-ebs-encryption', 'findings/main.tf aws-security-group-open-ingress', 'tiny/main.tf aws-ebs-encryption'],
    );
    assert.equal(run.code, 1);
  });
});

describe('files and output', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'onus-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('an unreadable file (broken link) exits 2 naming it, after reporting the rest', () => {
    const scanDir = join(dir, 'broken');
    mkdirSync(scanDir);
    writeFileSync(join(scanDir, 'template.yaml'), readFileSync(join(fixtures, 'tiny-cfn/template.yaml')));
    symlinkSync(join(scanDir, 'nowhere.tf'), join(scanDir, 'broken.tf'));
    const run = runCli(['scan', '.'], scanDir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^onus: cannot read .*broken\.tf: ENOENT\n$/);
    assert.match(run.stdout, /template\.yaml:5:11 high aws-ebs-encryption/);
  });

  test('node_modules, .git and .terraform are not scanned', () => {
    const scanDir = join(dir, 'skipped');
    const template = readFileSync(join(fixtures, 'tiny-cfn/template.yaml'));
    for (const sub of ['node_modules/pkg', '.git/x', '.terraform/modules/m']) {
      mkdirSync(join(scanDir, sub), { recursive: true });
      writeFileSync(join(scanDir, sub, 'template.yaml'), template);
    }
    const run = runCli(['scan', scanDir]);
    assert.equal(run.stdout, 'No findings; 0 files scanned.\n');
    assert.equal(run.code, 0);
  });

  test('--output writes the report to a file and nothing to stdout', () => {
    const out = join(dir, 'report.json');
    const run = runCli(['scan', 'tiny-cfn', '--format', 'json', '--output', out]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).findings.length, 1);
  });

  test('--output into a missing directory exits 2', () => {
    const run = runCli(['scan', 'clean', '--output', join(dir, 'no/such/dir/report.txt')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^onus: cannot write .*report\.txt: ENOENT\n$/);
  });
});
