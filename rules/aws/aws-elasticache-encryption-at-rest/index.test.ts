import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'encrypted group', format: 'terraform', code: 'resource "aws_elasticache_replication_group" "g" {\n  at_rest_encryption_enabled = true\n}\n' },
    { name: 'Valkey groups are encrypted by default', format: 'terraform', code: 'resource "aws_elasticache_replication_group" "g" {\n  engine = "valkey"\n}\n' },
    { name: 'an unknown engine may be Valkey', format: 'terraform', code: 'resource "aws_elasticache_replication_group" "g" {\n  engine = var.engine\n}\n' },
    { name: 'YAML encrypted (string boolean)', format: 'yaml', code: 'Resources:\n  G:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      AtRestEncryptionEnabled: "true"\n' },
    { name: 'JSON Valkey engine', format: 'json', code: '{\n  "Resources": {\n    "G": {\n      "Type": "AWS::ElastiCache::ReplicationGroup",\n      "Properties": { "Engine": "valkey" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'Redis OSS group without encryption',
      format: 'terraform',
      code: 'resource "aws_elasticache_replication_group" "cache" {\n  engine = "redis"\n}\n',
      errors: [
        {
          messageId: 'unencrypted',
          severity: 'high',
          range: [1, 10, 1, 45],
          text: '"aws_elasticache_replication_group"',
          output: 'resource "aws_elasticache_replication_group" "cache" {\n  engine = "redis"\n  at_rest_encryption_enabled = true\n}\n',
        },
      ],
    },
    {
      name: 'Valkey group explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_elasticache_replication_group" "cache" {\n  engine                     = "valkey"\n  at_rest_encryption_enabled = false\n}\n',
      errors: [
        {
          messageId: 'unencrypted',
          range: [3, 32, 3, 37],
          text: 'false',
          output: 'resource "aws_elasticache_replication_group" "cache" {\n  engine                     = "valkey"\n  at_rest_encryption_enabled = true\n}\n',
        },
      ],
    },
    {
      name: 'YAML group explicitly unencrypted (YAML 1.1 False)',
      format: 'yaml',
      code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      Engine: redis\n      AtRestEncryptionEnabled: False\n',
      errors: [{ messageId: 'unencrypted', range: [6, 32, 6, 37], text: 'False' }],
    },
    {
      name: 'JSON group without encryption',
      format: 'json',
      code: '{\n  "Resources": {\n    "Cache": {\n      "Type": "AWS::ElastiCache::ReplicationGroup",\n      "Properties": { "Engine": "redis" }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'unencrypted',
          range: [4, 15, 4, 51],
          text: '"AWS::ElastiCache::ReplicationGroup"',
          output: '{\n  "Resources": {\n    "Cache": {\n      "Type": "AWS::ElastiCache::ReplicationGroup",\n      "Properties": { "Engine": "redis", "AtRestEncryptionEnabled": true }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
