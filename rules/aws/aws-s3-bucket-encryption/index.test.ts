import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'inline SSE-S3', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "AES256"\n      }\n    }\n  }\n}\n' },
    { name: 'inline SSE-KMS with a key', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        kms_master_key_id = aws_kms_key.data.arn\n        sse_algorithm = "aws:kms"\n      }\n    }\n  }\n}\n' },
    { name: 'algorithm from a variable is unknown', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = var.algorithm\n      }\n    }\n  }\n}\n' },
    { name: 'split configuration linked by .id', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms:dsse"\n    }\n  }\n}\n' },
    { name: 'split configuration linked by .bucket', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n' },
    { name: 'split configuration linked by the literal bucket name', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = "my-logs"\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n' },
    { name: 'a configuration whose bucket cannot be joined may be this one', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = var.bucket_name\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n' },
    { name: 'inline configuration in a dynamic block (Checkov bucket_good_5)', format: 'terraform', code: 'resource "aws_s3_bucket" "b" {\n  dynamic "server_side_encryption_configuration" {\n    for_each = var.encrypt ? [1] : []\n    content {\n      rule {\n        apply_server_side_encryption_by_default {\n          sse_algorithm = "AES256"\n        }\n      }\n    }\n  }\n}\n' },
    { name: 'YAML SSE-S3', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n' },
    { name: 'YAML SSE-KMS with a key', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !Ref DataKey\n' },
    { name: 'YAML algorithm from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: !Ref Algorithm\n' },
    { name: 'YAML BucketEncryption behind a condition known true', format: 'yaml', code: 'Conditions:\n  UseKms: !Equals [a, a]\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: !If [UseKms, !Ref KmsEncryption, !Ref AWS::NoValue]\n' },
    { name: 'JSON DSSE-KMS', format: 'json', code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketEncryption": {\n          "ServerSideEncryptionConfiguration": [\n            { "ServerSideEncryptionByDefault": { "SSEAlgorithm": "aws:kms:dsse", "KMSMasterKeyID": "alias/data" } }\n          ]\n        }\n      }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      // The condition cannot be known statically: its AWS::NoValue branch can be taken, and the fix writes there.
      name: 'YAML BucketEncryption behind an unknown condition: the branch without it',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: !If [UseKms, !Ref KmsEncryption, !Ref AWS::NoValue]\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [3, 11, 3, 26],
          text: 'AWS::S3::Bucket',
          output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: !If [UseKms, !Ref KmsEncryption, {ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}}]}]\n',
        },
      ],
    },
    {
      name: 'inline invalid algorithm with a KMS key (Checkov bucket_bad_2)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        kms_master_key_id = aws_kms_key.mykey.arn\n        sse_algorithm = "metallica"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'invalid-algorithm', severity: 'high', range: [8, 25, 8, 36], text: '"metallica"', output: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        kms_master_key_id = aws_kms_key.mykey.arn\n        sse_algorithm = "aws:kms"\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'algorithms are case-sensitive',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "aes256"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'invalid-algorithm', range: [7, 25, 7, 33], text: '"aes256"', output: 'resource "aws_s3_bucket" "b" {\n  bucket = "my-data"\n\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "AES256"\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'linked configuration with an invalid algorithm (Checkov bad_sse_1)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  rule {\n    apply_server_side_encryption_by_default {\n      kms_master_key_id = aws_kms_key.mykey.arn\n      sse_algorithm     = "iron maiden"\n    }\n  }\n}\n',
      errors: [
        { messageId: 'invalid-algorithm', range: [11, 27, 11, 40], text: '"iron maiden"', output: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  rule {\n    apply_server_side_encryption_by_default {\n      kms_master_key_id = aws_kms_key.mykey.arn\n      sse_algorithm     = "aws:kms"\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'linked configuration without an algorithm (Checkov bad_sse_2)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  rule {\n    apply_server_side_encryption_by_default {\n      kms_master_key_id = aws_kms_key.mykey.arn\n    }\n  }\n}\n',
      errors: [
        { messageId: 'missing-algorithm', range: [9, 5, 9, 44], text: 'apply_server_side_encryption_by_default', output: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  rule {\n    apply_server_side_encryption_by_default {\n      kms_master_key_id = aws_kms_key.mykey.arn\n      sse_algorithm     = "aws:kms"\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'invalid algorithm in a dynamic block (Checkov bucket_bad_5)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  dynamic "server_side_encryption_configuration" {\n    for_each = var.encrypt ? [1] : []\n    content {\n      rule {\n        apply_server_side_encryption_by_default {\n          sse_algorithm = "jack daniels"\n        }\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'invalid-algorithm', range: [7, 27, 7, 41], text: '"jack daniels"', output: 'resource "aws_s3_bucket" "b" {\n  dynamic "server_side_encryption_configuration" {\n    for_each = var.encrypt ? [1] : []\n    content {\n      rule {\n        apply_server_side_encryption_by_default {\n          sse_algorithm = "AES256"\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'invalid algorithm in a dynamic rule (Checkov bad_sse_3)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  dynamic "rule" {\n    for_each = var.rules\n    content {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "johnnie walker"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'invalid-algorithm', range: [12, 25, 12, 41], text: '"johnnie walker"', output: 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.bucket\n\n  dynamic "rule" {\n    for_each = var.rules\n    content {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "AES256"\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'inline empty default-encryption block',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {}\n    }\n  }\n}\n',
      errors: [
        { messageId: 'missing-algorithm', range: [4, 7, 4, 46], text: 'apply_server_side_encryption_by_default', output: 'resource "aws_s3_bucket" "b" {\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "AES256"\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'dynamic default-encryption block without an algorithm: points at its label',
      format: 'terraform',
      code: 'resource "aws_s3_bucket_server_side_encryption_configuration" "c" {\n  bucket = aws_s3_bucket.b.id\n\n  rule {\n    dynamic "apply_server_side_encryption_by_default" {\n      for_each = var.kms ? [1] : []\n      content {\n        kms_master_key_id = var.key\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'missing-algorithm', range: [5, 13, 5, 54], text: '"apply_server_side_encryption_by_default"', output: 'resource "aws_s3_bucket_server_side_encryption_configuration" "c" {\n  bucket = aws_s3_bucket.b.id\n\n  rule {\n    dynamic "apply_server_side_encryption_by_default" {\n      for_each = var.kms ? [1] : []\n      content {\n        kms_master_key_id = var.key\n        sse_algorithm     = "aws:kms"\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'no configuration: provider default, a hint',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "default_encryption_bucket"\n}\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "b" {\n  bucket = "default_encryption_bucket"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'the new resource gets a free name',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "my-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.other.id\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "data" {\n  bucket = "my-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data_2" {\n  bucket = aws_s3_bucket.data.id\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.other.id\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML invalid algorithm',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES128\n',
      errors: [
        { messageId: 'invalid-algorithm', range: [8, 29, 8, 35], text: 'AES128', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n' },
      ],
    },
    {
      name: 'YAML rule without an algorithm names a key',
      format: 'yaml',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              KMSMasterKeyID: !Ref DataKey\n',
      errors: [
        { messageId: 'missing-algorithm', range: [7, 13, 7, 42], text: 'ServerSideEncryptionByDefault', output: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              KMSMasterKeyID: !Ref DataKey\n              SSEAlgorithm: aws:kms\n' },
      ],
    },
    {
      name: 'YAML no configuration (Checkov S3Bucket3)',
      format: 'yaml',
      code: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: my-logs\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: my-logs\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n' },
      ],
    },
    {
      name: 'YAML bucket without Properties (Checkov S3BucketNoProps)',
      format: 'yaml',
      code: 'Resources:\n  S3BucketNoProps:\n    Type: AWS::S3::Bucket\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  S3BucketNoProps:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n' },
      ],
    },
    {
      name: 'JSON invalid algorithm with a key',
      format: 'json',
      code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketEncryption": {\n          "ServerSideEncryptionConfiguration": [\n            { "ServerSideEncryptionByDefault": { "SSEAlgorithm": "aws:kms:sha256", "KMSMasterKeyID": "alias/data" } }\n          ]\n        }\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'invalid-algorithm', range: [8, 66, 8, 82], text: '"aws:kms:sha256"', output: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketEncryption": {\n          "ServerSideEncryptionConfiguration": [\n            { "ServerSideEncryptionByDefault": { "SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "alias/data" } }\n          ]\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'JSON no configuration',
      format: 'json',
      code: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "my-data"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [4, 15, 4, 32], text: '"AWS::S3::Bucket"', output: '{\n  "Resources": {\n    "Bucket": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "my-data",\n        "BucketEncryption": {\n          "ServerSideEncryptionConfiguration": [\n            {\n              "ServerSideEncryptionByDefault": {\n                "SSEAlgorithm": "AES256"\n              }\n            }\n          ]\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
