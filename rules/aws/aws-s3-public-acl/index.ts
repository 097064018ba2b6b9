/**
 * S3 buckets made public by an ACL or a bucket policy. S3 serves exactly what
 * the ACLs and policies allow; granting the world access is the customer's act.
 */
import { defineRule, type RuleContext, type Severity } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';
import { anyonePrincipals, type Statement } from '../../lib/iam-policy';
import { cloudFormationStatements, terraformStatements } from '../../lib/iam-policy-source';
import { replaceFix } from '../../lib/report';

const messages = {
  acl: 'The canned ACL {acl} lets {who} {what} this bucket. Use a private bucket, and serve public content through CloudFront with origin access control.',
  grant: 'This ACL grant gives {who} {permission} access to the bucket. Remove the grant; grant access to named accounts or through a bucket policy with conditions.',
  policy: 'This bucket policy statement allows anyone ("*") {actions} with no Condition. Name the principals, or restrict the statement with a Condition (aws:SourceVpce, aws:PrincipalOrgID…).',
};

/** Canned ACLs that grant a group outside the account; Terraform spelling → CloudFormation spelling. */
const PUBLIC_ACLS: Readonly<Record<string, { cfn: string; who: string; what: string; severity: Severity }>> = {
  'public-read-write': { cfn: 'PublicReadWrite', who: 'anyone on the internet', what: 'list, read and write', severity: 'critical' },
  'public-read': { cfn: 'PublicRead', who: 'anyone on the internet', what: 'list and read', severity: 'high' },
  'authenticated-read': { cfn: 'AuthenticatedRead', who: 'every AWS account in the world', what: 'list and read', severity: 'high' },
};

const GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'anyone on the internet (AllUsers)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'every AWS account (AuthenticatedUsers)',
};

function checkAcl(value: MValue | undefined, format: Resource['format'], context: RuleContext): void {
  const acl = str(value);
  if (acl === undefined || !value?.span) return;
  const entry = format === 'terraform' ? (Object.prototype.hasOwnProperty.call(PUBLIC_ACLS, acl) ? PUBLIC_ACLS[acl] : undefined) : Object.values(PUBLIC_ACLS).find((a) => a.cfn === acl);
  if (!entry) return;
  const replacement = format === 'terraform' ? 'private' : 'Private';
  context.report({ messageId: 'acl', severity: entry.severity, data: { acl, who: entry.who, what: entry.what }, span: value.span, fixes: [replaceFix(`Set the ACL to ${replacement}`, value, replacement)] });
}

/** Terraform `grant` blocks (inline `aws_s3_bucket`) or `access_control_policy { grant { grantee { … } } }`. */
function checkGrants(grants: MObject[], uriOf: (grant: MObject) => MValue | undefined, context: RuleContext): void {
  for (const grant of grants) {
    const uri = uriOf(grant);
    const group = str(uri);
    if (group === undefined || !uri?.span || !Object.prototype.hasOwnProperty.call(GROUPS, group)) continue;
    const permissions = get(grant, 'permissions') ?? get(grant, 'permission');
    const permission = permissions?.kind === 'list' ? permissions.items.map((p) => str(p) ?? '?').join(', ') : (str(permissions) ?? 'some');
    const severity: Severity = /WRITE|FULL_CONTROL/.test(permission) ? 'critical' : 'high';
    context.report({ messageId: 'grant', severity, data: { who: GROUPS[group], permission }, span: uri.span });
  }
}

function checkPolicy(statements: Statement[], context: RuleContext): void {
  for (const statement of statements) {
    if (statement.effect !== 'Allow' || statement.conditioned) continue;
    const [anyone] = anyonePrincipals(statement);
    if (!anyone) continue;
    const actions = statement.action.items.map((a) => `"${a.value}"`);
    const shown = actions.length === 0 ? '' : actions.length > 3 ? `${actions.slice(0, 3).join(', ')}…` : actions.join(', ');
    const write = statement.action.items.some((a) => a.value === '*' || /^s3:(\*|Put|Delete)/i.test(a.value));
    context.report({ messageId: 'policy', severity: write ? 'critical' : 'high', data: { actions: shown ? `to ${shown}` : 'these actions' }, span: anyone.span });
  }
}

function terraform(resource: Resource, context: RuleContext): void {
  const body = resource.body;
  if (resource.type === 'aws_s3_bucket_policy') return checkPolicy(terraformStatements(body, 'policy', context), context);
  checkAcl(get(body, 'acl'), 'terraform', context);
  if (resource.type === 'aws_s3_bucket') {
    checkGrants(objects(body, 'grant'), (g) => get(g, 'uri'), context);
    checkPolicy(terraformStatements(body, 'policy', context), context);
    return;
  }
  for (const policy of objects(body, 'access_control_policy')) {
    checkGrants(objects(policy, 'grant'), (g) => get(objects(g, 'grantee')[0], 'uri'), context);
  }
}

function cloudFormation(resource: Resource, context: RuleContext): void {
  if (resource.type === 'AWS::S3::BucketPolicy') return checkPolicy(cloudFormationStatements(get(resource.body, 'PolicyDocument'), resource.typeSpan), context);
  checkAcl(get(resource.body, 'AccessControl'), 'cloudformation', context);
}

export default defineRule({
  meta: {
    id: 'aws-s3-public-acl',
    title: 'S3 buckets are not made public by ACLs or bucket policies',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'S3 serves exactly what bucket ACLs and bucket policies allow; making a bucket public is the customer\'s act. A public-read / public-read-write / authenticated-read ACL, a grant to AllUsers or AuthenticatedUsers, or a bucket policy allowing Principal "*" without a Condition exposes the data to the internet.',
    aliases: { checkov: ['CKV_AWS_20', 'CKV_AWS_57', 'CKV_AWS_70'], trivy: ['AVD-AWS-0092'], tfsec: ['aws-s3-no-public-access-with-acl'] },
    compliance: ['NIST 800-53 AC-3', 'NIST 800-53 AC-21'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_s3_bucket', 'aws_s3_bucket_acl', 'aws_s3_bucket_policy'], check: terraform },
  cloudformation: { resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'], check: cloudFormation },
});
