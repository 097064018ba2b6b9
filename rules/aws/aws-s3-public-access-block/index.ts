/**
 * S3 Block Public Access: the four switches that stop a bucket from being made
 * public by an ACL or a bucket policy. AWS turns them on for new buckets since
 * April 2023, but a Terraform `aws_s3_bucket_public_access_block` defaults each
 * one to false: declaring it partly switches the rest off.
 */
import type { Span } from '../../../server/src/core/text';
import { defineRule, type RuleContext, type Severity } from '../../../server/src/engine/rule';
import type { FixValue, SemanticChange } from '../../../server/src/fixes/types';
import { get } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { replaceFix, setFix, setting } from '../../lib/report';
import { linkedResources } from '../../lib/terraform-links';

const PAB = 'aws_s3_bucket_public_access_block';
const ACCOUNT_PAB = 'aws_s3_account_public_access_block';

/** Terraform and CloudFormation spellings, in the same order. The first two stop a bucket from being made public. */
const TERRAFORM_KEYS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'] as const;
const CFN_KEYS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

const messages = {
  absent:
    'No public access block is declared for {name}. S3 blocks public access on new buckets by default (since April 2023), but this code does not enforce it: a bucket created earlier, or changed outside this code, can be made public. Declare all four settings as true.',
  off: '{key} is false, so {effect}. Set it to true unless this bucket must be public (then prefer CloudFront with origin access control).',
  missing: 'This public access block leaves {keys} unset, which means false: {effect}. Set all four to true.',
};

const effects: Record<string, string> = {
  block_public_acls: 'public ACLs can be granted on the bucket and its objects',
  block_public_policy: 'a bucket policy can grant public access',
  ignore_public_acls: 'existing public ACLs are honoured',
  restrict_public_buckets: 'a public bucket policy is honoured for anyone',
};

function severityOf(index: number): Severity {
  return index < 2 ? 'high' : 'medium';
}

/** Per setting, whether an account-level block in the unit certainly turns it on (`maybe` when unknown). */
function accountLevel(context: RuleContext): ('on' | 'off' | 'maybe')[] {
  const blocks = context.unit.filter((r) => r.type === ACCOUNT_PAB);
  return TERRAFORM_KEYS.map((key) => {
    let state: 'on' | 'off' | 'maybe' = 'off';
    for (const block of blocks) {
      const s = setting(block.body, key).state;
      if (s === 'on') return 'on';
      if (s === 'unknown') state = 'maybe';
    }
    return state;
  });
}

/** Checks the four settings of one block (Terraform resource or CloudFormation configuration). */
function checkSettings(resource: Resource, object: MObject, keys: readonly string[], covered: boolean[], context: RuleContext, missingAt: () => Span): void {
  const missing: number[] = [];
  keys.forEach((key, i) => {
    if (covered[i]) return;
    const { state, value } = setting(object, key);
    if (state === 'off' && value?.span) {
      const data = { key, effect: effects[TERRAFORM_KEYS[i]] };
      context.report({ messageId: 'off', data, severity: severityOf(i), span: value.span, fixes: [replaceFix(`Set ${key} to true`, value, true)] });
    } else if (state === 'absent' || state === 'off') missing.push(i);
  });
  if (missing.length === 0) return;
  const names = missing.map((i) => keys[i]);
  const changes: SemanticChange[] = names.map((key) => ({ kind: 'set', target: object, key, value: true }));
  context.report({
    messageId: 'missing',
    data: { keys: names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0], effect: effects[TERRAFORM_KEYS[missing[0]]] },
    severity: severityOf(missing[0]),
    span: missingAt(),
    fixes: [{ title: `Set ${names.join(', ')} to true`, kind: 'quickfix', preferred: true, changes }],
  });
}

function pabName(bucket: Resource, context: RuleContext): string {
  const taken = new Set(context.unit.filter((r) => r.type === PAB).map((r) => r.name));
  let name = bucket.name;
  for (let i = 2; taken.has(name); i++) name = `${bucket.name}_${i}`;
  return name;
}

function terraformBucket(bucket: Resource, context: RuleContext): void {
  const links = linkedResources(bucket, context.unit, [PAB], 'bucket', 'bucket');
  if (links.linked.length > 0 || links.maybe.length > 0) return; // checked on the block itself
  // An account-level block that turns (or may turn) every setting on covers the bucket.
  if (accountLevel(context).every((s) => s !== 'off')) return;
  const body: Record<string, FixValue> = { bucket: { hcl: `aws_s3_bucket.${bucket.name}.id` } };
  for (const key of TERRAFORM_KEYS) body[key] = true;
  context.report({
    messageId: 'absent',
    severity: 'low',
    data: { name: bucket.name },
    span: bucket.typeSpan,
    fixes: [{ title: `Add ${PAB} for ${bucket.name} (all four settings true)`, kind: 'quickfix', preferred: true, changes: [{ kind: 'addResource', after: bucket.span, type: PAB, name: pabName(bucket, context), body }] }],
  });
}

function cloudFormationBucket(bucket: Resource, context: RuleContext): void {
  const configuration = get(bucket.body, 'PublicAccessBlockConfiguration');
  if (!configuration || (configuration.kind === 'scalar' && configuration.value === null)) {
    const value: FixValue = Object.fromEntries(CFN_KEYS.map((k) => [k, true]));
    context.report({ messageId: 'absent', severity: 'low', data: { name: bucket.name }, span: bucket.typeSpan, fixes: [setFix('Add PublicAccessBlockConfiguration (all four settings true)', bucket.body, 'PublicAccessBlockConfiguration', value)] });
    return;
  }
  if (configuration.kind !== 'object') return; // an intrinsic: not known statically
  const at = bucket.body.entries.get('PublicAccessBlockConfiguration')?.keySpan ?? bucket.typeSpan;
  checkSettings(bucket, configuration, CFN_KEYS, [false, false, false, false], context, () => at);
}

export default defineRule({
  meta: {
    id: 'aws-s3-public-access-block',
    title: 'S3 buckets block public access',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'Whether a bucket can be made public is the customer\'s setting. AWS turns S3 Block Public Access on for new buckets since April 2023, but code that does not declare it does not enforce it, and a Terraform public access block defaults every setting it omits to false. Declare block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets as true (per bucket or for the account).',
    aliases: { checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'], trivy: ['AVD-AWS-0086', 'AVD-AWS-0087', 'AVD-AWS-0091', 'AVD-AWS-0093', 'AVD-AWS-0094'], kics: ['1ec253ab', '4fa66806', 'bf878b1a'] },
    compliance: ['CIS AWS 2.1.4', 'NIST 800-53 AC-3', 'NIST 800-53 AC-21'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_s3_bucket', PAB],
    check(resource, context) {
      if (resource.type === 'aws_s3_bucket') terraformBucket(resource, context);
      else checkSettings(resource, resource.body, TERRAFORM_KEYS, accountLevel(context).map((s) => s !== 'off'), context, () => resource.typeSpan);
    },
  },
  cloudformation: { resourceTypes: ['AWS::S3::Bucket'], check: cloudFormationBucket },
});
