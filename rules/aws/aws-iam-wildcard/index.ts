/**
 * IAM policies that allow every action, or restrictable actions on every
 * resource. AWS evaluates policies exactly as written; least privilege is the
 * customer's duty.
 */
import type { Span } from '../../../server/src/core/text';
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import type { Statement } from '../../lib/iam-policy';
import { cloudFormationStatements, terraformStatements } from '../../lib/iam-policy-source';
import { UNRESTRICTABLE_ACTIONS, UNRESTRICTABLE_PREFIXES } from './unrestrictable';

const messages = {
  admin: 'This statement allows every action ("*") on every resource ("*"): full administrator access. Grant only the actions and resources this identity needs.',
  'star-action': 'This statement allows every action ("*"). Name the actions this identity needs; a service wildcard such as "s3:Get*" is already much narrower.',
  'star-resource': 'This statement allows {actions} on every resource ("*"), though IAM can restrict {which} to resource ARNs. Name the resources, or add a Condition that scopes them.',
};

/** Whether an action may be limited to resources: a wildcard may expand to restrictable actions, so it counts, unless all it matches is documented as unrestrictable. */
function restrictable(action: string): boolean {
  const lower = action.toLowerCase();
  if (UNRESTRICTABLE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return false;
  return action.includes('*') || action.includes('?') || !UNRESTRICTABLE_ACTIONS.has(lower);
}

function checkStatements(statements: Statement[], context: RuleContext, seen: Set<string>): void {
  for (const statement of statements) {
    if (statement.effect !== 'Allow') continue;
    const star = statement.action.items.find((a) => a.value === '*');
    const anyResource = statement.resource.items.find((r) => r.value === '*');
    if (star) {
      report(context, seen, star.span, anyResource ? 'admin' : 'star-action', anyResource ? 'critical' : 'high');
      continue;
    }
    // A Condition may scope the resources (aws:ResourceTag…); an incomplete action list may hide anything.
    if (!anyResource || statement.conditioned || !statement.action.present || !statement.action.complete) continue;
    const wide = statement.action.items.filter((a) => restrictable(a.value));
    if (wide.length === 0) continue;
    const shown = wide.slice(0, 3).map((a) => `"${a.value}"`).join(', ') + (wide.length > 3 ? ` and ${wide.length - 3} more` : '');
    report(context, seen, anyResource.span, 'star-resource', 'medium', { actions: shown, which: wide.length > 1 ? 'them' : /[*?]/.test(wide[0].value) ? 'the actions it matches' : 'it' });
  }
}

function report(context: RuleContext, seen: Set<string>, span: Span, messageId: string, severity: 'critical' | 'high' | 'medium', data: Record<string, string> = {}): void {
  const key = `${span.start}:${span.end}:${messageId}`;
  if (seen.has(key)) return;
  seen.add(key);
  context.report({ messageId, severity, span, data });
}

/** Terraform resources and the argument holding their policy JSON. */
const TERRAFORM_POLICY_KEYS: Readonly<Record<string, string>> = {
  aws_iam_policy: 'policy',
  aws_iam_role_policy: 'policy',
  aws_iam_user_policy: 'policy',
  aws_iam_group_policy: 'policy',
  aws_ssoadmin_permission_set_inline_policy: 'inline_policy',
};

function terraform(resource: Resource, context: RuleContext): void {
  const seen = new Set<string>();
  const key = TERRAFORM_POLICY_KEYS[resource.type];
  if (key) checkStatements(terraformStatements(resource.body, key, context), context, seen);
  if (resource.type === 'aws_iam_role') {
    for (const inline of objects(resource.body, 'inline_policy')) checkStatements(terraformStatements(inline, 'policy', context), context, seen);
  }
}

function cloudFormation(resource: Resource, context: RuleContext): void {
  const seen = new Set<string>();
  const body = resource.body;
  const fallback = resource.typeSpan;
  if (resource.type === 'AWS::IAM::Policy' || resource.type === 'AWS::IAM::ManagedPolicy') {
    checkStatements(cloudFormationStatements(get(body, 'PolicyDocument'), fallback), context, seen);
  } else if (resource.type === 'AWS::SSO::PermissionSet') {
    checkStatements(cloudFormationStatements(get(body, 'InlinePolicy'), fallback), context, seen);
  } else {
    for (const policy of objects(body, 'Policies') as MObject[]) checkStatements(cloudFormationStatements(get(policy, 'PolicyDocument'), fallback), context, seen);
  }
}

export default defineRule({
  meta: {
    id: 'aws-iam-wildcard',
    title: 'IAM policies do not allow every action or every resource',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'high',
    messages,
    description:
      'AWS enforces IAM policies exactly as written; which actions and resources an identity may use is the customer\'s decision. An Allow statement with Action "*" grants every action (with Resource "*": full administrator access); Resource "*" on actions that support resource-level permissions grants them on every resource of the account.',
    aliases: { checkov: ['CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_355'], trivy: ['AVD-AWS-0057'], tfsec: ['aws-iam-no-policy-wildcards'], kics: ['2f37c4a3', '575a2155'] },
    compliance: ['CIS AWS 1.16', 'NIST 800-53 AC-6'],
    fixable: false,
  },
  terraform: { resourceTypes: [...Object.keys(TERRAFORM_POLICY_KEYS), 'aws_iam_role'], check: terraform },
  cloudformation: {
    resourceTypes: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::SSO::PermissionSet'],
    check: cloudFormation,
  },
});
