import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'inline logging block (Checkov bucket_good_2)', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n\n  logging {\n    target_bucket = "acme-logs"\n    target_prefix = "data/"\n  }\n}\n' },
    { name: 'linked aws_s3_bucket_logging; its target bucket is exempt', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "data/"\n}\n' },
    { name: 'a logging resource whose bucket cannot be joined may be this one\'s', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_logging" "any" {\n  bucket        = var.bucket\n  target_bucket = "acme-logs"\n}\n' },
    { name: 'a log target named by its literal name in another bucket\'s inline logging', format: 'terraform', code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n\n  logging {\n    target_bucket = "acme-logs"\n  }\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n' },
    { name: 'log-delivery-write ACL (provider v3)', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n  acl    = "log-delivery-write"\n}\n' },
    { name: 'log-delivery-write through aws_s3_bucket_acl', format: 'terraform', code: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n\nresource "aws_s3_bucket_acl" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = "log-delivery-write"\n}\n' },
    { name: 'YAML LoggingConfiguration (Checkov S3Bucket3)', format: 'yaml', code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n        LogFilePrefix: data/\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: LogDeliveryWrite\n' },
    { name: 'YAML log target named by reference', format: 'yaml', code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n  Logs:\n    Type: AWS::S3::Bucket\n' },
    { name: 'JSON LoggingConfiguration', format: 'json', code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "LoggingConfiguration": { "DestinationBucketName": "acme-logs" } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'no logging: adds aws_s3_bucket_logging (Checkov bucket_bad_1)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n',
      errors: [
        { messageId: 'no-logging', severity: 'low', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = "LOG_BUCKET_NAME"\n  target_prefix = "data/"\n}\n' },
      ],
    },
    {
      name: 'AWS provider v3: adds the inline block',
      format: 'terraform',
      code: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 3.75"\n    }\n  }\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n',
      errors: [
        { messageId: 'no-logging', severity: 'low', range: [10, 10, 10, 25], text: '"aws_s3_bucket"', output: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 3.75"\n    }\n  }\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n\n  logging {\n    target_bucket = "LOG_BUCKET_NAME"\n    target_prefix = "data/"\n  }\n}\n' },
      ],
    },
    {
      name: 'a logging resource of another bucket does not count',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.other.id\n  target_bucket = "acme-logs"\n}\n',
      errors: [
        { messageId: 'no-logging', severity: 'low', range: [1, 10, 1, 25], text: '"aws_s3_bucket"', output: 'resource "aws_s3_bucket" "data" {\n  bucket = "acme-data"\n}\n\nresource "aws_s3_bucket_logging" "data_2" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = "LOG_BUCKET_NAME"\n  target_prefix = "data/"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.other.id\n  target_bucket = "acme-logs"\n}\n' },
      ],
    },
    {
      name: 'YAML bucket without Properties (Checkov S3BucketNoProps)',
      format: 'yaml',
      code: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n',
      errors: [
        { messageId: 'no-logging', severity: 'low', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: LOG_BUCKET_NAME\n        LogFilePrefix: Data/\n' },
      ],
    },
    {
      name: 'YAML public bucket without logging',
      format: 'yaml',
      code: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n',
      errors: [
        { messageId: 'no-logging', severity: 'low', range: [3, 11, 3, 26], text: 'AWS::S3::Bucket', output: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      LoggingConfiguration:\n        DestinationBucketName: LOG_BUCKET_NAME\n        LogFilePrefix: Site/\n' },
      ],
    },
    {
      name: 'JSON bucket without logging',
      format: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "BucketName": "acme-data" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'no-logging', severity: 'low', range: [4, 15, 4, 32], text: '"AWS::S3::Bucket"', output: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "BucketName": "acme-data", "LoggingConfiguration": { "DestinationBucketName": "LOG_BUCKET_NAME", "LogFilePrefix": "Data/" } }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
