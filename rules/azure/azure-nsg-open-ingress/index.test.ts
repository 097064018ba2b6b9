import rule from '.';
import { ruleTester } from '../../rule-tester';

const standalone = (body: string) =>
  `resource "azurerm_network_security_rule" "r" {\n  name                        = "r"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  network_security_group_name = "nsg"\n${body}}\n`;
const group = (rule: string) => `resource "azurerm_network_security_group" "nsg" {\n  name = "nsg"\n\n  security_rule {\n    name      = "ssh"\n    priority  = 100\n    direction = "Inbound"\n    access    = "Allow"\n${rule}  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'private source', format: 'terraform', code: standalone('  protocol                    = "Tcp"\n  destination_port_range      = "22"\n  source_address_prefix       = "10.0.0.0/8"\n') },
    { name: 'deny rule', format: 'terraform', code: standalone('  protocol                    = "*"\n  destination_port_range      = "*"\n  source_address_prefix       = "*"\n').replace('"Allow"', '"Deny"') },
    { name: 'outbound rule', format: 'terraform', code: standalone('  protocol                    = "*"\n  destination_port_range      = "*"\n  source_address_prefix       = "*"\n').replace('"Inbound"', '"Outbound"') },
    { name: 'source from a variable', format: 'terraform', code: standalone('  protocol                    = "Tcp"\n  destination_port_range      = "22"\n  source_address_prefix       = var.admin_cidr\n') },
    { name: 'port from a variable', format: 'terraform', code: standalone('  protocol                    = "Tcp"\n  destination_port_range      = var.port\n  source_address_prefix       = "Internet"\n') },
    { name: 'restricted prefixes list', format: 'terraform', code: group('    protocol  = "Tcp"\n\n    destination_port_range  = 22\n    source_address_prefixes = ["203.0.113.7/32", "10.0.0.0/16"]\n') },
  ],
  invalid: [
    {
      name: 'SSH from * (inline rule, numeric port)',
      format: 'terraform',
      code: group('    protocol  = "Tcp"\n\n    destination_port_range = 22\n    source_address_prefix  = "*"\n'),
      errors: [
        {
          messageId: 'admin',
          severity: 'high',
          range: [12, 30, 12, 33],
          text: '"*"',
          output: group('    protocol  = "Tcp"\n\n    destination_port_range = 22\n    source_address_prefix  = "203.0.113.0/24"\n'),
        },
      ],
    },
    {
      name: 'every port from Internet',
      format: 'terraform',
      code: standalone('  protocol                    = "Tcp"\n  destination_port_range      = "*"\n  source_address_prefix       = "Internet"\n'),
      errors: [{ messageId: 'all', severity: 'critical', range: [9, 33, 9, 43], text: '"Internet"' }],
    },
    {
      name: 'range containing RDP, lower-case values',
      format: 'terraform',
      code: standalone('  protocol                    = "*"\n  destination_port_range      = "3000-4000"\n  source_address_prefix       = "any"\n').replace('"Inbound"', '"inbound"'),
      errors: [{ messageId: 'admin', severity: 'high', range: [9, 33, 9, 38], text: '"any"' }],
    },
    {
      name: 'HTTPS from 0.0.0.0/0 in a prefixes list (low)',
      format: 'terraform',
      code: standalone('  protocol                    = "Tcp"\n  destination_port_ranges     = ["443", "8443"]\n  source_address_prefixes     = ["10.0.0.0/8", "0.0.0.0/0"]\n'),
      errors: [
        {
          messageId: 'port',
          severity: 'low',
          range: [9, 48, 9, 59],
          text: '"0.0.0.0/0"',
          output: standalone('  protocol                    = "Tcp"\n  destination_port_ranges     = ["443", "8443"]\n  source_address_prefixes     = ["10.0.0.0/8", "203.0.113.0/24"]\n'),
        },
      ],
    },
    {
      name: 'one unknown port does not hide a known administration port',
      format: 'terraform',
      code: standalone('  protocol                    = "Tcp"\n  destination_port_ranges     = [var.app_port, "22"]\n  source_address_prefix       = "*"\n'),
      errors: [{ messageId: 'admin', range: [9, 33, 9, 36], text: '"*"' }],
    },
    {
      name: 'ICMP from the internet',
      format: 'terraform',
      code: standalone('  protocol                    = "Icmp"\n  destination_port_range      = "*"\n  source_address_prefix       = "Internet"\n'),
      errors: [{ messageId: 'icmp', severity: 'low', range: [9, 33, 9, 43], text: '"Internet"' }],
    },
  ],
});
