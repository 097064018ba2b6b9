import rule from '.';
import { ruleTester } from '../../rule-tester';

const vault = (extra: string) => `resource "azurerm_key_vault" "kv" {\n  name                       = "kv"\n  sku_name                   = "standard"\n  soft_delete_retention_days = 90\n${extra}}\n`;

ruleTester(rule, {
  valid: [
    { name: 'purge protection on', format: 'terraform', code: vault('  purge_protection_enabled   = true\n') },
    { name: 'from a variable', format: 'terraform', code: vault('  purge_protection_enabled   = var.purge_protection\n') },
    { name: 'from a variable whose default is true', format: 'terraform', code: `variable "pp" {\n  default = true\n}\n\n${vault('  purge_protection_enabled   = var.pp\n')}` },
    { name: 'for_each over an empty map', format: 'terraform', code: vault('  for_each                   = {}\n') },
  ],
  invalid: [
    {
      name: 'purge protection absent',
      format: 'terraform',
      code: vault(''),
      errors: [{ messageId: 'absent', severity: 'medium', range: [1, 10, 1, 29], text: '"azurerm_key_vault"', output: vault('  purge_protection_enabled   = true\n') }],
    },
    {
      name: 'purge protection off',
      format: 'terraform',
      code: vault('  purge_protection_enabled   = false\n'),
      errors: [{ messageId: 'disabled', range: [5, 32, 5, 37], text: 'false', output: vault('  purge_protection_enabled   = true\n') }],
    },
    {
      name: 'one finding per instance value: count = 2 reports once',
      format: 'terraform',
      code: vault('  count                      = 2\n'),
      errors: [{ messageId: 'absent', range: [1, 10, 1, 29], text: '"azurerm_key_vault"' }],
    },
  ],
});
