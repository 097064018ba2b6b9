/**
 * RDS and Aurora database logs published to CloudWatch Logs. The engine
 * writes its logs on the instance, where they rotate away; publishing them
 * (and turning on the audit log the engine offers) is the customer's choice.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str, strings } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  'no-exports':
    'Database {name} publishes no logs to CloudWatch Logs ({state}): its {logs} logs stay on the instance, rotate away within days and cannot be searched or alarmed on. Publish them.',
};

/**
 * The log types each engine can publish (RDS User Guide, "Publishing database logs to Amazon
 * CloudWatch Logs"), in the order the fix writes them. Types an engine is not configured to
 * produce (e.g. MySQL `general` without `general_log`) publish nothing and cost nothing.
 */
const LOG_TYPES: readonly [RegExp, readonly string[]][] = [
  [/^(mysql|mariadb|aurora-mysql)$/, ['audit', 'error', 'general', 'slowquery']],
  [/^(postgres|aurora-postgresql)$/, ['postgresql']],
  [/^oracle-/, ['alert', 'audit', 'listener', 'trace']],
  [/^sqlserver-/, ['agent', 'error']],
  [/^db2-/, ['diag.log', 'notify.log']],
];

interface Spelling {
  exports: string;
  engine: string;
  engineMode: string;
  /** An instance that belongs to an Aurora cluster: logs are published by the cluster. */
  clusterMember: string;
}

const terraform: Spelling = { exports: 'enabled_cloudwatch_logs_exports', engine: 'engine', engineMode: 'engine_mode', clusterMember: 'cluster_identifier' };
const cloudFormation: Spelling = { exports: 'EnableCloudwatchLogsExports', engine: 'Engine', engineMode: 'EngineMode', clusterMember: 'DBClusterIdentifier' };

function check(resource: Resource, context: RuleContext): void {
  const s = resource.format === 'terraform' ? terraform : cloudFormation;
  const isInstance = resource.type === 'aws_db_instance' || resource.type === 'AWS::RDS::DBInstance';
  if (isInstance && isSet(resource.body, s.clusterMember)) return;
  const engine = str(get(resource.body, s.engine))?.toLowerCase();
  // RDS Custom (`custom-oracle-…`, `custom-sqlserver-…`) cannot publish logs to CloudWatch Logs.
  if (engine?.startsWith('custom-')) return;
  // Aurora Serverless v1 publishes its logs through the cluster parameter group, not this setting.
  if (str(get(resource.body, s.engineMode)) === 'serverless') return;
  const value = get(resource.body, s.exports);
  const list = strings(value);
  if (value !== undefined && !(value.kind === 'scalar' && value.value === null) && (!list.complete || list.items.length > 0)) return;
  const types = engine === undefined ? undefined : LOG_TYPES.find(([pattern]) => pattern.test(engine))?.[1];
  const data = { name: resource.name, state: value === undefined || value.kind === 'scalar' ? `${s.exports} not set` : `${s.exports} is empty`, logs: types ? types.join(', ') : 'engine' };
  const title = `Publish ${types?.join(', ')} logs`;
  const fixes = types ? [value?.span ? replaceFix(title, value, [...types]) : setFix(title, resource.body, s.exports, [...types])] : [];
  context.report({ messageId: 'no-exports', data, span: value?.span ?? resource.typeSpan, fixes });
}

export default defineRule({
  meta: {
    id: 'aws-rds-log-exports',
    title: 'RDS databases publish their logs to CloudWatch Logs',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'low',
    messages,
    description:
      'RDS runs the database engine and keeps its logs on the instance for a short, size-limited time; publishing them (error, slow query, audit, PostgreSQL logs) to CloudWatch Logs for retention, search and alarms is the customer\'s setting, off by default. Publish the log types the engine offers, and enable its audit log where the data requires it.',
    aliases: { checkov: ['CKV_AWS_129'] },
    compliance: ['NIST 800-53 AU-2', 'NIST 800-53 AU-12'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_db_instance', 'aws_rds_cluster'], check },
  cloudformation: { resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], check },
});
