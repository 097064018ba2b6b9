/**
 * EFS encryption at rest. The API, Terraform and CloudFormation create an
 * unencrypted file system unless asked (only the console ticks the box for
 * you), and encryption can only be chosen when the file system is created.
 */
import { defineRule } from '../../../server/src/engine/rule';
import { requireSwitch } from '../../lib/encryption-switch';

const messages = {
  unencrypted: 'EFS file system {name} is not encrypted at rest ({key} {state}). Encrypting file systems is your duty: EFS encrypts only when asked, and only at creation.',
};

export default defineRule({
  meta: {
    id: 'aws-efs-encryption',
    title: 'EFS file systems are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS secures the storage behind EFS; whether the files are encrypted is the customer\'s choice, made once when the file system is created. Set `encrypted = true` (CloudFormation `Encrypted: true`) on every file system.',
    aliases: { checkov: ['CKV_AWS_42'], trivy: ['AVD-AWS-0037'], tfsec: ['aws-efs-enable-at-rest-encryption'], kics: ['48207659'] },
    compliance: ['CIS AWS 2.4.1', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_efs_file_system'],
    check(resource, context) {
      requireSwitch(resource, context, resource.body, 'encrypted', { messageId: 'unencrypted', data: { key: 'encrypted' } });
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::EFS::FileSystem'],
    check(resource, context) {
      requireSwitch(resource, context, resource.body, 'Encrypted', { messageId: 'unencrypted', data: { key: 'Encrypted' } });
    },
  },
});
