/**
 * The criteria of scripts/generate-cloud-label-tables.mjs, on small synthetic provider packages in
 * the shape of the cdktf bindings (the real packages are not dependencies; see the script's header).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const script = resolve(__dirname, '../../../scripts/generate-cloud-label-tables.mjs');

const doc = (tf: string) => `    /**\n    * Docs at Terraform Registry: {@link https://example.invalid/docs#${tf} X#${tf}}\n    */\n`;
const stringMap = (tf: string, camel: string) => `${doc(tf)}    readonly ${camel}?: {\n        [key: string]: string;\n    };\n`;
const block = (tf: string, camel: string, type: string) => `${doc(tf)}    readonly ${camel}?: ${type};\n`;
const effective = '    get effectiveLabels(): cdktf.StringMap;\n';

/** One lib/<folder>/index.d.ts: optional interfaces and block classes before the main class, as cdktf emits them. */
function declaration(kind: 'TerraformResource' | 'TerraformDataSource' | 'TerraformProvider', cls: string, type: string, config: string, classBody = '', before = ''): string {
  const head = kind === 'TerraformProvider' ? `export interface ${cls}Config {\n` : `export interface ${cls}Config extends cdktf.TerraformMetaArguments {\n`;
  return `import { Construct } from 'constructs';\nimport * as cdktf from 'cdktf';\n${head}${config}}\n${before}export declare class ${cls} extends cdktf.${kind} {\n    static readonly tfResourceType = "${type}";\n    constructor(scope: Construct, id: string, config${kind === 'TerraformProvider' ? '?' : ''}: ${cls}Config);\n${classBody}}\n`;
}

function pkg(root: string, name: string, provider: string, files: Record<string, string>): string {
  const dir = join(root, name.replace('@cdktf/', ''));
  for (const [folder, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'lib', folder), { recursive: true });
    writeFileSync(join(dir, 'lib', folder, 'index.d.ts'), text);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.2.3', cdktf: { provider: { name: `example.invalid/hashicorp/${provider}`, version: '9.9.9' } } }));
  return dir;
}

function generate(dirs: string[]): { status: number | null; stderr: string; out: string } {
  const out = join(dirs[0], '..', 'out');
  mkdirSync(out, { recursive: true });
  const r = spawnSync(process.execPath, [script, '--out', out, ...dirs], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out };
}

test('generator: google labels by effective_labels (labels, *_labels, a block\'s labels), merged with google-beta', () => {
  const root = mkdtempSync(join(tmpdir(), 'onus-labels-'));
  try {
    const metadataBlock = 'export interface RunMetadata {\n' + stringMap('labels', 'labels') + '}\nexport declare class RunMetadataOutputReference extends cdktf.ComplexObject {\n' + effective + '}\n';
    const google = pkg(root, '@cdktf/provider-google', 'google', {
      provider: declaration('TerraformProvider', 'GoogleProvider', 'google', stringMap('default_labels', 'defaultLabels')),
      bucket: declaration('TerraformResource', 'Bucket', 'google_bucket', stringMap('labels', 'labels'), effective),
      cluster: declaration('TerraformResource', 'Cluster', 'google_cluster', stringMap('resource_labels', 'resourceLabels'), effective),
      run: declaration('TerraformResource', 'Run', 'google_run', block('metadata', 'metadata', 'RunMetadata'), '', metadataBlock),
      channel: declaration('TerraformResource', 'Channel', 'google_channel', stringMap('labels', 'labels')),
      'data-bucket': declaration('TerraformDataSource', 'DataBucket', 'google_bucket', stringMap('labels', 'labels'), effective),
    });
    const beta = pkg(root, '@cdktf/provider-google-beta', 'google-beta', {
      provider: declaration('TerraformProvider', 'GoogleBetaProvider', 'google-beta', stringMap('default_labels', 'defaultLabels')),
      bucket: declaration('TerraformResource', 'Bucket', 'google_bucket', stringMap('labels', 'labels'), effective),
      beta: declaration('TerraformResource', 'BetaThing', 'google_beta_thing', stringMap('labels', 'labels'), effective),
    });
    const r = generate([beta, google]);
    assert.equal(r.status, 0, r.stderr);
    const table = JSON.parse(readFileSync(join(r.out, 'google-labelable.json'), 'utf8'));
    assert.deepEqual(table.resources, { google_beta_thing: 'labels', google_bucket: 'labels', google_cluster: 'resource_labels', google_run: 'metadata.labels' });
    assert.deepEqual(table._counts, { google: { resourceTypes: 4, labelable: 3 }, 'google-beta': { resourceTypes: 2, labelable: 2 }, labelable: 4, byProperty: { labels: 2, 'metadata.labels': 1, resource_labels: 1 } });
    assert.deepEqual(table._provider, { defaultLabels: 'default_labels' });
    assert.equal(table._generated, 'by scripts/generate-cloud-label-tables.mjs from @cdktf/provider-google@1.2.3 (hashicorp/google 9.9.9) and @cdktf/provider-google-beta@1.2.3 (hashicorp/google-beta 9.9.9)');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('generator: azurerm tags are a top-level string map; the provider block has no default tags', () => {
  const root = mkdtempSync(join(tmpdir(), 'onus-tags-'));
  try {
    const azurerm = pkg(root, '@cdktf/provider-azurerm', 'azurerm', {
      provider: declaration('TerraformProvider', 'AzurermProvider', 'azurerm', block('subscription_id', 'subscriptionId', 'string')),
      group: declaration('TerraformResource', 'Group', 'azurerm_group', stringMap('tags', 'tags')),
      value: declaration('TerraformResource', 'Value', 'azurerm_value', `${doc('tags')}    readonly tags?: string[];\n`),
      subnet: declaration('TerraformResource', 'Subnet', 'azurerm_subnet', block('name', 'name', 'string')),
      'data-group': declaration('TerraformDataSource', 'DataGroup', 'azurerm_group', stringMap('tags', 'tags')),
    });
    const r = generate([azurerm]);
    assert.equal(r.status, 0, r.stderr);
    const table = JSON.parse(readFileSync(join(r.out, 'azurerm-taggable.json'), 'utf8'));
    assert.deepEqual(table.resources, ['azurerm_group']);
    assert.deepEqual(table._counts, { resourceTypes: 3, dataSources: 1, taggable: 1 });
    assert.deepEqual(table._provider, { defaultTags: null });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('generator: an ambiguous labels field stops the generation instead of guessing', () => {
  const root = mkdtempSync(join(tmpdir(), 'onus-labels-'));
  try {
    const google = pkg(root, '@cdktf/provider-google', 'google', {
      provider: declaration('TerraformProvider', 'GoogleProvider', 'google', stringMap('default_labels', 'defaultLabels')),
      odd: declaration('TerraformResource', 'Odd', 'google_odd', stringMap('user_labels', 'userLabels') + stringMap('resource_labels', 'resourceLabels'), effective),
    });
    const r = generate([google]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /google_odd: effective_labels without one labels field \(user_labels, resource_labels\)/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
