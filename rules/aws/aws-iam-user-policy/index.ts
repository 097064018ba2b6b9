/**
 * Policies given directly to IAM users. Permissions granted through groups and
 * roles are reviewed and revoked in one place; that structure is the customer's.
 */
import type { Span } from '../../../server/src/core/text';
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get } from '../../../server/src/model/query';
import type { MValue, Resource } from '../../../server/src/model/types';

const messages = {
  inline: 'This inline policy is attached directly to IAM user {user}. Grant permissions through a group (or a role the user assumes), so they are reviewed and revoked in one place.',
  attached: 'This attaches a managed policy directly to IAM user {user}. Attach it to a group the user belongs to (or a role the user assumes) instead.',
  users: 'This attaches the policy directly to IAM users. Attach it to a group (or a role) instead, and add the users to the group.',
  'user-policies': 'IAM user {user} is given policies directly ({key}). Grant permissions through groups (or roles the user assumes) instead.',
};

/** A list that certainly has at least one element (an unknown list may be empty). */
function nonEmpty(value: MValue | undefined): boolean {
  return value?.kind === 'list' && value.items.length > 0;
}

function userName(resource: Resource): string {
  const user = get(resource.body, 'user');
  if (user?.kind === 'scalar' && typeof user.value === 'string') return user.value;
  if (user?.kind === 'unknown' && user.reference) return user.reference.replace(/\.(name|id|arn)$/, '');
  return '(named in `user`)';
}

function reportKey(context: RuleContext, resource: Resource, key: string, messageId: string, data: Record<string, string>): void {
  const entry = resource.body.entries.get(key);
  if (!entry || !nonEmpty(entry.value)) return;
  const span: Span = entry.keySpan ?? entry.span ?? resource.typeSpan;
  context.report({ messageId, data, span });
}

function terraform(resource: Resource, context: RuleContext): void {
  if (resource.type === 'aws_iam_user_policy') context.report({ messageId: 'inline', data: { user: userName(resource) }, span: resource.typeSpan });
  else if (resource.type === 'aws_iam_user_policy_attachment') context.report({ messageId: 'attached', data: { user: userName(resource) }, span: resource.typeSpan });
  else reportKey(context, resource, 'users', 'users', {});
}

function cloudFormation(resource: Resource, context: RuleContext): void {
  if (resource.type === 'AWS::IAM::User') {
    for (const key of ['Policies', 'ManagedPolicyArns']) reportKey(context, resource, key, 'user-policies', { user: resource.name, key });
  } else reportKey(context, resource, 'Users', 'users', {});
}

export default defineRule({
  meta: {
    id: 'aws-iam-user-policy',
    title: 'IAM users receive permissions only through groups or roles',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'medium',
    messages,
    description:
      'How permissions are granted inside an account is the customer\'s design. Policies attached directly to IAM users are scattered across identities, hard to review and easy to forget when people change roles; grant them through groups or roles (CIS AWS 1.15).',
    aliases: { checkov: ['CKV_AWS_40'], trivy: ['AVD-AWS-0143'], tfsec: ['aws-iam-no-user-attached-policies'] },
    compliance: ['CIS AWS 1.15', 'NIST 800-53 AC-2', 'NIST 800-53 AC-6'],
    fixable: false,
  },
  terraform: { resourceTypes: ['aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'], check: terraform },
  cloudformation: { resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'], check: cloudFormation },
});
