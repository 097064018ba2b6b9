/** Exact text and JSON reports for the tiny fixtures (paths relative to the working directory). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import manifest from '../../package.json';
import { runCli } from './run-cli';

const ebsMessage = (name: string) =>
  `EBS volume ${name} is not encrypted at rest (no encryption setting). Encrypting volumes is your duty: AWS encrypts only when asked.`;

const bySeverity = { critical: 0, high: 1, medium: 0, low: 0, info: 0 };

test('text: CloudFormation template', () => {
  const run = runCli(['scan', 'tiny-cfn']);
  assert.equal(
    run.stdout,
    `tiny-cfn/template.yaml:5:11 high aws-ebs-encryption ${ebsMessage('DataVolume')} [owner: customer]\n\n1 finding (1 high) in 1 file; 1 file scanned.\n`,
  );
});

test('json: CloudFormation template', () => {
  const run = runCli(['scan', 'tiny-cfn', '--format', 'json']);
  const report = JSON.parse(run.stdout);
  assert.match(report.findings[0].fingerprint, /^[0-9a-f]{32}:1$/);
  assert.deepEqual(report, {
    tool: { name: 'onus', version: manifest.version },
    findings: [
      {
        ruleId: 'aws-ebs-encryption',
        severity: 'high',
        owner: 'customer',
        duty: 'data-protection',
        file: 'tiny-cfn/template.yaml',
        range: { start: { line: 5, column: 11 }, end: { line: 5, column: 27 } },
        message: ebsMessage('DataVolume'),
        resource: { type: 'AWS::EC2::Volume', name: 'DataVolume' },
        fingerprint: report.findings[0].fingerprint,
      },
    ],
    errors: [],
    summary: { filesScanned: 1, findings: 1, syntaxErrors: 0, bySeverity },
  });
});

test('text: Terraform module', () => {
  const run = runCli(['scan', 'tiny']);
  assert.equal(run.stdout, `tiny/main.tf:1:10 high aws-ebs-encryption ${ebsMessage('data')} [owner: customer]\n\n1 finding (1 high) in 1 file; 1 file scanned.\n`);
});

test('json: Terraform module', () => {
  const run = runCli(['scan', 'tiny', '--format', 'json']);
  const report = JSON.parse(run.stdout);
  assert.match(report.findings[0].fingerprint, /^[0-9a-f]{32}:1$/);
  assert.deepEqual(report, {
    tool: { name: 'onus', version: manifest.version },
    findings: [
      {
        ruleId: 'aws-ebs-encryption',
        severity: 'high',
        owner: 'customer',
        duty: 'data-protection',
        file: 'tiny/main.tf',
        range: { start: { line: 1, column: 10 }, end: { line: 1, column: 26 } },
        message: ebsMessage('data'),
        resource: { type: 'aws_ebs_volume', name: 'data' },
        fingerprint: report.findings[0].fingerprint,
      },
    ],
    errors: [],
    summary: { filesScanned: 1, findings: 1, syntaxErrors: 0, bySeverity },
  });
});
