import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';

const required = { requiredTags: ['Owner', 'CostCenter'] };
const defaults = 'provider "google" {\n  default_labels = { owner = "platform" }\n}\n\n';

ruleTester(rule, {
  valid: [
    { name: 'labelled bucket', format: 'terraform', code: 'resource "google_storage_bucket" "b" {\n  name   = "acme-b"\n  labels = { owner = "data" }\n}\n' },
    { name: 'a type that takes no labels', format: 'terraform', code: 'resource "google_compute_firewall" "f" {\n  name = "f"\n}\n', config: required },
    { name: "a notification channel's labels are channel settings, not resource labels", format: 'terraform', code: 'resource "google_monitoring_notification_channel" "c" {\n  type   = "email"\n  labels = { email_address = "ops@example.com" }\n}\n', config: required },
    { name: 'labels from a variable are unknown', format: 'terraform', code: 'resource "google_storage_bucket" "b" {\n  labels = var.labels\n}\n', config: required },
    { name: 'labels through merge() are unknown', format: 'terraform', code: 'resource "google_storage_bucket" "b" {\n  labels = merge(local.labels, { app = "b" })\n}\n', config: required },
    { name: 'required keys match label keys whatever their case and separators', format: 'terraform', code: 'resource "google_pubsub_topic" "t" {\n  labels = { owner = "data", "cost-center" = "42" }\n}\n', config: required },
    { name: 'default_labels of the default configuration cover a resource', format: 'terraform', code: `${defaults}resource "google_compute_disk" "d" {\n  name = "d"\n}\n` },
    { name: 'default_labels and own labels together carry the required keys', format: 'terraform', code: `${defaults}resource "google_compute_instance" "vm" {\n  labels = { cost_center = "42" }\n}\n`, config: required },
    { name: '`provider = google` names the default configuration', format: 'terraform', code: `${defaults}resource "google_compute_disk" "d" {\n  provider = google\n}\n` },
    { name: 'an aliased configuration with default_labels', format: 'terraform', code: 'provider "google" {\n  alias          = "eu"\n  default_labels = { owner = "platform" }\n}\n\nresource "google_compute_disk" "d" {\n  provider = google.eu\n}\n' },
    { name: 'the google-beta configuration with default_labels', format: 'terraform', code: 'provider "google-beta" {\n  default_labels = { owner = "platform" }\n}\n\nresource "google_compute_disk" "d" {\n  provider = google-beta\n}\n' },
    { name: 'default_labels from a variable are unknown', format: 'terraform', code: 'provider "google" {\n  default_labels = var.labels\n}\n\nresource "google_compute_disk" "d" {\n  name = "d"\n}\n', config: required },
    { name: 'Cloud Run v1 labels in its metadata block', format: 'terraform', code: 'resource "google_cloud_run_service" "s" {\n  metadata {\n    labels = { owner = "web" }\n  }\n}\n' },
    { name: 'Cloud Run v1 dynamic metadata with computed labels is unknown', format: 'terraform', code: 'resource "google_cloud_run_service" "s" {\n  dynamic "metadata" {\n    for_each = var.m\n    content {\n      labels = metadata.value.labels\n    }\n  }\n}\n' },
    { name: 'count = 0 creates nothing', format: 'terraform', code: 'resource "google_storage_bucket" "b" {\n  count = 0\n  name  = "acme-b"\n}\n' },
    { name: 'non-Google resource', format: 'terraform', code: 'resource "random_id" "r" {\n  byte_length = 8\n}\n' },
  ],
  invalid: [
    {
      name: 'bucket without labels',
      format: 'terraform',
      code: 'resource "google_storage_bucket" "b" {\n  name     = "acme-b"\n  location = "EU"\n}\n',
      errors: [{ messageId: 'none', severity: 'low', range: [1, 10, 1, 33], text: '"google_storage_bucket"', output: 'resource "google_storage_bucket" "b" {\n  name     = "acme-b"\n  location = "EU"\n  labels = {\n    owner = "owner value"\n  }\n}\n' }],
    },
    {
      name: 'required keys written in label form (lower case, camel case split with _)',
      format: 'terraform',
      code: 'resource "google_compute_instance" "vm" {\n  name   = "vm"\n  labels = { team = "web" }\n}\n',
      config: required,
      errors: [{ messageId: 'missing', range: [3, 3, 3, 9], text: 'labels', output: 'resource "google_compute_instance" "vm" {\n  name   = "vm"\n  labels = { team = "web", owner = "owner value", cost_center = "cost_center value" }\n}\n' }],
    },
    {
      name: 'empty labels with two required keys',
      format: 'terraform',
      code: 'resource "google_storage_bucket" "b" {\n  labels = {}\n}\n',
      config: required,
      errors: [{ messageId: 'none', range: [2, 3, 2, 9], text: 'labels', output: 'resource "google_storage_bucket" "b" {\n  labels = {\n    owner       = "owner value"\n    cost_center = "cost_center value"\n  }\n}\n' }],
    },
    {
      name: 'default_labels lack a required key: the fix writes the resource its own labels',
      format: 'terraform',
      code: `${defaults}resource "google_compute_disk" "d" {\n  name = "d"\n}\n`,
      config: required,
      errors: [{ messageId: 'missing', range: [5, 10, 5, 31], text: '"google_compute_disk"', output: `${defaults}resource "google_compute_disk" "d" {\n  name = "d"\n  labels = {\n    cost_center = "cost_center value"\n  }\n}\n` }],
    },
    {
      name: 'an aliased configuration without default_labels',
      format: 'terraform',
      code: `${defaults}provider "google" {\n  alias = "eu"\n}\n\nresource "google_pubsub_topic" "t" {\n  provider = google.eu\n}\n`,
      errors: [{ messageId: 'none', range: [9, 10, 9, 31], text: '"google_pubsub_topic"' }],
    },
    {
      name: 'google-beta does not read the google configuration',
      format: 'terraform',
      code: `${defaults}resource "google_pubsub_topic" "t" {\n  provider = google-beta\n}\n`,
      errors: [{ messageId: 'none', range: [5, 10, 5, 31], text: '"google_pubsub_topic"' }],
    },
    {
      name: 'provider v4 has no default_labels',
      format: 'terraform',
      code: `terraform {\n  required_providers {\n    google = {\n      source  = "hashicorp/google"\n      version = "~> 4.80"\n    }\n  }\n}\n\n${defaults}resource "google_pubsub_topic" "t" {\n  name = "t"\n}\n`,
      errors: [{ messageId: 'none', range: [14, 10, 14, 31], text: '"google_pubsub_topic"' }],
    },
    {
      name: 'GKE cluster labels are resource_labels',
      format: 'terraform',
      code: 'resource "google_container_cluster" "c" {\n  name = "c"\n}\n',
      errors: [{ messageId: 'none', range: [1, 10, 1, 36], text: '"google_container_cluster"', output: 'resource "google_container_cluster" "c" {\n  name = "c"\n  resource_labels = {\n    owner = "owner value"\n  }\n}\n' }],
    },
    {
      name: 'Cloud Run v1 without metadata: the fix adds the block',
      format: 'terraform',
      code: 'resource "google_cloud_run_service" "s" {\n  name = "s"\n}\n',
      errors: [{ messageId: 'none', range: [1, 10, 1, 36], text: '"google_cloud_run_service"', output: 'resource "google_cloud_run_service" "s" {\n  name = "s"\n\n  metadata {\n    labels = {\n      owner = "owner value"\n    }\n  }\n}\n' }],
    },
    {
      name: 'Cloud Run v1 metadata without labels',
      format: 'terraform',
      code: 'resource "google_cloud_run_domain_mapping" "m" {\n  name = "m"\n  metadata {\n    namespace = "p"\n  }\n}\n',
      errors: [{ messageId: 'none', range: [3, 3, 3, 11], text: 'metadata', output: 'resource "google_cloud_run_domain_mapping" "m" {\n  name = "m"\n  metadata {\n    namespace = "p"\n    labels = {\n      owner = "owner value"\n    }\n  }\n}\n' }],
    },
    {
      name: 'Cloud Run v1 dynamic metadata without labels: the finding is on the dynamic label, the fix fills content',
      format: 'terraform',
      code: 'resource "google_cloud_run_service" "s" {\n  dynamic "metadata" {\n    for_each = var.m\n    content {\n      namespace = "x"\n    }\n  }\n}\n',
      errors: [{ messageId: 'none', range: [2, 11, 2, 21], text: '"metadata"', output: 'resource "google_cloud_run_service" "s" {\n  dynamic "metadata" {\n    for_each = var.m\n    content {\n      namespace = "x"\n      labels = {\n        owner = "owner value"\n      }\n    }\n  }\n}\n' }],
    },
    {
      name: 'Cloud Run v1 metadata labels missing required keys',
      format: 'terraform',
      code: 'resource "google_cloud_run_service" "s" {\n  metadata {\n    labels = { team = "x" }\n  }\n}\n',
      config: required,
      errors: [{ messageId: 'missing', range: [3, 5, 3, 11], text: 'labels', output: 'resource "google_cloud_run_service" "s" {\n  metadata {\n    labels = { team = "x", owner = "owner value", cost_center = "cost_center value" }\n  }\n}\n' }],
    },
  ],
});

test('google-resource-labels: labels computed from a local are reported without a fix (a fix would drop the computed keys)', () => {
  const code = 'locals {\n  labels = { owner = "ops" }\n}\n\nresource "google_storage_bucket" "b" {\n  labels = local.labels\n}\n';
  const findings = analyze(rule, 'terraform', code, required);
  assert.deepEqual(findings.map((f) => [f.messageId, f.message, code.slice(f.span.start, f.span.end), f.fixes.filter((x) => x.kind === 'quickfix').length]), [
    ['missing', "b is missing the required label(s) cost_center (setting onus.requiredTags, in Google's lower-case label form).", 'labels', 0],
  ]);
});
