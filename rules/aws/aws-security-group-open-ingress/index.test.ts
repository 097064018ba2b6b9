import rule from '.';
import { ruleTester } from '../../rule-tester';

const sg = (ingress: string) => `resource "aws_security_group" "web" {\n  name = "web"\n\n  ingress {\n${ingress}  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'private network only', format: 'terraform', code: sg('    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n') },
    { name: 'self-referencing rule', format: 'terraform', code: sg('    from_port = 0\n    to_port   = 0\n    protocol  = "-1"\n    self      = true\n') },
    { name: 'CIDR from a variable is unknown', format: 'terraform', code: sg('    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = var.admin_cidrs\n') },
    { name: 'egress rule', format: 'terraform', code: 'resource "aws_security_group_rule" "out" {\n  type        = "egress"\n  from_port   = 0\n  to_port     = 0\n  protocol    = "-1"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n' },
    { name: 'unknown port', format: 'terraform', code: 'resource "aws_vpc_security_group_ingress_rule" "r" {\n  cidr_ipv4   = "0.0.0.0/0"\n  ip_protocol = "tcp"\n  from_port   = var.port\n  to_port     = var.port\n}\n' },
    { name: 'YAML private ingress', format: 'yaml', code: 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 10.0.0.0/16\n' },
    { name: 'JSON source security group', format: 'json', code: '{\n  "Resources": {\n    "I": {\n      "Type": "AWS::EC2::SecurityGroupIngress",\n      "Properties": { "GroupId": "sg-1", "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "SourceSecurityGroupId": "sg-2" }\n    }\n  }\n}\n' },
    { name: 'YAML CIDR from a parameter', format: 'yaml', code: 'Resources:\n  I:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: sg-1\n      IpProtocol: "-1"\n      CidrIp: !Ref AllowedCidr\n' },
  ],
  invalid: [
    {
      name: 'SSH open to the world (inline block)',
      format: 'terraform',
      code: sg('    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n'),
      errors: [
        {
          messageId: 'admin',
          severity: 'high',
          range: [8, 20, 8, 31],
          text: '"0.0.0.0/0"',
          output: sg('    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["203.0.113.0/24"]\n'),
        },
      ],
    },
    {
      name: 'all traffic over IPv4 and IPv6',
      format: 'terraform',
      code: sg('    from_port        = 0\n    to_port          = 0\n    protocol         = "-1"\n    cidr_blocks      = ["10.0.0.0/8", "0.0.0.0/0"]\n    ipv6_cidr_blocks = ["::/0"]\n'),
      errors: [
        { messageId: 'all', severity: 'critical', range: [8, 39, 8, 50], text: '"0.0.0.0/0"' },
        { messageId: 'all', severity: 'critical', range: [9, 25, 9, 31], text: '"::/0"', output: sg('    from_port        = 0\n    to_port          = 0\n    protocol         = "-1"\n    cidr_blocks      = ["10.0.0.0/8", "0.0.0.0/0"]\n    ipv6_cidr_blocks = ["2001:db8::/32"]\n') },
      ],
    },
    {
      name: 'port range containing RDP',
      format: 'terraform',
      code: 'resource "aws_security_group_rule" "r" {\n  type        = "ingress"\n  from_port   = 3000\n  to_port     = 4000\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
      errors: [{ messageId: 'admin', severity: 'high', range: [6, 18, 6, 29], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'HTTPS open (lower severity)',
      format: 'terraform',
      code: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n}\n',
      errors: [{ messageId: 'port', severity: 'low', range: [3, 23, 3, 34], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'standalone rule with protocol -1',
      format: 'terraform',
      code: 'resource "aws_vpc_security_group_ingress_rule" "any" {\n  cidr_ipv6   = "::/0"\n  ip_protocol = "-1"\n}\n',
      errors: [{ messageId: 'all', severity: 'critical', range: [2, 17, 2, 23], text: '"::/0"' }],
    },
    {
      name: 'ingress as a list attribute',
      format: 'terraform',
      code: 'resource "aws_security_group" "g" {\n  ingress = [{\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }]\n}\n',
      errors: [{ messageId: 'admin', range: [6, 20, 6, 31], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'YAML SSH open',
      format: 'yaml',
      code: 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n',
      errors: [
        {
          messageId: 'admin',
          severity: 'high',
          range: [10, 19, 10, 28],
          text: '0.0.0.0/0',
          output: 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 203.0.113.0/24\n',
        },
      ],
    },
    {
      name: 'YAML flow-style ingress, all protocols',
      format: 'yaml',
      code: 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n      SecurityGroupIngress: [{ IpProtocol: "-1", CidrIpv6: "::/0" }]\n',
      errors: [{ messageId: 'all', severity: 'critical', range: [6, 60, 6, 66], text: '"::/0"' }],
    },
    {
      name: 'JSON standalone ingress with string ports',
      format: 'json',
      code: '{\n  "Resources": {\n    "I": {\n      "Type": "AWS::EC2::SecurityGroupIngress",\n      "Properties": {\n        "GroupId": "sg-1",\n        "IpProtocol": "tcp",\n        "FromPort": "3389",\n        "ToPort": "3389",\n        "CidrIp": "0.0.0.0/0"\n      }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: 'admin',
          range: [10, 19, 10, 30],
          text: '"0.0.0.0/0"',
          output: '{\n  "Resources": {\n    "I": {\n      "Type": "AWS::EC2::SecurityGroupIngress",\n      "Properties": {\n        "GroupId": "sg-1",\n        "IpProtocol": "tcp",\n        "FromPort": "3389",\n        "ToPort": "3389",\n        "CidrIp": "203.0.113.0/24"\n      }\n    }\n  }\n}\n',
        },
      ],
    },
  ],
});
