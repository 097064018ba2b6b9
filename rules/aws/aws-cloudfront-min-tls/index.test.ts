import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'custom certificate with TLSv1.2_2021', format: 'terraform', code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n' },
    { name: 'minimum protocol from a variable is unknown', format: 'terraform', code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = var.min_tls\n  }\n}\n' },
    { name: 'default certificate from a variable is unknown', format: 'terraform', code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    cloudfront_default_certificate = var.use_default\n  }\n}\n' },
    { name: 'YAML custom certificate with TLSv1.2_2021', format: 'yaml', code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        ViewerCertificate:\n          AcmCertificateArn: !Ref Certificate\n          SslSupportMethod: sni-only\n          MinimumProtocolVersion: TLSv1.2_2021\n' },
    { name: 'JSON TLS 1.3 policy', format: 'json', code: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "ViewerCertificate": { "AcmCertificateArn": "arn:aws:acm:us-east-1:111122223333:certificate/abc", "SslSupportMethod": "sni-only", "MinimumProtocolVersion": "TLSv1.3_2025" } } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'TLSv1_2016 accepts TLS 1.0',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1_2016"\n  }\n}\n',
      errors: [
        { messageId: 'old-policy', severity: 'medium', range: [7, 32, 7, 44], text: '"TLSv1_2016"', output: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n' },
      ],
    },
    {
      name: 'TLSv1.2_2019 requires TLS 1.2 but keeps CBC ciphers',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2019"\n  }\n}\n',
      errors: [
        { messageId: 'old-policy', severity: 'low', range: [7, 32, 7, 46], text: '"TLSv1.2_2019"', output: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n' },
      ],
    },
    {
      name: 'no minimum protocol: the provider default TLSv1',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n  }\n}\n',
      errors: [
        { messageId: 'default-policy', severity: 'medium', range: [4, 3, 4, 21], text: 'viewer_certificate', output: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n  }\n}\n' },
      ],
    },
    {
      name: 'dedicated-IP distribution: reported without a fix',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    acm_certificate_arn      = aws_acm_certificate.site.arn\n    ssl_support_method       = "vip"\n    minimum_protocol_version = "TLSv1"\n  }\n}\n',
      errors: [
        { messageId: 'old-policy', severity: 'medium', range: [7, 32, 7, 39], text: '"TLSv1"' },
      ],
    },
    {
      name: 'default *.cloudfront.net certificate',
      format: 'terraform',
      code: 'resource "aws_cloudfront_distribution" "site" {\n  enabled = true\n\n  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n}\n',
      errors: [
        { messageId: 'default-certificate', severity: 'low', range: [5, 38, 5, 42], text: 'true' },
      ],
    },
    {
      name: 'YAML TLSv1.1_2016',
      format: 'yaml',
      code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        ViewerCertificate:\n          AcmCertificateArn: !Ref Certificate\n          SslSupportMethod: sni-only\n          MinimumProtocolVersion: TLSv1.1_2016\n',
      errors: [
        { messageId: 'old-policy', severity: 'medium', range: [10, 35, 10, 47], text: 'TLSv1.1_2016', output: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n        ViewerCertificate:\n          AcmCertificateArn: !Ref Certificate\n          SslSupportMethod: sni-only\n          MinimumProtocolVersion: TLSv1.2_2021\n' },
      ],
    },
    {
      name: 'YAML without ViewerCertificate: the default certificate',
      format: 'yaml',
      code: 'Resources:\n  Cdn:\n    Type: AWS::CloudFront::Distribution\n    Properties:\n      DistributionConfig:\n        Enabled: true\n',
      errors: [
        { messageId: 'default-certificate', severity: 'low', range: [3, 11, 3, 40], text: 'AWS::CloudFront::Distribution' },
      ],
    },
    {
      name: 'JSON default certificate',
      format: 'json',
      code: '{\n  "Resources": {\n    "Cdn": {\n      "Type": "AWS::CloudFront::Distribution",\n      "Properties": { "DistributionConfig": { "ViewerCertificate": { "CloudFrontDefaultCertificate": true } } }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'default-certificate', severity: 'low', range: [5, 102, 5, 106], text: 'true' },
      ],
    },
  ],
});
