/**
 * OpenSearch / Elasticsearch domains: encryption at rest of indices, logs,
 * swap and automated snapshots. Off unless asked, in the API, the AWS provider
 * (`encrypt_at_rest` absent: false) and CloudFormation.
 */
import { defineRule } from '../../../server/src/engine/rule';
import { requireNestedSwitch } from '../../lib/encryption-switch';

const messages = {
  'at-rest': 'OpenSearch domain {name} is not encrypted at rest ({state}). Indices, logs and automated snapshots are then stored in the clear: turn encryption at rest on.',
};

export default defineRule({
  meta: {
    id: 'aws-opensearch-encryption',
    title: 'OpenSearch domains are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS runs the OpenSearch (and legacy Elasticsearch) nodes; whether the indices and snapshots they store are encrypted is the customer\'s choice. Set `encrypt_at_rest { enabled = true }` (CloudFormation `EncryptionAtRestOptions: { Enabled: true }`) on every domain.',
    aliases: { checkov: ['CKV_AWS_5'], trivy: ['AVD-AWS-0048'], tfsec: ['aws-elastic-search-enable-domain-encryption'] },
    compliance: ['NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    check(resource, context) {
      requireNestedSwitch(resource, context, 'encrypt_at_rest', 'enabled', { messageId: 'at-rest' });
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(resource, context) {
      requireNestedSwitch(resource, context, 'EncryptionAtRestOptions', 'Enabled', { messageId: 'at-rest' });
    },
  },
});
