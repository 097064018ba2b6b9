/**
 * Where each labelable google resource type keeps its own labels: generated from the google and
 * google-beta providers' schemas (rules/data/google-labelable.json, by
 * scripts/generate-cloud-label-tables.mjs; never edit it by hand).
 */
import table from '../../data/google-labelable.json';

const properties: ReadonlyMap<string, string> = new Map(Object.entries(table.resources));

/**
 * The labels attribute of a google resource type: `labels` for most, `resource_labels` for
 * `google_container_cluster`, `metadata.labels` (inside the `metadata` block) for Cloud Run v1;
 * undefined when the type takes no labels.
 */
export function labelProperty(type: string): string | undefined {
  return properties.get(type);
}
