import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'KMS key', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  kms_key_id     = aws_kms_key.trail.arn\n}\n' },
    { name: 'key from a variable counts as set', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  kms_key_id     = var.kms_key_arn\n}\n' },
    { name: 'YAML KMS alias', format: 'yaml', code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      KMSKeyId: alias/trail\n' },
    { name: 'JSON KMS key by reference', format: 'json', code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs", "KMSKeyId": { "Ref": "TrailKey" } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'no KMS key (Checkov fail)',
      format: 'terraform',
      code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n}\n',
      errors: [
        { messageId: 'no-kms', severity: 'medium', range: [1, 10, 1, 26], text: '"aws_cloudtrail"', output: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  kms_key_id     = "arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID"\n}\n' },
      ],
    },
    {
      name: 'YAML no KMS key',
      format: 'yaml',
      code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n',
      errors: [
        { messageId: 'no-kms', severity: 'medium', range: [3, 11, 3, 33], text: 'AWS::CloudTrail::Trail', output: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      KMSKeyId: arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID\n' },
      ],
    },
    {
      name: 'JSON no KMS key',
      format: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'no-kms', severity: 'medium', range: [4, 15, 4, 39], text: '"AWS::CloudTrail::Trail"', output: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs", "KMSKeyId": "arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID" }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
