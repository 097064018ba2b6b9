/**
 * OpenSearch / Elasticsearch domains: TLS between nodes and on the endpoint.
 * Node-to-node encryption is off unless asked. HTTPS-only is off in the API and
 * CloudFormation unless asked; the AWS provider defaults `enforce_https` to true
 * inside `domain_endpoint_options`, but without that block it sends nothing and
 * the API default (HTTP allowed) applies.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { objects } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { requireNestedSwitch, requireSwitch } from '../../lib/encryption-switch';
import { blockKeySpan } from '../../lib/blocks';
import { setting } from '../../lib/report';

const messages = {
  'node-to-node': 'OpenSearch domain {name} does not encrypt traffic between its nodes ({state}). Turn node-to-node encryption on (required for fine-grained access control).',
  https: 'OpenSearch domain {name} accepts plain HTTP on its endpoint ({state}): requests, credentials and documents can cross the network unencrypted. Require HTTPS.',
};

interface Spelling {
  nodeToNode: string;
  endpoint: string;
  https: string;
  enabled: string;
}

const terraform: Spelling = { nodeToNode: 'node_to_node_encryption', endpoint: 'domain_endpoint_options', https: 'enforce_https', enabled: 'enabled' };
const cloudFormation: Spelling = { nodeToNode: 'NodeToNodeEncryptionOptions', endpoint: 'DomainEndpointOptions', https: 'EnforceHTTPS', enabled: 'Enabled' };

function checkHttps(resource: Resource, context: RuleContext, s: Spelling): void {
  if (resource.format === 'cloudformation') {
    requireNestedSwitch(resource, context, s.endpoint, s.https, { messageId: 'https' });
    return;
  }
  const blocks = objects(resource.body, s.endpoint);
  if (!resource.body.entries.has(s.endpoint)) {
    requireNestedSwitch(resource, context, s.endpoint, s.https, { messageId: 'https' });
    return;
  }
  // Inside the block the provider's default is true: only an explicit false is reported.
  for (const options of blocks) {
    if (setting(options, s.https).state === 'off') requireSwitch(resource, context, options, s.https, { messageId: 'https' }, blockKeySpan(resource.body, s.endpoint, options));
  }
}

function check(resource: Resource, context: RuleContext, s: Spelling): void {
  requireNestedSwitch(resource, context, s.nodeToNode, s.enabled, { messageId: 'node-to-node' });
  checkHttps(resource, context, s);
}

export default defineRule({
  meta: {
    id: 'aws-opensearch-encryption-in-transit',
    title: 'OpenSearch domains encrypt traffic between nodes and require HTTPS',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages,
    description:
      'AWS provides TLS for OpenSearch Service, but a domain encrypts traffic between its nodes and refuses plain HTTP only when the customer turns both on. Set `node_to_node_encryption { enabled = true }` and `domain_endpoint_options { enforce_https = true }` (CloudFormation `NodeToNodeEncryptionOptions` and `DomainEndpointOptions.EnforceHTTPS`).',
    aliases: { checkov: ['CKV_AWS_6', 'CKV_AWS_83'], trivy: ['AVD-AWS-0043', 'AVD-AWS-0046'], tfsec: ['aws-elastic-search-enable-in-transit-encryption', 'aws-elastic-search-enforce-https'], kics: ['967eb3e6', '43ed6fe0', '4cdc88e6'] },
    compliance: ['NIST 800-53 SC-8'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    check(resource, context) {
      check(resource, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(resource, context) {
      check(resource, context, cloudFormation);
    },
  },
});
