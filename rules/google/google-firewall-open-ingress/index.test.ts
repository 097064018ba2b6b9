import rule from '.';
import { ruleTester } from '../../rule-tester';

const fw = (body: string) => `resource "google_compute_firewall" "fw" {\n  name    = "fw"\n  network = "default"\n${body}}\n`;
const allow = (protocol: string, ports?: string) => `\n  allow {\n    protocol = "${protocol}"\n${ports ? `    ports    = ${ports}\n` : ''}  }\n`;
const world = '\n  source_ranges = ["0.0.0.0/0"]\n';

ruleTester(rule, {
  valid: [
    { name: 'private source range', format: 'terraform', code: fw(allow('tcp', '["22"]') + '\n  source_ranges = ["10.0.0.0/8"]\n') },
    { name: 'deny rule', format: 'terraform', code: fw('\n  deny {\n    protocol = "all"\n  }\n' + world) },
    { name: 'disabled rule', format: 'terraform', code: fw(allow('all') + world + '  disabled      = true\n') },
    { name: 'egress rule', format: 'terraform', code: fw(allow('all') + '\n  direction          = "EGRESS"\n  destination_ranges = ["0.0.0.0/0"]\n') },
    { name: 'source tags only', format: 'terraform', code: fw(allow('tcp', '["22"]') + '\n  source_tags = ["bastion"]\n') },
    { name: 'single host 0.0.0.0 is not the whole internet', format: 'terraform', code: fw(allow('tcp', '["22"]') + '\n  source_ranges = ["0.0.0.0"]\n') },
    { name: 'source ranges from a variable', format: 'terraform', code: fw(allow('tcp', '["22"]') + '\n  source_ranges = var.ranges\n') },
    { name: 'unknown protocol', format: 'terraform', code: fw(allow('tcp').replace('"tcp"', 'var.protocol') + world) },
  ],
  invalid: [
    {
      name: 'SSH from 0.0.0.0/0',
      format: 'terraform',
      code: fw(allow('tcp', '["22"]') + world),
      errors: [{ messageId: 'admin', severity: 'high', range: [10, 20, 10, 31], text: '"0.0.0.0/0"', output: fw(allow('tcp', '["22"]') + '\n  source_ranges = ["203.0.113.0/24"]\n') }],
    },
    {
      name: 'tcp without ports is every port, from ::/0',
      format: 'terraform',
      code: fw(allow('tcp') + '\n  source_ranges = ["10.0.0.0/8", "::/0"]\n'),
      errors: [{ messageId: 'all', severity: 'critical', range: [9, 34, 9, 40], text: '"::/0"', output: fw(allow('tcp') + '\n  source_ranges = ["10.0.0.0/8", "2001:db8::/32"]\n') }],
    },
    {
      name: 'range containing RDP, explicit INGRESS',
      format: 'terraform',
      code: fw(allow('tcp', '["80", "3000-4000"]') + world + '  direction     = "INGRESS"\n'),
      errors: [{ messageId: 'admin', range: [10, 20, 10, 31], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'web ports only (low), two allow blocks',
      format: 'terraform',
      code: fw(allow('tcp', '[80, 443]') + allow('udp', '["443"]') + world),
      errors: [{ messageId: 'port', severity: 'low', range: [15, 20, 15, 31], text: '"0.0.0.0/0"' }],
    },
    {
      name: 'no source at all: Google applies 0.0.0.0/0',
      format: 'terraform',
      code: fw(allow('all')),
      errors: [
        {
          messageId: 'all',
          severity: 'critical',
          range: [1, 10, 1, 35],
          text: '"google_compute_firewall"',
          output: fw(allow('all') + '  source_ranges = ["203.0.113.0/24"]\n'),
        },
      ],
    },
    {
      name: 'ICMP',
      format: 'terraform',
      code: fw(allow('icmp') + world),
      errors: [{ messageId: 'icmp', severity: 'low', range: [9, 20, 9, 31], text: '"0.0.0.0/0"' }],
    },
  ],
});
