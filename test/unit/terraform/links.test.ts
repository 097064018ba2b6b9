/** Linked Terraform resources (rules/lib/terraform-links.ts) over evaluated modules: references, locals, literal names, unknown links. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketParts, flowLogsOf, securityGroupRules, usesSplitS3Style } from '../../../rules/lib/terraform-links';
import type { Resource } from '../../../server/src/model/types';
import { analyze } from './helpers';

function unitOf(files: Record<string, string>): Resource[] {
  return analyze(files).unit.flatMap((d) => d.resources);
}

const names = (rs: Resource[]) => rs.map((r) => `${r.type}.${r.name}`);

test('S3 split resources join their bucket by reference (also through a local), by literal name, or maybe (unknown)', () => {
  const unit = unitOf({
    'main.tf': [
      'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}',
      'resource "aws_s3_bucket" "data" {\n  bucket = "${var.prefix}-data"\n}',
      'locals {\n  logs_id = aws_s3_bucket.logs.id\n}',
      'resource "aws_s3_bucket_versioning" "by_ref" {\n  bucket = aws_s3_bucket.logs.id\n}',
      'resource "aws_s3_bucket_versioning" "by_local" {\n  bucket = local.logs_id\n}',
      'resource "aws_s3_bucket_versioning" "by_name" {\n  bucket = "acme-logs"\n}',
      'resource "aws_s3_bucket_versioning" "other" {\n  bucket = aws_s3_bucket.other.id\n}',
      'resource "aws_s3_bucket_versioning" "unknown" {\n  bucket = module.x.bucket\n}',
    ].join('\n'),
    'variables.tf': 'variable "prefix" {\n  default = "acme"\n}\n',
  });
  const logs = unit.find((r) => r.name === 'logs')!;
  const data = unit.find((r) => r.name === 'data')!;
  assert.deepEqual(names(bucketParts(logs, unit, 'versioning').linked), ['aws_s3_bucket_versioning.by_ref', 'aws_s3_bucket_versioning.by_local', 'aws_s3_bucket_versioning.by_name']);
  assert.deepEqual(names(bucketParts(logs, unit, 'versioning').maybe), ['aws_s3_bucket_versioning.unknown']);
  assert.deepEqual(names(bucketParts(data, unit, 'versioning').linked), [], 'the data bucket is "acme-data" (evaluated), not joined');
  assert.equal(usesSplitS3Style(unit), true);
});

test('security-group rule resources and flow logs join their group / VPC', () => {
  const unit = unitOf({
    'main.tf': [
      'resource "aws_security_group" "web" {}',
      'resource "aws_vpc" "main" {}',
      'resource "aws_security_group_rule" "ssh" {\n  type              = "ingress"\n  security_group_id = aws_security_group.web.id\n}',
      'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n}',
      'resource "aws_vpc_security_group_ingress_rule" "elsewhere" {\n  security_group_id = var.sg_id\n}',
      'resource "aws_flow_log" "f" {\n  vpc_id = aws_vpc.main.id\n}',
    ].join('\n'),
  });
  const web = unit.find((r) => r.name === 'web')!;
  const vpc = unit.find((r) => r.name === 'main')!;
  assert.deepEqual(names(securityGroupRules(web, unit).linked), ['aws_security_group_rule.ssh', 'aws_vpc_security_group_ingress_rule.https']);
  assert.deepEqual(names(securityGroupRules(web, unit).maybe), ['aws_vpc_security_group_ingress_rule.elsewhere']);
  assert.deepEqual(names(flowLogsOf(vpc, unit).linked), ['aws_flow_log.f']);
});

test('the S3 encryption hint is gone when a split configuration joins the bucket through a local in another file', () => {
  const bucket = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n  tags   = { Owner = "me" }\n}\n';
  const hint = (files: Record<string, string>) => analyze(files).findings.filter((f) => f.ruleId === 'aws-s3-bucket-encryption').length;
  assert.equal(hint({ 'main.tf': bucket }), 1);
  const config = 'resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = local.bucket\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n';
  assert.equal(hint({ 'main.tf': bucket, 'encryption.tf': config, 'locals.tf': 'locals {\n  bucket = aws_s3_bucket.logs.bucket\n}\n' }), 0);
  assert.equal(hint({ 'main.tf': bucket, 'encryption.tf': config, 'locals.tf': 'locals {\n  bucket = aws_s3_bucket.other.bucket\n}\n' }), 1, 'a configuration of another bucket does not count');
});

test('an instance reference (`[0]`, `[each.key]`) joins the resource it indexes; data sources and variables do not link', () => {
  const unit = unitOf({
    'main.tf': [
      'resource "aws_s3_bucket" "this" {\n  count  = var.n\n  bucket = "b-${count.index}"\n}',
      'resource "aws_s3_bucket_versioning" "first" {\n  bucket = aws_s3_bucket.this[0].id\n}',
      'resource "aws_s3_bucket_versioning" "each" {\n  for_each = var.names\n  bucket   = aws_s3_bucket.this[each.key].id\n}',
      'resource "aws_s3_bucket_versioning" "data" {\n  bucket = data.aws_s3_bucket.this[0].id\n}',
    ].join('\n'),
  });
  const bucket = unit.find((r) => r.name === 'this')!;
  const parts = bucketParts(bucket, unit, 'versioning');
  assert.deepEqual(names(parts.linked), ['aws_s3_bucket_versioning.first', 'aws_s3_bucket_versioning.each']);
  assert.deepEqual(names(parts.maybe), ['aws_s3_bucket_versioning.data']);
});
