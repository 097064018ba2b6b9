import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'OpenSearch encrypted', format: 'terraform', code: 'resource "aws_opensearch_domain" "d" {\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n' },
    { name: 'Elasticsearch encrypted with a key', format: 'terraform', code: 'resource "aws_elasticsearch_domain" "d" {\n  encrypt_at_rest {\n    enabled    = true\n    kms_key_id = aws_kms_key.search.key_id\n  }\n}\n' },
    { name: 'enabled from a variable is unknown', format: 'terraform', code: 'resource "aws_opensearch_domain" "d" {\n  encrypt_at_rest {\n    enabled = var.encrypt\n  }\n}\n' },
    { name: 'YAML OpenSearch encrypted', format: 'yaml', code: 'Resources:\n  D:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        Enabled: true\n' },
    { name: 'YAML options from a parameter are unknown', format: 'yaml', code: 'Resources:\n  D:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      EncryptionAtRestOptions: !Ref Options\n' },
  ],
  invalid: [
    {
      name: 'domain without encrypt_at_rest',
      format: 'terraform',
      code: 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n}\n',
      errors: [
        {
          messageId: 'at-rest',
          severity: 'high',
          range: [1, 10, 1, 33],
          text: '"aws_opensearch_domain"',
          output: 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n',
        },
      ],
    },
    {
      name: 'Elasticsearch domain explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_elasticsearch_domain" "search" {\n  encrypt_at_rest {\n    enabled = false\n  }\n}\n',
      errors: [
        { messageId: 'at-rest', range: [3, 15, 3, 20], text: 'false', output: 'resource "aws_elasticsearch_domain" "search" {\n  encrypt_at_rest {\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML Elasticsearch domain explicitly unencrypted',
      format: 'yaml',
      code: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        Enabled: False\n',
      errors: [{ messageId: 'at-rest', range: [6, 18, 6, 23], text: 'False' }],
    },
    {
      name: 'YAML options without Enabled',
      format: 'yaml',
      code: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        KmsKeyId: alias/search\n',
      errors: [
        {
          messageId: 'at-rest',
          range: [5, 7, 5, 30],
          text: 'EncryptionAtRestOptions',
          output: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EncryptionAtRestOptions:\n        KmsKeyId: alias/search\n        Enabled: true\n',
        },
      ],
    },
    {
      name: 'JSON domain without options',
      format: 'json',
      code: '{\n  "Resources": {\n    "Search": {\n      "Type": "AWS::OpenSearchService::Domain",\n      "Properties": { "DomainName": "search" }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'at-rest',
          range: [4, 15, 4, 47],
          text: '"AWS::OpenSearchService::Domain"',
          output: '{\n  "Resources": {\n    "Search": {\n      "Type": "AWS::OpenSearchService::Domain",\n      "Properties": { "DomainName": "search", "EncryptionAtRestOptions": { "Enabled": true } }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
