import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'flow log joined by vpc_id (Checkov ok_vpc)', format: 'terraform', code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id          = aws_vpc.main.id\n  traffic_type    = "ALL"\n  log_destination = aws_s3_bucket.flow.arn\n}\n' },
    { name: 'flow log joined by resource_id (older provider versions)', format: 'terraform', code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  resource_id  = aws_vpc.main.id\n  traffic_type = "ALL"\n}\n' },
    { name: 'a flow log whose vpc_id cannot be joined may be this VPC\'s', format: 'terraform', code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id       = var.vpc_id\n  traffic_type = "ALL"\n}\n' },
    { name: 'a module given the VPC may create its flow log', format: 'terraform', code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nmodule "flow_logs" {\n  source = "./modules/flow-logs"\n  vpc_id = aws_vpc.main.id\n}\n' },
    { name: 'a module given the VPC through a local', format: 'terraform', code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nlocals {\n  vpc_id = aws_vpc.main.id\n}\n\nmodule "flow_logs" {\n  source = "./modules/flow-logs"\n  vpc_id = local.vpc_id\n}\n' },
    { name: 'a VPC with count = 0 does not exist', format: 'terraform', code: 'resource "aws_vpc" "main" {\n  count      = 0\n  cidr_block = "10.0.0.0/16"\n}\n' },
    { name: 'YAML flow log by Ref', format: 'yaml', code: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  FlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref Vpc\n      ResourceType: VPC\n      TrafficType: ALL\n      LogDestinationType: s3\n      LogDestination: !GetAtt FlowBucket.Arn\n' },
    { name: 'YAML nested stack given the VPC', format: 'yaml', code: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Logging:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/flow-logs.yaml\n      Parameters:\n        VpcId: !Ref Vpc\n' },
    { name: 'JSON flow log by GetAtt', format: 'json', code: '{\n  "Resources": {\n    "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.0.0.0/16" } },\n    "FlowLog": {\n      "Type": "AWS::EC2::FlowLog",\n      "Properties": { "ResourceId": { "Fn::GetAtt": ["Vpc", "VpcId"] }, "ResourceType": "VPC", "TrafficType": "ALL" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'VPC without a flow log',
      format: 'terraform',
      code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      errors: [
        { messageId: 'no-flow-log', severity: 'medium', range: [1, 10, 1, 19], text: '"aws_vpc"', output: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::FLOW_LOG_BUCKET"\n}\n' },
      ],
    },
    {
      name: 'a flow log of another VPC (Checkov not_ok_vpc); the new one gets a free name',
      format: 'terraform',
      code: 'resource "aws_flow_log" "main" {\n  vpc_id       = aws_vpc.other.id\n  traffic_type = "ALL"\n}\n\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      errors: [
        { messageId: 'no-flow-log', severity: 'medium', range: [6, 10, 6, 19], text: '"aws_vpc"', output: 'resource "aws_flow_log" "main" {\n  vpc_id       = aws_vpc.other.id\n  traffic_type = "ALL"\n}\n\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main_2" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::FLOW_LOG_BUCKET"\n}\n' },
      ],
    },
    {
      name: 'a flow log of a subnet does not cover the VPC',
      format: 'terraform',
      code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "subnet" {\n  subnet_id    = aws_subnet.a.id\n  traffic_type = "ALL"\n}\n',
      errors: [
        { messageId: 'no-flow-log', severity: 'medium', range: [1, 10, 1, 19], text: '"aws_vpc"', output: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::FLOW_LOG_BUCKET"\n}\n\nresource "aws_flow_log" "subnet" {\n  subnet_id    = aws_subnet.a.id\n  traffic_type = "ALL"\n}\n' },
      ],
    },
    {
      name: 'a module given another VPC',
      format: 'terraform',
      code: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nmodule "flow_logs" {\n  source = "./modules/flow-logs"\n  vpc_id = aws_vpc.main_2.id\n}\n',
      errors: [
        { messageId: 'no-flow-log', severity: 'medium', range: [1, 10, 1, 19], text: '"aws_vpc"', output: 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = "arn:aws:s3:::FLOW_LOG_BUCKET"\n}\n\nmodule "flow_logs" {\n  source = "./modules/flow-logs"\n  vpc_id = aws_vpc.main_2.id\n}\n' },
      ],
    },
    {
      name: 'YAML VPC without a flow log',
      format: 'yaml',
      code: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  FlowLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceId: !Ref OtherVpcId\n      ResourceType: VPC\n      TrafficType: ALL\n',
      errors: [
        { messageId: 'no-flow-log', severity: 'medium', range: [3, 11, 3, 24], text: 'AWS::EC2::VPC' },
      ],
    },
    {
      name: 'JSON VPC without a flow log',
      format: 'json',
      code: '{\n  "Resources": {\n    "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": "10.0.0.0/16" } }\n  }\n}\n',
      errors: [
        { messageId: 'no-flow-log', severity: 'medium', range: [3, 22, 3, 37], text: '"AWS::EC2::VPC"' },
      ],
    },
  ],
});
