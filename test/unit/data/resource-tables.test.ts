import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cloudFormationTagging, terraformTaggable } from '../../../rules/data/taggable';
import cloudFormationTags from '../../../rules/data/cloudformation-tags.json';
import terraformTags from '../../../rules/data/terraform-tags.json';

const root = resolve(__dirname, '../../..');
const dataDir = join(root, 'rules', 'data');

/** The part of scripts/resource-tables-lib.mjs this test uses (plain JS, so typed here). */
interface TablesLib {
  missingSources(root: string): string[];
  installedVersion(root: string, name: string): string | undefined;
  generateAll(root: string): Promise<Record<string, string>>;
}

async function loadLib(): Promise<TablesLib> {
  // A computed specifier keeps tsc from looking for declarations of the .mjs file.
  const url = pathToFileURL(join(root, 'scripts', 'resource-tables-lib.mjs')).href;
  return (await import(url)) as TablesLib;
}

test('terraform: taggable resources', () => {
  for (const type of ['aws_s3_bucket', 'aws_instance', 'aws_ebs_volume', 'aws_db_instance', 'aws_rds_cluster', 'aws_security_group']) {
    assert.equal(terraformTaggable(type), true, type);
  }
});

test('terraform: resources without tags, data sources and unknown names are not taggable', () => {
  for (const type of [
    'aws_s3_bucket_policy',
    'aws_security_group_rule',
    'aws_iam_role_policy_attachment',
    // tags through repeated `tag` blocks, not a `tags` map (see rules/data/README.md)
    'aws_autoscaling_group',
    // data source names are not resource types
    'aws_caller_identity',
    'aws_iam_policy_document',
    'not_a_type',
    '',
  ]) {
    assert.equal(terraformTaggable(type), false, type);
  }
});

test('cloudformation: tagging property and variant', () => {
  assert.deepEqual(cloudFormationTagging('AWS::S3::Bucket'), { property: 'Tags', variant: 'standard' });
  assert.deepEqual(cloudFormationTagging('AWS::AutoScaling::AutoScalingGroup'), { property: 'Tags', variant: 'asg' });
  assert.deepEqual(cloudFormationTagging('AWS::SSM::Parameter'), { property: 'Tags', variant: 'map' });
  assert.deepEqual(cloudFormationTagging('AWS::EFS::FileSystem'), { property: 'FileSystemTags', variant: 'standard' });
  assert.deepEqual(cloudFormationTagging('AWS::EC2::Volume'), { property: 'Tags', variant: 'standard' });
  assert.equal(cloudFormationTagging('AWS::EC2::SecurityGroupIngress'), undefined);
  assert.equal(cloudFormationTagging('AWS::S3::BucketPolicy'), undefined);
  assert.equal(cloudFormationTagging('aws_s3_bucket'), undefined);
});

test('cloudformation: answers are shared and frozen', () => {
  const a = cloudFormationTagging('AWS::S3::Bucket');
  assert.equal(a, cloudFormationTagging('AWS::S3::Bucket'));
  assert.ok(Object.isFrozen(a));
});

test('tables: counts are plausible and agree with their contents', () => {
  const cfn = cloudFormationTags._counts;
  assert.ok(cfn.resourceTypes >= 1500 && cfn.resourceTypes <= 4000, `CFN resource types: ${cfn.resourceTypes}`);
  assert.ok(cfn.taggable >= 800 && cfn.taggable < cfn.resourceTypes, `CFN taggable: ${cfn.taggable}`);
  assert.equal(Object.keys(cloudFormationTags.resources).length, cfn.taggable);

  const tf = terraformTags._counts;
  assert.ok(tf.resourceTypes >= 1200 && tf.resourceTypes <= 4000, `TF resource types: ${tf.resourceTypes}`);
  assert.ok(tf.taggable >= 500 && tf.taggable < tf.resourceTypes, `TF taggable: ${tf.taggable}`);
  assert.equal(terraformTags.resources.length, tf.taggable);
});

test('tables: well-formed and sorted', () => {
  const tfTypes = terraformTags.resources;
  assert.deepEqual(tfTypes, [...new Set(tfTypes)].sort());
  for (const type of tfTypes) assert.match(type, /^aws_[a-z0-9_]+$/);

  const cfnTypes = Object.keys(cloudFormationTags.resources);
  assert.deepEqual(cfnTypes, [...cfnTypes].sort());
  const variants = new Set<string>();
  for (const [type, entry] of Object.entries(cloudFormationTags.resources)) {
    assert.match(type, /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
    assert.equal(entry.length, 2, type);
    const [property = '', variant = ''] = entry;
    assert.match(property, /^[A-Z][A-Za-z0-9]*$/, type);
    assert.match(variant, /^[a-z]+$/, type);
    variants.add(variant);
  }
  assert.ok(variants.has('standard') && variants.has('map') && variants.has('asg'), [...variants].join());

  for (const table of [cloudFormationTags, terraformTags]) {
    assert.match(table._generated, /^by scripts\/generate-resource-tables\.mjs from @[\w-]+\/[\w-]+@\d+\.\d+\.\d+/);
  }
});

test('tables: committed JSON equals a fresh generation (drift)', async (t) => {
  const lib = await loadLib();
  const missing = lib.missingSources(root);
  if (missing.length > 0) {
    t.skip(`source packages not installed (${missing.join(', ')}); run npm install to check drift`);
    return;
  }
  const generated = await lib.generateAll(root);
  assert.deepEqual(Object.keys(generated).sort(), ['cloudformation-tags.json', 'terraform-tags.json']);
  for (const [name, text] of Object.entries(generated)) {
    assert.equal(readFileSync(join(dataDir, name), 'utf8'), text, `rules/data/${name} is stale: run npm run generate`);
  }
});

test('generator: reads the declaring class and its own config interface only', async () => {
  const { inspectDeclaration } = (await loadLib()) as TablesLib & {
    inspectDeclaration(source: string): { type: string; kind: string; tags: boolean; tagsAllInput: boolean } | undefined;
  };
  const source = [
    'export interface FooConfigA extends cdktf.TerraformMetaArguments {',
    '    readonly name: string;',
    '}',
    'export interface FooRule {',
    '    readonly tags?: {',
    '        [key: string]: string;',
    '    };',
    '}',
    'export declare class Foo extends cdktf.TerraformResource {',
    '    static readonly tfResourceType = "aws_foo_thing";',
    '    constructor(scope: Construct, id: string, config: FooConfigA);',
    '}',
  ].join('\n');
  // `tags` on a nested block does not make the resource taggable.
  assert.deepEqual(inspectDeclaration(source), { type: 'aws_foo_thing', kind: 'resource', tags: false, tagsAllInput: false });
  const tagged = source.replace('    readonly name: string;', '    readonly tags?: {\n        [key: string]: string;\n    };');
  assert.deepEqual(inspectDeclaration(tagged), { type: 'aws_foo_thing', kind: 'resource', tags: true, tagsAllInput: false });
  const data = source.replace('TerraformResource', 'TerraformDataSource');
  assert.equal(inspectDeclaration(data)?.kind, 'data');
  assert.equal(inspectDeclaration('export const x = 1;'), undefined);
});
