import rule from '.';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, ruleTester } from '../../rule-tester';

// AWS's documented example credentials (not real keys).
const keyId = 'AKIAIOSFODNN7EXAMPLE';
const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const provider = (body: string) => `provider "aws" {\n  region     = "eu-west-1"\n${body}}\n`;

ruleTester(rule, {
  valid: [
    { name: 'provider without credentials', format: 'terraform', code: provider('') },
    { name: 'provider credentials from variables are not written here', format: 'terraform', code: provider('  access_key = var.access_key\n  secret_key = var.secret_key\n') },
    { name: 'another provider is not AWS', format: 'terraform', code: 'provider "google" {\n  access_token = "ya29.x"\n}\n' },
    { name: 'user data without keys', format: 'terraform', code: 'resource "aws_instance" "web" {\n  ami       = "ami-1"\n  user_data = "#!/bin/sh\\necho hello"\n}\n' },
    {
      name: 'Lambda environment naming a secret in Secrets Manager',
      format: 'terraform',
      code: 'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  environment {\n    variables = {\n      SECRET_ARN = aws_secretsmanager_secret.key.arn\n      STAGE      = "prod"\n    }\n  }\n}\n',
    },
    { name: 'YAML Lambda environment without keys', format: 'yaml', code: 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          STAGE: prod\n' },
  ],
  invalid: [
    {
      name: 'keys in the provider block',
      format: 'terraform',
      code: provider(`  access_key = "${keyId}"\n  secret_key = "${secret}"\n`),
      errors: [
        { messageId: 'provider', severity: 'critical', range: [4, 16, 4, 58], text: `"${secret}"` },
        { messageId: 'provider', severity: 'high', range: [3, 16, 3, 38], text: `"${keyId}"` },
      ],
    },
    {
      name: 'aliased provider: the message names the alias, never the key',
      format: 'terraform',
      code: `provider "aws" {\n  alias      = "eu"\n  access_key = "${keyId}"\n}\n`,
      errors: [{ messageId: 'provider', range: [3, 16, 3, 38], text: `"${keyId}"`}],
    },
    {
      name: 'a secret key in EC2 user data',
      format: 'terraform',
      code: `resource "aws_instance" "web" {\n  ami       = "ami-1"\n  user_data = "export AWS_SECRET_ACCESS_KEY=${secret}"\n}\n`,
      errors: [{ messageId: 'embedded', severity: 'critical', range: [3, 15, 3, 86], text: `"export AWS_SECRET_ACCESS_KEY=${secret}"` }],
    },
    {
      name: 'an access key id in a Lambda environment variable',
      format: 'terraform',
      code: `resource "aws_lambda_function" "f" {\n  function_name = "f"\n  environment {\n    variables = {\n      KEY_ID = "${keyId}"\n    }\n  }\n}\n`,
      errors: [{ messageId: 'embedded', severity: 'high', range: [5, 16, 5, 38], text: `"${keyId}"` }],
    },
    {
      name: 'YAML: a secret key named as such in a Lambda environment',
      format: 'yaml',
      code: `Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          AWS_SECRET_ACCESS_KEY: ${secret}\n`,
      errors: [{ messageId: 'embedded', severity: 'critical', range: [7, 34, 7, 74], text: secret }],
    },
    {
      name: 'JSON: an access key id in launch template user data',
      format: 'json',
      code: `{\n  "Resources": {\n    "T": {\n      "Type": "AWS::EC2::LaunchTemplate",\n      "Properties": { "LaunchTemplateData": { "UserData": "key=${keyId}" } }\n    }\n  }\n}\n`,
      errors: [{ messageId: 'embedded', severity: 'high', range: [5, 59, 5, 85], text: `"key=${keyId}"` }],
    },
  ],
});

test('aws-hardcoded-credentials: the message names the provider alias and never repeats the key', () => {
  const [finding] = analyze(rule, 'terraform', `provider "aws" {\n  alias      = "eu"\n  access_key = "${keyId}"\n}\n`);
  assert.equal(finding.message.startsWith('The aws.eu provider has an access key id written in the code.'), true);
  assert.equal(finding.message.includes(keyId), false);
});
