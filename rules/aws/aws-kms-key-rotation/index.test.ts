import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'rotation on', format: 'terraform', code: 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n' },
    { name: 'asymmetric keys cannot rotate', format: 'terraform', code: 'resource "aws_kms_key" "k" {\n  customer_master_key_spec = "RSA_2048"\n  key_usage                = "SIGN_VERIFY"\n}\n' },
    { name: 'HMAC keys cannot rotate', format: 'terraform', code: 'resource "aws_kms_key" "k" {\n  key_spec  = "HMAC_256"\n  key_usage = "GENERATE_VERIFY_MAC"\n}\n' },
    { name: 'keys in a custom key store cannot rotate', format: 'terraform', code: 'resource "aws_kms_key" "k" {\n  custom_key_store_id = aws_kms_custom_key_store.hsm.id\n}\n' },
    { name: 'a key spec that cannot be known', format: 'terraform', code: 'resource "aws_kms_key" "k" {\n  key_spec = var.spec\n}\n' },
    { name: 'YAML imported key material cannot rotate', format: 'yaml', code: 'Resources:\n  K:\n    Type: AWS::KMS::Key\n    Properties:\n      Origin: EXTERNAL\n' },
    { name: 'YAML asymmetric key', format: 'yaml', code: 'Resources:\n  K:\n    Type: AWS::KMS::Key\n    Properties:\n      KeySpec: ECC_NIST_P256\n      KeyUsage: SIGN_VERIFY\n' },
    { name: 'JSON rotation on', format: 'json', code: '{\n  "Resources": {\n    "K": {\n      "Type": "AWS::KMS::Key",\n      "Properties": { "EnableKeyRotation": true }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'symmetric key without rotation',
      format: 'terraform',
      code: 'resource "aws_kms_key" "data" {\n  description = "data"\n}\n',
      errors: [
        {
          messageId: 'rotation',
          severity: 'medium',
          range: [1, 10, 1, 23],
          text: '"aws_kms_key"',
          output: 'resource "aws_kms_key" "data" {\n  description = "data"\n  enable_key_rotation = true\n}\n',
        },
      ],
    },
    {
      name: 'SYMMETRIC_DEFAULT spec with rotation off',
      format: 'terraform',
      code: 'resource "aws_kms_key" "data" {\n  customer_master_key_spec = "SYMMETRIC_DEFAULT"\n  enable_key_rotation      = false\n}\n',
      errors: [
        {
          messageId: 'rotation',
          range: [3, 30, 3, 35],
          text: 'false',
          output: 'resource "aws_kms_key" "data" {\n  customer_master_key_spec = "SYMMETRIC_DEFAULT"\n  enable_key_rotation      = true\n}\n',
        },
      ],
    },
    {
      name: 'YAML key without rotation',
      format: 'yaml',
      code: 'Resources:\n  Data:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyUsage: ENCRYPT_DECRYPT\n',
      errors: [
        {
          messageId: 'rotation',
          range: [3, 11, 3, 24],
          text: 'AWS::KMS::Key',
          output: 'Resources:\n  Data:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyUsage: ENCRYPT_DECRYPT\n      EnableKeyRotation: true\n',
        },
      ],
    },
    {
      name: 'JSON rotation off',
      format: 'json',
      code: '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::KMS::Key",\n      "Properties": { "EnableKeyRotation": false }\n    }\n  }\n}\n',
      errors: [{ messageId: 'rotation', range: [5, 44, 5, 49], text: 'false' }],
    },
  ],
});
