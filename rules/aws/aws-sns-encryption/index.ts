/**
 * SNS encryption at rest. SNS stores a topic's messages unencrypted unless the
 * topic names a KMS key (there is no service-owned default, unlike SQS), so a
 * topic without `kms_master_key_id` is the customer's to fix.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  unencrypted: 'SNS topic {name} is not encrypted at rest ({key} {state}). SNS encrypts messages only under a KMS key the topic names.',
};

/**
 * The fix names the AWS managed key for SNS, selected for you to replace:
 * AWS services that publish (CloudWatch alarms, EventBridge, S3 events) need a
 * key whose policy you can edit, which the AWS managed key's is not.
 */
const KEY_PLACEHOLDER = { placeholder: 'alias/aws/sns' };

function check(resource: Resource, context: RuleContext, key: string): void {
  const value = get(resource.body, key);
  if (value && value.kind !== 'scalar') return; // a reference or an intrinsic: unknown
  const text = str(value);
  if (text) return;
  const data = { name: resource.name, key, state: text === '' ? 'is empty' : 'not set' };
  if (text === '' && value?.span) {
    context.report({ messageId: 'unencrypted', data, span: value.span, fixes: [replaceFix('Name a KMS key', value, KEY_PLACEHOLDER)] });
    return;
  }
  context.report({ messageId: 'unencrypted', data, span: resource.typeSpan, fixes: [setFix(`Add ${key}`, resource.body, key, KEY_PLACEHOLDER)] });
}

export default defineRule({
  meta: {
    id: 'aws-sns-encryption',
    title: 'SNS topics are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages,
    description:
      'SNS encrypts the messages it stores only when the topic names a KMS key; there is no default encryption. Set `kms_master_key_id` (CloudFormation `KmsMasterKeyId`) on every topic, preferably to a customer-managed key whose policy lets your publishers use it.',
    aliases: { checkov: ['CKV_AWS_26'], trivy: ['AVD-AWS-0095'], tfsec: ['aws-sns-enable-topic-encryption'], kics: ['28545147'] },
    compliance: ['NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_sns_topic'],
    check(resource, context) {
      check(resource, context, 'kms_master_key_id');
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::SNS::Topic'],
    check(resource, context) {
      check(resource, context, 'KmsMasterKeyId');
    },
  },
});
