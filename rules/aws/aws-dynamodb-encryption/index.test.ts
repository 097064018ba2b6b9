import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'customer-managed key', format: 'terraform', code: 'resource "aws_dynamodb_table" "t" {\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.t.arn\n  }\n}\n' },
    { name: 'enabled from a variable is unknown', format: 'terraform', code: 'resource "aws_dynamodb_table" "t" {\n  server_side_encryption {\n    enabled = var.sse\n  }\n}\n' },
    { name: 'YAML customer-managed key', format: 'yaml', code: 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      SSESpecification:\n        SSEEnabled: true\n        SSEType: KMS\n        KMSMasterKeyId: !Ref Key\n' },
  ],
  invalid: [
    {
      name: 'no configuration: AWS owned key (info)',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "orders" {\n  name = "orders"\n}\n',
      errors: [
        {
          messageId: 'aws-owned-key',
          severity: 'info',
          range: [1, 10, 1, 30],
          text: '"aws_dynamodb_table"',
          output: 'resource "aws_dynamodb_table" "orders" {\n  name = "orders"\n\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = "arn:aws:kms:REGION:ACCOUNT:key/KEY-ID"\n  }\n}\n',
        },
      ],
    },
    {
      name: 'enabled without a key: AWS managed key (info)',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "orders" {\n  server_side_encryption {\n    enabled = true\n  }\n}\n',
      errors: [
        {
          messageId: 'aws-managed-key',
          severity: 'info',
          range: [2, 3, 2, 25],
          text: 'server_side_encryption',
          output: 'resource "aws_dynamodb_table" "orders" {\n  server_side_encryption {\n    enabled = true\n    kms_key_arn = "arn:aws:kms:REGION:ACCOUNT:key/KEY-ID"\n  }\n}\n',
        },
      ],
    },
    {
      name: 'a key named while KMS encryption is off is ignored',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "orders" {\n  server_side_encryption {\n    enabled     = false\n    kms_key_arn = aws_kms_key.orders.arn\n  }\n}\n',
      errors: [
        {
          messageId: 'key-ignored',
          severity: 'medium',
          range: [3, 19, 3, 24],
          text: 'false',
          output: 'resource "aws_dynamodb_table" "orders" {\n  server_side_encryption {\n    enabled     = true\n    kms_key_arn = aws_kms_key.orders.arn\n  }\n}\n',
        },
      ],
    },
    {
      name: 'disabled block: AWS owned key (info), fix enables KMS with a key',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "orders" {\n  server_side_encryption {\n    enabled = false\n  }\n}\n',
      errors: [
        {
          messageId: 'aws-owned-key',
          severity: 'info',
          range: [2, 3, 2, 25],
          text: 'server_side_encryption',
          output: 'resource "aws_dynamodb_table" "orders" {\n  server_side_encryption {\n    enabled = true\n    kms_key_arn = "arn:aws:kms:REGION:ACCOUNT:key/KEY-ID"\n  }\n}\n',
        },
      ],
    },
    {
      name: 'YAML key without SSEEnabled is ignored',
      format: 'yaml',
      code: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      SSESpecification:\n        KMSMasterKeyId: !Ref Key\n',
      errors: [
        {
          messageId: 'key-ignored',
          range: [5, 7, 5, 23],
          text: 'SSESpecification',
          output: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      SSESpecification:\n        KMSMasterKeyId: !Ref Key\n        SSEEnabled: true\n',
        },
      ],
    },
    {
      name: 'JSON no configuration (info)',
      format: 'json',
      code: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {}\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'aws-owned-key',
          severity: 'info',
          range: [4, 15, 4, 37],
          text: '"AWS::DynamoDB::Table"',
          output:
            '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "SSESpecification": {\n          "SSEEnabled": true,\n          "KMSMasterKeyId": "arn:aws:kms:REGION:ACCOUNT:key/KEY-ID"\n        }\n      }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
