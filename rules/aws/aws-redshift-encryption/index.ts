/**
 * Redshift encryption at rest. Since 10 January 2025 AWS encrypts every new
 * provisioned cluster (with an AWS-owned key unless one is named), and the AWS
 * provider v6 defaults `encrypted` to true, so Terraform also converges older
 * clusters. Provider v5 and older default it to false: Terraform then plans to
 * decrypt an encrypted cluster, so absence is a real finding there.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { appliesFrom, providerMajors } from '../../lib/provider-version';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  disabled: 'Redshift cluster {name} turns encryption at rest off ({key} is false). Clusters and their snapshots then hold your data in the clear.',
  'provider-v5':
    'Redshift cluster {name} does not declare encryption, and AWS provider v5 and older default encrypted to false: Terraform plans to turn encryption off on the cluster AWS encrypted. Declare encrypted = true.',
  'provider-default':
    'AWS encrypts new Redshift clusters by default since January 2025 (and AWS provider v6 defaults encrypted to true); declare the encryption explicitly, and name a KMS key if the data must be encrypted under a key you control.',
};

/** AWS provider major version from which `encrypted` defaults to true (6.0.0, June 2025). */
const ENCRYPTED_BY_DEFAULT_SINCE = 6;

function check(resource: Resource, context: RuleContext, key: string, snapshotKey: string): void {
  const { state, value } = setting(resource.body, key);
  if (state === 'on' || state === 'unknown') return;
  const tf = resource.format === 'terraform';
  if (state === 'off' && value?.span) {
    context.report({ messageId: 'disabled', data: { name: resource.name, key }, span: value.span, fixes: [replaceFix(tf ? `Set ${key} = true` : `Set ${key}: true`, value, true)] });
    return;
  }
  // A cluster restored from a snapshot takes the snapshot's encryption.
  if (isSet(resource.body, snapshotKey)) return;
  const fixes = [setFix(tf ? `Declare ${key} = true` : `Declare ${key}: true`, resource.body, key, true)];
  if (tf && appliesFrom(providerMajors(context.unitDocuments, 'aws'), ENCRYPTED_BY_DEFAULT_SINCE) !== true) {
    context.report({ messageId: 'provider-v5', data: { name: resource.name }, span: resource.typeSpan, fixes });
    return;
  }
  context.report({ messageId: 'provider-default', severity: 'info', span: resource.typeSpan, fixes });
}

export default defineRule({
  meta: {
    id: 'aws-redshift-encryption',
    title: 'Redshift clusters are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'Since January 2025 AWS encrypts every new provisioned Redshift cluster, with an AWS-owned key unless the customer names one. The customer still owns not turning encryption off, declaring it where the AWS provider (v5 and older) would otherwise plan to remove it, and the choice of a KMS key they control.',
    aliases: { checkov: ['CKV_AWS_64'], kics: ['cfdcabb0', '3b316b05'] },
    compliance: ['NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_redshift_cluster'],
    check(resource, context) {
      check(resource, context, 'encrypted', 'snapshot_identifier');
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    check(resource, context) {
      check(resource, context, 'Encrypted', 'SnapshotIdentifier');
    },
  },
});
