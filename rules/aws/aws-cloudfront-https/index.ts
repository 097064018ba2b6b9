/**
 * CloudFront viewer protocol policy. AWS serves the distribution; whether
 * viewers may use plain HTTP is set per cache behavior by the customer.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { distributionConfig } from '../../lib/cloudfront';
import { replaceFix } from '../../lib/report';

const messages = {
  'allow-all':
    'The {behavior} of CloudFront distribution {name} lets viewers use plain HTTP (viewer protocol policy allow-all): requests and responses cross the internet unencrypted. Use redirect-to-https or https-only.',
};

interface Spelling {
  defaultBehavior: string;
  orderedBehaviors: string;
  policy: string;
  pathPattern: string;
}

const terraform: Spelling = { defaultBehavior: 'default_cache_behavior', orderedBehaviors: 'ordered_cache_behavior', policy: 'viewer_protocol_policy', pathPattern: 'path_pattern' };
const cloudFormation: Spelling = { defaultBehavior: 'DefaultCacheBehavior', orderedBehaviors: 'CacheBehaviors', policy: 'ViewerProtocolPolicy', pathPattern: 'PathPattern' };

function checkBehavior(resource: Resource, behavior: MObject, label: string, s: Spelling, context: RuleContext, seen: Set<number>): void {
  const value = get(behavior, s.policy);
  if (str(value) !== 'allow-all' || !value?.span || seen.has(value.span.start)) return;
  // Instances of one dynamic block share their source: one finding per place.
  seen.add(value.span.start);
  const shown = resource.format === 'terraform' ? `${s.policy} = "redirect-to-https"` : `${s.policy}: redirect-to-https`;
  context.report({
    messageId: 'allow-all',
    data: { name: resource.name, behavior: label },
    span: value.span,
    fixes: [replaceFix(`Set ${shown}`, value, 'redirect-to-https')],
  });
}

function check(resource: Resource, context: RuleContext): void {
  const config = distributionConfig(resource);
  if (!config) return;
  const s = resource.format === 'terraform' ? terraform : cloudFormation;
  const seen = new Set<number>();
  for (const behavior of objects(config, s.defaultBehavior)) checkBehavior(resource, behavior, 'default cache behavior', s, context, seen);
  // Behaviors from a `dynamic` block share one source: name the block, not one instance's path.
  const dynamic = config.entries.get(s.orderedBehaviors)?.dynamic === true;
  for (const behavior of objects(config, s.orderedBehaviors)) {
    const pattern = dynamic ? undefined : str(get(behavior, s.pathPattern));
    checkBehavior(resource, behavior, pattern ? `cache behavior for ${pattern}` : 'ordered cache behavior', s, context, seen);
  }
}

export default defineRule({
  meta: {
    id: 'aws-cloudfront-https',
    title: 'CloudFront cache behaviors require HTTPS from viewers',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS runs CloudFront and terminates TLS at its edge; which protocols viewers may use is set by the customer on each cache behavior. With `allow-all`, viewers can fetch content and send cookies or form data over plain HTTP. Use `redirect-to-https` or `https-only` on the default and every ordered cache behavior.',
    aliases: { checkov: ['CKV_AWS_34'], trivy: ['AVD-AWS-0012'], tfsec: ['aws-cloudfront-enforce-https'], kics: ['55af1353'] },
    compliance: ['NIST 800-53 SC-8', 'NIST 800-53 SC-8(1)'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_cloudfront_distribution'], check },
  cloudformation: { resourceTypes: ['AWS::CloudFront::Distribution'], check },
});
