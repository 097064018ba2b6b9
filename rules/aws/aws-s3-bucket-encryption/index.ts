/**
 * S3 default encryption. Since 5 January 2023 S3 encrypts every new object
 * with S3-managed keys (SSE-S3) in every bucket, and that base level cannot be
 * turned off; so a bucket without a configuration is encrypted, and only gets
 * an `info` hint. What stays the customer's: a configuration that is valid,
 * and the choice of key (SSE-KMS / DSSE-KMS with a key they control).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue } from '../../../server/src/fixes/types';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { blockKeySpan, isSet } from '../../lib/blocks';
import { awsSplitS3 } from '../../lib/provider-version';
import { bucketParts } from '../../lib/terraform-links';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  'invalid-algorithm':
    'The default encryption of {name} names the algorithm "{algorithm}", which S3 does not accept (valid: AES256, aws:kms, aws:kms:dsse); the deployment will be rejected.',
  'missing-algorithm':
    'The default encryption rule of {name} names no algorithm ({key} is required); the deployment will be rejected. Choose AES256 (S3-managed keys) or aws:kms with a key you control.',
  'provider-default':
    'S3 encrypts new objects with S3-managed keys (SSE-S3) by default since January 2023; declare the encryption explicitly and choose a KMS key if your data must be encrypted under a key you control.',
};

/** The values PutBucketEncryption accepts (case-sensitive, as the provider validates them). */
const ALGORITHMS: readonly string[] = ['AES256', 'aws:kms', 'aws:kms:dsse'];

const CONFIG_TYPE = 'aws_s3_bucket_server_side_encryption_configuration';

interface Spelling {
  byDefault: string;
  algorithm: string;
  keyId: string;
}

const terraform: Spelling = { byDefault: 'apply_server_side_encryption_by_default', algorithm: 'sse_algorithm', keyId: 'kms_master_key_id' };
const cloudFormation: Spelling = { byDefault: 'ServerSideEncryptionByDefault', algorithm: 'SSEAlgorithm', keyId: 'KMSMasterKeyID' };

/**
 * Checks the `apply_server_side_encryption_by_default` / `ServerSideEncryptionByDefault`
 * of one rule. The replacement algorithm keeps a named KMS key meaningful: S3
 * rejects a key id with AES256, so a block naming a key gets `aws:kms`.
 */
function checkRule(resource: Resource, rule: MObject, context: RuleContext, spelling: Spelling): void {
  for (const byDefault of objects(rule, spelling.byDefault)) {
    const value = get(byDefault, spelling.algorithm);
    const replacement = isSet(byDefault, spelling.keyId) ? 'aws:kms' : 'AES256';
    const shown = resource.format === 'terraform' ? `${spelling.algorithm} = "${replacement}"` : `${spelling.algorithm}: ${replacement}`;
    if (!value || (value.kind === 'scalar' && value.value === null)) {
      context.report({
        messageId: 'missing-algorithm',
        data: { name: resource.name, key: spelling.algorithm },
        span: blockKeySpan(rule, spelling.byDefault, byDefault),
        fixes: [setFix(`Add ${shown}`, byDefault, spelling.algorithm, replacement)],
      });
      continue;
    }
    if (value.kind === 'unknown' || !value.span) continue;
    if (value.kind === 'scalar' && typeof value.value === 'string' && ALGORITHMS.includes(value.value)) continue;
    const algorithm = value.kind === 'scalar' ? String(value.value) : value.kind;
    context.report({
      messageId: 'invalid-algorithm',
      data: { name: resource.name, algorithm },
      span: value.span,
      fixes: [replaceFix(`Set ${shown}`, value, replacement)],
    });
  }
}

/**
 * Whether a split `aws_s3_bucket_server_side_encryption_configuration` of the
 * module may configure this bucket: its `bucket` references the bucket
 * (`aws_s3_bucket.NAME.id` / `.bucket`) or equals the bucket's literal name.
 * A `bucket` that cannot be joined (a variable, a count index, a module
 * output) may be this bucket, and unknown must not produce a finding.
 */
