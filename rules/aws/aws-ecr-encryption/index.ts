/**
 * ECR repository encryption. Images are always encrypted at rest: with
 * S3-managed keys (AES256) by default, or with KMS (KMS, KMS_DSSE) when the
 * repository asks. The default only gets an `info` hint; an invalid type or a
 * key that the chosen type does not use are real findings.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { blockKeySpan, isSet } from '../../lib/blocks';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  'invalid-type': 'Repository {name} names the encryption type "{type}", which ECR does not accept (valid: AES256, KMS, KMS_DSSE); the deployment will be rejected.',
  'key-ignored': 'Repository {name} names a KMS key, but its encryption type is {type}: ECR uses a key only with KMS or KMS_DSSE, so the key does not protect the images. Set the type to KMS.',
  'provider-default':
    'Repository {name} is encrypted with S3-managed keys (AES256), the ECR default. If the images must be encrypted under a key you control and can audit, use KMS with a customer-managed key.',
};

const TYPES: readonly string[] = ['AES256', 'KMS', 'KMS_DSSE'];

interface Spelling {
  block: string;
  type: string;
  key: string;
}

const terraform: Spelling = { block: 'encryption_configuration', type: 'encryption_type', key: 'kms_key' };
const cloudFormation: Spelling = { block: 'EncryptionConfiguration', type: 'EncryptionType', key: 'KmsKey' };

function shown(resource: Resource, key: string, value: string): string {
  return resource.format === 'terraform' ? `${key} = "${value}"` : `${key}: ${value}`;
}

function checkConfiguration(resource: Resource, context: RuleContext, options: MObject, s: Spelling): void {
  const value = get(options, s.type);
  if (value && value.kind !== 'scalar') return; // unknown
  const type = str(value) ?? (value && value.kind === 'scalar' && value.value !== null ? String(value.value) : undefined);
  const hasKey = isSet(options, s.key);
  const data = { name: resource.name, type: type ?? 'AES256 (the default)' };
  if (type !== undefined && !TYPES.includes(type) && value?.span) {
    const replacement = hasKey ? 'KMS' : 'AES256';
    context.report({ messageId: 'invalid-type', severity: 'high', data, span: value.span, fixes: [replaceFix(`Set ${shown(resource, s.type, replacement)}`, value, replacement)] });
    return;
  }
  if (type === undefined || type === 'AES256') {
    const at = value?.span ?? blockKeySpan(resource.body, s.block, options);
    const fix = setFix(`Set ${shown(resource, s.type, 'KMS')}`, options, s.type, 'KMS');
    if (hasKey) context.report({ messageId: 'key-ignored', severity: 'medium', data, span: at, fixes: [fix] });
    else context.report({ messageId: 'provider-default', severity: 'info', data: { name: resource.name }, span: at, fixes: [{ ...fix, title: `Use KMS: ${shown(resource, s.type, 'KMS')}` }] });
  }
}

function check(resource: Resource, context: RuleContext, s: Spelling): void {
  const entry = resource.body.entries.get(s.block);
  if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) {
    const tf = resource.format === 'terraform';
    const value = tf ? { block: { [s.type]: 'KMS' } } : { [s.type]: 'KMS' };
    context.report({ messageId: 'provider-default', severity: 'info', data: { name: resource.name }, span: resource.typeSpan, fixes: [setFix(`Use KMS: ${shown(resource, s.type, 'KMS')}`, resource.body, s.block, value, tf)] });
    return;
  }
  for (const options of objects(resource.body, s.block)) checkConfiguration(resource, context, options, s);
}

export default defineRule({
  meta: {
    id: 'aws-ecr-encryption',
    title: 'ECR repositories use the encryption you intend',
    owner: 'shared',
    duty: 'data-protection',
    severity: 'low',
    messages,
    description:
      'ECR encrypts every image at rest, by default with S3-managed keys (AES256). The customer chooses KMS with a key they control when the images require it, and a configuration ECR accepts and applies.',
    aliases: { checkov: ['CKV_AWS_136'] },
    compliance: ['NIST 800-53 SC-12', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_ecr_repository'],
    check(resource, context) {
      check(resource, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::ECR::Repository'],
    check(resource, context) {
      check(resource, context, cloudFormation);
    },
  },
});
