import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { resolveConfig } from '../../../server/src/config/types';
import { analyzeDocuments } from '../../../server/src/engine/analyze';
import { parseDocument } from '../../../server/src/engine/parse';
import { ruleTester } from '../../rule-tester';

const heredoc = (statement: string) => `resource "aws_iam_policy" "p" {\n  policy = <<POLICY\n{\n  "Statement": [\n    ${statement}\n  ]\n}\nPOLICY\n}\n`;
const encoded = (statement: string) => `resource "aws_iam_user_policy" "p" {\n  user = "bob"\n  policy = jsonencode({\n    Statement = [${statement}]\n  })\n}\n`;
const template = (statement: string) => `Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      PolicyDocument:\n        Statement:\n${statement}`;

ruleTester(rule, {
  valid: [
    { name: 'ec2:Describe* on every resource: EC2 documents that Describe actions support no resource-level permissions', format: 'terraform', code: encoded('{ Effect = "Allow", Action = ["ec2:Describe*", "ec2:DescribeInstances"], Resource = "*" }') },
    { name: 'named actions on named resources', format: 'terraform', code: heredoc('{ "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/*" }') },
    { name: 'a service wildcard on a named resource', format: 'terraform', code: heredoc('{ "Effect": "Allow", "Action": "ec2:*", "Resource": "arn:aws:ec2:*:*:instance/i-1" }') },
    { name: 'Deny with every action', format: 'terraform', code: heredoc('{ "Effect": "Deny", "Action": "*", "Resource": "*" }') },
    { name: 'only actions without resource-level permissions', format: 'terraform', code: encoded('{ Effect = "Allow", Action = ["s3:ListAllMyBuckets", "sts:GetCallerIdentity"], Resource = "*" }') },
    { name: 'resource "*" scoped by a condition', format: 'terraform', code: encoded('{ Effect = "Allow", Action = "ec2:TerminateInstances", Resource = "*", Condition = { StringEquals = { "aws:ResourceTag/team" = "web" } } }') },
    { name: 'actions from a variable are unknown', format: 'terraform', code: encoded('{ Effect = "Allow", Action = var.actions, Resource = "*" }') },
    { name: 'effect from a variable is unknown', format: 'terraform', code: encoded('{ Effect = var.effect, Action = "*", Resource = "*" }') },
    { name: 'policy from a variable is unknown', format: 'terraform', code: 'resource "aws_iam_policy" "p" {\n  policy = var.policy\n}\n' },
    { name: 'invalid JSON is not guessed', format: 'terraform', code: heredoc('{ "Effect": "Allow", "Action": ["*",], "Resource": "*" }') },
    {
      name: 'data source with named actions',
      format: 'terraform',
      code: 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = [aws_s3_bucket.b.arn]\n  }\n}\n\nresource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.d.json\n}\n',
    },
    { name: 'YAML statement under Fn::If is not known', format: 'yaml', code: 'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      PolicyDocument:\n        - Fn::If: [C, { Statement: [] }, { Statement: [] }]\n' },
    { name: 'YAML service wildcard on named bucket', format: 'yaml', code: template('          - Effect: Allow\n            Action: s3:*\n            Resource: arn:aws:s3:::b/*\n') },
  ],
  invalid: [
    {
      name: 'administrator access in a heredoc',
      format: 'terraform',
      code: heredoc('{ "Effect": "Allow", "Action": "*", "Resource": "*" }'),
      errors: [{ messageId: 'admin', severity: 'critical', range: [5, 36, 5, 39], text: '"*"' }],
    },
    {
      name: 'every action in a heredoc whose resource is interpolated',
      format: 'terraform',
      code: heredoc('{ "Effect": "Allow", "Action": ["*"], "Resource": "${aws_s3_bucket.b.arn}" }'),
      errors: [{ messageId: 'star-action', severity: 'high', range: [5, 37, 5, 40], text: '"*"' }],
    },
    {
      name: 'indented heredoc: the "*" is located despite the removed indentation',
      format: 'terraform',
      code: 'resource "aws_iam_policy" "p" {\n  policy = <<-EOT\n    {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}\n  EOT\n}\n',
      errors: [{ messageId: 'admin', severity: 'critical', range: [3, 50, 3, 53], text: '"*"' }],
    },
    {
      name: 'quoted JSON string: the escaped "*" is located',
      format: 'terraform',
      code: 'resource "aws_iam_policy" "p" {\n  policy = "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"arn:aws:s3:::b\\"}]}"\n}\n',
      errors: [{ messageId: 'star-action', severity: 'high', range: [2, 66, 2, 71], text: '\\"*\\"' }],
    },
    {
      name: 'every action in jsonencode with an unknown resource',
      format: 'terraform',
      code: encoded('{ Effect = "Allow", Action = ["s3:GetObject", "*"], Resource = aws_s3_bucket.b.arn }'),
      errors: [{ messageId: 'star-action', severity: 'high', range: [4, 64, 4, 67], text: '"*"' }],
    },
    {
      name: 'restrictable wildcard action on every resource (jsonencode, known)',
      format: 'terraform',
      code: encoded('{ Effect = "Allow", Action = ["s3:Get*"], Resource = "*" }'),
      errors: [{ messageId: 'star-resource', severity: 'medium', range: [4, 71, 4, 74], text: '"*"' }],
    },
    {
      name: 'data source statement (effect defaults to Allow)',
      format: 'terraform',
      code: 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\n\nresource "aws_iam_role_policy" "p" {\n  role   = "app"\n  policy = data.aws_iam_policy_document.d.json\n}\n',
      errors: [{ messageId: 'admin', severity: 'critical', range: [3, 18, 3, 21], text: '"*"' }],
    },
    {
      name: 'inline_policy block of a role',
      format: 'terraform',
      code: 'resource "aws_iam_role" "r" {\n  assume_role_policy = "{}"\n\n  inline_policy {\n    name   = "all"\n    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::b" }] })\n  }\n}\n',
      errors: [{ messageId: 'star-action', severity: 'high', range: [6, 69, 6, 72], text: '"*"' }],
    },
    {
      name: 'YAML role policy with administrator access',
      format: 'yaml',
      code: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: ec2.amazonaws.com }\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: all\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: "*"\n                Resource: "*"\n',
      errors: [{ messageId: 'admin', severity: 'critical', range: [15, 25, 15, 28], text: '"*"' }],
    },
    {
      name: 'YAML managed policy as a JSON string',
      format: 'yaml',
      code: 'Resources:\n  M:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: \'{"Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}\'\n',
      errors: [{ messageId: 'star-resource', severity: 'medium', range: [5, 23, 5, 104], text: '\'{"Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}\'' }],
    },
    {
      name: 'JSON policy with a restrictable action on every resource',
      format: 'json',
      code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::Policy",\n      "Properties": {\n        "PolicyName": "p",\n        "PolicyDocument": {\n          "Statement": [{ "Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "*" }]\n        }\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'star-resource', severity: 'medium', range: [8, 89, 8, 92], text: '"*"' }],
    },
  ],
});

test('aws-iam-wildcard: a data source in another file of the module is reported at the reference', () => {
  const config = resolveConfig({});
  const data = parseDocument('file:///m/data.tf', 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\n', config);
  const main = parseDocument('file:///m/main.tf', 'resource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.d.json\n}\n', config);
  const findings = analyzeDocuments([data, main], { config, rules: [rule] });
  assert.deepEqual(findings.get('file:///m/data.tf'), []);
  assert.deepEqual(
    findings.get('file:///m/main.tf')!.map((f) => [f.messageId, f.severity, main.text.slice(f.span.start, f.span.end)]),
    [['admin', 'critical', 'data.aws_iam_policy_document.d.json']],
  );
});