function configuredElsewhere(bucket: Resource, context: RuleContext): boolean {
  const links = bucketParts(bucket, context.unit, 'server_side_encryption_configuration');
  return links.linked.length > 0 || links.maybe.length > 0;
}

/** The new resource's name: the bucket's, unless the module already has a configuration by that name. */
function configName(bucket: Resource, context: RuleContext): string {
  const taken = new Set(context.unit.filter((r) => r.type === CONFIG_TYPE).map((r) => r.name));
  let name = bucket.name;
  for (let i = 2; taken.has(name); i++) name = `${bucket.name}_${i}`;
  return name;
}

function terraformBucket(resource: Resource, context: RuleContext): void {
  for (const configuration of objects(resource.body, 'server_side_encryption_configuration')) {
    for (const rule of objects(configuration, 'rule')) checkRule(resource, rule, context, terraform);
  }
  // The inline block (deprecated since provider v4, still honoured) or a linked resource: declared.
  if (resource.body.entries.has('server_side_encryption_configuration') || configuredElsewhere(resource, context)) return;
  if (!awsSplitS3(context.unitDocuments)) {
    // AWS provider v3 has no split resource: the inline block is the only way (rules/lib/provider-version.ts).
    const inline: FixValue = { block: { rule: { block: { apply_server_side_encryption_by_default: { block: { sse_algorithm: 'AES256' } } } } } };
    context.report({
      messageId: 'provider-default',
      severity: 'info',
      span: resource.typeSpan,
      fixes: [setFix('Declare server_side_encryption_configuration (SSE-S3, AWS provider v3)', resource.body, 'server_side_encryption_configuration', inline, true)],
    });
    return;
  }
  const body: Record<string, FixValue> = {
    bucket: { hcl: `aws_s3_bucket.${resource.name}.id` },
    rule: { block: { apply_server_side_encryption_by_default: { block: { sse_algorithm: 'AES256' } } } },
  };
  context.report({
    messageId: 'provider-default',
    severity: 'info',
    span: resource.typeSpan,
    fixes: [
      {
        title: `Add ${CONFIG_TYPE} for ${resource.name} (SSE-S3)`,
        kind: 'quickfix',
        preferred: true,
        changes: [{ kind: 'addResource', after: resource.span, type: CONFIG_TYPE, name: configName(resource, context), body }],
      },
    ],
  });
}

function cloudFormationBucket(resource: Resource, context: RuleContext): void {
  const encryption = get(resource.body, 'BucketEncryption');
  if (!encryption || (encryption.kind === 'scalar' && encryption.value === null)) {
    const value: FixValue = { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] };
    context.report({
      messageId: 'provider-default',
      severity: 'info',
      span: resource.typeSpan,
      fixes: [setFix('Declare BucketEncryption (SSE-S3)', resource.body, 'BucketEncryption', value)],
    });
    return;
  }
  if (encryption.kind !== 'object') return; // an intrinsic: not known statically
  for (const rule of objects(encryption, 'ServerSideEncryptionConfiguration')) checkRule(resource, rule, context, cloudFormation);
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-encryption',
    title: 'S3 buckets declare a valid default encryption',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'Since January 2023 AWS encrypts every new S3 object with S3-managed keys (SSE-S3), and that cannot be turned off. The customer still owns the choice of key (SSE-KMS or DSSE-KMS with a customer-managed key when the data must be encrypted under a key they control, with its own policy and audit trail) and a default-encryption configuration that S3 accepts.',
    aliases: { checkov: ['CKV_AWS_19'], trivy: ['AVD-AWS-0088'], tfsec: ['aws-s3-enable-bucket-encryption'] },
    compliance: ['NIST 800-53 SC-28', 'NIST 800-53 SC-12'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_s3_bucket', CONFIG_TYPE],
    check(resource, context) {
      if (resource.type === 'aws_s3_bucket') terraformBucket(resource, context);
      else for (const rule of objects(resource.body, 'rule')) checkRule(resource, rule, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::S3::Bucket'],
    check: cloudFormationBucket,
  },
});
