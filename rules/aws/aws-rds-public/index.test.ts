import rule from '.';
import { ruleTester } from '../../rule-tester';

const db = (line: string) => `resource "aws_db_instance" "main" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n${line}}\n`;

ruleTester(rule, {
  valid: [
    { name: 'not set (Terraform sends false)', format: 'terraform', code: db('') },
    { name: 'explicitly private', format: 'terraform', code: db('  publicly_accessible = false\n') },
    { name: 'from a variable is unknown', format: 'terraform', code: db('  publicly_accessible = var.public\n') },
    { name: 'YAML private', format: 'yaml', code: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      PubliclyAccessible: false\n' },
    { name: 'YAML absent with a subnet group', format: 'yaml', code: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      DBSubnetGroupName: !Ref Private\n' },
    { name: 'YAML from a parameter', format: 'yaml', code: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      PubliclyAccessible: !Ref Public\n' },
  ],
  invalid: [
    {
      name: 'public instance',
      format: 'terraform',
      code: db('  publicly_accessible = true\n'),
      errors: [{ messageId: 'public', severity: 'high', range: [4, 25, 4, 29], text: 'true', output: db('  publicly_accessible = false\n') }],
    },
    {
      name: 'public Aurora cluster instance',
      format: 'terraform',
      code: 'resource "aws_rds_cluster_instance" "a" {\n  cluster_identifier  = aws_rds_cluster.main.id\n  instance_class      = "db.r6g.large"\n  publicly_accessible = true\n}\n',
      errors: [{ messageId: 'public', range: [4, 25, 4, 29], text: 'true' }],
    },
    {
      name: 'YAML public instance (string boolean)',
      format: 'yaml',
      code: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      PubliclyAccessible: "true"\n',
      errors: [{ messageId: 'public', range: [6, 27, 6, 33], text: '"true"', output: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      PubliclyAccessible: false\n' }],
    },
    {
      name: 'YAML without flag or subnet group: the default VPC decides (info)',
      format: 'yaml',
      code: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n',
      errors: [{ messageId: 'default-vpc', severity: 'info', range: [3, 11, 3, 31], text: 'AWS::RDS::DBInstance', output: 'Resources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.micro\n      PubliclyAccessible: false\n' }],
    },
    {
      name: 'JSON public instance',
      format: 'json',
      code: '{\n  "Resources": {\n    "DB": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "DBInstanceClass": "db.t3.micro", "PubliclyAccessible": true }\n    }\n  }\n}\n',
      errors: [{ messageId: 'public', range: [5, 79, 5, 83], text: 'true', output: '{\n  "Resources": {\n    "DB": {\n      "Type": "AWS::RDS::DBInstance",\n      "Properties": { "DBInstanceClass": "db.t3.micro", "PubliclyAccessible": false }\n    }\n  }\n}\n' }],
    },
  ],
});
