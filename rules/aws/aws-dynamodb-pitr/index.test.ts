import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'PITR enabled', format: 'terraform', code: 'resource "aws_dynamodb_table" "t" {\n  name     = "orders"\n  hash_key = "id"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n' },
    { name: 'enabled from a variable is unknown', format: 'terraform', code: 'resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    enabled = var.pitr\n  }\n}\n' },
    { name: 'PITR in a dynamic block with unknown content', format: 'terraform', code: 'resource "aws_dynamodb_table" "t" {\n  dynamic "point_in_time_recovery" {\n    for_each = var.pitr\n    content {\n      enabled = point_in_time_recovery.value\n    }\n  }\n}\n' },
    { name: 'YAML PITR enabled (string boolean)', format: 'yaml', code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: "true"\n' },
    { name: 'table and replica with PITR', format: 'terraform', code: 'resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    enabled = true\n  }\n\n  replica {\n    region_name            = "eu-west-2"\n    point_in_time_recovery = true\n  }\n}\n' },
    { name: 'YAML global table replica with PITR (Checkov GlobalTable PASSED)', format: 'yaml', code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n      Replicas:\n        - Region: eu-west-2\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n' },
    { name: 'JSON PITR enabled', format: 'json', code: '{\n  "Resources": {\n    "Table": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": { "PointInTimeRecoverySpecification": { "PointInTimeRecoveryEnabled": true } }\n    }\n  }\n}\n' },
    { name: 'YAML specification from a parameter is unknown', format: 'yaml', code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      PointInTimeRecoverySpecification: !Ref Spec\n' },
  ],
  invalid: [
    {
      name: 'YAML Fn::If on an unknown condition: the branch that turns it off',
      format: 'yaml',
      code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      PointInTimeRecoverySpecification: !If [IsProd, {PointInTimeRecoveryEnabled: true}, {PointInTimeRecoveryEnabled: false}]\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [5, 119, 5, 124], text: 'false', output: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      PointInTimeRecoverySpecification: !If [IsProd, {PointInTimeRecoveryEnabled: true}, {PointInTimeRecoveryEnabled: true}]\n' },
      ],
    },
    {
      name: 'no PITR block (Checkov test_failure)',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "t" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n\n  attribute {\n    name = "id"\n    type = "S"\n  }\n}\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [1, 10, 1, 30], text: '"aws_dynamodb_table"', output: 'resource "aws_dynamodb_table" "t" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "id"\n\n  attribute {\n    name = "id"\n    type = "S"\n  }\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'PITR disabled',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "t" {\n  name = "orders"\n\n  point_in_time_recovery {\n    enabled = false\n  }\n}\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [5, 15, 5, 20], text: 'false', output: 'resource "aws_dynamodb_table" "t" {\n  name = "orders"\n\n  point_in_time_recovery {\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'PITR block without enabled',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "t" {\n  name = "orders"\n\n  point_in_time_recovery {\n    recovery_period_in_days = 7\n  }\n}\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [4, 3, 4, 25], text: 'point_in_time_recovery', output: 'resource "aws_dynamodb_table" "t" {\n  name = "orders"\n\n  point_in_time_recovery {\n    recovery_period_in_days = 7\n    enabled                 = true\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML PITR disabled (Checkov FAILED)',
      format: 'yaml',
      code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: False\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [7, 37, 7, 42], text: 'False', output: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n' },
      ],
    },
    {
      name: 'YAML no specification (Checkov FAILED-2)',
      format: 'yaml',
      code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [3, 11, 3, 31], text: 'AWS::DynamoDB::Table', output: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n' },
      ],
    },
    {
      name: 'YAML specification without the flag',
      format: 'yaml',
      code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      PointInTimeRecoverySpecification:\n        RecoveryPeriodInDays: 7\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [5, 7, 5, 39], text: 'PointInTimeRecoverySpecification', output: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      PointInTimeRecoverySpecification:\n        RecoveryPeriodInDays: 7\n        PointInTimeRecoveryEnabled: true\n' },
      ],
    },
    {
      name: 'replica without PITR',
      format: 'terraform',
      code: 'resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    enabled = true\n  }\n\n  replica {\n    region_name = "eu-west-2"\n  }\n}\n',
      errors: [
        { messageId: 'replica', severity: 'medium', range: [6, 3, 6, 10], text: 'replica', output: 'resource "aws_dynamodb_table" "t" {\n  point_in_time_recovery {\n    enabled = true\n  }\n\n  replica {\n    region_name = "eu-west-2"\n    point_in_time_recovery = true\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML global table replica without PITR (Checkov GlobalTable FAILED)',
      format: 'yaml',
      code: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n      Replicas:\n        - Region: eu-west-2\n        - Region: us-east-1\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: false\n',
      errors: [
        { messageId: 'replica', severity: 'medium', range: [6, 19, 6, 28], text: 'eu-west-2', output: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n      Replicas:\n        - Region: eu-west-2\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n        - Region: us-east-1\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: false\n' },
        { messageId: 'replica', severity: 'medium', range: [9, 41, 9, 46], text: 'false', output: 'Resources:\n  Table:\n    Type: AWS::DynamoDB::GlobalTable\n    Properties:\n      Replicas:\n        - Region: eu-west-2\n        - Region: us-east-1\n          PointInTimeRecoverySpecification:\n            PointInTimeRecoveryEnabled: true\n' },
      ],
    },
    {
      name: 'JSON no specification',
      format: 'json',
      code: '{\n  "Resources": {\n    "Table": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "TableName": "orders"\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'table', severity: 'medium', range: [4, 15, 4, 37], text: '"AWS::DynamoDB::Table"', output: '{\n  "Resources": {\n    "Table": {\n      "Type": "AWS::DynamoDB::Table",\n      "Properties": {\n        "TableName": "orders",\n        "PointInTimeRecoverySpecification": {\n          "PointInTimeRecoveryEnabled": true\n        }\n      }\n    }\n  }\n}\n' },
      ],
    },
  ],
});

