import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'KMS with a customer key', format: 'terraform', code: 'resource "aws_ecr_repository" "r" {\n  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n}\n' },
    { name: 'dual-layer KMS', format: 'terraform', code: 'resource "aws_ecr_repository" "r" {\n  encryption_configuration {\n    encryption_type = "KMS_DSSE"\n  }\n}\n' },
    { name: 'type from a variable is unknown', format: 'terraform', code: 'resource "aws_ecr_repository" "r" {\n  encryption_configuration {\n    encryption_type = var.type\n  }\n}\n' },
    { name: 'YAML KMS', format: 'yaml', code: 'Resources:\n  R:\n    Type: AWS::ECR::Repository\n    Properties:\n      EncryptionConfiguration:\n        EncryptionType: KMS\n        KmsKey: !Ref Key\n' },
  ],
  invalid: [
    {
      name: 'no configuration: AES256 default (info)',
      format: 'terraform',
      code: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n}\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [1, 10, 1, 30],
          text: '"aws_ecr_repository"',
          output: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n\n  encryption_configuration {\n    encryption_type = "KMS"\n  }\n}\n',
        },
      ],
    },
    {
      name: 'invalid encryption type',
      format: 'terraform',
      code: 'resource "aws_ecr_repository" "app" {\n  encryption_configuration {\n    encryption_type = "aws:kms"\n  }\n}\n',
      errors: [
        {
          messageId: 'invalid-type',
          severity: 'high',
          range: [3, 23, 3, 32],
          text: '"aws:kms"',
          output: 'resource "aws_ecr_repository" "app" {\n  encryption_configuration {\n    encryption_type = "AES256"\n  }\n}\n',
        },
      ],
    },
    {
      name: 'a key with AES256 is not used',
      format: 'terraform',
      code: 'resource "aws_ecr_repository" "app" {\n  encryption_configuration {\n    encryption_type = "AES256"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n}\n',
      errors: [
        {
          messageId: 'key-ignored',
          severity: 'medium',
          range: [3, 23, 3, 31],
          text: '"AES256"',
          output: 'resource "aws_ecr_repository" "app" {\n  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n}\n',
        },
      ],
    },
    {
      name: 'YAML key without a type',
      format: 'yaml',
      code: 'Resources:\n  App:\n    Type: AWS::ECR::Repository\n    Properties:\n      EncryptionConfiguration:\n        KmsKey: !Ref Key\n',
      errors: [
        {
          messageId: 'key-ignored',
          range: [5, 7, 5, 30],
          text: 'EncryptionConfiguration',
          output: 'Resources:\n  App:\n    Type: AWS::ECR::Repository\n    Properties:\n      EncryptionConfiguration:\n        KmsKey: !Ref Key\n        EncryptionType: KMS\n',
        },
      ],
    },
    {
      name: 'JSON AES256 declared (info)',
      format: 'json',
      code: '{\n  "Resources": {\n    "App": {\n      "Type": "AWS::ECR::Repository",\n      "Properties": { "EncryptionConfiguration": { "EncryptionType": "AES256" } }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [5, 70, 5, 78],
          text: '"AES256"',
          output: '{\n  "Resources": {\n    "App": {\n      "Type": "AWS::ECR::Repository",\n      "Properties": { "EncryptionConfiguration": { "EncryptionType": "KMS" } }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
