/**
 * DynamoDB table encryption keys. Every table is encrypted at rest; the choice
 * is the key: AWS owned (default, `server_side_encryption` absent or
 * `enabled = false`), AWS managed `aws/dynamodb` (`enabled = true`), or a
 * customer-managed key (`enabled = true` with `kms_key_arn`). The defaults
 * only get `info` hints; a key that is named but ignored is a real finding.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../../server/src/fixes/types';
import { get, objects } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { blockKeySpan, isSet } from '../../lib/blocks';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  'key-ignored':
    'Table {name} names the KMS key {keyKey}, but server-side encryption with KMS is not enabled ({enabled} {state}): DynamoDB ignores the key and uses an AWS owned key. Enable it.',
  'aws-owned-key':
    'Table {name} is encrypted with an AWS owned key (the default). If the data must be encrypted under a key you control and can audit, enable KMS encryption with a customer-managed key.',
  'aws-managed-key':
    'Table {name} is encrypted with the AWS managed key aws/dynamodb. If the data must be encrypted under a key whose policy you control, name a customer-managed key.',
};

interface Spelling {
  block: string;
  enabled: string;
  key: string;
}

const terraform: Spelling = { block: 'server_side_encryption', enabled: 'enabled', key: 'kms_key_arn' };
const cloudFormation: Spelling = { block: 'SSESpecification', enabled: 'SSEEnabled', key: 'KMSMasterKeyId' };

/** Selected after the fix, to be replaced with the customer's key. */
const KEY_ARN = { placeholder: 'arn:aws:kms:REGION:ACCOUNT:key/KEY-ID' };

function customerKeyFix(resource: Resource, s: Spelling): FixValue {
  return resource.format === 'terraform' ? { block: { [s.enabled]: true, [s.key]: KEY_ARN } } : { [s.enabled]: true, [s.key]: KEY_ARN };
}

/** Inside an existing options block: turn KMS encryption on and name the key. */
function optionsFix(options: MObject, s: Spelling): SemanticFix {
  return {
    title: 'Use a customer-managed key',
    kind: 'quickfix',
    preferred: true,
    changes: [
      { kind: 'set', target: options, key: s.enabled, value: true },
      { kind: 'set', target: options, key: s.key, value: KEY_ARN },
    ],
  };
}

function checkOptions(resource: Resource, context: RuleContext, options: MObject, s: Spelling): void {
  const { state, value } = setting(options, s.enabled);
  if (state === 'unknown') return;
  const at = blockKeySpan(resource.body, s.block, options);
  const tf = resource.format === 'terraform';
  if (state !== 'on') {
    if (isSet(options, s.key)) {
      const data = { name: resource.name, keyKey: s.key, enabled: s.enabled, state: state === 'off' ? 'set to false' : 'not set' };
      const title = tf ? `Set ${s.enabled} = true` : `Set ${s.enabled}: true`;
      const fix = state === 'off' && value?.span ? replaceFix(title, value, true) : setFix(title, options, s.enabled, true);
      context.report({ messageId: 'key-ignored', severity: 'medium', data, span: state === 'off' && value?.span ? value.span : at, fixes: [fix] });
      return;
    }
    context.report({ messageId: 'aws-owned-key', severity: 'info', data: { name: resource.name }, span: at, fixes: [optionsFix(options, s)] });
    return;
  }
  if (isSet(options, s.key)) return;
  context.report({ messageId: 'aws-managed-key', severity: 'info', data: { name: resource.name }, span: at, fixes: [setFix(`Add ${s.key}`, options, s.key, KEY_ARN)] });
}

function check(resource: Resource, context: RuleContext, s: Spelling): void {
  const entry = resource.body.entries.get(s.block);
  if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) {
    const tf = resource.format === 'terraform';
    context.report({ messageId: 'aws-owned-key', severity: 'info', data: { name: resource.name }, span: resource.typeSpan, fixes: [setFix('Use a customer-managed key', resource.body, s.block, customerKeyFix(resource, s), tf)] });
    return;
  }
  for (const options of objects(resource.body, s.block)) checkOptions(resource, context, options, s);
}

export default defineRule({
  meta: {
    id: 'aws-dynamodb-encryption',
    title: 'DynamoDB tables use the encryption key you intend',
    owner: 'shared',
    duty: 'data-protection',
    severity: 'low',
    messages,
    description:
      'DynamoDB encrypts every table at rest, by default with a key AWS owns. The customer chooses the key: an AWS managed or customer-managed KMS key when the data must be encrypted under a key they can audit or control. A KMS key named while KMS encryption is off is silently ignored.',
    aliases: { checkov: ['CKV_AWS_119'], kics: ['ce089fd4'] },
    compliance: ['NIST 800-53 SC-12', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_dynamodb_table'],
    check(resource, context) {
      check(resource, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::DynamoDB::Table'],
    check(resource, context) {
      check(resource, context, cloudFormation);
    },
  },
});
