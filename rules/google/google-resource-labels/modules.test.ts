/** The caller's default_labels reach a child module's resources, through the workspace (as the editor and CLI analyse them). */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { resolveConfig } from '../../../server/src/config/types';
import { AnalysisWorkspace } from '../../../server/src/workspace';
import { MemoryFs } from '../../../test/support/memory-fs';
import rule from '.';

const root = resolve('/virtual/labels');
const child = { 'modules/queue/main.tf': 'resource "google_pubsub_topic" "this" {\n  name = "orders"\n}\n' };
const caller = (call: string, providers: string) => `${providers}\nmodule "queue" {\n  source = "./modules/queue"\n${call}}\n`;
const labelled = 'provider "google" {\n  default_labels = { owner = "platform" }\n}\n';
const bare = 'provider "google" {\n  alias = "bare"\n}\n';

/** The rule's findings on the child module's resource, as [messageId, line, column, text]. */
function childFindings(files: Record<string, string>): [string, number, number, string][] {
  const fs = new MemoryFs();
  for (const [path, text] of Object.entries(files)) fs.write(join(root, path), text);
  const analysis = new AnalysisWorkspace(fs).analyzeFile(join(root, 'modules/queue/main.tf'), { config: resolveConfig({ requiredTags: ['Owner'] }), rules: [rule] });
  assert.ok(analysis, 'the child file is analysed');
  return analysis.findings.map((f) => [f.messageId, f.range.start.line + 1, f.range.start.character + 1, analysis.document.text.slice(f.span.start, f.span.end)]);
}

test('google-resource-labels: alone, the child topic has no labels', () => {
  assert.deepEqual(childFindings(child), [['none', 1, 10, '"google_pubsub_topic"']]);
});

test("google-resource-labels: the caller's default configuration and its default_labels are inherited", () => {
  assert.deepEqual(childFindings({ ...child, 'main.tf': caller('', labelled) }), []);
});

test('google-resource-labels: a providers map passes a configuration without default_labels', () => {
  const files = { ...child, 'main.tf': caller('  providers = {\n    google = google.bare\n  }\n', labelled + bare) };
  assert.deepEqual(childFindings(files), [['none', 1, 10, '"google_pubsub_topic"']]);
});

test("google-resource-labels: a child's own provider block wins over the caller's", () => {
  const files = { ...child, 'modules/queue/provider.tf': 'provider "google" {\n  default_labels = { team = "queue" }\n}\n', 'main.tf': caller('', labelled) };
  assert.deepEqual(childFindings(files), [['missing', 1, 10, '"google_pubsub_topic"']]);
});
