/**
 * Lifecycle of versioned S3 buckets: with versioning on, every overwrite or
 * delete keeps the previous version as a noncurrent version, billed like any
 * object, until a lifecycle rule expires (or transitions) it. S3 never does.
 * Only buckets known to be versioned are checked.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../../server/src/fixes/types';
import { get, objects, str, truth } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { awsSplitS3 } from '../../lib/provider-version';
import { keySpanOf, setFix } from '../../lib/report';
import { addPartFix, bucketLabel, partPointsAt, s3Parts } from '../../lib/s3-bucket-links';
import { usesSplitS3Style } from '../../lib/terraform-links';

const messages = {
  none: 'Versioned S3 bucket {name} has no lifecycle rules: every overwritten or deleted object stays as a noncurrent version, billed, for ever. Expire noncurrent versions once you no longer need them to recover.',
  noncurrent:
    'The lifecycle rules of versioned S3 bucket {name} never expire or transition noncurrent versions: every overwritten or deleted object stays, billed, for ever. Add a rule for noncurrent versions.',
};

const PART = 'aws_s3_bucket_lifecycle_configuration';
const RULE_ID = 'expire-noncurrent-versions';
/** How long noncurrent versions are kept when a fix must choose: a quarter, long enough to notice most mistakes. */
const NONCURRENT_DAYS = 90;

/** Whether a Terraform bucket is known to be versioned (Object Lock, inline `enabled = true`, or a linked configuration with status Enabled). */
function terraformVersioned(bucket: Resource, context: RuleContext): boolean {
  if (truth(get(bucket.body, 'object_lock_enabled')) === 'true') return true;
  if (objects(bucket.body, 'versioning').some((v) => truth(get(v, 'enabled')) === 'true')) return true;
  return s3Parts(bucket, 'versioning', context.unit, context.unitDocuments).linked.some((part) =>
    objects(part.body, 'versioning_configuration').some((c) => str(get(c, 'status')) === 'Enabled'),
  );
}

/** Whether some enabled (or possibly enabled) rule handles noncurrent versions; undefined when not knowable. */
function handlesNoncurrent(rules: MObject[], enabled: (rule: MObject) => boolean | undefined, keys: readonly string[]): boolean {
  return rules.some((rule) => enabled(rule) !== false && keys.some((k) => rule.entries.has(k)));
}

const terraformNoncurrent = ['noncurrent_version_expiration', 'noncurrent_version_transition'];

function terraformBucket(bucket: Resource, context: RuleContext): void {
  if (!terraformVersioned(bucket, context)) return;
  const parts = s3Parts(bucket, 'lifecycle_configuration', context.unit, context.unitDocuments);
  if (parts.linked.length > 0 || parts.maybe.length > 0) return; // a linked configuration is checked on its own
  const inline = bucket.body.entries.get('lifecycle_rule');
  if (inline) {
    if (inline.dynamic) return; // generated rules: their content is not known
    const rules = objects(bucket.body, 'lifecycle_rule');
    const enabled = (rule: MObject) => (truth(get(rule, 'enabled')) === 'false' ? false : undefined);
    if (handlesNoncurrent(rules, enabled, terraformNoncurrent)) return;
    context.report({ messageId: 'noncurrent', data: { name: bucket.name }, span: keySpanOf(bucket.body, 'lifecycle_rule', rules[0]) });
    return;
  }
  context.report({ messageId: 'none', data: { name: bucket.name }, span: bucket.typeSpan, fixes: [terraformFix(bucket, context)] });
}

function terraformFix(bucket: Resource, context: RuleContext): SemanticFix {
  if (!(usesSplitS3Style(context.unit) || awsSplitS3(context.unitDocuments))) {
    // AWS provider v3 has no split resource: the inline block is the only way.
    const rule: FixValue = { block: { id: RULE_ID, enabled: true, noncurrent_version_expiration: { block: { days: NONCURRENT_DAYS } } } };
    return setFix(`Add lifecycle_rule expiring noncurrent versions after ${NONCURRENT_DAYS} days (AWS provider v3)`, bucket.body, 'lifecycle_rule', rule, true);
  }
  const rule: FixValue = { block: { id: RULE_ID, status: 'Enabled', filter: { block: {} }, noncurrent_version_expiration: { block: { noncurrent_days: NONCURRENT_DAYS } } } };
  return addPartFix(bucket, context.unit, PART, `Add ${PART} expiring noncurrent versions after ${NONCURRENT_DAYS} days`, { rule });
}

