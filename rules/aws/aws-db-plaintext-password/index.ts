/**
 * Database master passwords written as literals in the code. The secret then
 * lives in version control (and in every copy of the repository); keeping it
 * out is the customer's duty. The message never repeats the secret.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import { attributeExpr } from '../../lib/iam-policy-source';

const messages = {
  literal:
    'The master password of {name} is written in the code ({key}), so it is in version control and in every copy of it. Let the service manage it ({managed}), or read it from a secret store.',
};

/** Terraform: argument holding the password, and the managed alternative. */
const TERRAFORM: Readonly<Record<string, { key: string; managed: string }>> = {
  aws_db_instance: { key: 'password', managed: 'manage_master_user_password = true' },
  aws_rds_cluster: { key: 'master_password', managed: 'manage_master_user_password = true' },
  aws_docdb_cluster: { key: 'master_password', managed: 'manage_master_user_password = true' },
  aws_redshift_cluster: { key: 'master_password', managed: 'manage_master_password = true' },
};

const CLOUDFORMATION: Readonly<Record<string, string>> = {
  'AWS::RDS::DBInstance': 'ManageMasterUserPassword: true',
  'AWS::RDS::DBCluster': 'ManageMasterUserPassword: true',
  'AWS::DocDB::DBCluster': 'ManageMasterUserPassword: true',
  'AWS::Redshift::Cluster': 'ManageMasterPassword: true',
};

function terraform(resource: Resource, context: RuleContext): void {
  const { key, managed } = TERRAFORM[resource.type];
  const value = resource.body.entries.get(key)?.value;
  if (value?.kind !== 'scalar' || typeof value.value !== 'string' || value.value === '' || !value.span) return;
  // Only a string written here: a variable, a local or a function result is not a literal of this resource.
  const expr = attributeExpr(resource.body, key);
  if (expr?.kind !== 'template' || !expr.parts.every((p) => p.kind === 'text')) return;
  context.report({ messageId: 'literal', data: { name: resource.name, key, managed }, span: value.span });
}

/**
 * CloudFormation: a string spelled in place. A `Ref` to a parameter, even one the
 * model resolves to its Default, and a `{{resolve:secretsmanager:…}}` /
 * `{{resolve:ssm-secure:…}}` dynamic reference are not reported.
 */
function cloudFormation(resource: Resource, context: RuleContext): void {
  const value = resource.body.entries.get('MasterUserPassword')?.value;
  if (value?.kind !== 'scalar' || typeof value.value !== 'string' || value.value === '' || !value.span) return;
  if (value.value.includes('{{resolve:')) return;
  const text = context.document.text.slice(value.span.start, value.span.end);
  const spelled = text === value.value || text === JSON.stringify(value.value) || text === `'${value.value.replace(/'/g, "''")}'`;
  if (!spelled) return;
  context.report({ messageId: 'literal', data: { name: resource.name, key: 'MasterUserPassword', managed: CLOUDFORMATION[resource.type] }, span: value.span });
}

export default defineRule({
  meta: {
    id: 'aws-db-plaintext-password',
    title: 'Database passwords are not written in the code',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'high',
    messages,
    description:
      'AWS stores a database master password securely once it has it; how the password reaches AWS is the customer\'s duty. A password written as a literal in Terraform or CloudFormation is in version control for good. Let RDS manage it in Secrets Manager (manage_master_user_password / ManageMasterUserPassword), or pass it from a secret store.',
    aliases: {},
    compliance: ['NIST 800-53 IA-5', 'NIST 800-53 SC-28'],
    fixable: false,
  },
  terraform: { resourceTypes: Object.keys(TERRAFORM), check: terraform },
  cloudformation: { resourceTypes: Object.keys(CLOUDFORMATION), check: cloudFormation },
});
