import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'MySQL exports', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  engine                          = "mysql"\n  enabled_cloudwatch_logs_exports = ["error", "slowquery"]\n}\n' },
    { name: 'exports from a variable are unknown', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  engine                          = "postgres"\n  enabled_cloudwatch_logs_exports = var.log_exports\n}\n' },
    { name: 'an Aurora cluster member: the cluster publishes', format: 'terraform', code: 'resource "aws_db_instance" "member" {\n  engine             = "aurora-postgresql"\n  cluster_identifier = aws_rds_cluster.main.id\n}\n' },
    { name: 'Aurora Serverless v1 publishes through its parameter group', format: 'terraform', code: 'resource "aws_rds_cluster" "sls" {\n  engine      = "aurora-mysql"\n  engine_mode = "serverless"\n}\n' },
    { name: 'YAML PostgreSQL exports', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      EnableCloudwatchLogsExports:\n        - postgresql\n' },
    { name: 'JSON SQL Server exports', format: 'json', code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "sqlserver-se", "EnableCloudwatchLogsExports": ["agent", "error"] }\n    }\n  }\n}\n' },
    { name: 'RDS Custom cannot publish logs', format: 'terraform', code: 'resource "aws_db_instance" "custom" {\n  engine = "custom-sqlserver-ee"\n}\n' },
  ],
  invalid: [
    {
      name: 'MySQL instance without exports',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  engine         = "mysql"\n  instance_class = "db.t4g.micro"\n}\n',
      errors: [
        { messageId: 'no-exports', severity: 'low', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "db" {\n  engine         = "mysql"\n  instance_class = "db.t4g.micro"\n  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]\n}\n' },
      ],
    },
    {
      name: 'empty list on an Aurora PostgreSQL cluster',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "main" {\n  engine                          = "aurora-postgresql"\n  enabled_cloudwatch_logs_exports = []\n}\n',
      errors: [
        { messageId: 'no-exports', severity: 'low', range: [3, 37, 3, 39], text: '[]', output: 'resource "aws_rds_cluster" "main" {\n  engine                          = "aurora-postgresql"\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n' },
      ],
    },
    {
      name: 'unknown engine: reported without a fix',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  engine = var.engine\n}\n',
      errors: [
        { messageId: 'no-exports', severity: 'low', range: [1, 10, 1, 27], text: '"aws_db_instance"' },
      ],
    },
    {
      name: 'YAML Oracle instance',
      format: 'yaml',
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: oracle-ee\n',
      errors: [
        { messageId: 'no-exports', severity: 'low', range: [3, 11, 3, 31], text: 'AWS::RDS::DBInstance', output: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: oracle-ee\n      EnableCloudwatchLogsExports:\n        - alert\n        - audit\n        - listener\n        - trace\n' },
      ],
    },
    {
      name: 'JSON MariaDB instance',
      format: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mariadb" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'no-exports', severity: 'low', range: [4, 15, 4, 37], text: '"AWS::RDS::DBInstance"', output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "Engine": "mariadb", "EnableCloudwatchLogsExports": ["audit", "error", "general", "slowquery"] }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'Db2 instance',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db2" {\n  engine = "db2-se"\n}\n',
      errors: [
        { messageId: 'no-exports', severity: 'low', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "db2" {\n  engine = "db2-se"\n  enabled_cloudwatch_logs_exports = ["diag.log", "notify.log"]\n}\n' },
      ],
    },
  ],
});
