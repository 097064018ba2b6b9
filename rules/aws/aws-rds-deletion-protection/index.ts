/**
 * RDS deletion protection: while it is on, no one — no console click, no
 * `terraform destroy`, no script with the wrong identifier — can delete the
 * database without first turning it off. RDS leaves it off unless asked.
 * Aurora instances take it from their cluster.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  instance: 'RDS DB instance {name} has no deletion protection ({state}): one delete call, from anyone allowed to make it, removes the database. Turn it on; RDS leaves it off unless asked.',
  cluster: 'RDS DB cluster {name} has no deletion protection ({state}): one delete call, from anyone allowed to make it, removes the cluster. Turn it on; RDS leaves it off unless asked.',
};

type Kind = keyof typeof messages;

interface Spelling {
  key: string;
  engine: string;
  /** A DB instance that belongs to a cluster: "managed by the DB cluster". */
  member: string[];
}

const terraform: Spelling = { key: 'deletion_protection', engine: 'engine', member: [] };
const cloudFormation: Spelling = { key: 'DeletionProtection', engine: 'Engine', member: ['DBClusterIdentifier'] };

function check(resource: Resource, context: RuleContext, kind: Kind, spelling: Spelling): void {
  const body = resource.body;
  if (kind === 'instance' && (spelling.member.some((k) => isSet(body, k)) || str(get(body, spelling.engine))?.toLowerCase().startsWith('aurora'))) return;
  const { state, value } = setting(body, spelling.key);
  if (state === 'on' || state === 'unknown') return;
  const data = { name: resource.name, state: state === 'off' ? 'it is set to false' : 'no setting' };
  if (state === 'off' && value?.span) {
    context.report({ messageId: kind, data, span: value.span, fixes: [replaceFix(`Set ${spelling.key} to true`, value, true)] });
    return;
  }
  const title = resource.format === 'terraform' ? `Add ${spelling.key} = true` : `Add ${spelling.key}: true`;
  context.report({ messageId: kind, data, span: resource.typeSpan, fixes: [setFix(title, body, spelling.key, true)] });
}

export default defineRule({
  meta: {
    id: 'aws-rds-deletion-protection',
    title: 'RDS databases are protected from deletion',
    owner: 'customer',
    duty: 'backup-recovery',
    severity: 'medium',
    messages,
    description:
      'RDS deletes a database, and by default its automated backups, as soon as an authorised caller asks. Deletion protection makes that a two-step, deliberate act; turning it on for databases that matter is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_293', 'CKV_AWS_139'], trivy: ['AVD-AWS-0177', 'AVD-AWS-0343'] },
    compliance: ['NIST 800-53 CP-9', 'NIST 800-53 SI-12'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
    check(resource, context) {
      check(resource, context, resource.type === 'aws_db_instance' ? 'instance' : 'cluster', terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    check(resource, context) {
      check(resource, context, resource.type === 'AWS::RDS::DBInstance' ? 'instance' : 'cluster', cloudFormation);
    },
  },
});
