import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'validation on', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  enable_log_file_validation = true\n}\n' },
    { name: 'validation from a variable is unknown', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  enable_log_file_validation = var.validate\n}\n' },
    { name: 'YAML validation on (string)', format: 'yaml', code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      EnableLogFileValidation: \'true\'\n' },
    { name: 'JSON validation on', format: 'json', code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs", "EnableLogFileValidation": true }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'validation not set (default off)',
      format: 'terraform',
      code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [1, 10, 1, 26], text: '"aws_cloudtrail"', output: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  enable_log_file_validation = true\n}\n' },
      ],
    },
    {
      name: 'validation off',
      format: 'terraform',
      code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  enable_log_file_validation = false\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [4, 32, 4, 37], text: 'false', output: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  enable_log_file_validation = true\n}\n' },
      ],
    },
    {
      name: 'YAML validation off (Checkov FAILED)',
      format: 'yaml',
      code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      EnableLogFileValidation: False\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [7, 32, 7, 37], text: 'False', output: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      EnableLogFileValidation: true\n' },
      ],
    },
    {
      name: 'JSON validation not set',
      format: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [4, 15, 4, 39], text: '"AWS::CloudTrail::Trail"', output: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs", "EnableLogFileValidation": true }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