/** A split lifecycle configuration of a versioned bucket must handle noncurrent versions. */
function terraformPart(part: Resource, context: RuleContext): void {
  const buckets = context.unit.filter((r) => r.format === 'terraform' && r.type === 'aws_s3_bucket' && partPointsAt(part, r, context.unit, context.unitDocuments) === 'yes');
  if (!buckets.some((b) => terraformVersioned(b, context))) return;
  if (part.body.entries.get('rule')?.dynamic) return;
  const enabled = (rule: MObject) => (str(get(rule, 'status')) === 'Disabled' ? false : undefined);
  if (handlesNoncurrent(objects(part.body, 'rule'), enabled, terraformNoncurrent)) return;
  context.report({ messageId: 'noncurrent', data: { name: bucketLabel(part, context.unitDocuments) }, span: part.typeSpan });
}

const cloudFormationNoncurrent = ['NoncurrentVersionExpiration', 'NoncurrentVersionExpirationInDays', 'NoncurrentVersionTransition', 'NoncurrentVersionTransitions'];

function cloudFormationBucket(bucket: Resource, context: RuleContext): void {
  const versioning = get(bucket.body, 'VersioningConfiguration');
  const versioned = (versioning?.kind === 'object' && str(get(versioning, 'Status')) === 'Enabled') || truth(get(bucket.body, 'ObjectLockEnabled')) === 'true';
  if (!versioned) return;
  const rule = { Id: RULE_ID, Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: NONCURRENT_DAYS } };
  const lifecycle = get(bucket.body, 'LifecycleConfiguration');
  if (!lifecycle || (lifecycle.kind === 'scalar' && lifecycle.value === null)) {
    const fix = setFix(`Add LifecycleConfiguration expiring noncurrent versions after ${NONCURRENT_DAYS} days`, bucket.body, 'LifecycleConfiguration', { Rules: [rule] });
    context.report({ messageId: 'none', data: { name: bucket.name }, span: bucket.typeSpan, fixes: [fix] });
    return;
  }
  if (lifecycle.kind !== 'object') return;
  const rules = get(lifecycle, 'Rules');
  if (rules?.kind !== 'list' || rules.items.some((i) => i.kind !== 'object')) return; // an intrinsic: not known
  const enabled = (r: MObject) => (str(get(r, 'Status')) === 'Disabled' ? false : undefined);
  if (handlesNoncurrent(objects(lifecycle, 'Rules'), enabled, cloudFormationNoncurrent)) return;
  const fixes = rules.span ? [{ title: `Add a rule expiring noncurrent versions after ${NONCURRENT_DAYS} days`, kind: 'quickfix' as const, preferred: true, changes: [{ kind: 'append' as const, target: rules, value: rule }] }] : [];
  context.report({ messageId: 'noncurrent', data: { name: bucket.name }, span: keySpanOf(bucket.body, 'LifecycleConfiguration', lifecycle), fixes });
}

export default defineRule({
  meta: {
    id: 'aws-s3-lifecycle',
    title: 'Versioned S3 buckets expire noncurrent versions',
    owner: 'customer',
    duty: 'cost-tags',
    severity: 'low',
    messages,
    description:
      'A versioned S3 bucket keeps every overwritten or deleted object as a noncurrent version, billed like any object, until a lifecycle rule removes it; S3 never does it by itself. Deciding how long old versions are kept, and writing the rule, is the customer\'s duty.',
    aliases: { checkov: ['CKV2_AWS_61'] },
    compliance: ['NIST 800-53 SI-12'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_s3_bucket', PART],
    check(resource, context) {
      if (resource.type === 'aws_s3_bucket') terraformBucket(resource, context);
      else terraformPart(resource, context);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::S3::Bucket'],
    check: cloudFormationBucket,
  },
});
