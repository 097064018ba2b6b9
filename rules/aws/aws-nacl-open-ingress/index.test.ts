import rule from '.';
import { ruleTester } from '../../rule-tester';

const entry = (no: number, protocol: string, action: string, cidr: string, from: number, to: number) =>
  `  ingress {\n    rule_no    = ${no}\n    protocol   = ${protocol}\n    action     = "${action}"\n    cidr_block = "${cidr}"\n    from_port  = ${from}\n    to_port    = ${to}\n  }\n`;
const acl = (...entries: string[]) => `resource "aws_network_acl" "public" {\n  vpc_id = aws_vpc.main.id\n\n${entries.join('\n')}}\n`;
const rule_ = (name: string, no: number, protocol: string, action: string, from: number, to: number, cidr = 'cidr_block      = "0.0.0.0/0"') =>
  `resource "aws_network_acl_rule" "${name}" {\n  network_acl_id = aws_network_acl.main.id\n  rule_number    = ${no}\n  egress         = false\n  protocol       = "${protocol}"\n  rule_action    = "${action}"\n  ${cidr}\n  from_port      = ${from}\n  to_port        = ${to}\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'HTTPS and ephemeral ports from the internet', format: 'terraform', code: acl(entry(100, '"tcp"', 'allow', '0.0.0.0/0', 443, 443), entry(110, '"tcp"', 'allow', '0.0.0.0/0', 1024, 65535)) },
    { name: 'SSH from a private network', format: 'terraform', code: acl(entry(100, '"tcp"', 'allow', '10.0.0.0/8', 22, 22)) },
    { name: 'admin ports denied before allowing all', format: 'terraform', code: acl(entry(10, '"tcp"', 'deny', '0.0.0.0/0', 22, 22), entry(20, '"tcp"', 'deny', '0.0.0.0/0', 3389, 3389), entry(100, '-1', 'allow', '0.0.0.0/0', 0, 0)) },
    { name: 'egress rule', format: 'terraform', code: 'resource "aws_network_acl_rule" "out" {\n  network_acl_id = "acl-1"\n  rule_number    = 100\n  egress         = true\n  protocol       = "-1"\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n}\n' },
    { name: 'sibling standalone deny shadows the allow', format: 'terraform', code: `${rule_('deny_ssh', 50, 'tcp', 'deny', 22, 22)}\n${rule_('ssh', 100, 'tcp', 'allow', 22, 22)}` },
    { name: 'earlier entry with an unknown action may deny', format: 'terraform', code: acl('  ingress {\n    rule_no    = 10\n    protocol   = "tcp"\n    action     = var.action\n    cidr_block = "0.0.0.0/0"\n    from_port  = 22\n    to_port    = 22\n  }\n', entry(100, '"tcp"', 'allow', '0.0.0.0/0', 22, 22)) },
    { name: 'port from a variable', format: 'terraform', code: rule_('ssh', 100, 'tcp', 'allow', 22, 22).replace('from_port      = 22', 'from_port      = var.port') },
    { name: 'YAML deny entry', format: 'yaml', code: 'Resources:\n  E:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: -1\n      RuleAction: deny\n      CidrBlock: 0.0.0.0/0\n' },
  ],
  invalid: [
    {
      name: 'SSH from the internet (inline)',
      format: 'terraform',
      code: acl(entry(100, '"tcp"', 'allow', '0.0.0.0/0', 22, 22)),
      errors: [{ messageId: 'admin', severity: 'medium', range: [8, 18, 8, 29], text: '"0.0.0.0/0"', output: acl(entry(100, '"tcp"', 'allow', '203.0.113.0/24', 22, 22)) }],
    },
    {
      name: 'allow all before the denies',
      format: 'terraform',
      code: acl(entry(10, '-1', 'allow', '0.0.0.0/0', 0, 0), entry(20, '"tcp"', 'deny', '0.0.0.0/0', 22, 22)),
      errors: [{ messageId: 'all', severity: 'high', range: [8, 18, 8, 29], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'allow all after denying only RDP exposes SSH',
      format: 'terraform',
      code: acl(entry(10, '"tcp"', 'deny', '0.0.0.0/0', 3389, 3389), entry(100, '-1', 'allow', '0.0.0.0/0', 0, 0)),
      errors: [{ messageId: 'admin', severity: 'medium', range: [17, 18, 17, 29], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'standalone rule with a range containing SSH (IPv6)',
      format: 'terraform',
      code: rule_('range', 100, '6', 'allow', 20, 25, 'ipv6_cidr_block = "::/0"'),
      errors: [{ messageId: 'admin', range: [7, 21, 7, 27], text: '"::/0"', output: rule_('range', 100, '6', 'allow', 20, 25, 'ipv6_cidr_block = "2001:db8::/32"') }],
    },
    {
      name: 'IPv4 deny does not shadow an IPv6 allow',
      format: 'terraform',
      code: `${rule_('deny_ssh', 50, 'tcp', 'deny', 22, 22)}\n${rule_('ssh6', 100, 'tcp', 'allow', 22, 22, 'ipv6_cidr_block = "::/0"')}`,
      errors: [{ messageId: 'admin', range: [18, 21, 18, 27], text: '"::/0"' }],
    },
    {
      name: 'YAML allow all',
      format: 'yaml',
      code: 'Resources:\n  Entry:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: -1\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n',
      errors: [{ messageId: 'all', severity: 'high', range: [9, 18, 9, 27], text: '0.0.0.0/0', output: 'Resources:\n  Entry:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: -1\n      RuleAction: allow\n      CidrBlock: 203.0.113.0/24\n' }],
    },
    {
      name: 'JSON RDP entry',
      format: 'json',
      code: '{\n  "Resources": {\n    "Rdp": {\n      "Type": "AWS::EC2::NetworkAclEntry",\n      "Properties": { "NetworkAclId": "acl-1", "RuleNumber": 100, "Protocol": 6, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0", "PortRange": { "From": 3389, "To": 3389 } }\n    }\n  }\n}\n',
      errors: [{ messageId: 'admin', range: [5, 118, 5, 129], text: '"0.0.0.0/0"' }],
    },
  ],
});
