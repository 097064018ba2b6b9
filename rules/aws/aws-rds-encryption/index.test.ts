import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'encrypted instance', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = true\n}\n' },
    { name: 'value from a variable is unknown', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  storage_encrypted = var.encrypted\n}\n' },
    { name: 'read replica inherits the source encryption', format: 'terraform', code: 'resource "aws_db_instance" "replica" {\n  replicate_source_db = aws_db_instance.primary.identifier\n  instance_class      = "db.t3.micro"\n}\n' },
    { name: 'restored from a snapshot inherits its encryption', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  snapshot_identifier = "rds:prod-2024-01-01"\n}\n' },
    { name: 'Aurora member takes the cluster encryption', format: 'terraform', code: 'resource "aws_db_instance" "member" {\n  cluster_identifier = aws_rds_cluster.main.id\n  engine             = "aurora-mysql"\n}\n' },
    { name: 'Aurora engine on an instance', format: 'terraform', code: 'resource "aws_db_instance" "member" {\n  engine = "aurora-postgresql"\n}\n' },
    { name: 'instance point-in-time restore', format: 'terraform', code: 'resource "aws_db_instance" "db" {\n  restore_to_point_in_time {\n    source_db_instance_identifier = "prod"\n    use_latest_restorable_time    = true\n  }\n}\n' },
    { name: 'encrypted cluster', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  engine            = "aurora-mysql"\n  storage_encrypted = true\n}\n' },
    { name: 'Aurora Serverless v1 is always encrypted', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  engine_mode = "serverless"\n}\n' },
    { name: 'Aurora Serverless v1 ignores storage_encrypted = false', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  engine_mode       = "serverless"\n  storage_encrypted = false\n}\n' },
    { name: 'engine mode from a variable is unknown', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  engine_mode = var.mode\n}\n' },
    { name: 'cluster replica inherits the source encryption', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  replication_source_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:prod"\n}\n' },
    { name: 'cluster point-in-time restore', format: 'terraform', code: 'resource "aws_rds_cluster" "c" {\n  restore_to_point_in_time {\n    source_cluster_identifier = "prod"\n  }\n}\n' },
    { name: 'YAML encrypted instance (string boolean)', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageEncrypted: "true"\n' },
    { name: 'YAML encryption from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      StorageEncrypted: !Ref Encrypt\n' },
    { name: 'YAML instance restored from a snapshot', format: 'yaml', code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBSnapshotIdentifier: prod-final\n' },
    { name: 'YAML Aurora member', format: 'yaml', code: 'Resources:\n  Member:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: !Ref Cluster\n      Engine: aurora-mysql\n' },
    { name: 'YAML Aurora engine on an instance (Checkov: unknown)', format: 'yaml', code: 'Resources:\n  MyDBAurora0:\n    Type: \'AWS::RDS::DBInstance\'\n    Properties:\n      DBInstanceClass: \'db.r3.2xlarge\'\n      Engine: \'aurora\'\n' },
    { name: 'YAML Aurora Serverless v1 cluster', format: 'yaml', code: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      EngineMode: serverless\n' },
    { name: 'YAML cluster restored from a source cluster', format: 'yaml', code: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      SourceDBClusterIdentifier: prod\n      RestoreType: copy-on-write\n' },
    { name: 'JSON encrypted cluster', format: 'json', code: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "Engine": "aurora-postgresql", "StorageEncrypted": true }\n    }\n  }\n}\n' },
    { name: 'JSON read replica', format: 'json', code: '{\n  "Resources": {\n    "Replica": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "SourceDBInstanceIdentifier": "prod" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'instance without an encryption setting (Checkov default)',
      format: 'terraform',
      code: 'resource "aws_db_instance" "default" {\n  engine         = "mysql"\n  instance_class = "db.t3.micro"\n}\n',
      errors: [
        { messageId: 'instance', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "default" {\n  engine         = "mysql"\n  instance_class = "db.t3.micro"\n  storage_encrypted = true\n}\n' },
      ],
    },
    {
      name: 'instance explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_db_instance" "disabled" {\n  engine            = "mysql"\n  storage_encrypted = false\n}\n',
      errors: [
        { messageId: 'instance', severity: 'high', range: [3, 23, 3, 28], text: 'false', output: 'resource "aws_db_instance" "disabled" {\n  engine            = "mysql"\n  storage_encrypted = true\n}\n' },
      ],
    },
    {
      name: 'a KMS key alone does not encrypt',
      format: 'terraform',
      code: 'resource "aws_db_instance" "db" {\n  engine     = "postgres"\n  kms_key_id = aws_kms_key.db.arn\n}\n',
      errors: [
        { messageId: 'instance', range: [1, 10, 1, 27], text: '"aws_db_instance"', output: 'resource "aws_db_instance" "db" {\n  engine     = "postgres"\n  kms_key_id = aws_kms_key.db.arn\n  storage_encrypted = true\n}\n' },
      ],
    },
    {
      name: 'Aurora cluster without an encryption setting',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "test" {\n  cluster_identifier = "aurora-cluster-demo"\n  engine             = "aurora-mysql"\n}\n',
      errors: [
        { messageId: 'cluster', range: [1, 10, 1, 27], text: '"aws_rds_cluster"', output: 'resource "aws_rds_cluster" "test" {\n  cluster_identifier = "aurora-cluster-demo"\n  engine             = "aurora-mysql"\n  storage_encrypted  = true\n}\n' },
      ],
    },
    {
      name: 'Aurora cluster explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "test" {\n  engine            = "aurora-mysql"\n  storage_encrypted = false\n}\n',
      errors: [
        { messageId: 'cluster', range: [3, 23, 3, 28], text: 'false', output: 'resource "aws_rds_cluster" "test" {\n  engine            = "aurora-mysql"\n  storage_encrypted = true\n}\n' },
      ],
    },
    {
      name: 'empty one-line cluster block',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "c" {}\n',
      errors: [
        { messageId: 'cluster', range: [1, 10, 1, 27], text: '"aws_rds_cluster"', output: 'resource "aws_rds_cluster" "c" {\n  storage_encrypted = true\n}\n' },
      ],
    },
    {
      name: 'provisioned cluster: only serverless v1 is always encrypted',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "c" {\n  engine_mode        = "provisioned"\n  engine             = "aurora-postgresql"\n  storage_encrypted  = false\n}\n',
      errors: [
        { messageId: 'cluster', range: [4, 24, 4, 29], text: 'false', output: 'resource "aws_rds_cluster" "c" {\n  engine_mode        = "provisioned"\n  engine             = "aurora-postgresql"\n  storage_encrypted  = true\n}\n' },
      ],
    },
    {
      name: 'only the instances that do not inherit',
      format: 'terraform',
      code: 'resource "aws_db_instance" "a" {\n  engine = "mysql"\n}\n\nresource "aws_db_instance" "b" {\n  replicate_source_db = aws_db_instance.a.identifier\n}\n\nresource "aws_db_instance" "c" {\n  engine = "mysql"\n}\n',
      errors: [
        { messageId: 'instance', range: [1, 10, 1, 27], text: '"aws_db_instance"' },
        { messageId: 'instance', range: [9, 10, 9, 27], text: '"aws_db_instance"' },
      ],
    },
    {
      name: 'YAML instance without an encryption setting (Checkov MyDB0)',
      format: 'yaml',
      code: 'Resources:\n  MyDB0:\n    Type: \'AWS::RDS::DBInstance\'\n    Properties:\n      DBInstanceClass: \'db.t3.micro\'\n      Engine: \'mysql\'\n',
      errors: [
        { messageId: 'instance', range: [3, 11, 3, 33], text: '\'AWS::RDS::DBInstance\'', output: 'Resources:\n  MyDB0:\n    Type: \'AWS::RDS::DBInstance\'\n    Properties:\n      DBInstanceClass: \'db.t3.micro\'\n      Engine: \'mysql\'\n      StorageEncrypted: true\n' },
      ],
    },
    {
      name: 'YAML string "false"',
      format: 'yaml',
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageEncrypted: "false"\n',
      errors: [
        { messageId: 'instance', range: [6, 25, 6, 32], text: '"false"', output: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      StorageEncrypted: true\n' },
      ],
    },
    {
      name: 'YAML Aurora cluster without an encryption setting (Checkov Aurora0)',
      format: 'yaml',
      code: 'Resources:\n  Aurora0:\n    Type: \'AWS::RDS::DBCluster\'\n    Properties:\n      DatabaseName: \'mydb\'\n      Engine: \'aurora\'\n',
      errors: [
        { messageId: 'cluster', range: [3, 11, 3, 32], text: '\'AWS::RDS::DBCluster\'', output: 'Resources:\n  Aurora0:\n    Type: \'AWS::RDS::DBCluster\'\n    Properties:\n      DatabaseName: \'mydb\'\n      Engine: \'aurora\'\n      StorageEncrypted: true\n' },
      ],
    },
    {
      name: 'YAML cluster without Properties',
      format: 'yaml',
      code: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n',
      errors: [
        { messageId: 'cluster', range: [3, 11, 3, 30], text: 'AWS::RDS::DBCluster', output: 'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      StorageEncrypted: true\n' },
      ],
    },
    {
      name: 'JSON cluster explicitly unencrypted',
      format: 'json',
      code: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": {\n        "Engine": "aurora-mysql",\n        "StorageEncrypted": false\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'cluster', range: [7, 29, 7, 34], text: 'false', output: '{\n  "Resources": {\n    "Cluster": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": {\n        "Engine": "aurora-mysql",\n        "StorageEncrypted": true\n      }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'JSON instance without an encryption setting',
      format: 'json',
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'instance', range: [4, 15, 4, 37], text: '"AWS::RDS::DBInstance"', output: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": {\n        "Engine": "mysql",\n        "StorageEncrypted": true\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
