import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'instance requires tokens', format: 'terraform', code: 'resource "aws_instance" "web" {\n  ami = "ami-123"\n\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n' },
    { name: 'endpoint disabled (Checkov disabled)', format: 'terraform', code: 'resource "aws_instance" "web" {\n  metadata_options {\n    http_endpoint = "disabled"\n  }\n}\n' },
    { name: 'tokens from a variable are unknown', format: 'terraform', code: 'resource "aws_launch_template" "lt" {\n  metadata_options {\n    http_tokens = var.tokens\n  }\n}\n' },
    { name: 'launch configuration requires tokens', format: 'terraform', code: 'resource "aws_launch_configuration" "lc" {\n  image_id      = "ami-123"\n  instance_type = "t3.micro"\n\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}\n' },
    { name: 'account default requires tokens', format: 'terraform', code: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "required"\n}\n\nresource "aws_instance" "web" {\n  ami = "ami-123"\n}\n\nresource "aws_launch_template" "lt" {\n  metadata_options {\n    http_endpoint = "enabled"\n  }\n}\n' },
    { name: 'instance launched from a template takes its options', format: 'terraform', code: 'resource "aws_instance" "web" {\n  launch_template {\n    id = aws_launch_template.lt.id\n  }\n}\n' },
    { name: 'YAML launch template requires tokens (Checkov PASSED)', format: 'yaml', code: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: required\n' },
    { name: 'YAML instance with the endpoint disabled', format: 'yaml', code: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-123\n      MetadataOptions:\n        HttpEndpoint: disabled\n' },
    { name: 'YAML instance launched from a template', format: 'yaml', code: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      LaunchTemplate:\n        LaunchTemplateId: !Ref Template\n        Version: !GetAtt Template.LatestVersionNumber\n' },
    { name: 'YAML launch template data from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData: !Ref Data\n' },
    { name: 'JSON launch configuration requires tokens', format: 'json', code: '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::AutoScaling::LaunchConfiguration",\n      "Properties": { "ImageId": "ami-123", "MetadataOptions": { "HttpTokens": "required" } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'instance without metadata options',
      format: 'terraform',
      code: 'resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [1, 10, 1, 24], text: '"aws_instance"', output: 'resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n' },
      ],
    },
    {
      name: 'empty metadata options (Checkov defaults)',
      format: 'terraform',
      code: 'resource "aws_instance" "web" {\n  metadata_options {\n  }\n}\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [2, 3, 2, 19], text: 'metadata_options', output: 'resource "aws_instance" "web" {\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n' },
      ],
    },
    {
      name: 'tokens optional (Checkov optional_token)',
      format: 'terraform',
      code: 'resource "aws_instance" "web" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "optional"\n  }\n}\n',
      errors: [
        { messageId: 'optional', severity: 'high', range: [4, 21, 4, 31], text: '"optional"', output: 'resource "aws_instance" "web" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}\n' },
      ],
    },
    {
      name: 'launch template with the endpoint only (Checkov default_lt)',
      format: 'terraform',
      code: 'resource "aws_launch_template" "lt" {\n  metadata_options {\n    http_endpoint = "enabled"\n  }\n}\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [2, 3, 2, 19], text: 'metadata_options', output: 'resource "aws_launch_template" "lt" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}\n' },
      ],
    },
    {
      name: 'an explicit optional overrides the account default',
      format: 'terraform',
      code: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "required"\n}\n\nresource "aws_launch_configuration" "lc" {\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n',
      errors: [
        { messageId: 'optional', severity: 'high', range: [7, 19, 7, 29], text: '"optional"', output: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "required"\n}\n\nresource "aws_launch_configuration" "lc" {\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n' },
      ],
    },
    {
      name: 'an account default without a token requirement does not cover',
      format: 'terraform',
      code: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "no-preference"\n}\n\nresource "aws_instance" "web" {\n  ami = "ami-123"\n}\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [5, 10, 5, 24], text: '"aws_instance"', output: 'resource "aws_ec2_instance_metadata_defaults" "this" {\n  http_tokens = "no-preference"\n}\n\nresource "aws_instance" "web" {\n  ami = "ami-123"\n\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML launch template without metadata options (Checkov MetadataOptionsNone)',
      format: 'yaml',
      code: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        ImageId: ami-123\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [3, 11, 3, 35], text: 'AWS::EC2::LaunchTemplate', output: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        ImageId: ami-123\n        MetadataOptions:\n          HttpTokens: required\n' },
      ],
    },
    {
      name: 'YAML launch template tokens optional',
      format: 'yaml',
      code: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: optional\n',
      errors: [
        { messageId: 'optional', severity: 'high', range: [7, 23, 7, 31], text: 'optional', output: 'Resources:\n  Template:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        MetadataOptions:\n          HttpTokens: required\n' },
      ],
    },
    {
      name: 'YAML instance without metadata options',
      format: 'yaml',
      code: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-123\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [3, 11, 3, 29], text: 'AWS::EC2::Instance', output: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-123\n      MetadataOptions:\n        HttpTokens: required\n' },
      ],
    },
    {
      name: 'JSON launch configuration with the endpoint only',
      format: 'json',
      code: '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::AutoScaling::LaunchConfiguration",\n      "Properties": {\n        "ImageId": "ami-123",\n        "MetadataOptions": {\n          "HttpEndpoint": "enabled"\n        }\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'unset', severity: 'medium', range: [7, 9, 7, 26], text: '"MetadataOptions"', output: '{\n  "Resources": {\n    "Config": {\n      "Type": "AWS::AutoScaling::LaunchConfiguration",\n      "Properties": {\n        "ImageId": "ami-123",\n        "MetadataOptions": {\n          "HttpEndpoint": "enabled",\n          "HttpTokens": "required"\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

