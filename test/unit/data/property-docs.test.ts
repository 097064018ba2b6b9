/** The generated CloudFormation property documentation (rules/data/cloudformation-property-docs.json). */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import table from '../../../rules/data/cloudformation-property-docs.json';
import { nestedPropertyDoc, propertyDoc, readableType, typeDoc } from '../../../rules/data/property-docs';

const root = resolve(__dirname, '../../..');

interface DocsLib {
  buildPropertyDocs(root: string): Promise<{ version: string; decoded: unknown; counts: Record<string, number> }>;
  serializeDocs(built: unknown): string;
  decode(data: string): unknown;
  shortDoc(text: string): string;
  docOf(text: string): string;
}

async function loadLib(): Promise<DocsLib> {
  // The generator exports its build (it writes the file only when run directly).
  // A computed specifier keeps tsc from looking for declarations of the .mjs file.
  return (await import(pathToFileURL(join(root, 'scripts', 'generate-property-docs.mjs')).href)) as DocsLib;
}

const item = { item: true } as const;

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
  assert.equal(propertyDoc('AWS::EC2::Volume', 'Encrypted')?.type, 'Boolean');
  assert.equal(propertyDoc('AWS::S3::Bucket', 'Tags')?.type, 'list of Tag');
  assert.equal(propertyDoc('AWS::S3::Bucket', 'BucketEncryption')?.owner, undefined);
});

test('property docs: nested properties at any depth, through lists, maps and unions', () => {
  const sse = ['BucketEncryption', 'ServerSideEncryptionConfiguration', item, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] as const;
  assert.deepEqual(nestedPropertyDoc('AWS::S3::Bucket', sse), {
    doc: 'Server-side encryption algorithm to use for the default encryption.',
    required: true,
    type: 'String',
    owner: 'ServerSideEncryptionByDefault',
  });
  assert.deepEqual(nestedPropertyDoc('AWS::S3::Bucket', sse.slice(0, 2)), {
    doc: 'Specifies the default server-side-encryption configuration.',
    required: true,
    type: 'list of ServerSideEncryptionRule',
    owner: 'BucketEncryption',
  });
  assert.equal(nestedPropertyDoc('AWS::EC2::Instance', ['BlockDeviceMappings', item, 'Ebs', 'Encrypted'])?.doc, 'Indicates whether the volume should be encrypted.');
  assert.equal(nestedPropertyDoc('AWS::EC2::SecurityGroup', ['SecurityGroupIngress', item, 'CidrIp'])?.owner, 'Ingress');
  // A list of a union: the alternative that declares the key.
  assert.equal(nestedPropertyDoc('AWS::IoTFleetWise::DecoderManifest', ['SignalDecoders', item, 'ObdSignal', 'ByteLength'])?.type, 'Integer or String');
  // A map: its keys are the author's; its values are documented again.
  assert.equal(nestedPropertyDoc('AWS::Lambda::Function', ['Environment', 'Variables'])?.type, 'map of String');
  assert.equal(nestedPropertyDoc('AWS::Lambda::Function', ['Environment', 'Variables', 'MY_VAR']), undefined);
  // Off the documented structure: unknown keys, a missing list step, JSON values, tags, prototype names.
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['BucketEncryption', 'Nope']), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['BucketEncryption', 'ServerSideEncryptionConfiguration', 'ServerSideEncryptionByDefault']), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['BucketEncryption', item, 'ServerSideEncryptionConfiguration']), undefined);
  assert.equal(nestedPropertyDoc('AWS::IAM::Role', ['AssumeRolePolicyDocument', 'Statement']), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['Tags', item, 'Key']), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['BucketEncryption', 'constructor']), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['toString', 'x']), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', []), undefined);
  assert.equal(nestedPropertyDoc('AWS::S3::Bucket', ['Tags', item]), undefined);
});

test('property docs: type codes read as words', () => {
  assert.equal(readableType('String'), 'String');
  assert.equal(readableType('[#Rule'), 'list of Rule');
  assert.equal(readableType('{[String'), 'map of list of String');
  assert.equal(readableType('String|[#Cors'), 'String or list of Cors');
});

test('property docs: counts are plausible; the file stays small', () => {
  assert.ok(table._counts.resourceTypes >= 1500, `${table._counts.resourceTypes} types`);
  assert.ok(table._counts.properties >= 10000, `${table._counts.properties} properties`);
  assert.ok(table._counts.propertyTypes >= 8000, `${table._counts.propertyTypes} property types`);
  assert.ok(table._counts.nestedProperties >= 25000, `${table._counts.nestedProperties} nested properties`);
  // Identical property types are stored once.
  assert.ok(table._counts.distinctShapes <= table._counts.propertyTypes + table._counts.resourceTypes);
  // ≈ 1.0 MB with every nested property (≈ 0.38 MB with top-level properties only).
  assert.ok(readFileSync(join(root, 'rules', 'data', 'cloudformation-property-docs.json'), 'utf8').length < 1_200_000);
  assert.match(table._generated, /^by scripts\/generate-property-docs\.mjs from @aws-cdk\/aws-service-spec@\d+\.\d+\.\d+/);
});

test('property docs: short docs are one plain sentence', async () => {
  const { shortDoc } = await loadLib();
  assert.equal(shortDoc('Configures [acceleration](https://x.example/a) for a bucket. For more, see *the guide* .'), 'Configures acceleration for a bucket.');
  assert.equal(shortDoc('> This is a **legacy** property. Avoid it.'), 'This is a legacy property.');
  assert.ok(shortDoc('word '.repeat(200)).length <= 240);
  assert.equal(shortDoc(undefined as unknown as string), '');
});

test('property docs: a doc is the first sentence of the first paragraph', async () => {
  const { docOf } = await loadLib();
  assert.equal(docOf('The key ID to use for encryption.\n\n> - *General* - only with `aws:kms` .'), 'The key ID to use for encryption.');
  assert.equal(docOf('The key ID to use\n\n> - *General* - only with `aws:kms` .'), 'The key ID to use');
  assert.equal(docOf(undefined as unknown as string), '');
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
