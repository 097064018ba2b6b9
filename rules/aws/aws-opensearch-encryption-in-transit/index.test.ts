import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'node-to-node on, HTTPS enforced',
      format: 'terraform',
      code: 'resource "aws_opensearch_domain" "d" {\n  node_to_node_encryption {\n    enabled = true\n  }\n  domain_endpoint_options {\n    enforce_https = true\n  }\n}\n',
    },
    {
      name: 'enforce_https defaults to true inside domain_endpoint_options',
      format: 'terraform',
      code: 'resource "aws_elasticsearch_domain" "d" {\n  node_to_node_encryption {\n    enabled = true\n  }\n  domain_endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n}\n',
    },
    {
      name: 'YAML both on',
      format: 'yaml',
      code: 'Resources:\n  D:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n',
    },
  ],
  invalid: [
    {
      name: 'neither block',
      format: 'terraform',
      code: 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n}\n',
      errors: [
        {
          messageId: 'node-to-node',
          severity: 'medium',
          range: [1, 10, 1, 33],
          text: '"aws_opensearch_domain"',
          output: 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  node_to_node_encryption {\n    enabled = true\n  }\n}\n',
        },
        {
          messageId: 'https',
          range: [1, 10, 1, 33],
          text: '"aws_opensearch_domain"',
          output: 'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  domain_endpoint_options {\n    enforce_https = true\n  }\n}\n',
        },
      ],
    },
    {
      name: 'node-to-node off, HTTPS off',
      format: 'terraform',
      code: 'resource "aws_elasticsearch_domain" "search" {\n  node_to_node_encryption {\n    enabled = false\n  }\n  domain_endpoint_options {\n    enforce_https = false\n  }\n}\n',
      errors: [
        { messageId: 'node-to-node', range: [3, 15, 3, 20], text: 'false' },
        {
          messageId: 'https',
          range: [6, 21, 6, 26],
          text: 'false',
          output: 'resource "aws_elasticsearch_domain" "search" {\n  node_to_node_encryption {\n    enabled = false\n  }\n  domain_endpoint_options {\n    enforce_https = true\n  }\n}\n',
        },
      ],
    },
    {
      name: 'YAML: HTTPS not required (API default)',
      format: 'yaml',
      code: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n      DomainEndpointOptions:\n        TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07\n',
      errors: [
        {
          messageId: 'https',
          range: [7, 7, 7, 28],
          text: 'DomainEndpointOptions',
          output:
            'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n      DomainEndpointOptions:\n        TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07\n        EnforceHTTPS: true\n',
        },
      ],
    },
    {
      name: 'JSON node-to-node off',
      format: 'json',
      code: '{\n  "Resources": {\n    "Search": {\n      "Type": "AWS::OpenSearchService::Domain",\n      "Properties": {\n        "NodeToNodeEncryptionOptions": { "Enabled": false },\n        "DomainEndpointOptions": { "EnforceHTTPS": true }\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'node-to-node', range: [6, 53, 6, 58], text: 'false' }],
    },
  ],
});
