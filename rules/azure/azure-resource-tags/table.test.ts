/** The committed azurerm table: consistent with its own counts, sorted, and right on types whose answer is known. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import table from '../../data/azurerm-taggable.json';
import { azurermTaggable } from './taggable';

test('azurerm-taggable.json: sorted unique azurerm resource types, as many as _counts says', () => {
  const types = table.resources;
  assert.deepEqual(types, [...new Set(types)].sort());
  assert.equal(types.length, table._counts.taggable);
  assert.ok(types.every((t) => /^azurerm_[a-z0-9_]+$/.test(t)));
  assert.ok(table._counts.taggable < table._counts.resourceTypes);
  assert.match(table._generated, /^by scripts\/generate-cloud-label-tables\.mjs from @cdktf\/provider-azurerm@\d+\.\d+\.\d+ \(hashicorp\/azurerm \d+\.\d+\.\d+\)$/);
});

test('azurerm-taggable.json: the provider schema has no default tags', () => {
  assert.equal(table._provider.defaultTags, null);
});

test('azurermTaggable: ARM resources with tags yes; sub-resources without a tags argument no', () => {
  const yes = ['azurerm_resource_group', 'azurerm_storage_account', 'azurerm_linux_virtual_machine', 'azurerm_kubernetes_cluster', 'azurerm_key_vault'];
  const no = ['azurerm_subnet', 'azurerm_storage_container', 'azurerm_network_security_rule', 'azurerm_role_assignment', 'azurerm_api_management_named_value', 'aws_s3_bucket'];
  assert.deepEqual(yes.filter((t) => !azurermTaggable(t)), []);
  assert.deepEqual(no.filter((t) => azurermTaggable(t)), []);
});
