/**
 * Databases reachable from the internet. AWS gives an instance a public DNS
 * name and address only when asked (`publicly_accessible`); that choice, and
 * the network around it, is the customer's.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  public: '{name} is publicly accessible: it gets a public address, and only its security groups stand between the database and the internet. Keep databases in private subnets and reach them through the application, a VPN or a bastion.',
  'default-vpc':
    '{name} declares neither PubliclyAccessible nor DBSubnetGroupName: in a default VPC with an internet gateway, RDS makes such an instance public. Declare PubliclyAccessible: false.',
};

function check(resource: Resource, context: RuleContext): void {
  const key = resource.format === 'terraform' ? 'publicly_accessible' : 'PubliclyAccessible';
  const { state, value } = setting(resource.body, key);
  const data = { name: resource.name };
  if (state === 'on' && value?.span) {
    context.report({ messageId: 'public', data, span: value.span, fixes: [replaceFix(`Set ${key} to false`, value, false)] });
    return;
  }
  // CreateDBInstance: without a subnet group and without the flag, the default VPC decides (public if it has an internet gateway).
  // Aurora instances take the cluster's subnet group, so the note is only for standalone instances.
  if (resource.type !== 'AWS::RDS::DBInstance' || state !== 'absent') return;
  if (isSet(resource.body, 'DBSubnetGroupName') || isSet(resource.body, 'DBClusterIdentifier') || str(get(resource.body, 'SourceDBInstanceIdentifier')) !== undefined) return;
  context.report({ messageId: 'default-vpc', severity: 'info', data, span: resource.typeSpan, fixes: [setFix('Add PubliclyAccessible: false', resource.body, key, false)] });
}

export default defineRule({
  meta: {
    id: 'aws-rds-public',
    title: 'RDS databases are not publicly accessible',
    owner: 'customer',
    duty: 'network',
    severity: 'high',
    messages,
    description:
      'AWS runs the database engine and its network; whether an RDS instance gets a public address is the customer\'s choice (`publicly_accessible`, CloudFormation `PubliclyAccessible`). A public database is one security-group mistake away from the internet: keep it private.',
    aliases: { checkov: ['CKV_AWS_17'], trivy: ['AVD-AWS-0180'], tfsec: ['aws-rds-no-public-db-access'], kics: ['35113e6f'] },
    compliance: ['CIS AWS 2.3.3', 'NIST 800-53 SC-7', 'NIST 800-53 AC-3'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance', 'aws_rds_cluster'], check },
  cloudformation: { resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], check },
});
