import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'encrypted file system', format: 'terraform', code: 'resource "aws_efs_file_system" "a" {\n  encrypted = true\n}\n' },
    { name: 'encryption from a variable is unknown', format: 'terraform', code: 'resource "aws_efs_file_system" "a" {\n  encrypted = var.encrypted\n}\n' },
    { name: 'count = 0 creates nothing', format: 'terraform', code: 'resource "aws_efs_file_system" "a" {\n  count = 0\n}\n' },
    { name: 'YAML encrypted (string boolean)', format: 'yaml', code: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: "true"\n' },
    { name: 'YAML encryption from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: !Ref Encrypt\n' },
    { name: 'JSON encrypted', format: 'json', code: '{\n  "Resources": {\n    "Fs": {\n      "Type": "AWS::EFS::FileSystem",\n      "Properties": { "Encrypted": true }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'file system without encryption',
      format: 'terraform',
      code: 'resource "aws_efs_file_system" "data" {\n  creation_token = "data"\n}\n',
      errors: [
        {
          messageId: 'unencrypted',
          severity: 'high',
          range: [1, 10, 1, 31],
          text: '"aws_efs_file_system"',
          output: 'resource "aws_efs_file_system" "data" {\n  creation_token = "data"\n  encrypted      = true\n}\n',
        },
      ],
    },
    {
      name: 'file system explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_efs_file_system" "data" {\n  encrypted = false\n}\n',
      errors: [{ messageId: 'unencrypted', range: [2, 15, 2, 20], text: 'false', output: 'resource "aws_efs_file_system" "data" {\n  encrypted = true\n}\n' }],
    },
    {
      name: 'YAML file system without encryption',
      format: 'yaml',
      code: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      PerformanceMode: maxIO\n',
      errors: [
        {
          messageId: 'unencrypted',
          range: [3, 11, 3, 31],
          text: 'AWS::EFS::FileSystem',
          output: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      PerformanceMode: maxIO\n      Encrypted: true\n',
        },
      ],
    },
    {
      name: 'YAML file system explicitly unencrypted',
      format: 'yaml',
      code: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: false\n',
      errors: [{ messageId: 'unencrypted', range: [5, 18, 5, 23], text: 'false', output: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n' }],
    },
    {
      name: 'JSON file system without Properties',
      format: 'json',
      code: '{\n  "Resources": {\n    "Fs": {\n      "Type": "AWS::EFS::FileSystem"\n    }\n  }\n}\n',
      errors: [{ messageId: 'unencrypted', range: [4, 15, 4, 37], text: '"AWS::EFS::FileSystem"' }],
    },
  ],
});
