import rule from '.';
import { ruleTester } from '../../rule-tester';

const account = (extra: string) => `resource "azurerm_storage_account" "sa" {\n  name                     = "sa"\n  account_tier             = "Standard"\n  account_replication_type = "GRS"\n${extra}}\n`;
const pinned = (version: string, rest: string) => `terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "${version}"\n    }\n  }\n}\n\n${rest}`;

ruleTester(rule, {
  valid: [
    { name: 'no setting: HTTPS only is the provider default', format: 'terraform', code: account('') },
    { name: 'v4 name set true', format: 'terraform', code: account('  https_traffic_only_enabled = true\n') },
    { name: 'v3 name set true in a v3 module', format: 'terraform', code: pinned('~> 3.0', account('  enable_https_traffic_only = true\n')) },
    { name: 'value from a variable is unknown', format: 'terraform', code: account('  https_traffic_only_enabled = var.https_only\n') },
    { name: 'v3 name from a variable in a v3 module', format: 'terraform', code: pinned('~> 3.100', account('  enable_https_traffic_only = var.https_only\n')) },
    { name: 'no setting with azurerm 2.x (default true since 2.0)', format: 'terraform', code: pinned('~> 2.99', account('')) },
    { name: 'count = 0 creates nothing', format: 'terraform', code: account('  count                      = 0\n  https_traffic_only_enabled = false\n') },
  ],
  invalid: [
    {
      name: 'v4 name set false',
      format: 'terraform',
      code: account('  https_traffic_only_enabled = false\n'),
      errors: [{ messageId: 'disabled', severity: 'high', range: [5, 32, 5, 37], text: 'false', output: account('  https_traffic_only_enabled = true\n') }],
    },
    {
      name: 'v3 name set false in a v3 module',
      format: 'terraform',
      code: pinned('~> 3.0', account('  enable_https_traffic_only = false\n')),
      errors: [{ messageId: 'disabled', range: [14, 31, 14, 36], text: 'false', output: pinned('~> 3.0', account('  enable_https_traffic_only = true\n')) }],
    },
    {
      name: 'v3 name set false with no version constraint (the newest, v4, is installed): renamed and set true',
      format: 'terraform',
      code: account('  enable_https_traffic_only = false\n'),
      errors: [{ messageId: 'disabledRemoved', severity: 'high', range: [5, 3, 5, 28], text: 'enable_https_traffic_only', output: account('  https_traffic_only_enabled = true\n') }],
    },
    {
      name: 'v3 name set true in a v4 module: info, rename only',
      format: 'terraform',
      code: pinned('~> 4.0', account('  enable_https_traffic_only = true\n')),
      errors: [{ messageId: 'removed', severity: 'info', range: [14, 3, 14, 28], text: 'enable_https_traffic_only', output: pinned('~> 4.0', account('  https_traffic_only_enabled = true\n')) }],
    },
    {
      name: 'v3 name set false in a module admitting v3 and v4: the name is kept',
      format: 'terraform',
      code: pinned('>= 3.114, < 5.0', account('  enable_https_traffic_only = false\n')),
      errors: [{ messageId: 'disabled', range: [14, 31, 14, 36], text: 'false', output: pinned('>= 3.114, < 5.0', account('  enable_https_traffic_only = true\n')) }],
    },
    {
      name: 'no setting with azurerm 1.x (default false before 2.0)',
      format: 'terraform',
      code: pinned('~> 1.44', account('')),
      errors: [
        {
          messageId: 'defaultOff',
          range: [10, 10, 10, 35],
          text: '"azurerm_storage_account"',
          output: pinned('~> 1.44', account('  enable_https_traffic_only = true\n')),
        },
      ],
    },
  ],
});
