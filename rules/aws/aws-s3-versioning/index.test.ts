import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'inline versioning enabled', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  bucket = "acme-data"\n\n  versioning {\n    enabled = true\n  }\n}\n' },
    { name: 'inline enabled from a variable default', format: 'terraform', code: 'variable "versioned" {\n  default = true\n}\n\nresource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = var.versioned\n  }\n}\n' },
    { name: 'inline enabled from a variable without a value is unknown', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = var.versioned\n  }\n}\n' },
    { name: 'linked resource by .id', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
    { name: 'linked resource by the literal bucket name', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = "acme-logs"\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
    { name: 'linked by the same variable as the bucket name (Checkov ref_by_name)', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  bucket = var.bucket_name\n}\n\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = var.bucket_name\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
    { name: 'linked through for_each instances', format: 'terraform', code: 'resource "aws_s3_bucket" "this" {\n  for_each = toset(["a", "b"])\n  bucket   = "acme-${each.key}"\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  for_each = toset(["a", "b"])\n  bucket   = aws_s3_bucket.this[each.key].id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
    { name: 'a versioning resource whose bucket cannot be joined may be this one', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = module.names.logs\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
    { name: 'status from a variable is unknown', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n\n  versioning_configuration {\n    status = "${var.status}"\n  }\n}\n' },
    { name: 'no instances (count = 0)', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  count  = 0\n  bucket = "acme-data"\n}\n' },
    { name: 'Object Lock turns versioning on', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  bucket              = "acme-records"\n  object_lock_enabled = true\n}\n' },
    { name: 'YAML Object Lock turns versioning on', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n' },
    { name: 'YAML versioning enabled', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n' },
    { name: 'YAML status from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: !Ref Versioning\n' },
    { name: 'JSON versioning enabled', format: 'json', code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "VersioningConfiguration": { "Status": "Enabled" } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'no versioning, newest provider: adds the split resource',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'no versioning, AWS provider v3: the inline block',
      format: 'terraform',
      code: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 3.75"\n    }\n  }\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [10, 10, 10, 25], text: '"aws_s3_bucket"', output: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 3.75"\n    }\n  }\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n\n  versioning {\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'for_each bucket: the new resource iterates over it',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "this" {\n  for_each = toset(["a", "b"])\n  bucket   = "acme-${each.key}"\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "this" {\n  for_each = toset(["a", "b"])\n  bucket   = "acme-${each.key}"\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  for_each = aws_s3_bucket.this\n  bucket   = each.value.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'count bucket: the new resource counts like it',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "this" {\n  count  = 2\n  bucket = "acme-${count.index}"\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "this" {\n  count  = 2\n  bucket = "acme-${count.index}"\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  count  = length(aws_s3_bucket.this)\n  bucket = aws_s3_bucket.this[count.index].id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'inline enabled = false (Checkov disabled)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "acme-data"\n\n  versioning {\n    enabled = false\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [5, 15, 5, 20], text: 'false', output: 'resource "aws_s3_bucket" "b" {\n  bucket = "acme-data"\n\n  versioning {\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'inline block without enabled',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "acme-data"\n\n  versioning {\n    mfa_delete = false\n  }\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "b" {\n  bucket = "acme-data"\n\n  versioning {\n    mfa_delete = false\n    enabled    = true\n  }\n}\n' },
      ],
    },
    {
      name: 'linked resource suspended (Checkov disabled_v4)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [9, 14, 9, 25], text: '"Suspended"', output: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_versioning" "logs" {\n  bucket = aws_s3_bucket.logs.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'a versioning resource of another bucket named by a shared variable does not count',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "named" {\n  bucket = var.bucket_name\n}\n\nresource "aws_s3_bucket_versioning" "named" {\n  bucket = var.bucket_name\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket" "other" {\n  bucket = "acme-other"\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [13, 10, 13, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "named" {\n  bucket = var.bucket_name\n}\n\nresource "aws_s3_bucket_versioning" "named" {\n  bucket = var.bucket_name\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket" "other" {\n  bucket = "acme-other"\n}\n\nresource "aws_s3_bucket_versioning" "other" {\n  bucket = aws_s3_bucket.other.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'a versioning resource of another bucket instance set does not count',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "this" {\n  count  = 1\n  bucket = "acme-this"\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  count  = 1\n  bucket = aws_s3_bucket.this[count.index].id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket" "other" {\n  bucket = "acme-other"\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [15, 10, 15, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "this" {\n  count  = 1\n  bucket = "acme-this"\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  count  = 1\n  bucket = aws_s3_bucket.this[count.index].id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket" "other" {\n  bucket = "acme-other"\n}\n\nresource "aws_s3_bucket_versioning" "other" {\n  bucket = aws_s3_bucket.other.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'the new resource gets a free name',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.other.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data_2" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.other.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML bucket without Properties (Checkov S3BucketNoProps)',
      format: 'yaml',
      code: 'Resources:\n  S3BucketNoProps:\n    Type: AWS::S3::Bucket\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  S3BucketNoProps:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n' },
      ],
    },
    {
      name: 'YAML suspended (Checkov S3Bucket3)',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [6, 17, 6, 26], text: 'Suspended', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n' },
      ],
    },
    {
      name: 'YAML configuration without a status',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {Status: Enabled}\n' },
      ],
    },
    {
      name: 'JSON no versioning',
      format: 'json',
      code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "acme-data"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'absent', severity: 'medium', range: [4, 15, 4, 32], text: '"AWS::S3::Bucket"', output: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "acme-data",\n        "VersioningConfiguration": {\n          "Status": "Enabled"\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'JSON suspended',
      format: 'json',
      code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "VersioningConfiguration": { "Status": "Suspended" } }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [5, 62, 5, 73], text: '"Suspended"', output: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "VersioningConfiguration": { "Status": "Enabled" } }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

