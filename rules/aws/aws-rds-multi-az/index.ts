/**
 * Multi-AZ for production RDS instances: a standby in another Availability
 * Zone takes over within minutes when the primary's host or AZ fails. Whether
 * a database needs that is a business decision the code rarely states, so
 * only databases that declare themselves production are checked
 * (production.ts). Aurora and Multi-AZ DB clusters spread over AZs by design.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { replaceFix, setFix, setting } from '../../lib/report';
import { productionEvidence } from './production';

const messages = {
  instance:
    'RDS DB instance {name} is production ({evidence}) but runs in one Availability Zone ({state}): a host or AZ failure stops it until it is restored. Turn Multi-AZ on.',
};

interface Spelling {
  key: string;
  identifier: string;
  engine: string;
  zone: string;
  /** Cluster members and read replicas: their availability is decided elsewhere. */
  skip: string[];
}

const terraform: Spelling = { key: 'multi_az', identifier: 'identifier', engine: 'engine', zone: 'availability_zone', skip: ['replicate_source_db'] };
const cloudFormation: Spelling = { key: 'MultiAZ', identifier: 'DBInstanceIdentifier', engine: 'Engine', zone: 'AvailabilityZone', skip: ['DBClusterIdentifier', 'SourceDBInstanceIdentifier'] };

function check(resource: Resource, context: RuleContext, spelling: Spelling): void {
  const body = resource.body;
  const engine = str(get(body, spelling.engine))?.toLowerCase() ?? '';
  // Aurora instances belong to a cluster; SQL Server Express and Web editions cannot be Multi-AZ.
  if (spelling.skip.some((k) => isSet(body, k)) || engine.startsWith('aurora') || /^sqlserver-(ex|web)$/.test(engine)) return;
  const { state, value } = setting(body, spelling.key);
  if (state === 'on' || state === 'unknown') return;
  const evidence = productionEvidence(resource, context, spelling.identifier);
  if (!evidence) return;
  const data = { name: resource.name, evidence, state: state === 'off' ? `${spelling.key} is false` : `no ${spelling.key} setting` };
  // RDS rejects a Multi-AZ instance that names its Availability Zone: no fix can be offered without removing it.
  const fixable = !isSet(body, spelling.zone);
  const title = resource.format === 'terraform' ? `Set ${spelling.key} = true` : `Set ${spelling.key}: true`;
  if (state === 'off' && value?.span) {
    context.report({ messageId: 'instance', data, span: value.span, fixes: fixable ? [replaceFix(title, value, true)] : [] });
    return;
  }
  context.report({ messageId: 'instance', data, span: resource.typeSpan, fixes: fixable ? [setFix(title, body, spelling.key, true)] : [] });
}

export default defineRule({
  meta: {
    id: 'aws-rds-multi-az',
    title: 'Production RDS instances are Multi-AZ',
    owner: 'customer',
    duty: 'backup-recovery',
    severity: 'medium',
    messages,
    description:
      'AWS runs the standby and the failover of a Multi-AZ RDS instance, but only when the customer asks for it (and pays for the standby). Asking for it for production databases, which must survive a host or Availability Zone failure, is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_157'] },
    compliance: ['NIST 800-53 CP-10', 'NIST 800-53 SC-36'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_db_instance'],
    check(resource, context) {
      check(resource, context, terraform);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    check(resource, context) {
      check(resource, context, cloudFormation);
    },
  },
});
