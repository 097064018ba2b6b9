/**
 * ElastiCache replication groups: TLS between clients and nodes and between
 * nodes. Off unless asked; `preferred` transit mode (Redis OSS 7+, meant for a
 * migration) still accepts clients that do not use TLS.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { requireSwitch } from '../../lib/encryption-switch';
import { replaceFix } from '../../lib/report';

const messages = {
  unencrypted:
    'ElastiCache replication group {name} does not encrypt traffic ({key} {state}): clients and replicas exchange data and AUTH tokens in the clear. Turn TLS on.',
  preferred:
    'ElastiCache replication group {name} uses transit encryption mode "preferred", which still accepts clients without TLS. Set it to "required" once every client uses TLS.',
};

function check(resource: Resource, context: RuleContext, key: string, modeKey: string): void {
  if (requireSwitch(resource, context, resource.body, key, { messageId: 'unencrypted', data: { key } }) !== 'on') return;
  const mode = get(resource.body, modeKey);
  if (str(mode)?.toLowerCase() !== 'preferred' || !mode?.span) return;
  const title = resource.format === 'terraform' ? `Set ${modeKey} = "required"` : `Set ${modeKey}: required`;
  context.report({ messageId: 'preferred', severity: 'medium', data: { name: resource.name }, span: mode.span, fixes: [replaceFix(title, mode, 'required')] });
}

export default defineRule({
  meta: {
    id: 'aws-elasticache-encryption-in-transit',
    title: 'ElastiCache replication groups encrypt traffic in transit',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS provides TLS for ElastiCache, but a replication group uses it only when the customer turns it on, and clients must connect with TLS. Set `transit_encryption_enabled = true` (CloudFormation `TransitEncryptionEnabled: true`) and, once every client uses TLS, the transit mode `required`.',
    aliases: { checkov: ['CKV_AWS_30'], trivy: ['AVD-AWS-0051'], tfsec: ['aws-elasticache-enable-in-transit-encryption'], kics: ['1afbb3fa'] },
    compliance: ['NIST 800-53 SC-8'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_elasticache_replication_group'],
    check(resource, context) {
      check(resource, context, 'transit_encryption_enabled', 'transit_encryption_mode');
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    check(resource, context) {
      check(resource, context, 'TransitEncryptionEnabled', 'TransitEncryptionMode');
    },
  },
});
