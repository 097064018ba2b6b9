import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';
import { applyEdits, parseDocument, renderFix, resolveConfig } from '../../../server/src/index';

const required = { requiredTags: ['Owner', 'CostCenter'] };

ruleTester(rule, {
  valid: [
    { name: 'tagged bucket', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  tags = { Owner = "data-team" }\n}\n' },
    { name: 'a type that takes no tags', format: 'terraform', code: 'resource "aws_s3_bucket_policy" "p" {\n  bucket = "b"\n}\n' },
    { name: 'tags from a variable are unknown', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  tags = var.tags\n}\n', config: required },
    {
      name: 'an explicit `provider = aws` uses the default configuration and its default_tags',
      format: 'terraform',
      code: 'provider "aws" {\n  default_tags {\n    tags = { Owner = "platform", CostCenter = "42" }\n  }\n}\n\nresource "aws_s3_bucket" "b" {\n  provider = aws\n}\n',
      config: required,
    },
    { name: 'tags through merge() are unknown', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  tags = merge(local.tags, { Name = "b" })\n}\n', config: required },
    {
      name: 'provider default_tags cover the required keys',
      format: 'terraform',
      code: 'provider "aws" {\n  default_tags {\n    tags = { Owner = "platform" }\n  }\n}\n\nresource "aws_s3_bucket" "b" {\n  tags = { CostCenter = "42" }\n}\n',
      config: required,
    },
    { name: 'non-AWS resource', format: 'terraform', code: 'resource "random_id" "r" {\n  byte_length = 8\n}\n' },
    { name: 'YAML tagged bucket', format: 'yaml', code: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - Key: Owner\n          Value: data\n        - Key: CostCenter\n          Value: "42"\n', config: required },
    { name: 'YAML type without tags', format: 'yaml', code: 'Resources:\n  I:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: sg-1\n' },
    { name: 'JSON map-style tags', format: 'json', code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::SSM::Parameter",\n      "Properties": { "Type": "String", "Value": "v", "Tags": { "Owner": "a", "CostCenter": "b" } }\n    }\n  }\n}\n', config: required },
  ],
  invalid: [
    {
      name: 'bucket without tags',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
      errors: [{ messageId: 'none', severity: 'low', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  tags = {\n    Owner = "Owner value"\n  }\n}\n' }],
    },
    {
      name: 'missing a required key',
      format: 'terraform',
      code: 'resource "aws_instance" "i" {\n  ami  = "ami-1"\n  tags = { Owner = "a" }\n}\n',
      config: required,
      errors: [{ messageId: 'missing', range: [3, 3, 3, 7], text: 'tags', output: 'resource "aws_instance" "i" {\n  ami  = "ami-1"\n  tags = { Owner = "a", CostCenter = "CostCenter value" }\n}\n' }],
    },
    {
      name: 'empty tags map',
      format: 'terraform',
      code: 'resource "aws_ebs_volume" "v" {\n  tags = {}\n}\n',
      errors: [{ messageId: 'none', range: [2, 3, 2, 7], text: 'tags', output: 'resource "aws_ebs_volume" "v" {\n  tags = {\n    Owner = "Owner value"\n  }\n}\n' }],
    },
    {
      name: 'multi-line tags missing both keys',
      format: 'terraform',
      code: 'resource "aws_ebs_volume" "v" {\n  tags = {\n    Name = "v"\n  }\n}\n',
      config: required,
      errors: [{ messageId: 'missing', range: [2, 3, 2, 7], text: 'tags', output: 'resource "aws_ebs_volume" "v" {\n  tags = {\n    Name = "v"\n    Owner = "Owner value"\n    CostCenter = "CostCenter value"\n  }\n}\n' }],
    },
    {
      name: 'aliased provider without default_tags',
      format: 'terraform',
      code: 'provider "aws" {\n  default_tags {\n    tags = { Owner = "platform" }\n  }\n}\n\nprovider "aws" {\n  alias = "eu"\n}\n\nresource "aws_sqs_queue" "q" {\n  provider = aws.eu\n}\n',
      errors: [{ messageId: 'none', range: [11, 10, 11, 25], text: '"aws_sqs_queue"' }],
    },
    {
      name: 'YAML bucket without tags',
      format: 'yaml',
      code: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n',
      errors: [{ messageId: 'none', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket' }],
    },
    {
      name: 'YAML tags missing a required key',
      format: 'yaml',
      code: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags:\n        - Key: Owner\n          Value: data\n',
      config: required,
      errors: [{ messageId: 'missing', range: [5, 7, 5, 11], text: 'Tags' }],
    },
    {
      name: 'YAML Auto Scaling group (PropagateAtLaunch shape)',
      format: 'yaml',
      code: 'Resources:\n  G:\n    Type: AWS::AutoScaling::AutoScalingGroup\n    Properties:\n      MaxSize: "1"\n      MinSize: "0"\n',
      errors: [{ messageId: 'none', range: [3, 11, 3, 45], text: 'AWS::AutoScaling::AutoScalingGroup' }],
    },
    {
      name: 'JSON volume without tags',
      format: 'json',
      code: '{\n  "Resources": {\n    "V": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": {\n        "Size": 10\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'none', range: [4, 15, 4, 33], text: '"AWS::EC2::Volume"' }],
    },
  ],
});

test('aws-resource-tags: computed tags (a local) missing a required key get no quick fix that would rewrite them', () => {
  const code = 'locals {\n  tags = { Owner = "a" }\n}\n\nresource "aws_s3_bucket" "b" {\n  tags = local.tags\n}\n';
  const findings = analyze(rule, 'terraform', code, required);
  assert.deepEqual(findings.map((f) => [f.messageId, f.fixes.map((x) => x.kind)]), [['missing', ['suppress']]]);
});

test('aws-resource-tags: several required keys added to an empty map, one per line, no blank line between', () => {
  const code = 'resource "aws_s3_bucket" "b" {\n  tags = {}\n}\n';
  const [finding] = analyze(rule, 'terraform', code, required);
  const document = parseDocument('file:///main.tf', code, resolveConfig(required));
  const fix = renderFix(document, finding.fixes[0])!;
  assert.equal(applyEdits(code, fix.edits), 'resource "aws_s3_bucket" "b" {\n  tags = {\n    Owner = "Owner value"\n    CostCenter = "CostCenter value"\n  }\n}\n');
});
