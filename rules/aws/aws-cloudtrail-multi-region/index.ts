/**
 * Multi-region CloudTrail trails. AWS records management events in every
 * region, but a trail delivers only its own region's events unless it is
 * multi-region; activity in the other regions is then kept only 90 days in
 * Event history, and never reaches the trail's bucket.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, truth } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { requireSwitch } from '../../lib/encryption-switch';

const keyOf = (resource: Resource) => (resource.format === 'terraform' ? 'is_multi_region_trail' : 'IsMultiRegionTrail');

/** Another trail of the unit that is certainly multi-region already covers every region. */
function coveredByAnother(resource: Resource, context: RuleContext): boolean {
  return context.unit.some((r) => r !== resource && r.format === resource.format && r.type === resource.type && r.name !== resource.name && truth(get(r.body, keyOf(r))) === 'true');
}

function check(resource: Resource, context: RuleContext): void {
  if (coveredByAnother(resource, context)) return;
  requireSwitch(resource, context, resource.body, keyOf(resource), { messageId: 'single-region', absent: 'not set, so false' });
}

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-multi-region',
    title: 'CloudTrail records every region',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'medium',
    messages: {
      'single-region':
        'Trail {name} records only the region it is created in (multi-region {state}), and no other trail here is multi-region: activity in every other region, including regions you do not use, escapes your logs. Make the trail multi-region.',
    },
    description:
      'AWS records API activity; delivering it to durable storage is the customer\'s trail. A single-region trail (the default) misses activity in every other region — exactly where an intruder may work unnoticed. Keep at least one multi-region trail; a single-region trail is accepted when another trail of the same module or template is multi-region.',
    aliases: { checkov: ['CKV_AWS_67'], trivy: ['AVD-AWS-0014'], tfsec: ['aws-cloudtrail-enable-all-regions'], kics: ['8173d5eb'] },
    compliance: ['CIS AWS 3.1', 'NIST 800-53 AU-2', 'NIST 800-53 AU-12'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_cloudtrail'], check },
  cloudformation: { resourceTypes: ['AWS::CloudTrail::Trail'], check },
});
