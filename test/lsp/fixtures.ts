/** Fixture texts for the protocol tests. Every resource carries tags so that only the intended rules fire. */

export const terraform = `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 40

  tags = {
    Name = "data"
  }
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "web"
  }
}
`;

/** The same module with an SSH ingress typed into the security group. */
export const terraformWithSsh = terraform.replace(
  `  tags = {
    Name = "web"
  }`,
  `  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Name = "web"
  }`,
);

export const cloudFormationYaml = `AWSTemplateFormatVersion: "2010-09-09"
Description: An unencrypted volume
Resources:
  DataVolume:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 40
      Tags:
        - Key: Name
          Value: data
`;

export const cloudFormationJson = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "DataVolume": {
      "Type": "AWS::EC2::Volume",
      "Properties": {
        "AvailabilityZone": "eu-west-1a",
        "Size": 40,
        "Tags": [{ "Key": "Name", "Value": "data" }]
      }
    }
  }
}
`;

export const githubWorkflow = `name: ci
on:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

export const halfTyped = `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size = 
`;
