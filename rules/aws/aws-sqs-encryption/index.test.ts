import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'SSE-SQS declared', format: 'terraform', code: 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = true\n}\n' },
    { name: 'KMS key named', format: 'terraform', code: 'resource "aws_sqs_queue" "q" {\n  kms_master_key_id = aws_kms_key.q.arn\n}\n' },
    { name: 'a KMS key wins over a false SSE-SQS switch', format: 'terraform', code: 'resource "aws_sqs_queue" "q" {\n  kms_master_key_id       = "alias/aws/sqs"\n  sqs_managed_sse_enabled = false\n}\n' },
    { name: 'switch from a variable is unknown', format: 'terraform', code: 'resource "aws_sqs_queue" "q" {\n  sqs_managed_sse_enabled = var.sse\n}\n' },
    { name: 'YAML KMS key', format: 'yaml', code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: !Ref Key\n' },
    { name: 'JSON SSE-SQS', format: 'json', code: '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": { "SqsManagedSseEnabled": "true" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'queue without settings: provider default, info hint',
      format: 'terraform',
      code: 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [1, 10, 1, 25],
          text: '"aws_sqs_queue"',
          output: 'resource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n  sqs_managed_sse_enabled = true\n}\n',
        },
      ],
    },
    {
      name: 'empty key id: the hint replaces it with the AWS managed key',
      format: 'terraform',
      code: 'resource "aws_sqs_queue" "jobs" {\n  kms_master_key_id = ""\n}\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [1, 10, 1, 25],
          text: '"aws_sqs_queue"',
          output: 'resource "aws_sqs_queue" "jobs" {\n  kms_master_key_id = "alias/aws/sqs"\n}\n',
        },
      ],
    },
    {
      name: 'SSE-SQS turned off without a key',
      format: 'terraform',
      code: 'resource "aws_sqs_queue" "jobs" {\n  sqs_managed_sse_enabled = false\n}\n',
      errors: [
        {
          messageId: 'disabled',
          severity: 'medium',
          range: [2, 29, 2, 34],
          text: 'false',
          output: 'resource "aws_sqs_queue" "jobs" {\n  sqs_managed_sse_enabled = true\n}\n',
        },
      ],
    },
    {
      name: 'YAML queue turned off',
      format: 'yaml',
      code: 'Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n',
      errors: [{ messageId: 'disabled', range: [5, 29, 5, 34], text: 'false', output: 'Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: true\n' }],
    },
    {
      name: 'YAML queue without settings',
      format: 'yaml',
      code: 'Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [3, 11, 3, 26],
          text: 'AWS::SQS::Queue',
          output: 'Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n      SqsManagedSseEnabled: true\n',
        },
      ],
    },
    {
      name: 'JSON queue turned off',
      format: 'json',
      code: '{\n  "Resources": {\n    "Jobs": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": { "SqsManagedSseEnabled": false }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'disabled',
          range: [5, 47, 5, 52],
          text: 'false',
          output: '{\n  "Resources": {\n    "Jobs": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": { "SqsManagedSseEnabled": true }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
