import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'redirect-to-https and https-only', format: 'terraform', code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "redirect-to-https"\n  }\n\n  ordered_cache_behavior {\n    path_pattern           = "/api/*"\n    target_origin_id       = "api"\n    viewer_protocol_policy = "https-only"\n  }\n}\n' },
    { name: 'policy from a variable is unknown', format: 'terraform', code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = var.viewer_protocol_policy\n  }\n}\n' },
    { name: 'YAML https-only', format: 'yaml', code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        DefaultCacheBehavior:\n          TargetOriginId: s3\n          ViewerProtocolPolicy: https-only\n        CacheBehaviors:\n          - PathPattern: \'*.jpg\'\n            TargetOriginId: s3\n            ViewerProtocolPolicy: redirect-to-https\n' },
    { name: 'YAML DistributionConfig from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig: !Ref Config\n' },
    { name: 'JSON redirect-to-https', format: 'json', code: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "Enabled": true, "DefaultCacheBehavior": { "TargetOriginId": "s3", "ViewerProtocolPolicy": "redirect-to-https" } } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'default cache behavior allows HTTP (Checkov test_failure)',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "allow-all"\n  }\n\n  ordered_cache_behavior {\n    path_pattern           = "/api/*"\n    target_origin_id       = "api"\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n',
      errors: [
        { messageId: 'allow-all', severity: 'high', range: [6, 30, 6, 41], text: '"allow-all"', output: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "redirect-to-https"\n  }\n\n  ordered_cache_behavior {\n    path_pattern           = "/api/*"\n    target_origin_id       = "api"\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n' },
      ],
    },
    {
      name: 'an ordered cache behavior allows HTTP',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "https-only"\n  }\n\n  ordered_cache_behavior {\n    path_pattern           = "/api/*"\n    target_origin_id       = "api"\n    viewer_protocol_policy = "allow-all"\n  }\n}\n',
      errors: [
        { messageId: 'allow-all', severity: 'high', range: [12, 30, 12, 41], text: '"allow-all"', output: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "https-only"\n  }\n\n  ordered_cache_behavior {\n    path_pattern           = "/api/*"\n    target_origin_id       = "api"\n    viewer_protocol_policy = "redirect-to-https"\n  }\n}\n' },
      ],
    },
    {
      name: 'dynamic ordered behaviors: one finding per place',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "https-only"\n  }\n\n  dynamic "ordered_cache_behavior" {\n    for_each = ["/a/*", "/b/*"]\n    content {\n      path_pattern           = ordered_cache_behavior.value\n      target_origin_id       = "s3"\n      viewer_protocol_policy = "allow-all"\n    }\n  }\n}\n',
      errors: [
        { messageId: 'allow-all', severity: 'high', range: [12, 32, 12, 43], text: '"allow-all"', output: 'resource "aws_cloudfront_distribution" "site" {\n  default_cache_behavior {\n    target_origin_id       = "s3"\n    viewer_protocol_policy = "https-only"\n  }\n\n  dynamic "ordered_cache_behavior" {\n    for_each = ["/a/*", "/b/*"]\n    content {\n      path_pattern           = ordered_cache_behavior.value\n      target_origin_id       = "s3"\n      viewer_protocol_policy = "redirect-to-https"\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML cache behavior allows HTTP',
      format: 'yaml',
      code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        DefaultCacheBehavior:\n          TargetOriginId: s3\n          ViewerProtocolPolicy: https-only\n        CacheBehaviors:\n          - PathPattern: /img/*\n            TargetOriginId: custom\n            ViewerProtocolPolicy: allow-all\n',
      errors: [
        { messageId: 'allow-all', severity: 'high', range: [13, 35, 13, 44], text: 'allow-all', output: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        DefaultCacheBehavior:\n          TargetOriginId: s3\n          ViewerProtocolPolicy: https-only\n        CacheBehaviors:\n          - PathPattern: /img/*\n            TargetOriginId: custom\n            ViewerProtocolPolicy: redirect-to-https\n' },
      ],
    },
    {
      name: 'JSON default behavior allows HTTP',
      format: 'json',
      code: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "Enabled": true, "DefaultCacheBehavior": { "TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all" } } }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'allow-all', severity: 'high', range: [5, 138, 5, 149], text: '"allow-all"', output: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "Enabled": true, "DefaultCacheBehavior": { "TargetOriginId": "s3", "ViewerProtocolPolicy": "redirect-to-https" } } }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
