/**
 * CloudTrail log encryption with a KMS key. CloudTrail encrypts log files
 * with S3-managed keys (SSE-S3) by default; encrypting them with a KMS key
 * the customer controls adds a second, separately audited permission
 * (kms:Decrypt) between a reader of the bucket and the audit trail.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { setFix } from '../../lib/report';

function check(resource: Resource, context: RuleContext): void {
  const key = resource.format === 'terraform' ? 'kms_key_id' : 'KMSKeyId';
  if (isSet(resource.body, key)) return;
  const placeholder = 'arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID';
  context.report({
    messageId: 'no-kms',
    data: { name: resource.name },
    span: resource.typeSpan,
    fixes: [setFix(`Add ${key} (edit the selected key ARN)`, resource.body, key, { placeholder })],
  });
}

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-encryption',
    title: 'CloudTrail log files are encrypted with a KMS key',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'medium',
    messages: {
      'no-kms':
        'Trail {name} names no KMS key, so its log files are encrypted only with S3-managed keys: anyone who can read the bucket can read your audit trail. Encrypt it with a KMS key whose policy lets CloudTrail encrypt and only your auditors decrypt.',
    },
    description:
      'CloudTrail encrypts delivered log files with S3-managed keys (SSE-S3) unless the trail names a KMS key — the customer\'s choice. With SSE-KMS, reading the audit trail needs kms:Decrypt on a key whose policy and every use the customer controls and audits, in addition to S3 read access. Name a customer-managed key in `kms_key_id` (CloudFormation `KMSKeyId`).',
    aliases: { checkov: ['CKV_AWS_35'], trivy: ['AVD-AWS-0015'], tfsec: ['aws-cloudtrail-encryption-customer-key'], kics: ['5d9e3164'] },
    compliance: ['CIS AWS 3.5', 'NIST 800-53 AU-9', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_cloudtrail'], check },
  cloudformation: { resourceTypes: ['AWS::CloudTrail::Trail'], check },
});
