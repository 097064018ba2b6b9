import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'no production evidence: no finding', format: 'terraform', code: 'resource "aws_db_instance" "orders" {\n  identifier = "orders-staging"\n  engine     = "postgres"\n}\n' },
    { name: 'production and Multi-AZ', format: 'terraform', code: 'resource "aws_db_instance" "orders" {\n  engine   = "postgres"\n  multi_az = true\n\n  tags = {\n    Environment = "production"\n  }\n}\n' },
    { name: 'a word that only starts with prod is no evidence', format: 'terraform', code: 'resource "aws_db_instance" "products" {\n  identifier = "product-catalog"\n}\n' },
    { name: 'tag value from a variable is no evidence', format: 'terraform', code: 'resource "aws_db_instance" "orders" {\n  tags = {\n    Environment = var.environment\n  }\n}\n' },
    { name: 'multi_az from a variable is unknown', format: 'terraform', code: 'resource "aws_db_instance" "prod" {\n  multi_az = var.multi_az\n}\n' },
    { name: 'read replica of a production database', format: 'terraform', code: 'resource "aws_db_instance" "prod_replica" {\n  replicate_source_db = aws_db_instance.prod.identifier\n}\n' },
    { name: 'the resource\'s own tag wins over default_tags', format: 'terraform', code: 'provider "aws" {\n  default_tags {\n    tags = {\n      Environment = "prod"\n    }\n  }\n}\n\nresource "aws_db_instance" "orders" {\n  tags = {\n    environment = "dev"\n  }\n}\n' },
    { name: 'SQL Server Express cannot be Multi-AZ', format: 'terraform', code: 'resource "aws_db_instance" "prod" {\n  engine = "sqlserver-ex"\n}\n' },
    { name: 'YAML Aurora member of a production cluster', format: 'yaml', code: 'Resources:\n  ProdMember:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref ProdCluster\n      Engine: aurora-mysql\n' },
    { name: 'YAML production and Multi-AZ (string boolean)', format: 'yaml', code: 'Resources:\n  Orders:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MultiAZ: "true"\n      Tags:\n        - Key: Stage\n          Value: prod\n' },
    { name: 'JSON no production evidence', format: 'json', code: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mysql", "MultiAZ": false }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'Environment tag says production',
      format: 'terraform',
      code: 'resource "aws_db_instance" "orders" {\n  engine = "postgres"\n\n  tags = {\n    Environment = "Production"\n  }\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "orders" {\n  engine = "postgres"\n\n  tags = {\n    Environment = "Production"\n  }\n  multi_az = true\n}\n' },
      ],
    },
    {
      name: 'identifier says prod, Multi-AZ off',
      format: 'terraform',
      code: 'resource "aws_db_instance" "orders" {\n  identifier = "orders-prod"\n  multi_az   = false\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [3, 16, 3, 21], text: 'false', output: 'resource "aws_db_instance" "orders" {\n  identifier = "orders-prod"\n  multi_az   = true\n}\n' },
      ],
    },
    {
      name: 'provider default_tags say prod',
      format: 'terraform',
      code: 'provider "aws" {\n  default_tags {\n    tags = {\n      env = "prod"\n    }\n  }\n}\n\nresource "aws_db_instance" "orders" {\n  engine = "mysql"\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [9, 10, 9, 27], text: '"aws_db_instance"', output: 'provider "aws" {\n  default_tags {\n    tags = {\n      env = "prod"\n    }\n  }\n}\n\nresource "aws_db_instance" "orders" {\n  engine = "mysql"\n  multi_az = true\n}\n' },
      ],
    },
    {
      name: 'a fixed Availability Zone: no fix (RDS rejects both)',
      format: 'terraform',
      code: 'resource "aws_db_instance" "prod_db" {\n  availability_zone = "eu-west-1a"\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [1, 10, 1, 27], text: '"aws_db_instance"' },
      ],
    },
    {
      name: 'YAML logical id says production',
      format: 'yaml',
      code: 'Resources:\n  ProdDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [3, 11, 3, 31], text: 'AWS::RDS::DBInstance', output: 'Resources:\n  ProdDatabase:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      MultiAZ: true\n' },
      ],
    },
    {
      name: 'YAML Stage tag says prd, Multi-AZ off',
      format: 'yaml',
      code: 'Resources:\n  Orders:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MultiAZ: false\n      Tags:\n        - Key: Stage\n          Value: prd\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [5, 16, 5, 21], text: 'false', output: 'Resources:\n  Orders:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MultiAZ: true\n      Tags:\n        - Key: Stage\n          Value: prd\n' },
      ],
    },
    {
      name: 'JSON identifier says production',
      format: 'json',
      code: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "DBInstanceIdentifier": "orders-production"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'instance', severity: 'medium', range: [4, 15, 4, 37], text: '"AWS::RDS::DBInstance"', output: '{\n  "Resources": {\n    "Orders": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "DBInstanceIdentifier": "orders-production",\n        "MultiAZ": true\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

