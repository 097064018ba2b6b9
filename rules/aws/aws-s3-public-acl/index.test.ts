import rule from '.';
import { ruleTester } from '../../rule-tester';

const acl = (value: string) => `resource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n  acl    = "${value}"\n}\n`;
const policy = (statement: string) => `resource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Statement = [${statement}]\n  })\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'private ACL', format: 'terraform', code: acl('private') },
    { name: 'log delivery ACL', format: 'terraform', code: acl('log-delivery-write') },
    { name: 'ACL from a variable', format: 'terraform', code: 'resource "aws_s3_bucket_acl" "site" {\n  bucket = "site"\n  acl    = var.acl\n}\n' },
    { name: 'policy for a named account', format: 'terraform', code: policy('{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::site/*" }') },
    { name: 'anyone, restricted to a VPC endpoint', format: 'terraform', code: policy('{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::site/*", Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1" } } }') },
    { name: 'deny to anyone (TLS only)', format: 'terraform', code: policy('{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "arn:aws:s3:::site/*", Condition = { Bool = { "aws:SecureTransport" = "false" } } }') },
    { name: 'YAML private bucket', format: 'yaml', code: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n' },
  ],
  invalid: [
    {
      name: 'public-read ACL resource',
      format: 'terraform',
      code: acl('public-read'),
      errors: [{ messageId: 'acl', severity: 'high', range: [3, 12, 3, 25], text: '"public-read"', output: acl('private') }],
    },
    {
      name: 'public-read-write on the bucket (inline, deprecated)',
      format: 'terraform',
      code: 'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n  acl    = "public-read-write"\n}\n',
      errors: [{ messageId: 'acl', severity: 'critical', range: [3, 12, 3, 31], text: '"public-read-write"', output: 'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n  acl    = "private"\n}\n' }],
    },
    {
      name: 'grant to AllUsers',
      format: 'terraform',
      code: 'resource "aws_s3_bucket_acl" "site" {\n  bucket = "site"\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"\n      }\n      permission = "WRITE"\n    }\n    owner {\n      id = "abc"\n    }\n  }\n}\n',
      errors: [{ messageId: 'grant', severity: 'critical', range: [7, 16, 7, 65], text: '"http://acs.amazonaws.com/groups/global/AllUsers"' }],
    },
    {
      name: 'bucket policy open to anyone',
      format: 'terraform',
      code: policy('{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::site/*" }'),
      errors: [{ messageId: 'policy', severity: 'high', range: [4, 50, 4, 53], text: '"*"' }],
    },
    {
      name: 'YAML public-read bucket',
      format: 'yaml',
      code: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n',
      errors: [{ messageId: 'acl', severity: 'high', range: [5, 22, 5, 32], text: 'PublicRead', output: 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n' }],
    },
    {
      name: 'YAML bucket policy letting anyone write',
      format: 'yaml',
      code: 'Resources:\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: "*" }\n            Action: s3:PutObject\n            Resource: !Sub "${Site.Arn}/*"\n',
      errors: [{ messageId: 'policy', severity: 'critical', range: [9, 31, 9, 34], text: '"*"' }],
    },
    {
      name: 'JSON authenticated-read bucket',
      format: 'json',
      code: '{\n  "Resources": {\n    "Site": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "AccessControl": "AuthenticatedRead" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'acl', severity: 'high', range: [5, 40, 5, 59], text: '"AuthenticatedRead"', output: '{\n  "Resources": {\n    "Site": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": { "AccessControl": "Private" }\n    }\n  }\n}\n' }],
    },
  ],
});
