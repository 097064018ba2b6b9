import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'unversioned bucket: nothing to expire', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n' },
    { name: 'versioning from a variable is unknown', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  versioning {\n    enabled = var.versioned\n  }\n}\n' },
    { name: 'linked configuration expiring noncurrent versions', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  rule {\n    id     = "r"\n    status = "Enabled"\n\n    filter {}\n\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}\n' },
    { name: 'a configuration whose bucket cannot be joined may be this one', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "x" {\n  bucket = module.names.data\n\n  rule {\n    id     = "r"\n    status = "Enabled"\n  }\n}\n' },
    { name: 'inline rule with a noncurrent transition (provider v3)', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  versioning {\n    enabled = true\n  }\n\n  lifecycle_rule {\n    enabled = true\n\n    noncurrent_version_transition {\n      days          = 30\n      storage_class = "GLACIER"\n    }\n  }\n}\n' },
    { name: 'YAML rule expiring noncurrent versions', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n' },
    { name: 'YAML suspended versioning: not checked', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n' },
    { name: 'JSON rule with the legacy NoncurrentVersionExpirationInDays', format: 'json', code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "VersioningConfiguration": { "Status": "Enabled" },\n        "LifecycleConfiguration": { "Rules": [{ "Status": "Enabled", "NoncurrentVersionExpirationInDays": 30 }] }\n      }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'versioned bucket without lifecycle: adds a configuration',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      errors: [
        { messageId: 'none', severity: 'low', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  rule {\n    id     = "expire-noncurrent-versions"\n    status = "Enabled"\n\n    filter {\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 90\n    }\n  }\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n' },
      ],
    },
    {
      name: 'inline versioning, provider v3: the inline rule',
      format: 'terraform',
      code: 'terraform {\n  required_providers {\n    aws = "~> 3.0"\n  }\n}\n\nresource "aws_s3_bucket" "data" {\n  versioning {\n    enabled = true\n  }\n}\n',
      errors: [
        { messageId: 'none', severity: 'low', range: [7, 10, 7, 25], text: '"aws_s3_bucket"', output: 'terraform {\n  required_providers {\n    aws = "~> 3.0"\n  }\n}\n\nresource "aws_s3_bucket" "data" {\n  versioning {\n    enabled = true\n  }\n  lifecycle_rule {\n    id      = "expire-noncurrent-versions"\n    enabled = true\n\n    noncurrent_version_expiration {\n      days = 90\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'linked configuration that only expires current objects',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  rule {\n    id     = "r"\n    status = "Enabled"\n\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      errors: [
        { messageId: 'noncurrent', severity: 'low', range: [13, 10, 13, 49], text: '"aws_s3_bucket_lifecycle_configuration"' },
      ],
    },
    {
      name: 'inline rules without noncurrent handling',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  versioning {\n    enabled = true\n  }\n\n  lifecycle_rule {\n    enabled = true\n\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      errors: [
        { messageId: 'noncurrent', severity: 'low', range: [6, 3, 6, 17], text: 'lifecycle_rule' },
      ],
    },
    {
      name: 'a disabled rule does not count',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n\n  rule {\n    id     = "r"\n    status = "Disabled"\n\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}\n',
      errors: [
        { messageId: 'noncurrent', severity: 'low', range: [13, 10, 13, 49], text: '"aws_s3_bucket_lifecycle_configuration"' },
      ],
    },
    {
      name: 'YAML versioned bucket without lifecycle',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n',
      errors: [
        { messageId: 'none', severity: 'low', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire-noncurrent-versions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n' },
      ],
    },
    {
      name: 'YAML rules without noncurrent handling: a rule is appended',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            ExpirationInDays: 365\n',
      errors: [
        { messageId: 'noncurrent', severity: 'low', range: [7, 7, 7, 29], text: 'LifecycleConfiguration', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            ExpirationInDays: 365\n          - Id: expire-noncurrent-versions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n' },
      ],
    },
    {
      name: 'YAML Object Lock bucket (versioned) without lifecycle',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n',
      errors: [
        { messageId: 'none', severity: 'low', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire-noncurrent-versions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n' },
      ],
    },
    {
      name: 'JSON versioned bucket without lifecycle',
      format: 'json',
      code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "VersioningConfiguration": { "Status": "Enabled" }\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'none', severity: 'low', range: [4, 15, 4, 32], text: '"AWS::S3::Bucket"', output: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "VersioningConfiguration": { "Status": "Enabled" },\n        "LifecycleConfiguration": {\n          "Rules": [\n            {\n              "Id": "expire-noncurrent-versions",\n              "Status": "Enabled",\n              "NoncurrentVersionExpiration": {\n                "NoncurrentDays": 90\n              }\n            }\n          ]\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

