/**
 * S3 server access logging. S3 writes access logs only for buckets the
 * customer configures, into a target bucket they choose; a bucket that is
 * itself a log target is exempt (logging it into itself, or into yet another
 * bucket, is a loop or a regress).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../../server/src/fixes/types';
import { get, objects, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { referencedResource } from '../../lib/links';
import { awsSplitS3 } from '../../lib/provider-version';
import { setFix } from '../../lib/report';
import { bucketParts, pointsAt } from '../../lib/terraform-links';

const messages = {
  'no-logging':
    'Bucket {name} has no server access logging: requests to it (who read, wrote or deleted which object) are not recorded. Configure access logging into a separate log bucket, or record S3 data events with CloudTrail.',
};

const LOGGING_TYPE = 'aws_s3_bucket_logging';
const PLACEHOLDER = 'LOG_BUCKET_NAME';

/**
 * Terraform: whether the bucket receives access logs — an inline `logging` block or an
 * `aws_s3_bucket_logging` of the module names it (or may: an unknown target) in `target_bucket` —
 * or grants the log delivery group (`acl = "log-delivery-write"`, inline or `aws_s3_bucket_acl`).
 */
function terraformIsLogTarget(bucket: Resource, context: RuleContext): boolean {
  for (const other of context.unit) {
    if (other.format !== 'terraform') continue;
    const targets = other.type === 'aws_s3_bucket' && other !== bucket ? objects(other.body, 'logging') : other.type === LOGGING_TYPE ? [other.body] : [];
    if (targets.some((t) => pointsAt(get(t, 'target_bucket'), bucket, 'bucket') !== 'no')) return true;
  }
  if (str(get(bucket.body, 'acl')) === 'log-delivery-write') return true;
  const acls = bucketParts(bucket, context.unit, 'acl');
  return [...acls.linked, ...acls.maybe].some((acl) => str(get(acl.body, 'acl')) === 'log-delivery-write');
}

function terraformLogged(bucket: Resource, context: RuleContext): boolean {
  if (bucket.body.entries.has('logging')) return true;
  const parts = bucketParts(bucket, context.unit, 'logging');
  return parts.linked.length > 0 || parts.maybe.length > 0;
}

function loggingName(bucket: Resource, context: RuleContext): string {
  const taken = new Set(context.unit.filter((r) => r.type === LOGGING_TYPE).map((r) => r.name));
  let name = bucket.name;
  for (let i = 2; taken.has(name); i++) name = `${bucket.name}_${i}`;
  return name;
}

function terraformFix(bucket: Resource, context: RuleContext): SemanticFix {
  const title = `Add access logging for ${bucket.name} (edit the selected log bucket)`;
  const settings: Record<string, FixValue> = { target_bucket: { placeholder: PLACEHOLDER }, target_prefix: `${bucket.name}/` };
  // AWS provider v3 has only the inline block (rules/lib/provider-version.ts).
  if (!awsSplitS3(context.unitDocuments)) return setFix(title, bucket.body, 'logging', { block: settings }, true);
  const body: Record<string, FixValue> = { bucket: { hcl: `aws_s3_bucket.${bucket.name}.id` }, ...settings };
  return { title, kind: 'quickfix', preferred: true, changes: [{ kind: 'addResource', after: bucket.span, type: LOGGING_TYPE, name: loggingName(bucket, context), body }] };
}

/** CloudFormation: another bucket's `LoggingConfiguration.DestinationBucketName` refers to it, or it grants `LogDeliveryWrite`. */
function cloudFormationIsLogTarget(bucket: Resource, context: RuleContext): boolean {
  if (str(get(bucket.body, 'AccessControl')) === 'LogDeliveryWrite') return true;
  return cloudFormationLogTargets(context.unit).get(bucket.name)?.some((source) => source !== bucket.name) ?? false;
}

/** Bucket logical id → the buckets that log into it, computed once per template (a per-bucket scan was quadratic on large templates). */
const logTargets = new WeakMap<readonly Resource[], Map<string, string[]>>();

function cloudFormationLogTargets(unit: readonly Resource[]): Map<string, string[]> {
  let targets = logTargets.get(unit);
  if (targets) return targets;
  targets = new Map();
  for (const other of unit) {
    if (other.type !== 'AWS::S3::Bucket') continue;
    const config = get(other.body, 'LoggingConfiguration');
    const destination = config?.kind === 'object' ? get(config, 'DestinationBucketName') : undefined;
    const target = referencedResource(unit, destination, 'cloudformation');
    if (target) targets.set(target.name, [...(targets.get(target.name) ?? []), other.name]);
  }
  logTargets.set(unit, targets);
  return targets;
}

function check(bucket: Resource, context: RuleContext): void {
  const data = { name: bucket.name };
  if (bucket.format === 'terraform') {
    if (terraformLogged(bucket, context) || terraformIsLogTarget(bucket, context)) return;
    context.report({ messageId: 'no-logging', data, span: bucket.typeSpan, fixes: [terraformFix(bucket, context)] });
    return;
  }
  if (isSet(bucket.body, 'LoggingConfiguration') || cloudFormationIsLogTarget(bucket, context)) return;
  const value: FixValue = { DestinationBucketName: { placeholder: PLACEHOLDER }, LogFilePrefix: `${bucket.name}/` };
  context.report({
    messageId: 'no-logging',
    data,
    span: bucket.typeSpan,
    fixes: [setFix(`Add LoggingConfiguration (edit the selected log bucket)`, bucket.body, 'LoggingConfiguration', value)],
  });
}

export default defineRule({
  meta: {
    id: 'aws-s3-access-logging',
    title: 'S3 buckets record server access logs',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'low',
    messages,
    description:
      'S3 records requests to a bucket only when the customer enables server access logging into a target bucket (or records S3 data events with CloudTrail). Without it, who read, changed or deleted which object cannot be established after an incident. Enable access logging on every bucket that is not itself a log target.',
    aliases: { checkov: ['CKV_AWS_18'], trivy: ['AVD-AWS-0089'], tfsec: ['aws-s3-enable-bucket-logging'], kics: ['f861041c'] },
    compliance: ['CIS AWS 3.4', 'NIST 800-53 AU-2', 'NIST 800-53 AU-12'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_s3_bucket'], check },
  // It reads only the other buckets (who logs into this one): its findings are kept while no bucket changes.
  cloudformation: { resourceTypes: ['AWS::S3::Bucket'], unitTypes: ['AWS::S3::Bucket'], check },
});
