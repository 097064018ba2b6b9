import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'encrypted volume', format: 'terraform', code: 'resource "aws_ebs_volume" "a" {\n  size      = 10\n  encrypted = true\n}\n' },
    { name: 'value from a variable is unknown', format: 'terraform', code: 'resource "aws_ebs_volume" "a" {\n  encrypted = var.encrypt\n}\n' },
    { name: 'restored from a snapshot inherits its encryption', format: 'terraform', code: 'resource "aws_ebs_volume" "a" {\n  snapshot_id = "snap-0123"\n}\n' },
    {
      name: 'account-level encryption by default',
      format: 'terraform',
      code: 'resource "aws_ebs_encryption_by_default" "on" {}\n\nresource "aws_ebs_volume" "a" {\n  size = 10\n}\n\nresource "aws_instance" "i" {\n  ami = "ami-1"\n}\n',
    },
    { name: 'instance with encrypted root and data devices', format: 'terraform', code: 'resource "aws_instance" "i" {\n  root_block_device {\n    encrypted = true\n  }\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    encrypted   = true\n  }\n}\n' },
    { name: 'YAML encrypted volume (string boolean)', format: 'yaml', code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: "true"\n' },
    { name: 'YAML encryption from a parameter is unknown', format: 'yaml', code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: !Ref Encrypt\n' },
    { name: 'YAML ephemeral device', format: 'yaml', code: 'Resources:\n  C:\n    Type: AWS::AutoScaling::LaunchConfiguration\n    Properties:\n      BlockDeviceMappings:\n        - DeviceName: /dev/sdc\n          VirtualName: ephemeral0\n' },
    { name: 'JSON encrypted volume', format: 'json', code: '{\n  "Resources": {\n    "V": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "Encrypted": true }\n    }\n  }\n}\n' },
    { name: 'launch template with an encrypted device (string boolean)', format: 'terraform', code: 'resource "aws_launch_template" "t" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "true"\n    }\n  }\n}\n' },
    { name: 'launch template without mappings: volumes come from the AMI', format: 'terraform', code: 'resource "aws_launch_template" "t" {\n  image_id = "ami-1"\n}\n' },
    { name: 'launch template device restored from a snapshot', format: 'terraform', code: 'resource "aws_launch_template" "t" {\n  block_device_mappings {\n    device_name = "/dev/sdf"\n    ebs {\n      snapshot_id = "snap-1"\n    }\n  }\n}\n' },
    { name: 'YAML launch template with an encrypted device', format: 'yaml', code: 'Resources:\n  T:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        BlockDeviceMappings:\n          - DeviceName: /dev/xvda\n            Ebs:\n              Encrypted: true\n' },
    { name: 'YAML launch template data from a parameter is unknown', format: 'yaml', code: 'Resources:\n  T:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData: !Ref Data\n' },
  ],
  invalid: [
    {
      name: 'volume without encryption',
      format: 'terraform',
      code: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 40\n}\n',
      errors: [
        {
          messageId: 'volume',
          range: [1, 10, 1, 26],
          text: '"aws_ebs_volume"',
          output: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 40\n  encrypted         = true\n}\n',
        },
      ],
    },
    {
      name: 'volume explicitly unencrypted',
      format: 'terraform',
      code: 'resource "aws_ebs_volume" "data" {\n  size      = 40\n  encrypted = false\n}\n',
      errors: [{ messageId: 'volume', range: [3, 15, 3, 20], text: 'false', output: 'resource "aws_ebs_volume" "data" {\n  size      = 40\n  encrypted = true\n}\n' }],
    },
    {
      name: 'empty one-line volume block',
      format: 'terraform',
      code: 'resource "aws_ebs_volume" "data" {}\n',
      errors: [{ messageId: 'volume', range: [1, 10, 1, 26], text: '"aws_ebs_volume"', output: 'resource "aws_ebs_volume" "data" {\n  encrypted = true\n}\n' }],
    },
    {
      name: 'instance without a root volume setting',
      format: 'terraform',
      code: 'resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n',
      errors: [
        {
          messageId: 'root',
          severity: 'medium',
          range: [1, 10, 1, 24],
          text: '"aws_instance"',
          output: 'resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n\n  root_block_device {\n    encrypted = true\n  }\n}\n',
        },
      ],
    },
    {
      name: 'instance root and data devices unencrypted',
      format: 'terraform',
      code: 'resource "aws_instance" "web" {\n  root_block_device {\n    volume_size = 20\n  }\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    encrypted   = false\n  }\n}\n',
      errors: [
        { messageId: 'device', range: [2, 3, 2, 20], text: 'root_block_device', output: 'resource "aws_instance" "web" {\n  root_block_device {\n    volume_size = 20\n    encrypted   = true\n  }\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    encrypted   = false\n  }\n}\n' },
        { messageId: 'device', range: [7, 19, 7, 24], text: 'false' },
      ],
    },
    {
      name: 'YAML volume without encryption',
      format: 'yaml',
      code: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 40\n      AvailabilityZone: eu-west-1a\n',
      errors: [
        {
          messageId: 'volume',
          range: [3, 11, 3, 27],
          text: 'AWS::EC2::Volume',
          output: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 40\n      AvailabilityZone: eu-west-1a\n      Encrypted: true\n',
        },
      ],
    },
    {
      name: 'YAML volume without Properties',
      format: 'yaml',
      code: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n',
      errors: [{ messageId: 'volume', range: [3, 11, 3, 27], text: 'AWS::EC2::Volume', output: 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: true\n' }],
    },
    {
      name: 'YAML instance with an unencrypted device',
      format: 'yaml',
      code: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n            VolumeSize: 20\n',
      errors: [{ messageId: 'device', range: [7, 11, 7, 14], text: 'Ebs', output: 'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs:\n            VolumeSize: 20\n            Encrypted: true\n' }],
    },
    {
      name: 'JSON volume explicitly unencrypted',
      format: 'json',
      code: '{\n  "Resources": {\n    "V": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": {\n        "Encrypted": false\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'volume', range: [6, 22, 6, 27], text: 'false', output: '{\n  "Resources": {\n    "V": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": {\n        "Encrypted": true\n      }\n    }\n  }\n}\n' }],
    },
    {
      name: 'launch template device without encryption',
      format: 'terraform',
      code: 'resource "aws_launch_template" "web" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      volume_size = 20\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'device',
          range: [4, 5, 4, 8],
          text: 'ebs',
          output: 'resource "aws_launch_template" "web" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      volume_size = 20\n      encrypted   = true\n    }\n  }\n}\n',
        },
      ],
    },
    {
      name: 'launch template device explicitly unencrypted (string)',
      format: 'terraform',
      code: 'resource "aws_launch_template" "web" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = "false"\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'device',
          range: [5, 19, 5, 26],
          text: '"false"',
          output: 'resource "aws_launch_template" "web" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = true\n    }\n  }\n}\n',
        },
      ],
    },
    {
      name: 'YAML launch template device explicitly unencrypted',
      format: 'yaml',
      code: 'Resources:\n  Web:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        BlockDeviceMappings:\n          - DeviceName: /dev/xvda\n            Ebs:\n              Encrypted: false\n',
      errors: [
        {
          messageId: 'device',
          range: [9, 26, 9, 31],
          text: 'false',
          output: 'Resources:\n  Web:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData:\n        BlockDeviceMappings:\n          - DeviceName: /dev/xvda\n            Ebs:\n              Encrypted: true\n',
        },
      ],
    },
    {
      name: 'JSON launch template device without encryption',
      format: 'json',
      code: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::LaunchTemplate",\n      "Properties": {\n        "LaunchTemplateData": {\n          "BlockDeviceMappings": [{ "DeviceName": "/dev/xvda", "Ebs": { "VolumeSize": 20 } }]\n        }\n      }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'device',
          range: [7, 64, 7, 69],
          text: '"Ebs"',
          output: '{\n  "Resources": {\n    "Web": {\n      "Type": "AWS::EC2::LaunchTemplate",\n      "Properties": {\n        "LaunchTemplateData": {\n          "BlockDeviceMappings": [{ "DeviceName": "/dev/xvda", "Ebs": { "VolumeSize": 20, "Encrypted": true } }]\n        }\n      }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
