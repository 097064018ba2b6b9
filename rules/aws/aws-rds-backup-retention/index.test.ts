import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'instance keeps 14 days', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  engine                  = "postgres"\n  backup_retention_period = 14\n}\n' },
    { name: 'retention from a variable is unknown', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  backup_retention_period = var.retention\n}\n' },
    { name: 'read replica with 0: the source keeps the backups', format: 'terraform', code: 'resource "aws_db_instance" "replica" {\n  replicate_source_db     = aws_db_instance.primary.identifier\n  backup_retention_period = 0\n}\n' },
    { name: 'snapshot restore inherits the retention', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  snapshot_identifier = "rds:prod-2024-01-01"\n}\n' },
    { name: 'cluster keeps 35 days', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  engine                  = "aurora-postgresql"\n  backup_retention_period = 35\n}\n' },
    { name: 'YAML Aurora member: the cluster decides', format: 'yaml', code: 'Resources:\n  Member:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n      Engine: aurora-mysql\n' },
    { name: 'YAML retention as a string', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      BackupRetentionPeriod: "7"\n' },
    { name: 'YAML retention from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: !Ref Retention\n' },
    { name: 'JSON cluster keeps 7 days', format: 'json', code: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "Engine": "aurora-mysql", "BackupRetentionPeriod": 7 }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'instance with backups off (Checkov fail2)',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  engine                  = "postgres"\n  backup_retention_period = 0\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [3, 29, 3, 30], text: '0', output: 'resource "aws_db_instance" "db" {\n  engine                  = "postgres"\n  backup_retention_period = 7\n}\n' },
      ],
    },
    {
      name: 'instance retention above 35 days (Checkov fail)',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  backup_retention_period = 36\n}\n',
      errors: [
        { messageId: 'out-of-range', severity: 'medium', range: [2, 29, 2, 31], text: '36', output: 'resource "aws_db_instance" "db" {\n  backup_retention_period = 35\n}\n' },
      ],
    },
    {
      name: 'cluster with 0 days, which clusters do not accept',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "c" {\n  backup_retention_period = 0\n}\n',
      errors: [
        { messageId: 'out-of-range', severity: 'medium', range: [2, 29, 2, 30], text: '0', output: 'resource "aws_rds_cluster" "c" {\n  backup_retention_period = 7\n}\n' },
      ],
    },
    {
      name: 'no retention: the 1-day API default, a hint',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n  backup_retention_period = 7\n}\n' },
      ],
    },
    {
      name: 'YAML instance with backups off',
      format: 'yaml',
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      BackupRetentionPeriod: 0\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [6, 30, 6, 31], text: '0', output: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      BackupRetentionPeriod: 7\n' },
      ],
    },
    {
      name: 'YAML cluster without a retention: a hint',
      format: 'yaml',
      code: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n',
      errors: [
        { messageId: 'provider-default', severity: 'info', range: [3, 11, 3, 30], text: 'AWS::RDS::DBCluster', output: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      BackupRetentionPeriod: 7\n' },
      ],
    },
    {
      name: 'JSON cluster retention as an out-of-range string',
      format: 'json',
      code: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "BackupRetentionPeriod": "40" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'out-of-range', severity: 'medium', range: [5, 48, 5, 52], text: '"40"', output: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "BackupRetentionPeriod": 35 }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

