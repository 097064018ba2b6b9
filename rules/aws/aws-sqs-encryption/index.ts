/**
 * SQS encryption at rest. Since October 2022 SQS encrypts every new queue with
 * SQS-owned keys (SSE-SQS) unless the request turns it off, and the AWS
 * provider (since v4.36) no longer sends `false` by default: a queue without
 * settings is encrypted, and gets only an `info` hint. What stays the
 * customer's: not opting out, and choosing a KMS key they control.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  disabled:
    'SQS queue {name} turns server-side encryption off ({managed} is false and no KMS key is named): messages are stored unencrypted. Remove the opt-out, or name a KMS key.',
  'provider-default':
    'SQS encrypts new queues with SQS-owned keys (SSE-SQS) by default since October 2022; declare the encryption explicitly, and name a KMS key if the messages must be encrypted under a key you control.',
};

interface Spelling {
  managed: string;
  key: string;
}

const terraform: Spelling = { managed: 'sqs_managed_sse_enabled', key: 'kms_master_key_id' };
const cloudFormation: Spelling = { managed: 'SqsManagedSseEnabled', key: 'KmsMasterKeyId' };

/** The SQS alias of the AWS managed key: a valid SSE-KMS key that exists in every account. */
const AWS_MANAGED_KEY = 'alias/aws/sqs';

function check(resource: Resource, context: RuleContext, spelling: Spelling): void {
  const keyValue = get(resource.body, spelling.key);
  // A named key (or one that cannot be known) means SSE-KMS.
  if (keyValue && keyValue.kind !== 'scalar') return;
  const keyText = str(keyValue);
  if (keyText) return;
  const { state, value } = setting(resource.body, spelling.managed);
  if (state === 'on' || state === 'unknown') return;
  const tf = resource.format === 'terraform';
  if (state === 'off' && value?.span) {
    context.report({
      messageId: 'disabled',
      data: { name: resource.name, managed: spelling.managed },
      span: value.span,
      fixes: [replaceFix(tf ? `Set ${spelling.managed} = true` : `Set ${spelling.managed}: true`, value, true)],
    });
    return;
  }
  // The provider rejects both settings together, so an empty key id is replaced rather than joined by the SSE-SQS switch.
  const fix =
    keyText === '' && keyValue?.span
      ? replaceFix(`Use the AWS managed key ${AWS_MANAGED_KEY}`, keyValue, AWS_MANAGED_KEY)
      : setFix(tf ? `Declare ${spelling.managed} = true (SSE-SQS)` : `Declare ${spelling.managed}: true (SSE-SQS)`, resource.body, spelling.managed, true);
  context.report({ messageId: 'provider-default', severity: 'info', span: resource.typeSpan, fixes: [fix] });
}

export default defineRule({
  meta: {
    id: 'aws-sqs-encryption',
    title: 'SQS queues keep server-side encryption on',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages,
    description:
      'Since October 2022 SQS encrypts the messages of every new queue with SQS-owned keys unless told not to. The customer owns not opting out (`sqs_managed_sse_enabled = false` without a key) and the choice of a KMS key they control when the messages require it.',
    aliases: { checkov: ['CKV_AWS_27'], trivy: ['AVD-AWS-0096'], tfsec: ['aws-sqs-enable-queue-encryption'], kics: ['6e8849c1'] },
    compliance: ['NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_sqs_queue'],
    check(resource, context) {
      check(resource, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::SQS::Queue'],
    check(resource, context) {
      check(resource, context, cloudFormation);
    },
  },
});
