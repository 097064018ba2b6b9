import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'customer key by reference', format: 'terraform', code: 'resource "aws_secretsmanager_secret" "s" {\n  kms_key_id = aws_kms_key.secrets.arn\n}\n' },
    { name: 'customer key alias', format: 'terraform', code: 'resource "aws_secretsmanager_secret" "s" {\n  kms_key_id = "alias/app-secrets"\n}\n' },
    { name: 'YAML key from a parameter', format: 'yaml', code: 'Resources:\n  S:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n      KmsKeyId: !Ref Key\n' },
    { name: 'JSON customer key ARN', format: 'json', code: '{\n  "Resources": {\n    "S": {\n      "Type": "AWS::SecretsManager::Secret",\n      "Properties": { "KmsKeyId": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'no key: the AWS managed key',
      format: 'terraform',
      code: 'resource "aws_secretsmanager_secret" "db" {\n  name = "db"\n}\n',
      errors: [
        {
          messageId: 'aws-managed',
          severity: 'low',
          range: [1, 10, 1, 37],
          text: '"aws_secretsmanager_secret"',
          output: 'resource "aws_secretsmanager_secret" "db" {\n  name = "db"\n  kms_key_id = "alias/secrets"\n}\n',
        },
      ],
    },
    {
      name: 'AWS managed key named explicitly',
      format: 'terraform',
      code: 'resource "aws_secretsmanager_secret" "db" {\n  kms_key_id = "alias/aws/secretsmanager"\n}\n',
      errors: [
        {
          messageId: 'aws-managed',
          range: [2, 16, 2, 42],
          text: '"alias/aws/secretsmanager"',
          output: 'resource "aws_secretsmanager_secret" "db" {\n  kms_key_id = "alias/secrets"\n}\n',
        },
      ],
    },
    {
      name: 'YAML AWS managed key by alias ARN',
      format: 'yaml',
      code: 'Resources:\n  Db:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager\n',
      errors: [{ messageId: 'aws-managed', range: [5, 17, 5, 76], text: 'arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager' }],
    },
    {
      name: 'YAML no key',
      format: 'yaml',
      code: 'Resources:\n  Db:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n      Name: db\n',
      errors: [
        {
          messageId: 'aws-managed',
          range: [3, 11, 3, 38],
          text: 'AWS::SecretsManager::Secret',
          output: 'Resources:\n  Db:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n      Name: db\n      KmsKeyId: alias/secrets\n',
        },
      ],
    },
  ],
});
