/** The committed google table: consistent with its own counts, sorted, and right on types whose answer is known. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import table from '../../data/google-labelable.json';
import { labelProperty } from './labelable';

test('google-labelable.json: sorted google resource types, as many as _counts says, per attribute', () => {
  const entries = Object.entries(table.resources);
  const types = entries.map(([t]) => t);
  assert.deepEqual(types, [...types].sort());
  assert.equal(types.length, table._counts.labelable);
  assert.ok(types.every((t) => /^google_[a-z0-9_]+$/.test(t)));
  const byProperty: Record<string, number> = {};
  for (const [, property] of entries) byProperty[property] = (byProperty[property] ?? 0) + 1;
  assert.deepEqual(byProperty, table._counts.byProperty);
  assert.ok(table._counts.labelable >= table._counts.google.labelable && table._counts.labelable <= table._counts.google.labelable + table._counts['google-beta'].labelable);
  assert.match(table._generated, /^by scripts\/generate-cloud-label-tables\.mjs from @cdktf\/provider-google@\S+ \(hashicorp\/google \S+\) and @cdktf\/provider-google-beta@\S+ \(hashicorp\/google-beta \S+\)$/);
});

test('google-labelable.json: the provider schema has default_labels', () => {
  assert.equal(table._provider.defaultLabels, 'default_labels');
});

test('labelProperty: where known types keep their labels, and types whose labels are something else', () => {
  const known: Record<string, string | undefined> = {
    google_storage_bucket: 'labels',
    google_compute_instance: 'labels',
    google_compute_disk: 'labels',
    google_project: 'labels',
    google_container_cluster: 'resource_labels',
    google_cloud_run_service: 'metadata.labels',
    google_monitoring_notification_channel: undefined,
    google_compute_firewall: undefined,
    google_sql_database_instance: undefined,
    aws_s3_bucket: undefined,
  };
  assert.deepEqual(Object.fromEntries(Object.keys(known).map((t) => [t, labelProperty(t)])), known);
});
