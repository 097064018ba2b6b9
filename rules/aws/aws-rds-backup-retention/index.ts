/**
 * RDS automated backups: the retention period is how far back a database can
 * be restored to a point in time. The API keeps 1 day when none is given
 * (an `info` hint: too short for most recovery objectives), 0 turns backups
 * off on a DB instance, and values outside the accepted range are rejected.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, num, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  disabled:
    'RDS DB instance {name} keeps no automated backups (backup retention 0 days): it cannot be restored to a point in time, and a bad migration or deletion loses the data. Keep backups for as long as your recovery objective needs (1 to 35 days).',
  'out-of-range': 'The backup retention of {name} is {days} days, outside the {min} to 35 days RDS accepts for a {kind}: the database does not get the backups the code declares.',
  'provider-default':
    '{name} declares no backup retention, so RDS keeps automated backups for 1 day only (the API default). Declare the retention your recovery objective needs (up to 35 days).',
};

/** The retention written when a fix must choose: a week is the console's default for production databases. */
const SUGGESTED_DAYS = 7;

type Kind = 'instance' | 'cluster';

interface Spelling {
  key: string;
  engine: string;
  /** A DB instance that belongs to a cluster (the cluster's setting applies). */
  member: string[];
  /** A read replica: the source keeps the backups, and a replica's retention starts at 0. */
  replica: Record<Kind, string[]>;
  /** Restored databases inherit the source's retention when none is given. */
  restored: Record<Kind, string[]>;
}

const terraform: Spelling = {
  key: 'backup_retention_period',
  engine: 'engine',
  member: [],
  replica: { instance: ['replicate_source_db'], cluster: [] },
  restored: { instance: ['snapshot_identifier', 'restore_to_point_in_time'], cluster: ['snapshot_identifier', 'restore_to_point_in_time'] },
};

const cloudFormation: Spelling = {
  key: 'BackupRetentionPeriod',
  engine: 'Engine',
  member: ['DBClusterIdentifier'],
  replica: { instance: ['SourceDBInstanceIdentifier'], cluster: [] },
  restored: { instance: ['DBSnapshotIdentifier', 'SourceDbiResourceId', 'SourceDBInstanceAutomatedBackupsArn'], cluster: ['SnapshotIdentifier', 'SourceDBClusterIdentifier'] },
};

function anySet(body: MObject, keys: readonly string[]): boolean {
  return keys.some((k) => isSet(body, k));
}

function check(resource: Resource, context: RuleContext, kind: Kind, spelling: Spelling): void {
  const body = resource.body;
  if (kind === 'instance') {
    // Aurora instances: "managed by the DB cluster" (the instance setting does not apply).
    if (anySet(body, spelling.member) || str(get(body, spelling.engine))?.toLowerCase().startsWith('aurora')) return;
  }
  const value = get(body, spelling.key);
  const title = (days: number) => (resource.format === 'terraform' ? `Set ${spelling.key} = ${days}` : `Set ${spelling.key}: ${days}`);
  if (!value || (value.kind === 'scalar' && value.value === null)) {
    if (anySet(body, spelling.replica[kind]) || anySet(body, spelling.restored[kind])) return;
    context.report({ messageId: 'provider-default', severity: 'info', data: { name: resource.name }, span: resource.typeSpan, fixes: [setFix(title(SUGGESTED_DAYS), body, spelling.key, SUGGESTED_DAYS)] });
    return;
  }
  const days = num(value);
  if (days === undefined || !value.span) return; // unknown, or not a number (the provider rejects it)
  const min = kind === 'cluster' ? 1 : 0;
  if (days < min || days > 35) {
    const fixed = days > 35 ? 35 : SUGGESTED_DAYS;
    context.report({
      messageId: 'out-of-range',
      data: { name: resource.name, days, min, kind: kind === 'cluster' ? 'DB cluster' : 'DB instance' },
      span: value.span,
      fixes: [replaceFix(title(fixed), value, fixed)],
    });
    return;
  }
  if (days === 0 && !anySet(body, spelling.replica[kind])) {
    context.report({ messageId: 'disabled', data: { name: resource.name }, span: value.span, fixes: [replaceFix(title(SUGGESTED_DAYS), value, SUGGESTED_DAYS)] });
  }
}

export default defineRule({
  meta: {
    id: 'aws-rds-backup-retention',
    title: 'RDS databases keep automated backups',
    owner: 'customer',
    duty: 'backup-recovery',
    severity: 'medium',
    messages,
    description:
      'RDS takes the automated backups and keeps the transaction logs that allow point-in-time restore, for as many days as the customer asks: 0 turns them off on a DB instance, and the API default is a single day. Choosing a retention that matches the recovery objective is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_133'], trivy: ['AVD-AWS-0077'], tfsec: ['aws-rds-specify-backup-retention'], kics: ['1dc73fb4'] },
    compliance: ['NIST 800-53 CP-9', 'NIST 800-53 CP-10'],
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
