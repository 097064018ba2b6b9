/**
 * S3 versioning: keeping every version of every object is what lets a bucket
 * recover from an overwrite, a delete or ransomware. S3 never turns it on by
 * itself. A bucket is versioned by the inline `versioning` block (deprecated
 * since AWS provider v4, still honoured) or by an `aws_s3_bucket_versioning`
 * that names it; a problem in that resource is reported on it.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { awsSplitS3 } from '../../lib/provider-version';
import { replaceFix, setFix, setting } from '../../lib/report';
import { addPartFix, bucketLabel, objectLockEnabled, s3Parts } from '../../lib/s3-bucket-links';
import { usesSplitS3Style } from '../../lib/terraform-links';

const messages = {
  absent:
    'S3 bucket {name} does not keep object versions: an overwrite or a delete destroys the data for good. Turn versioning on; S3 never does it for you.',
  disabled:
    'Versioning of S3 bucket {name} is {state}: an overwrite or a delete destroys the data for good. Set it to Enabled.',
};

const PART = 'aws_s3_bucket_versioning';

function terraformBucket(bucket: Resource, context: RuleContext): void {
  if (objectLockEnabled(bucket)) return; // S3 turns versioning on for Object Lock buckets
  const parts = s3Parts(bucket, 'versioning', context.unit, context.unitDocuments);
  // A linked resource decides (and is checked on its own); one that may be this bucket's keeps quiet.
  if (parts.linked.length > 0 || parts.maybe.length > 0) return;
  const inline = objects(bucket.body, 'versioning');
  const data = { name: bucket.name };
  for (const block of inline) {
    const { state, value } = setting(block, 'enabled');
    if (state === 'on' || state === 'unknown') return;
    if (state === 'off' && value?.span) {
      context.report({ messageId: 'disabled', data: { ...data, state: 'set to false' }, span: value.span, fixes: [replaceFix('Set enabled to true', value, true)] });
      return;
    }
    // `versioning {}`: `enabled` defaults to false.
    context.report({ messageId: 'absent', data, span: bucket.typeSpan, fixes: [setFix('Add enabled = true', block, 'enabled', true)] });
    return;
  }
  const split = usesSplitS3Style(context.unit) || awsSplitS3(context.unitDocuments);
  const fix = split
    ? addPartFix(bucket, context.unit, PART, `Add ${PART} for ${bucket.name} (status Enabled)`, { versioning_configuration: { block: { status: 'Enabled' } } })
    : setFix('Add versioning { enabled = true } (AWS provider v3)', bucket.body, 'versioning', { block: { enabled: true } }, true);
  context.report({ messageId: 'absent', data, span: bucket.typeSpan, fixes: [fix] });
}

/** The status of a versioning configuration: Enabled passes; Suspended (or anything else known) fails. */
function checkStatus(resource: Resource, configuration: MObject, key: string, name: string, context: RuleContext): void {
  const status = get(configuration, key);
  if (!status || (status.kind === 'scalar' && status.value === null)) {
    const title = resource.format === 'terraform' ? `Add ${key} = "Enabled"` : `Add ${key}: Enabled`;
    context.report({ messageId: 'absent', data: { name }, span: resource.typeSpan, fixes: [setFix(title, configuration, key, 'Enabled')] });
    return;
  }
  const text = str(status);
  if (text === undefined || text === 'Enabled' || !status.span) return;
  context.report({ messageId: 'disabled', data: { name, state: text }, span: status.span, fixes: [replaceFix('Set the status to Enabled', status, 'Enabled')] });
}

function terraformPart(part: Resource, context: RuleContext): void {
  for (const configuration of objects(part.body, 'versioning_configuration')) checkStatus(part, configuration, 'status', bucketLabel(part, context.unitDocuments), context);
}

function cloudFormationBucket(bucket: Resource, context: RuleContext): void {
  const configuration = get(bucket.body, 'VersioningConfiguration');
  if (!configuration || (configuration.kind === 'scalar' && configuration.value === null)) {
    if (objectLockEnabled(bucket)) return; // S3 turns versioning on for Object Lock buckets
    context.report({
      messageId: 'absent',
      data: { name: bucket.name },
      span: bucket.typeSpan,
      fixes: [setFix('Add VersioningConfiguration (Status: Enabled)', bucket.body, 'VersioningConfiguration', { Status: 'Enabled' })],
    });
    return;
  }
  if (configuration.kind === 'object') checkStatus(bucket, configuration, 'Status', bucket.name, context);
}

export default defineRule({
  meta: {
    id: 'aws-s3-versioning',
    title: 'S3 buckets keep object versions',
    owner: 'customer',
    duty: 'backup-recovery',
    severity: 'medium',
    messages,
    description:
      'S3 stores objects durably, but it keeps only the latest version unless the bucket is versioned: an overwrite, a delete or ransomware destroys the data for good. Turning versioning on (and paying for the versions kept) is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_21'], trivy: ['AVD-AWS-0090'], tfsec: ['aws-s3-enable-versioning'], kics: ['568a4d22'] },
    compliance: ['NIST 800-53 CP-9', 'NIST 800-53 CP-10'],
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
