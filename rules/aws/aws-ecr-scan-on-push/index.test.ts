import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'scan on push (Checkov test_success)', format: 'terraform', code: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n' },
    { name: 'scan on push from a variable is unknown', format: 'terraform', code: 'resource "aws_ecr_repository" "app" {\n  image_scanning_configuration {\n    scan_on_push = var.scan\n  }\n}\n' },
    { name: 'basic registry scanning on push for every repository', format: 'terraform', code: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "BASIC"\n\n  rule {\n    scan_frequency = "SCAN_ON_PUSH"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n}\n' },
    { name: 'enhanced continuous scanning for matching repositories', format: 'terraform', code: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "ENHANCED"\n\n  rule {\n    scan_frequency = "CONTINUOUS_SCAN"\n    repository_filter {\n      filter      = "prod-*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n}\n' },
    { name: 'a registry filter from a variable may match', format: 'terraform', code: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "BASIC"\n\n  rule {\n    scan_frequency = "SCAN_ON_PUSH"\n    repository_filter {\n      filter      = var.filter\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n}\n' },
    { name: 'YAML scan on push (string boolean, Checkov ImageScanTrueString)', format: 'yaml', code: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageScanningConfiguration:\n        ScanOnPush: "true"\n' },
    { name: 'YAML registry scanning covers every repository', format: 'yaml', code: 'Resources:\n  Scanning:\n    Type: AWS::ECR::RegistryScanningConfiguration\n    Properties:\n      ScanType: ENHANCED\n      Rules:\n        - ScanFrequency: SCAN_ON_PUSH\n          RepositoryFilters:\n            - Filter: "*"\n              FilterType: WILDCARD\n  Repo:\n    Type: AWS::ECR::Repository\n' },
    { name: 'JSON scan on push', format: 'json', code: '{\n  "Resources": {\n    "Repo": {\n      "Type": "AWS::ECR::Repository",\n      "Properties": { "ImageScanningConfiguration": { "ScanOnPush": true } }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'no scanning configuration (Checkov test_failure)',
      format: 'terraform',
      code: 'resource "aws_ecr_repository" "app" {\n  name                 = "app"\n  image_tag_mutability = "MUTABLE"\n}\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [1, 10, 1, 30], text: '"aws_ecr_repository"', output: 'resource "aws_ecr_repository" "app" {\n  name                 = "app"\n  image_tag_mutability = "MUTABLE"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n' },
      ],
    },
    {
      name: 'scan on push off',
      format: 'terraform',
      code: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n\n  image_scanning_configuration {\n    scan_on_push = false\n  }\n}\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [5, 20, 5, 25], text: 'false', output: 'resource "aws_ecr_repository" "app" {\n  name = "app"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n' },
      ],
    },
    {
      name: 'registry rules that do not match the repository',
      format: 'terraform',
      code: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "BASIC"\n\n  rule {\n    scan_frequency = "SCAN_ON_PUSH"\n    repository_filter {\n      filter      = "dev-*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n}\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [13, 10, 13, 30], text: '"aws_ecr_repository"', output: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "BASIC"\n\n  rule {\n    scan_frequency = "SCAN_ON_PUSH"\n    repository_filter {\n      filter      = "dev-*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n' },
      ],
    },
    {
      name: 'basic registry scanning that is manual only',
      format: 'terraform',
      code: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "BASIC"\n\n  rule {\n    scan_frequency = "MANUAL"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n}\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [13, 10, 13, 30], text: '"aws_ecr_repository"', output: 'resource "aws_ecr_registry_scanning_configuration" "this" {\n  scan_type = "BASIC"\n\n  rule {\n    scan_frequency = "MANUAL"\n    repository_filter {\n      filter      = "*"\n      filter_type = "WILDCARD"\n    }\n  }\n}\n\nresource "aws_ecr_repository" "app" {\n  name = "prod-app"\n\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML scan on push "false" (Checkov ImageScanFalseString)',
      format: 'yaml',
      code: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: app\n      ImageScanningConfiguration:\n        ScanOnPush: "false"\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [7, 21, 7, 28], text: '"false"', output: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: app\n      ImageScanningConfiguration:\n        ScanOnPush: true\n' },
      ],
    },
    {
      name: 'YAML no scanning configuration (Checkov ImageScanNotSet)',
      format: 'yaml',
      code: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: app\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [3, 11, 3, 31], text: 'AWS::ECR::Repository', output: 'Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: app\n      ImageScanningConfiguration:\n        ScanOnPush: true\n' },
      ],
    },
    {
      name: 'JSON scanning configuration without the flag',
      format: 'json',
      code: '{\n  "Resources": {\n    "Repo": {\n      "Type": "AWS::ECR::Repository",\n      "Properties": {\n        "ImageScanningConfiguration": {}\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'repository', severity: 'medium', range: [4, 15, 4, 37], text: '"AWS::ECR::Repository"', output: '{\n  "Resources": {\n    "Repo": {\n      "Type": "AWS::ECR::Repository",\n      "Properties": {\n        "ImageScanningConfiguration": {\n          "ScanOnPush": true\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

