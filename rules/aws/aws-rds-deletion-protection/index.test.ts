import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'protected instance', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  deletion_protection = true\n}\n' },
    { name: 'protected cluster', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  deletion_protection = true\n}\n' },
    { name: 'value from a variable is unknown', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  deletion_protection = var.protect\n}\n' },
    { name: 'YAML protected instance (string boolean)', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: "true"\n' },
    { name: 'YAML Aurora member: the cluster decides', format: 'yaml', code: 'Resources:\n  Member:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n      Engine: aurora-postgresql\n' },
    { name: 'JSON protected cluster', format: 'json', code: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "DeletionProtection": true }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'instance without the setting (Checkov fail2)',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n  deletion_protection = true\n}\n' },
      ],
    },
    {
      name: 'cluster with protection off',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "c" {\n  engine              = "aurora-mysql"\n  deletion_protection = false\n}\n',
      errors: [
        { messageId: 'cluster', severity: 'medium', range: [3, 25, 3, 30], text: 'false', output: 'resource "aws_rds_cluster" "c" {\n  engine              = "aurora-mysql"\n  deletion_protection = true\n}\n' },
      ],
    },
    {
      name: 'YAML cluster without the setting',
      format: 'yaml',
      code: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n',
      errors: [
        { messageId: 'cluster', severity: 'medium', range: [3, 11, 3, 30], text: 'AWS::RDS::DBCluster', output: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      DeletionProtection: true\n' },
      ],
    },
    {
      name: 'YAML instance without Properties',
      format: 'yaml',
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [3, 11, 3, 31], text: 'AWS::RDS::DBInstance', output: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: true\n' },
      ],
    },
    {
      name: 'JSON instance with protection off',
      format: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql",\n        "DeletionProtection": false\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [7, 31, 7, 36], text: 'false', output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql",\n        "DeletionProtection": true\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

