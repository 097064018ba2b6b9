/**
 * Secrets Manager secrets encrypted under a customer-managed KMS key. Every
 * secret is encrypted; without `kms_key_id` it uses the AWS managed key
 * `aws/secretsmanager`, whose policy the customer cannot change: no
 * cross-account access, no separation between readers of different secrets,
 * no way to revoke by disabling the key.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  'aws-managed':
    'Secret {name} is encrypted with the AWS managed key aws/secretsmanager ({state}). Its key policy is not yours: name a customer-managed KMS key to control who can decrypt it and to share it across accounts.',
};

/** The AWS managed key, as an alias name or an alias ARN (`arn:aws:kms:region:account:alias/aws/secretsmanager`). */
function awsManaged(text: string): boolean {
  return /^(alias\/)?aws\/secretsmanager$/.test(text) || /^arn:[\w-]+:kms:[^:]*:[^:]*:alias\/aws\/secretsmanager$/.test(text);
}

/** Selected after the fix, to be replaced with the customer's key. */
const KEY_PLACEHOLDER = { placeholder: 'alias/secrets' };

function check(resource: Resource, context: RuleContext, key: string): void {
  const value = get(resource.body, key);
  if (value && value.kind !== 'scalar') return; // a reference or an intrinsic: unknown
  const text = str(value);
  if (text && !awsManaged(text)) return;
  const state = text ? `${key} names it` : `no ${key}`;
  const data = { name: resource.name, state };
  if (text !== undefined && text !== '' && value?.span) {
    context.report({ messageId: 'aws-managed', data, span: value.span, fixes: [replaceFix('Name a customer-managed key', value, KEY_PLACEHOLDER)] });
    return;
  }
  context.report({ messageId: 'aws-managed', data, span: resource.typeSpan, fixes: [setFix(`Add ${key}`, resource.body, key, KEY_PLACEHOLDER)] });
}

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-kms',
    title: 'Secrets Manager secrets use a customer-managed KMS key',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'low',
    messages,
    description:
      'Secrets Manager always encrypts secrets, by default under the AWS managed key aws/secretsmanager, whose key policy the customer cannot change. Controlling who can decrypt which secret, sharing a secret with another account, and revoking access by disabling the key need a customer-managed key: set `kms_key_id` (CloudFormation `KmsKeyId`).',
    aliases: { checkov: ['CKV_AWS_149'] },
    compliance: ['NIST 800-53 SC-12', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_secretsmanager_secret'],
    check(resource, context) {
      check(resource, context, 'kms_key_id');
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::SecretsManager::Secret'],
    check(resource, context) {
      check(resource, context, 'KmsKeyId');
    },
  },
});
