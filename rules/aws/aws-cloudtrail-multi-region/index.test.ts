import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'multi-region trail', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n}\n' },
    { name: 'multi-region from a variable is unknown', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = var.all_regions\n}\n' },
    { name: 'a single-region trail next to a multi-region one', format: 'terraform', code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n}\n\nresource "aws_cloudtrail" "data_events" {\n  name           = "data-events"\n  s3_bucket_name = aws_s3_bucket.trail.id\n}\n' },
    { name: 'YAML multi-region', format: 'yaml', code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      IsMultiRegionTrail: true\n' },
    { name: 'JSON multi-region', format: 'json', code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs", "IsMultiRegionTrail": true }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'single-region by default (Checkov test_failure)',
      format: 'terraform',
      code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n}\n',
      errors: [
        { messageId: 'single-region', severity: 'medium', range: [1, 10, 1, 26], text: '"aws_cloudtrail"', output: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n}\n' },
      ],
    },
    {
      name: 'explicitly single-region',
      format: 'terraform',
      code: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = false\n}\n',
      errors: [
        { messageId: 'single-region', severity: 'medium', range: [4, 27, 4, 32], text: 'false', output: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n}\n' },
      ],
    },
    {
      name: 'YAML single-region (Checkov FAILED)',
      format: 'yaml',
      code: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      IsMultiRegionTrail: False\n',
      errors: [
        { messageId: 'single-region', severity: 'medium', range: [7, 27, 7, 32], text: 'False', output: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref TrailBucket\n      IsMultiRegionTrail: true\n' },
      ],
    },
    {
      name: 'JSON not set',
      format: 'json',
      code: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'single-region', severity: 'medium', range: [4, 15, 4, 39], text: '"AWS::CloudTrail::Trail"', output: '{\n  "Resources": {\n    "Trail": {\n      "Type": "AWS::CloudTrail::Trail",\n      "Properties": { "IsLogging": true, "S3BucketName": "trail-logs", "IsMultiRegionTrail": true }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
