import rule from '.';
import { ruleTester } from '../../rule-tester';

const role = (statement: string) => `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`;
const yamlRole = (statement: string) => `Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n${statement}`;

ruleTester(rule, {
  valid: [
    { name: 'a service principal', format: 'terraform', code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }') },
    { name: 'anyone, restricted to the organization', format: 'terraform', code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" }, Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc" } } }') },
    { name: 'anyone denied', format: 'terraform', code: role('{ Effect = "Deny", Action = "sts:AssumeRole", Principal = "*" }') },
    { name: 'principal from a variable is unknown', format: 'terraform', code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = var.trusted } }') },
    {
      name: 'data source trusting a named account',
      format: 'terraform',
      code: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::123456789012:root"]\n    }\n  }\n}\n\nresource "aws_iam_role" "r" {\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n}\n',
    },
    { name: 'YAML service principal', format: 'yaml', code: yamlRole('          - Effect: Allow\n            Principal: { Service: lambda.amazonaws.com }\n            Action: sts:AssumeRole\n') },
  ],
  invalid: [
    {
      name: 'AWS principal "*" in jsonencode',
      format: 'terraform',
      code: role('{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }'),
      errors: [{ messageId: 'anyone', severity: 'critical', range: [5, 85, 5, 88], text: '"*"' }],
    },
    {
      name: 'Principal "*" in a heredoc',
      format: 'terraform',
      code: 'resource "aws_iam_role" "r" {\n  assume_role_policy = <<EOF\n{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": "*"}]}\nEOF\n}\n',
      errors: [{ messageId: 'anyone', range: [3, 77, 3, 80], text: '"*"' }],
    },
    {
      name: 'data source principals of type "*"',
      format: 'terraform',
      code: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n\nresource "aws_iam_role" "r" {\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n}\n',
      errors: [{ messageId: 'anyone', range: [6, 22, 6, 25], text: '"*"' }],
    },
    {
      name: 'YAML AWS principal list containing "*"',
      format: 'yaml',
      code: yamlRole('          - Effect: Allow\n            Principal:\n              AWS: ["arn:aws:iam::123456789012:root", "*"]\n            Action: sts:AssumeRole\n'),
      errors: [{ messageId: 'anyone', range: [9, 55, 9, 58], text: '"*"' }],
    },
    {
      name: 'JSON Principal "*"',
      format: 'json',
      code: '{\n  "Resources": {\n    "R": {\n      "Type": "AWS::IAM::Role",\n      "Properties": {\n        "AssumeRolePolicyDocument": { "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole" }] }\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'anyone', range: [6, 87, 6, 90], text: '"*"' }],
    },
  ],
});
