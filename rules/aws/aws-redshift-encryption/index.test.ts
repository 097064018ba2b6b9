import rule from '.';
import { ruleTester } from '../../rule-tester';

const v5 = 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n\n';

ruleTester(rule, {
  valid: [
    { name: 'encrypted cluster', format: 'terraform', code: 'resource "aws_redshift_cluster" "c" {\n  encrypted = true\n}\n' },
    { name: 'encryption from a variable is unknown', format: 'terraform', code: 'resource "aws_redshift_cluster" "c" {\n  encrypted = var.encrypted\n}\n' },
    { name: 'restored from a snapshot (provider v5)', format: 'terraform', code: `${v5}resource "aws_redshift_cluster" "c" {\n  snapshot_identifier = "snap"\n}\n` },
    { name: 'YAML encrypted', format: 'yaml', code: 'Resources:\n  C:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      Encrypted: true\n' },
    { name: 'YAML restored from a snapshot', format: 'yaml', code: 'Resources:\n  C:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      SnapshotIdentifier: snap\n' },
  ],
  invalid: [
    {
      name: 'no setting, newest provider: info hint',
      format: 'terraform',
      code: 'resource "aws_redshift_cluster" "dw" {\n  node_type = "ra3.large"\n}\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [1, 10, 1, 32],
          text: '"aws_redshift_cluster"',
          output: 'resource "aws_redshift_cluster" "dw" {\n  node_type = "ra3.large"\n  encrypted = true\n}\n',
        },
      ],
    },
    {
      name: 'no setting, provider pinned to v5: Terraform would decrypt',
      format: 'terraform',
      code: `${v5}resource "aws_redshift_cluster" "dw" {\n  node_type = "ra3.large"\n}\n`,
      errors: [
        {
          messageId: 'provider-v5',
          severity: 'high',
          range: [10, 10, 10, 32],
          text: '"aws_redshift_cluster"',
          output: `${v5}resource "aws_redshift_cluster" "dw" {\n  node_type = "ra3.large"\n  encrypted = true\n}\n`,
        },
      ],
    },
    {
      name: 'explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_redshift_cluster" "dw" {\n  encrypted = false\n}\n',
      errors: [{ messageId: 'disabled', severity: 'high', range: [2, 15, 2, 20], text: 'false', output: 'resource "aws_redshift_cluster" "dw" {\n  encrypted = true\n}\n' }],
    },
    {
      name: 'YAML no setting: info hint',
      format: 'yaml',
      code: 'Resources:\n  Dw:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      NodeType: ra3.large\n',
      errors: [
        {
          messageId: 'provider-default',
          severity: 'info',
          range: [3, 11, 3, 33],
          text: 'AWS::Redshift::Cluster',
          output: 'Resources:\n  Dw:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      NodeType: ra3.large\n      Encrypted: true\n',
        },
      ],
    },
    {
      name: 'JSON explicitly unencrypted',
      format: 'json',
      code: '{\n  "Resources": {\n    "Dw": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": { "Encrypted": "false" }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'disabled',
          range: [5, 36, 5, 43],
          text: '"false"',
          output: '{\n  "Resources": {\n    "Dw": {\n      "Type": "AWS::Redshift::Cluster",\n      "Properties": { "Encrypted": true }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
