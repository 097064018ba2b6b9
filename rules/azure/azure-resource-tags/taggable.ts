/**
 * Which azurerm resource types take a `tags` map: generated from the provider's schema
 * (rules/data/azurerm-taggable.json, by scripts/generate-cloud-label-tables.mjs; never edit it by hand).
 */
import table from '../../data/azurerm-taggable.json';

const taggable: ReadonlySet<string> = new Set(table.resources);

/** True when the Terraform azurerm resource type (e.g. `azurerm_storage_account`) has a `tags` argument. */
export function azurermTaggable(type: string): boolean {
  return taggable.has(type);
}

