import rule from '.';
import { ruleTester } from '../../rule-tester';

const bucket = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n';
const all = '  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n';
const pab = (settings: string, target = 'aws_s3_bucket.logs.id') => `resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket = ${target}\n\n${settings}}\n`;
const yamlBucket = (configuration: string) => `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n${configuration}`;
const yamlAll = '        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n';

ruleTester(rule, {
  valid: [
    { name: 'bucket with a complete block', format: 'terraform', code: `${bucket}\n${pab(all)}` },
    { name: 'block linked by the literal bucket name', format: 'terraform', code: `${bucket}\n${pab(all, '"acme-logs"')}` },
    { name: 'block whose bucket is unknown may be this bucket', format: 'terraform', code: `${bucket}\n${pab(all, 'var.bucket')}` },
    {
      name: 'account-level block covers every bucket',
      format: 'terraform',
      code: `${bucket}\nresource "aws_s3_account_public_access_block" "account" {\n${all}}\n`,
    },
    { name: 'settings from variables are unknown', format: 'terraform', code: pab('  block_public_acls       = var.on\n  block_public_policy     = var.on\n  ignore_public_acls      = var.on\n  restrict_public_buckets = var.on\n') },
    { name: 'YAML complete configuration', format: 'yaml', code: yamlBucket(yamlAll) },
    { name: 'YAML settings from a parameter are unknown', format: 'yaml', code: yamlBucket('        BlockPublicAcls: !Ref On\n        BlockPublicPolicy: !Ref On\n        IgnorePublicAcls: !Ref On\n        RestrictPublicBuckets: !Ref On\n') },
  ],
  invalid: [
    {
      name: 'bucket without a block (low: AWS blocks new buckets by default)',
      format: 'terraform',
      code: bucket,
      errors: [
        {
          messageId: 'absent',
          severity: 'low',
          range: [1, 10, 1, 25],
          text: '"aws_s3_bucket"',
          output: `${bucket}\nresource "aws_s3_bucket_public_access_block" "logs" {\n  bucket                  = aws_s3_bucket.logs.id\n${all}}\n`,
        },
      ],
    },
    {
      name: 'account-level block with a setting off does not cover',
      format: 'terraform',
      code: `${bucket}\nresource "aws_s3_account_public_access_block" "account" {\n  block_public_acls = true\n}\n`,
      errors: [{ messageId: 'absent', severity: 'low', range: [1, 10, 1, 25], text: '"aws_s3_bucket"' }],
    },
    {
      name: 'block with a policy switch off and two settings omitted',
      format: 'terraform',
      code: pab('  block_public_acls   = true\n  block_public_policy = false\n'),
      errors: [
        { messageId: 'off', severity: 'high', range: [5, 25, 5, 30], text: 'false', output: pab('  block_public_acls   = true\n  block_public_policy = true\n') },
        {
          messageId: 'missing',
          severity: 'medium',
          range: [1, 10, 1, 45],
          text: '"aws_s3_bucket_public_access_block"',
          output: pab('  block_public_acls   = true\n  block_public_policy = false\n  ignore_public_acls  = true\n  restrict_public_buckets = true\n'),
        },
      ],
    },
    {
      name: 'empty block switches everything off (high)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket = "acme-logs"\n}\n',
      errors: [{ messageId: 'missing', severity: 'high', range: [1, 10, 1, 45], text: '"aws_s3_bucket_public_access_block"' }],
    },
    {
      name: 'account-level settings cover what the bucket-level block omits',
      format: 'terraform',
      code: `${pab('  block_public_acls   = false\n  block_public_policy = true\n')}\nresource "aws_s3_account_public_access_block" "account" {\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`,
      errors: [{ messageId: 'off', severity: 'high', range: [4, 25, 4, 30], text: 'false' }],
    },
    {
      name: 'YAML bucket without configuration',
      format: 'yaml',
      code: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
      errors: [{ messageId: 'absent', severity: 'low', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n${yamlAll}` }],
    },
    {
      name: 'YAML configuration with ACLs allowed and two settings omitted',
      format: 'yaml',
      code: yamlBucket('        BlockPublicAcls: false\n        BlockPublicPolicy: true\n'),
      errors: [
        { messageId: 'off', severity: 'high', range: [6, 26, 6, 31], text: 'false', output: yamlBucket('        BlockPublicAcls: true\n        BlockPublicPolicy: true\n') },
        { messageId: 'missing', severity: 'medium', range: [5, 7, 5, 37], text: 'PublicAccessBlockConfiguration', output: yamlBucket('        BlockPublicAcls: false\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n') },
      ],
    },
    {
      name: 'JSON bucket without configuration',
      format: 'json',
      code: '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "BucketName": "acme-logs" }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'absent',
          severity: 'low',
          range: [4, 15, 4, 32],
          text: '"AWS::S3::Bucket"',
          output:
            '{\n  "Resources": {\n    "Logs": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "BucketName": "acme-logs", "PublicAccessBlockConfiguration": { "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true } }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
