/**
 * Buckets and objects granted to everyone: `allUsers` (anyone on the internet)
 * or `allAuthenticatedUsers` (anyone with a Google account), through bucket
 * IAM (member, binding, policy) or ACLs. Write access is critical, read high.
 */
import { defineRule, type RuleContext, type Severity } from '../../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../../server/src/fixes/types';
import { get, str, strings } from '../../../server/src/model/query';
import type { MValue, Resource } from '../../../server/src/model/types';
import { policyMembers } from './policy';

const PUBLIC = new Set(['allusers', 'allauthenticatedusers']);
const publicAcls = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);
const isPublic = (principal: string) => PUBLIC.has(principal.trim().toLowerCase());
const who = (principal: string) => (principal.trim().toLowerCase() === 'allusers' ? 'anyone on the internet' : 'anyone with a Google account');

/** Roles (IAM or ACL) that let the grantee change or delete data. */
function severityOf(role: string): Severity {
  return /admin|writer|creator|owner|editor|publicreadwrite/i.test(role) ? 'critical' : 'high';
}

function replaceWith(title: string, node: MValue, value: FixValue): SemanticFix[] {
  return [{ title, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target: node, value }] }];
}

/** Only a value written as a literal here is edited in place. */
function literalHere(context: RuleContext, node: MValue, text: string): boolean {
  return !!node.span && context.document.text.slice(node.span.start, node.span.end) === JSON.stringify(text);
}

function reportMember(context: RuleContext, resource: Resource, node: MValue, member: string, role: string): void {
  if (!node.span) return;
  const fixes = literalHere(context, node, member) ? replaceWith('Grant a specific group instead (edit the selected member)', node, { placeholder: 'group:readers@example.com' }) : [];
  context.report({ messageId: 'iam', severity: severityOf(role), data: { name: resource.name, member, role, who: who(member) }, span: node.span, fixes });
}

function checkIam(resource: Resource, context: RuleContext): void {
  const role = str(get(resource.body, 'role')) ?? 'its role';
  if (resource.type === 'google_storage_bucket_iam_policy') {
    const value = get(resource.body, 'policy_data');
    const granted = policyMembers(value, context.unitDocuments)?.filter((m) => isPublic(m.member)) ?? [];
    for (const m of granted) {
      if (value?.span) context.report({ messageId: 'iam', severity: severityOf(m.role), data: { name: resource.name, member: m.member, role: m.role, who: who(m.member) }, span: value.span });
    }
    return;
  }
  const members = resource.type === 'google_storage_bucket_iam_member' ? strings(get(resource.body, 'member')) : strings(get(resource.body, 'members'));
  for (const { value, node } of members.items) if (isPublic(value)) reportMember(context, resource, node, value, role);
}

function checkAcl(resource: Resource, context: RuleContext): void {
  const entity = get(resource.body, 'entity');
  const entityText = str(entity);
  if (entity && entityText !== undefined && isPublic(entityText) && entity.span) {
    const role = str(get(resource.body, 'role')) ?? 'READER';
    const fixes = literalHere(context, entity, entityText) ? replaceWith('Grant a specific group instead (edit the selected entity)', entity, { placeholder: 'group-readers@example.com' }) : [];
    context.report({ messageId: 'acl', severity: severityOf(role), data: { name: resource.name, member: entityText, role, who: who(entityText) }, span: entity.span, fixes });
  }
  for (const { value, node } of strings(get(resource.body, 'role_entity')).items) {
    const [role, ...rest] = value.split(':');
    const grantee = rest.join(':');
    if (!isPublic(grantee) || !node.span) continue;
    const fixes = literalHere(context, node, value) ? replaceWith('Grant a specific group instead (edit the selected entity)', node, { placeholder: `${role}:group-readers@example.com` }) : [];
    context.report({ messageId: 'acl', severity: severityOf(role), data: { name: resource.name, member: grantee, role, who: who(grantee) }, span: node.span, fixes });
  }
  const predefined = get(resource.body, 'predefined_acl');
  const acl = str(predefined);
  if (predefined?.span && acl !== undefined && publicAcls.has(acl.toLowerCase())) {
    const fixes = literalHere(context, predefined, acl) ? replaceWith('Use the private predefined ACL', predefined, 'private') : [];
    context.report({ messageId: 'predefined', severity: severityOf(acl), data: { name: resource.name, acl }, span: predefined.span, fixes });
  }
}

const iamTypes = ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding', 'google_storage_bucket_iam_policy'];
const aclTypes = ['google_storage_bucket_access_control', 'google_storage_default_object_access_control', 'google_storage_object_access_control', 'google_storage_bucket_acl', 'google_storage_default_object_acl', 'google_storage_object_acl'];

export default defineRule({
  meta: {
    id: 'google-gcs-public-members',
    title: 'Cloud Storage is not granted to allUsers or allAuthenticatedUsers',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'high',
    messages: {
      iam: '{name} grants {role} to {member} ({who}). Grant the role to the groups or service accounts that need it.',
      acl: '{name} gives {member} ({who}) {role} access through an ACL. Remove public ACLs and turn on uniform bucket-level access.',
      predefined: '{name} applies the predefined ACL {acl}, which makes the data readable by everyone it names. Use private (and bucket IAM for what must be shared).',
    },
    description:
      'Google serves whatever a bucket\'s IAM policy and ACLs allow; granting `allUsers` (anyone on the internet) or `allAuthenticatedUsers` (anyone with any Google account) is the customer\'s decision and the most common cause of data leaks from Cloud Storage. Public read is high, public write or admin critical.',
    aliases: { checkov: ['CKV_GCP_28'], tfsec: ['google-storage-no-public-access'] },
    compliance: ['CIS GCP 5.1', 'NIST 800-53 AC-3', 'NIST 800-53 AC-6'],
    fixable: true,
  },
  terraform: {
    resourceTypes: [...iamTypes, ...aclTypes],
    check(resource, context) {
      if (iamTypes.includes(resource.type)) checkIam(resource, context);
      else checkAcl(resource, context);
    },
  },
});
