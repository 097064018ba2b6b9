import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'TLS on', format: 'terraform', code: 'resource "aws_elasticache_replication_group" "g" {\n  transit_encryption_enabled = true\n}\n' },
    { name: 'TLS required', format: 'terraform', code: 'resource "aws_elasticache_replication_group" "g" {\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "required"\n}\n' },
    { name: 'TLS from a variable is unknown', format: 'terraform', code: 'resource "aws_elasticache_replication_group" "g" {\n  transit_encryption_enabled = var.tls\n}\n' },
    { name: 'YAML TLS on', format: 'yaml', code: 'Resources:\n  G:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      TransitEncryptionEnabled: true\n' },
  ],
  invalid: [
    {
      name: 'group without TLS',
      format: 'terraform',
      code: 'resource "aws_elasticache_replication_group" "cache" {\n  engine = "redis"\n}\n',
      errors: [
        {
          messageId: 'unencrypted',
          severity: 'high',
          range: [1, 10, 1, 45],
          text: '"aws_elasticache_replication_group"',
          output: 'resource "aws_elasticache_replication_group" "cache" {\n  engine = "redis"\n  transit_encryption_enabled = true\n}\n',
        },
      ],
    },
    {
      name: 'TLS on but preferred mode',
      format: 'terraform',
      code: 'resource "aws_elasticache_replication_group" "cache" {\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "preferred"\n}\n',
      errors: [
        {
          messageId: 'preferred',
          severity: 'medium',
          range: [3, 32, 3, 43],
          text: '"preferred"',
          output: 'resource "aws_elasticache_replication_group" "cache" {\n  transit_encryption_enabled = true\n  transit_encryption_mode    = "required"\n}\n',
        },
      ],
    },
    {
      name: 'YAML TLS off',
      format: 'yaml',
      code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      TransitEncryptionEnabled: false\n',
      errors: [{ messageId: 'unencrypted', range: [5, 33, 5, 38], text: 'false', output: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      TransitEncryptionEnabled: true\n' }],
    },
    {
      name: 'YAML preferred mode',
      format: 'yaml',
      code: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      TransitEncryptionEnabled: true\n      TransitEncryptionMode: preferred\n',
      errors: [
        {
          messageId: 'preferred',
          range: [6, 30, 6, 39],
          text: 'preferred',
          output: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      TransitEncryptionEnabled: true\n      TransitEncryptionMode: required\n',
        },
      ],
    },
    {
      name: 'JSON group without TLS',
      format: 'json',
      code: '{\n  "Resources": {\n    "Cache": {\n      "Type": "AWS::ElastiCache::ReplicationGroup",\n      "Properties": {}\n    }\n  }\n}\n',
      errors: [{ messageId: 'unencrypted', range: [4, 15, 4, 51], text: '"AWS::ElastiCache::ReplicationGroup"' }],
    },
  ],
});
