import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';

const db = (line: string) => `resource "aws_db_instance" "main" {\n  engine   = "mysql"\n  username = "admin"\n${line}}\n`;
const yamlDb = (line: string) => `Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: fromdefault\nResources:\n  DB:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: admin\n${line}`;

ruleTester(rule, {
  valid: [
    { name: 'managed by RDS', format: 'terraform', code: db('  manage_master_user_password = true\n') },
    { name: 'from a variable', format: 'terraform', code: db('  password = var.db_password\n') },
    { name: 'from a secret', format: 'terraform', code: db('  password = data.aws_secretsmanager_secret_version.db.secret_string\n') },
    { name: 'interpolated string', format: 'terraform', code: db('  password = "${random_password.db.result}"\n') },
    { name: 'YAML Ref to a NoEcho parameter (even with a Default)', format: 'yaml', code: yamlDb('      MasterUserPassword: !Ref DbPassword\n') },
    { name: 'YAML dynamic reference to Secrets Manager', format: 'yaml', code: yamlDb("      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n") },
    { name: 'YAML managed password', format: 'yaml', code: yamlDb('      ManageMasterUserPassword: true\n') },
  ],
  invalid: [
    {
      name: 'literal password on an instance',
      format: 'terraform',
      code: db('  password = "hunter22"\n'),
      errors: [{ messageId: 'literal', severity: 'high', range: [4, 14, 4, 24], text: '"hunter22"' }],
    },
    {
      name: 'literal master password on an Aurora cluster',
      format: 'terraform',
      code: 'resource "aws_rds_cluster" "main" {\n  engine          = "aurora-postgresql"\n  master_username = "admin"\n  master_password = "hunter22"\n}\n',
      errors: [{ messageId: 'literal', range: [4, 21, 4, 31], text: '"hunter22"' }],
    },
    {
      name: 'YAML literal password',
      format: 'yaml',
      code: yamlDb("      MasterUserPassword: 'hunter22'\n"),
      errors: [{ messageId: 'literal', range: [11, 27, 11, 37], text: "'hunter22'" }],
    },
    {
      name: 'JSON literal password on a cluster',
      format: 'json',
      code: '{\n  "Resources": {\n    "C": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "Engine": "aurora-mysql", "MasterUsername": "admin", "MasterUserPassword": "hunter22" }\n    }\n  }\n}\n',
      errors: [{ messageId: 'literal', range: [5, 98, 5, 108], text: '"hunter22"' }],
    },
  ],
});

test('aws-db-plaintext-password never repeats the secret', () => {
  const [finding] = analyze(rule, 'terraform', db('  password = "hunter22"\n'));
  assert.ok(finding && !finding.message.includes('hunter22'));
});
