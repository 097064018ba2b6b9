/** The generated CloudFormation property documentation (rules/data/cloudformation-property-docs.json). */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import table from '../../../rules/data/cloudformation-property-docs.json';
import { propertyDoc, typeDoc } from '../../../rules/data/property-docs';

const root = resolve(__dirname, '../../..');

interface DocsLib {
  buildPropertyDocs(root: string): Promise<{ version: string; decoded: unknown; counts: Record<string, number> }>;
  serializeDocs(built: unknown): string;
  decode(data: string): unknown;
  shortDoc(text: string): string;
}

async function loadLib(): Promise<DocsLib> {
  // A computed specifier keeps tsc from looking for declarations of the .mjs file.
  return (await import(pathToFileURL(join(root, 'scripts', 'property-docs-lib.mjs')).href)) as DocsLib;
}

test('property docs: any resource type and property, with required flags', () => {
  assert.match(typeDoc('AWS::S3::Bucket') ?? '', /creates an Amazon S3 bucket/);
  assert.match(propertyDoc('AWS::EC2::Volume', 'Encrypted')?.doc ?? '', /encrypted/);
  assert.equal(propertyDoc('AWS::EC2::Volume', 'Encrypted')?.required, false);
  assert.equal(propertyDoc('AWS::EC2::SecurityGroup', 'GroupDescription')?.required, true);
  // SAM types are in the spec without property documentation; their type doc is the SAM specification's address.
  assert.equal(propertyDoc('AWS::Serverless::Function', 'Handler'), undefined);
  assert.match(typeDoc('AWS::Serverless::Function') ?? '', /^https:\/\/\S+$/);
  assert.equal(typeDoc('AWS::Nope::Nothing'), undefined);
  assert.equal(propertyDoc('AWS::S3::Bucket', 'constructor'), undefined);
  assert.equal(typeDoc('toString'), undefined);
});

test('property docs: counts are plausible; the file stays small', () => {
  assert.ok(table._counts.resourceTypes >= 1500, `${table._counts.resourceTypes} types`);
  assert.ok(table._counts.properties >= 10000, `${table._counts.properties} properties`);
  assert.ok(readFileSync(join(root, 'rules', 'data', 'cloudformation-property-docs.json'), 'utf8').length < 600_000);
  assert.match(table._generated, /^by scripts\/generate-property-docs\.mjs from @aws-cdk\/aws-service-spec@\d+\.\d+\.\d+/);
});

test('property docs: short docs are one plain sentence', async () => {
  const { shortDoc } = await loadLib();
  assert.equal(shortDoc('Configures [acceleration](https://x.example/a) for a bucket. For more, see *the guide* .'), 'Configures acceleration for a bucket.');
  assert.equal(shortDoc('> This is a **legacy** property. Avoid it.'), 'This is a legacy property.');
  assert.ok(shortDoc('word '.repeat(200)).length <= 240);
  assert.equal(shortDoc(undefined as unknown as string), '');
});

test('property docs: committed JSON equals a fresh generation (drift)', async (t) => {
  if (!existsSync(join(root, 'node_modules', '@aws-cdk', 'aws-service-spec'))) {
    t.skip('@aws-cdk/aws-service-spec not installed; run npm install to check drift');
    return;
  }
  const lib = await loadLib();
  const built = await lib.buildPropertyDocs(root);
  const committed = JSON.parse(readFileSync(join(root, 'rules', 'data', 'cloudformation-property-docs.json'), 'utf8'));
  const fresh = JSON.parse(lib.serializeDocs(built));
  // gzip bytes may differ between zlib builds: compare what they decode to.
  assert.equal(committed._generated, fresh._generated, 'rules/data/cloudformation-property-docs.json is stale: run node scripts/generate-property-docs.mjs');
  assert.deepEqual(committed._counts, fresh._counts);
  assert.deepEqual(lib.decode(committed.data), built.decoded, 'rules/data/cloudformation-property-docs.json is stale: run node scripts/generate-property-docs.mjs');
});
