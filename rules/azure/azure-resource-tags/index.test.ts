import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';

const required = { requiredTags: ['Owner', 'CostCenter'] };

ruleTester(rule, {
  valid: [
    { name: 'tagged resource group', format: 'terraform', code: 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n  tags     = { Owner = "ops" }\n}\n' },
    { name: 'a type that takes no tags', format: 'terraform', code: 'resource "azurerm_subnet" "s" {\n  name = "s"\n}\n', config: required },
    { name: 'a tags list of strings is not resource tags (no map argument)', format: 'terraform', code: 'resource "azurerm_api_management_named_value" "v" {\n  name = "v"\n  tags = ["a"]\n}\n' },
    { name: 'tags from a variable are unknown', format: 'terraform', code: 'resource "azurerm_storage_account" "sa" {\n  tags = var.tags\n}\n', config: required },
    { name: 'tags through merge() are unknown', format: 'terraform', code: 'resource "azurerm_storage_account" "sa" {\n  tags = merge(local.tags, { Name = "sa" })\n}\n', config: required },
    { name: 'tag names match case-insensitively, as Azure compares them', format: 'terraform', code: 'resource "azurerm_key_vault" "kv" {\n  tags = { owner = "sec", COSTCENTER = "42" }\n}\n', config: required },
    { name: 'count = 0 creates nothing', format: 'terraform', code: 'resource "azurerm_public_ip" "ip" {\n  count = 0\n  name  = "ip"\n}\n' },
    { name: 'non-Azure resource', format: 'terraform', code: 'resource "random_id" "r" {\n  byte_length = 8\n}\n' },
  ],
  invalid: [
    {
      name: 'resource group without tags',
      format: 'terraform',
      code: 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n',
      errors: [{ messageId: 'none', severity: 'low', range: [1, 10, 1, 34], text: '"azurerm_resource_group"', output: 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n  tags = {\n    Owner = "Owner value"\n  }\n}\n' }],
    },
    {
      name: 'a provider block cannot supply tags: the azurerm provider has no default tags',
      format: 'terraform',
      code: 'provider "azurerm" {\n  features {}\n}\n\nresource "azurerm_virtual_network" "vnet" {\n  name          = "vnet"\n  address_space = ["10.0.0.0/16"]\n}\n',
      errors: [{ messageId: 'none', range: [5, 10, 5, 35], text: '"azurerm_virtual_network"' }],
    },
    {
      name: 'missing a required key (an inline map)',
      format: 'terraform',
      code: 'resource "azurerm_storage_account" "sa" {\n  name = "sa"\n  tags = { owner = "data" }\n}\n',
      config: required,
      errors: [{ messageId: 'missing', range: [3, 3, 3, 7], text: 'tags', output: 'resource "azurerm_storage_account" "sa" {\n  name = "sa"\n  tags = { owner = "data", CostCenter = "CostCenter value" }\n}\n' }],
    },
    {
      name: 'empty tags: both required keys, a key required twice in different case added once',
      format: 'terraform',
      code: 'resource "azurerm_storage_account" "sa" {\n  name = "sa"\n  tags = {}\n}\n',
      config: { requiredTags: ['Owner', 'owner', 'CostCenter'] },
      errors: [{ messageId: 'none', range: [3, 3, 3, 7], text: 'tags', output: 'resource "azurerm_storage_account" "sa" {\n  name = "sa"\n  tags = {\n    Owner      = "Owner value"\n    CostCenter = "CostCenter value"\n  }\n}\n' }],
    },
    {
      name: 'multi-line tags missing both keys',
      format: 'terraform',
      code: 'resource "azurerm_linux_virtual_machine" "vm" {\n  name = "vm"\n  tags = {\n    Environment = "prod"\n  }\n}\n',
      config: required,
      errors: [{ messageId: 'missing', range: [3, 3, 3, 7], text: 'tags', output: 'resource "azurerm_linux_virtual_machine" "vm" {\n  name = "vm"\n  tags = {\n    Environment = "prod"\n    Owner = "Owner value"\n    CostCenter = "CostCenter value"\n  }\n}\n' }],
    },
    {
      name: 'tags = null is no tags',
      format: 'terraform',
      code: 'resource "azurerm_key_vault_secret" "s" {\n  name  = "db"\n  value = var.v\n  tags  = null\n}\n',
      errors: [{ messageId: 'none', range: [4, 3, 4, 7], text: 'tags', output: 'resource "azurerm_key_vault_secret" "s" {\n  name  = "db"\n  value = var.v\n  tags  = {\n    Owner = "Owner value"\n  }\n}\n' }],
    },
  ],
});

test('azure-resource-tags: tags computed from a local or merge() are reported without a fix (a fix would drop the computed keys)', () => {
  const local = 'locals {\n  tags = { Owner = "ops" }\n}\n\nresource "azurerm_resource_group" "rg" {\n  tags = local.tags\n}\n';
  const merged = 'resource "azurerm_resource_group" "rg" {\n  tags = merge({ Owner = "ops" }, { Env = "prod" })\n}\n';
  for (const code of [local, merged]) {
    const findings = analyze(rule, 'terraform', code, required);
    assert.deepEqual(findings.map((f) => [f.messageId, f.message, code.slice(f.span.start, f.span.end), f.fixes.filter((x) => x.kind === 'quickfix').length]), [
      ['missing', 'rg is missing the required tag(s) CostCenter (setting onus.requiredTags).', 'tags', 0],
    ]);
  }
});
