/**
 * Automatic rotation of customer-managed KMS keys. Off unless asked, and only
 * possible for symmetric encryption keys with AWS-generated material in the
 * AWS KMS key store: asymmetric and HMAC keys, imported key material and
 * custom key stores cannot rotate automatically, so they are not reported.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { requireSwitch } from '../../lib/encryption-switch';

const messages = {
  rotation: 'KMS key {name} does not rotate its key material ({key} {state}). Turn automatic rotation on: AWS then rotates it yearly (or on your period) and keeps old material to decrypt.',
};

interface Spelling {
  rotation: string;
  /** Key spec settings (Terraform has the deprecated `customer_master_key_spec` too). */
  specs: string[];
  usage: string;
  origin: string;
  customStore: string;
}

const terraform: Spelling = { rotation: 'enable_key_rotation', specs: ['key_spec', 'customer_master_key_spec'], usage: 'key_usage', origin: '', customStore: 'custom_key_store_id' };
const cloudFormation: Spelling = { rotation: 'EnableKeyRotation', specs: ['KeySpec'], usage: 'KeyUsage', origin: 'Origin', customStore: '' };

/** Whether an optional string setting is absent or equals `expected` (case-insensitive); unknown: not known to. */
function absentOr(resource: Resource, key: string, expected: string): boolean {
  if (!key) return true;
  const value = get(resource.body, key);
  if (!value || (value.kind === 'scalar' && value.value === null)) return true;
  return str(value)?.toUpperCase() === expected;
}

/** Rotation is possible only for symmetric encryption keys with AWS-generated material in AWS KMS. */
function rotatable(resource: Resource, s: Spelling): boolean {
  if (!s.specs.every((k) => absentOr(resource, k, 'SYMMETRIC_DEFAULT'))) return false;
  if (!absentOr(resource, s.usage, 'ENCRYPT_DECRYPT')) return false;
  if (!absentOr(resource, s.origin, 'AWS_KMS')) return false;
  return !(s.customStore && isSet(resource.body, s.customStore));
}

function check(resource: Resource, context: RuleContext, s: Spelling): void {
  if (!rotatable(resource, s)) return;
  requireSwitch(resource, context, resource.body, s.rotation, { messageId: 'rotation', data: { key: s.rotation } });
}

export default defineRule({
  meta: {
    id: 'aws-kms-key-rotation',
    title: 'Symmetric KMS keys rotate automatically',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages,
    description:
      'AWS rotates the material of AWS managed keys; for customer-managed keys rotation is the customer\'s choice and off by default. Set `enable_key_rotation = true` (CloudFormation `EnableKeyRotation: true`) on every symmetric encryption key.',
    aliases: { checkov: ['CKV_AWS_7'], trivy: ['AVD-AWS-0065'], tfsec: ['aws-kms-auto-rotate-keys'], kics: ['22fbfeac'] },
    compliance: ['CIS AWS 3.6', 'NIST 800-53 SC-12'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_kms_key'],
    check(resource, context) {
      check(resource, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::KMS::Key'],
    check(resource, context) {
      check(resource, context, cloudFormation);
    },
  },
});
