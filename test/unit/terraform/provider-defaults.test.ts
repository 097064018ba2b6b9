/** Provider defaults by major version: required_providers constraints, and the S3 fix that follows the version. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appliesFrom, majorRange } from '../../../rules/lib/provider-version';
import { applyEdits, renderFix } from '../../../server/src/index';
import { analyze } from './helpers';

test('version constraints → admitted major versions', () => {
  const cases: [string, { min?: number; max?: number }][] = [
    ['~> 4.0', { min: 4, max: 4 }],
    ['~> 3.74.1', { min: 3, max: 3 }],
    ['~> 5', { min: 5 }],
    ['>= 4.0, < 6.0', { min: 4, max: 5 }],
    ['>= 3.0, < 4.5', { min: 3, max: 4 }],
    ['3.76.1', { min: 3, max: 3 }],
    ['= 5.1.0', { min: 5, max: 5 }],
    ['>= 5.46', { min: 5 }],
    ['<= 3.50', { max: 3 }],
  ];
  for (const [constraint, expected] of cases) assert.deepEqual(majorRange(constraint), expected, constraint);
  assert.equal(appliesFrom({ min: 3, max: 3 }, 4), false);
  assert.equal(appliesFrom({ min: 4 }, 4), true);
  assert.equal(appliesFrom({}, 4), true, 'no constraint: the newest provider');
  assert.equal(appliesFrom({ min: 3, max: 5 }, 4), undefined);
});

const bucket = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n';
const versions = (v: string) => `terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "${v}"\n    }\n  }\n}\n`;

function fixed(files: Record<string, string>): { title: string; text: string } {
  const { document, findings } = analyze(files);
  const hint = findings.find((f) => f.ruleId === 'aws-s3-bucket-encryption')!;
  const fix = hint.fixes.find((f) => f.kind === 'quickfix')!;
  const rendered = renderFix(document, fix)!;
  return { title: fix.title, text: applyEdits(document.text, rendered.edits) };
}

test('AWS provider v3: the S3 encryption fix writes the inline block (no split resource exists)', () => {
  const { title, text } = fixed({ 'main.tf': bucket, 'versions.tf': versions('~> 3.74') });
  assert.equal(title, 'Declare server_side_encryption_configuration (SSE-S3, AWS provider v3)');
  assert.equal(
    text,
    'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "AES256"\n      }\n    }\n  }\n}\n',
  );
  const again = analyze({ 'main.tf': text, 'versions.tf': versions('~> 3.74') });
  assert.deepEqual(again.findings.filter((f) => f.ruleId === 'aws-s3-bucket-encryption'), []);
});

test('AWS provider v4+ (or no constraint): the fix adds the split resource', () => {
  const variants: Record<string, string>[] = [{ 'main.tf': bucket, 'versions.tf': versions('>= 4.9, < 6.0') }, { 'main.tf': bucket }];
  for (const files of variants) {
    const { title, text } = fixed(files);
    assert.equal(title, 'Add aws_s3_bucket_server_side_encryption_configuration for logs (SSE-S3)');
    assert.match(text, /resource "aws_s3_bucket_server_side_encryption_configuration" "logs" \{\n  bucket = aws_s3_bucket\.logs\.id/);
  }
});
