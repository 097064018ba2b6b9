/**
 * Cloud Storage buckets use uniform bucket-level access: IAM alone decides who
 * reads objects, no per-object ACL can make one public. The provider leaves it
 * off unless set (an organization policy may enforce it, invisible here).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import { replaceFix, setFix, setting } from '../../lib/report';

const KEY = 'uniform_bucket_level_access';
const title = `Set ${KEY} = true`;

function check(resource: Resource, context: RuleContext): void {
  const { state, value } = setting(resource.body, KEY);
  if (state === 'on' || state === 'unknown') return;
  const data = { name: resource.name };
  if (state === 'off' && value?.span) {
    const literal = context.document.text.slice(value.span.start, value.span.end) === 'false';
    context.report({ messageId: 'disabled', data, span: value.span, fixes: literal ? [replaceFix(title, value, true)] : [] });
    return;
  }
  context.report({ messageId: 'absent', data, span: resource.typeSpan, fixes: [setFix(title, resource.body, KEY, true)] });
}

export default defineRule({
  meta: {
    id: 'google-gcs-uniform-access',
    title: 'Cloud Storage buckets use uniform bucket-level access',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'medium',
    messages: {
      disabled: 'Bucket {name} turns uniform bucket-level access off: object ACLs can grant access (including public access) that bucket IAM does not show.',
      absent: 'Bucket {name} does not enable uniform bucket-level access (off by default unless an organization policy enforces it): object ACLs can grant access that bucket IAM does not show.',
    },
    description:
      'Google enforces whatever access a bucket grants; choosing IAM-only access is the customer\'s setting. With uniform bucket-level access off, every object can carry its own ACL, so access cannot be reviewed in one place and a single object can be made public. Set `uniform_bucket_level_access = true`.',
    aliases: { checkov: ['CKV_GCP_29'], trivy: ['AVD-GCP-0002'], tfsec: ['google-storage-enable-ubla'], kics: ['bb0db090'] },
    compliance: ['CIS GCP 5.2', 'NIST 800-53 AC-3'],
    fixable: true,
  },
  terraform: { resourceTypes: ['google_storage_bucket'], check },
});
