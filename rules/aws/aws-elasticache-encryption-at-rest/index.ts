/**
 * ElastiCache (Redis OSS) replication groups: encryption at rest. The API
 * leaves a Redis OSS group unencrypted unless asked, at creation; Valkey
 * groups are encrypted at rest by default (the AWS provider documents
 * `at_rest_encryption_enabled` defaulting to true for `engine = "valkey"`).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { requireSwitch } from '../../lib/encryption-switch';
import { setting } from '../../lib/report';

const messages = {
  unencrypted:
    'ElastiCache replication group {name} is not encrypted at rest ({key} {state}). Redis OSS groups are encrypted only when asked, at creation: snapshots and swap hold your data in the clear.',
};

/** Whether an absent setting is covered by the engine's default: Valkey yes, Redis OSS (the default engine) no, unknown engine: cannot say. */
function engineDefault(resource: Resource, engineKey: string): 'encrypted' | 'unencrypted' | 'unknown' {
  const engine = get(resource.body, engineKey);
  if (!engine || (engine.kind === 'scalar' && engine.value === null)) return 'unencrypted';
  const text = str(engine)?.toLowerCase();
  if (text === undefined) return 'unknown';
  return text === 'valkey' ? 'encrypted' : 'unencrypted';
}

function check(resource: Resource, context: RuleContext, key: string, engineKey: string): void {
  if (setting(resource.body, key).state === 'absent' && engineDefault(resource, engineKey) !== 'unencrypted') return;
  requireSwitch(resource, context, resource.body, key, { messageId: 'unencrypted', data: { key } });
}

export default defineRule({
  meta: {
    id: 'aws-elasticache-encryption-at-rest',
    title: 'ElastiCache replication groups are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS runs the cache nodes; whether their disks, swap and backups are encrypted is the customer\'s choice for Redis OSS, made when the replication group is created. Set `at_rest_encryption_enabled = true` (CloudFormation `AtRestEncryptionEnabled: true`); Valkey groups are encrypted by default.',
    aliases: { checkov: ['CKV_AWS_29'], trivy: ['AVD-AWS-0045'], tfsec: ['aws-elasticache-enable-at-rest-encryption'], kics: ['76976de7'] },
    compliance: ['NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_elasticache_replication_group'],
    check(resource, context) {
      check(resource, context, 'at_rest_encryption_enabled', 'engine');
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    check(resource, context) {
      check(resource, context, 'AtRestEncryptionEnabled', 'Engine');
    },
  },
});
