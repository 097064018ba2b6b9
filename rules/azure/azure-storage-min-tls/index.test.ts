import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';

const account = (extra: string) => `resource "azurerm_storage_account" "sa" {\n  name         = "sa"\n  account_tier = "Standard"\n${extra}}\n`;
const fromVariable = `variable "tls" {\n  default = "TLS1_1"\n}\n\n${account('  min_tls_version = var.tls\n')}`;
const pinned = (version: string, rest: string) => `terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "${version}"\n    }\n  }\n}\n\n${rest}`;

ruleTester(rule, {
  valid: [
    { name: 'no setting: TLS1_2 is the default since azurerm 3.0', format: 'terraform', code: account('') },
    { name: 'no setting with azurerm 3.x', format: 'terraform', code: pinned('~> 3.0', account('')) },
    { name: 'TLS1_2', format: 'terraform', code: account('  min_tls_version = "TLS1_2"\n') },
    { name: 'TLS1_3', format: 'terraform', code: account('  min_tls_version = "TLS1_3"\n') },
    { name: 'from a variable', format: 'terraform', code: account('  min_tls_version = var.tls\n') },
    { name: 'from a variable whose default is TLS1_2', format: 'terraform', code: `variable "tls" {\n  default = "TLS1_2"\n}\n\n${account('  min_tls_version = var.tls\n')}` },
  ],
  invalid: [
    {
      name: 'TLS1_0',
      format: 'terraform',
      code: account('  min_tls_version = "TLS1_0"\n'),
      errors: [{ messageId: 'weak', severity: 'medium', range: [4, 21, 4, 29], text: '"TLS1_0"', output: account('  min_tls_version = "TLS1_2"\n') }],
    },
    {
      name: 'TLS1_1 through a variable default',
      format: 'terraform',
      code: fromVariable,
      errors: [{ messageId: 'weak', range: [8, 21, 8, 28], text: 'var.tls' }],
    },
    {
      name: 'no setting with azurerm 2.x (default TLS1_0)',
      format: 'terraform',
      code: pinned('~> 2.46', account('')),
      errors: [{ messageId: 'defaultWeak', range: [10, 10, 10, 35], text: '"azurerm_storage_account"', output: pinned('~> 2.46', account('  min_tls_version = "TLS1_2"\n')) }],
    },
  ],
});

test('azure-storage-min-tls: a weak version from a variable gets no quick fix (it would overwrite the reference)', () => {
  assert.deepEqual(analyze(rule, 'terraform', fromVariable).map((f) => f.fixes.filter((x) => x.kind === 'quickfix').length), [0]);
});
