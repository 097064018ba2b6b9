import rule from '.';
import { ruleTester } from '../../rule-tester';

const instance = (line: string) => `resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n${line}}\n`;

ruleTester(rule, {
  valid: [
    { name: 'instance without a public address', format: 'terraform', code: instance('  associate_public_ip_address = false\n') },
    { name: 'instance leaving it to the subnet', format: 'terraform', code: instance('') },
    { name: 'unknown setting', format: 'terraform', code: instance('  associate_public_ip_address = var.public\n') },
    { name: 'private subnet', format: 'terraform', code: 'resource "aws_subnet" "app" {\n  vpc_id     = aws_vpc.main.id\n  cidr_block = "10.0.1.0/24"\n}\n' },
    { name: 'YAML private subnet', format: 'yaml', code: 'Resources:\n  App:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.1.0/24\n      MapPublicIpOnLaunch: false\n' },
  ],
  invalid: [
    {
      name: 'instance with a public address',
      format: 'terraform',
      code: instance('  associate_public_ip_address = true\n'),
      errors: [{ messageId: 'instance', severity: 'low', range: [4, 33, 4, 37], text: 'true', output: instance('  associate_public_ip_address = false\n') }],
    },
    {
      name: 'launch template interface (string boolean)',
      format: 'terraform',
      code: 'resource "aws_launch_template" "web" {\n  name = "web"\n\n  network_interfaces {\n    associate_public_ip_address = "true"\n  }\n}\n',
      errors: [{ messageId: 'instance', range: [5, 35, 5, 41], text: '"true"', output: 'resource "aws_launch_template" "web" {\n  name = "web"\n\n  network_interfaces {\n    associate_public_ip_address = false\n  }\n}\n' }],
    },
    {
      name: 'public subnet',
      format: 'terraform',
      code: 'resource "aws_subnet" "public" {\n  vpc_id                  = aws_vpc.main.id\n  cidr_block              = "10.0.0.0/24"\n  map_public_ip_on_launch = true\n}\n',
      errors: [{ messageId: 'subnet', severity: 'medium', range: [4, 29, 4, 33], text: 'true' }],
    },
    {
      name: 'YAML launch template interface',
      format: 'yaml',
      code: 'Resources:\n  Web:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            AssociatePublicIpAddress: true\n',
      errors: [{ messageId: 'instance', range: [8, 39, 8, 43], text: 'true', output: 'Resources:\n  Web:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        NetworkInterfaces:\n          - DeviceIndex: 0\n            AssociatePublicIpAddress: false\n' }],
    },
    {
      name: 'JSON public subnet',
      format: 'json',
      code: '{\n  "Resources": {\n    "Public": {\n      "Type": "AWS::EC2::Subnet",\n      "Properties": { "VpcId": "vpc-1", "CidrBlock": "10.0.0.0/24", "MapPublicIpOnLaunch": true }\n    }\n  }\n}\n',
      errors: [{ messageId: 'subnet', severity: 'medium', range: [5, 92, 5, 96], text: 'true' }],
    },
  ],
});
