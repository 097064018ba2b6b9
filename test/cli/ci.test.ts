/**
 * The CLI for CI, in process (`run` returns the exit code): --baseline,
 * --fail-on, fingerprints stable across unrelated edits, --fix round trip,
 * --config and .onus.yaml lookup, `onus rules`, `onus explain`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { run } from '../../server/src/cli/cli';
import { allRules, parseDocument, resolveConfig } from '../../server/src/index';

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}

async function onus(cwd: string, ...argv: string[]): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const volume = (name: string) => `resource "aws_ebs_volume" "${name}" {\n  size = 10\n  tags = { Name = "${name}" }\n}\n`;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'onus-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function workspace(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

type Sarif = { runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };

describe('fingerprints and --baseline', () => {
  test('SARIF and JSON fingerprints survive unrelated edits (lines above, other resources, attributes)', async () => {
    const root = workspace('stable', { 'main.tf': volume('a') });
    const before = JSON.parse((await onus(root, 'scan', '-f', 'sarif')).stdout) as Sarif;
    const beforeJson = JSON.parse((await onus(root, 'scan', '-f', 'json')).stdout);
    writeFileSync(join(root, 'main.tf'), `# a header\n\nvariable "x" {}\n\n${volume('a').replace('size = 10', 'size = 20\n  type = "gp3"')}`);
    const afterEdit = JSON.parse((await onus(root, 'scan', '-f', 'sarif')).stdout) as Sarif;
    const afterJson = JSON.parse((await onus(root, 'scan', '-f', 'json')).stdout);
    assert.equal(before.runs[0].results.length, 1);
    assert.deepEqual(afterEdit.runs[0].results[0].partialFingerprints, before.runs[0].results[0].partialFingerprints);
    assert.match(beforeJson.findings[0].fingerprint, /^[0-9a-f]{32}:1$/);
    assert.equal(afterJson.findings[0].fingerprint, beforeJson.findings[0].fingerprint);
    assert.equal(afterJson.findings[0].fingerprint, before.runs[0].results[0].partialFingerprints['onusFinding/v1']);
  });

  test('only new findings are reported; the exit code follows them', async () => {
    const root = workspace('baseline', { 'main.tf': volume('old') });
    assert.equal((await onus(root, 'scan', '-f', 'json', '-o', 'base.json')).code, 1);
    writeFileSync(join(root, 'main.tf'), `# moved down\n${volume('old')}`);
    const clean = await onus(root, 'scan', '--baseline', 'base.json');
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /No findings/);
    assert.match(clean.stderr, /1 finding already in the baseline/);
    writeFileSync(join(root, 'main.tf'), `${volume('old')}\n${volume('new')}`);
    const fresh = await onus(root, 'scan', '-f', 'json', '--baseline', 'base.json');
    assert.equal(fresh.code, 1);
    assert.deepEqual(JSON.parse(fresh.stdout).findings.map((f: { resource: { name: string } }) => f.resource.name), ['new']);
  });

  test('a SARIF report works as a baseline too', async () => {
    const root = workspace('baseline-sarif', { 'main.tf': volume('old') });
    await onus(root, 'scan', '-f', 'sarif', '-o', 'base.sarif');
    assert.equal((await onus(root, 'scan', '-b', 'base.sarif')).code, 0);
  });

  test('a missing or foreign baseline is an error (exit 2)', async () => {
    const root = workspace('baseline-bad', { 'main.tf': volume('a'), 'x.json': '{"a": 1}' });
    assert.equal((await onus(root, 'scan', '--baseline', 'nope.json')).code, 2);
    const foreign = await onus(root, 'scan', '--baseline', 'x.json');
    assert.equal(foreign.code, 2);
    assert.match(foreign.stderr, /neither an Onus JSON report nor a SARIF log/);
  });
});

describe('--fail-on', () => {
  const cases: [string, number][] = [
    ['info', 1],
    ['high', 1],
    ['critical', 0],
    ['none', 0],
  ];
  for (const [level, code] of cases) {
    test(`a high finding with --fail-on ${level} exits ${code}`, async () => {
      const root = workspace(`fail-${level}`, { 'main.tf': volume('a') });
      const out = await onus(root, 'scan', '--fail-on', level);
      assert.equal(out.code, code);
      assert.match(out.stdout, /aws-ebs-encryption/, 'the finding is reported whatever the level');
    });
  }
  test('a syntax error fails even with --fail-on none', async () => {
    const root = workspace('fail-syntax', { 'main.tf': 'resource "aws_ebs_volume" "a" {\n' });
    assert.equal((await onus(root, 'scan', '--fail-on', 'none')).code, 1);
  });
  test('a bad level is a usage error', async () => {
    const out = await onus(dir, 'scan', '--fail-on', 'urgent');
    assert.equal(out.code, 2);
    assert.match(out.stderr, /invalid value for --fail-on: 'urgent'/);
  });
});

describe('--fix', () => {
  test('round trip: fixes written, the rest of the text kept, the re-scan is clean', async () => {
    const original = `# keep this comment\nvariable "size" {\n  default = 10\n}\n\n${volume('a')}\n${volume('b')}`;
    const root = workspace('fix', { 'main.tf': original });
    const out = await onus(root, 'scan', '--fix');
    assert.equal(out.code, 0, out.stdout + out.stderr);
    assert.match(out.stderr, /applied 2 fixes in 1 file/);
    const fixed = readFileSync(join(root, 'main.tf'), 'utf8');
    assert.equal(fixed.replace(/\n\s*encrypted\s*=\s*true/g, ''), original, 'only the encrypted lines were added');
    assert.equal(parseDocument('file:///main.tf', fixed, resolveConfig({})).errors.length, 0);
    assert.equal((await onus(root, 'scan')).code, 0);
  });
  test('CloudFormation YAML is fixed in its own style; a file that does not parse is left alone', async () => {
    const yaml = 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n      Tags: [{ Key: Name, Value: v }]\n';
    const broken = `${volume('a')}resource "x" {\n`;
    const root = workspace('fix-cfn', { 'stack.yaml': yaml, 'bad/main.tf': broken });
    await onus(root, 'scan', '--fix');
    const fixed = readFileSync(join(root, 'stack.yaml'), 'utf8');
    assert.match(fixed, /Encrypted: true/);
    assert.ok(fixed.startsWith('Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n'));
    const stillBroken = readFileSync(join(root, 'bad/main.tf'), 'utf8');
    assert.ok(stillBroken.startsWith(volume('a').slice(0, 30)));
    assert.ok(stillBroken.endsWith('resource "x" {\n'), 'text is never lost');
  });
  test('a fix that needs the user (a placeholder) is not written; suppressions are never added', async () => {
    const root = workspace('fix-suppress', { 'main.tf': volume('a') });
    await onus(root, 'scan', '--fix');
    assert.doesNotMatch(readFileSync(join(root, 'main.tf'), 'utf8'), /onus:ignore|reason for this exception/);
  });
});

describe('configuration in the CLI', () => {
  test('.onus.yaml is found upward from each file: rules, severity, exclude', async () => {
    const root = workspace('config-up', {
      '.onus.yaml': 'rules:\n  CKV_AWS_3: critical\nexclude: [examples]\n',
      'modules/disk/main.tf': volume('a'),
      'examples/main.tf': volume('b'),
    });
    const out = await onus(root, 'scan', '-f', 'json', '--fail-on', 'critical');
    assert.equal(out.code, 1);
    const json = JSON.parse(out.stdout);
    assert.deepEqual(json.findings.map((f: { file: string; severity: string }) => [f.file, f.severity]), [['modules/disk/main.tf', 'critical']]);
  });
  test('--config applies one file to every scanned file', async () => {
    const root = workspace('config-flag', { 'main.tf': volume('a'), 'ci/onus.yaml': 'rules:\n  aws-ebs-encryption: off\n' });
    const out = await onus(root, 'scan', '--config', 'ci/onus.yaml');
    assert.equal(out.code, 0, out.stdout);
  });
  test('an invalid config: a clear message with its position, defaults used', async () => {
    const root = workspace('config-bad', { '.onus.yaml': 'rules:\n  aws-ebs-encryption: loud\n', 'main.tf': volume('a') });
    const out = await onus(root, 'scan');
    assert.equal(out.code, 1, 'the default severity applies');
    assert.match(out.stderr, /\.onus\.yaml:2:23: error: Rule 'aws-ebs-encryption': expected one of off, on/);
    assert.equal((await onus(root, 'scan', '--config', '.onus.yaml')).code, 2, 'an explicit --config must be valid');
    assert.equal((await onus(root, 'scan', '--config', 'missing.yaml')).code, 2);
  });
  test('suppression policy from the config file', async () => {
    const root = workspace('config-policy', {
      '.onus.yaml': 'suppressions:\n  requireReason: true\n',
      'main.tf': `# onus:ignore aws-ebs-encryption\n${volume('a')}`,
    });
    const out = await onus(root, 'scan', '-f', 'json');
    assert.deepEqual(JSON.parse(out.stdout).findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['aws-ebs-encryption', 'onus-invalid-suppression']);
  });
});

describe('onus rules and onus explain', () => {
  test('rules lists the catalog', async () => {
    const out = await onus(dir, 'rules');
    assert.equal(out.code, 0);
    for (const rule of allRules) assert.match(out.stdout, new RegExp(`^${rule.meta.id} `, 'm'));
    const json = JSON.parse((await onus(dir, 'rules', '-f', 'json')).stdout);
    assert.deepEqual(json.rules.map((r: { id: string }) => r.id), allRules.map((r) => r.meta.id));
  });
  test('explain by id or peer alias', async () => {
    const byAlias = await onus(dir, 'explain', 'ckv_aws_3');
    assert.equal(byAlias.code, 0);
    assert.match(byAlias.stdout, /^aws-ebs-encryption — /);
    assert.match(byAlias.stdout, /Peer ids: .*CKV_AWS_3/);
    assert.match(byAlias.stdout, /# onus:ignore aws-ebs-encryption -- <reason>/);
    const unknown = await onus(dir, 'explain', 'nope');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no rule has the id or alias 'nope'/);
  });
});
