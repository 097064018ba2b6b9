/**
 * Roles whose trust policy lets anyone assume them. The trust policy is the
 * only thing deciding who can become the role; writing it is the customer's duty.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { anyonePrincipals, type Statement } from '../../lib/iam-policy';
import { cloudFormationStatements, terraformStatements } from '../../lib/iam-policy-source';

const messages = {
  anyone:
    'The trust policy of role {name} lets any AWS principal ("*"), in any account, assume it, with no Condition. Name the accounts, roles or services that may assume it, or require a Condition such as aws:PrincipalOrgID or sts:ExternalId.',
};

function checkStatements(resource: Resource, statements: Statement[], context: RuleContext): void {
  const seen = new Set<number>();
  for (const statement of statements) {
    // A Condition (even one that cannot be read) may restrict who assumes the role: not certain, not reported.
    if (statement.effect !== 'Allow' || statement.conditioned) continue;
    for (const principal of anyonePrincipals(statement)) {
      if (seen.has(principal.span.start)) continue;
      seen.add(principal.span.start);
      context.report({ messageId: 'anyone', data: { name: resource.name }, span: principal.span });
    }
  }
}

export default defineRule({
  meta: {
    id: 'aws-iam-assume-role-wildcard',
    title: 'IAM roles cannot be assumed by anyone',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'critical',
    messages,
    description:
      'A role\'s trust policy alone decides who may assume it; AWS enforces it as written. A trust policy with Principal "*" (or {"AWS": "*"}) and no Condition lets any principal of any AWS account obtain the role\'s permissions. Name the trusted accounts, roles or services, or require conditions such as aws:PrincipalOrgID or sts:ExternalId.',
    aliases: { checkov: ['CKV_AWS_60'] },
    compliance: ['NIST 800-53 AC-3', 'NIST 800-53 AC-6'],
    fixable: false,
  },
  terraform: {
    resourceTypes: ['aws_iam_role'],
    check(resource, context) {
      checkStatements(resource, terraformStatements(resource.body, 'assume_role_policy', context), context);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::IAM::Role'],
    check(resource, context) {
      checkStatements(resource, cloudFormationStatements(get(resource.body, 'AssumeRolePolicyDocument'), resource.typeSpan), context);
    },
  },
});
