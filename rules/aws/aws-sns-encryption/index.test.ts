import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'customer key by reference', format: 'terraform', code: 'resource "aws_sns_topic" "t" {\n  kms_master_key_id = aws_kms_key.alerts.arn\n}\n' },
    { name: 'AWS managed key alias', format: 'terraform', code: 'resource "aws_sns_topic" "t" {\n  kms_master_key_id = "alias/aws/sns"\n}\n' },
    { name: 'YAML key from a parameter', format: 'yaml', code: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: !Ref Key\n' },
    { name: 'JSON key', format: 'json', code: '{\n  "Resources": {\n    "T": {\n      "Type": "AWS::SNS::Topic",\n      "Properties": { "KmsMasterKeyId": "alias/alerts" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'topic without a key',
      format: 'terraform',
      code: 'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n',
      errors: [
        {
          messageId: 'unencrypted',
          severity: 'medium',
          range: [1, 10, 1, 25],
          text: '"aws_sns_topic"',
          output: 'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n  kms_master_key_id = "alias/aws/sns"\n}\n',
        },
      ],
    },
    {
      name: 'topic with an empty key id',
      format: 'terraform',
      code: 'resource "aws_sns_topic" "alerts" {\n  kms_master_key_id = ""\n}\n',
      errors: [{ messageId: 'unencrypted', range: [2, 23, 2, 25], text: '""', output: 'resource "aws_sns_topic" "alerts" {\n  kms_master_key_id = "alias/aws/sns"\n}\n' }],
    },
    {
      name: 'YAML topic without a key',
      format: 'yaml',
      code: 'Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: alerts\n',
      errors: [
        {
          messageId: 'unencrypted',
          range: [3, 11, 3, 26],
          text: 'AWS::SNS::Topic',
          output: 'Resources:\n  Alerts:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: alerts\n      KmsMasterKeyId: alias/aws/sns\n',
        },
      ],
    },
    {
      name: 'JSON topic without Properties',
      format: 'json',
      code: '{\n  "Resources": {\n    "Alerts": {\n      "Type": "AWS::SNS::Topic"\n    }\n  }\n}\n',
      errors: [{ messageId: 'unencrypted', range: [4, 15, 4, 32], text: '"AWS::SNS::Topic"' }],
    },
  ],
});
