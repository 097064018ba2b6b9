/**
 * RDS encryption at rest: DB instances and DB clusters (Aurora and Multi-AZ
 * clusters). RDS encrypts storage only when asked at creation time, and the
 * setting cannot be changed afterwards; some databases inherit it instead
 * (replicas, snapshot and point-in-time restores, Aurora cluster members,
 * Aurora Serverless v1 which is always encrypted).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  instance: 'RDS DB instance {name} is not encrypted at rest ({state}). Encrypting database storage is your duty: RDS encrypts only when asked, and only when the instance is created.',
  // Aurora encrypts clusters created since 18 February 2026 with an AWS-owned key; the code cannot say when a cluster was created.
  cluster:
    'RDS DB cluster {name} does not declare encryption at rest ({state}). Only Aurora clusters created since 18 February 2026 are encrypted without asking (with a key AWS owns), and a cluster cannot be encrypted later: declare it.',
};

type Kind = keyof typeof messages;

/** The names of one format: the encryption setting and what makes a database inherit its encryption. */
interface Spelling {
  key: string;
  /** Settings whose presence means the storage comes from elsewhere (a source database or snapshot). */
  inherits: { instance: string[]; cluster: string[] };
  /** Instances that belong to a cluster take the cluster's encryption. */
  engine: string;
  engineMode: string;
}

const terraform: Spelling = {
  key: 'storage_encrypted',
  inherits: {
    // `restore_to_point_in_time` restores a source instance, with the source's encryption.
    instance: ['replicate_source_db', 'snapshot_identifier', 'cluster_identifier', 'restore_to_point_in_time'],
    cluster: ['snapshot_identifier', 'replication_source_identifier', 'restore_to_point_in_time'],
  },
  engine: 'engine',
  engineMode: 'engine_mode',
};

const cloudFormation: Spelling = {
  key: 'StorageEncrypted',
  inherits: {
    // SourceDBInstanceIdentifier covers read replicas and point-in-time restores; the two
    // other Source* properties are the newer ways to name a point-in-time restore source.
    instance: ['SourceDBInstanceIdentifier', 'SourceDbiResourceId', 'SourceDBInstanceAutomatedBackupsArn', 'DBSnapshotIdentifier', 'DBClusterIdentifier'],
    cluster: ['SnapshotIdentifier', 'SourceDBClusterIdentifier'],
  },
  engine: 'Engine',
  engineMode: 'EngineMode',
};

function stateText(state: string): string {
  return state === 'off' ? 'storage encryption is set to false' : 'no storage encryption setting';
}

/**
 * Aurora Serverless v1 (`engine_mode = "serverless"`) is always encrypted: AWS
 * ignores the setting. `unknown` when the mode cannot be known statically.
 */
function serverlessV1(body: MObject, spelling: Spelling): boolean | 'unknown' {
  const mode = get(body, spelling.engineMode);
  if (!mode || (mode.kind === 'scalar' && mode.value === null)) return false;
  const text = str(mode);
  return text === undefined ? 'unknown' : text.toLowerCase() === 'serverless';
}

/**
 * An instance with an Aurora engine is a cluster member. The API requires such an
 * instance to name its cluster, so the engine only matters when it is known: an
 * unknown engine without a cluster identifier cannot be an Aurora member.
 */
function auroraEngine(body: MObject, spelling: Spelling): boolean {
  return str(get(body, spelling.engine))?.toLowerCase().startsWith('aurora') ?? false;
}

function check(resource: Resource, context: RuleContext, kind: Kind, spelling: Spelling): void {
  const { key } = spelling;
  const { state, value } = setting(resource.body, key);
  if (state === 'on' || state === 'unknown') return;
  if (kind === 'cluster') {
    const serverless = serverlessV1(resource.body, spelling);
    if (serverless !== false) return; // always encrypted, or cannot be known
  }
  if (state === 'absent') {
    if (spelling.inherits[kind].some((k) => isSet(resource.body, k))) return;
    if (kind === 'instance' && auroraEngine(resource.body, spelling)) return;
  }
  const data = { name: resource.name, state: stateText(state) };
  if (state === 'off' && value?.span) {
    context.report({ messageId: kind, data, span: value.span, fixes: [replaceFix(`Set ${key} to true`, value, true)] });
    return;
  }
  const title = resource.format === 'terraform' ? `Add ${key} = true` : `Add ${key}: true`;
  context.report({ messageId: kind, data, span: resource.typeSpan, fixes: [setFix(title, resource.body, key, true)] });
}

export default defineRule({
  meta: {
    id: 'aws-rds-encryption',
    title: 'RDS databases are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS secures the database hosts and their disks; whether the data RDS stores is encrypted is the customer\'s choice, made once when the database is created. Set `storage_encrypted = true` (CloudFormation `StorageEncrypted: true`) on every DB instance and DB cluster that does not inherit encryption from its source or its cluster.',
    aliases: { checkov: ['CKV_AWS_16', 'CKV_AWS_96'], trivy: ['AVD-AWS-0080', 'AVD-AWS-0079'], kics: ['08bd0760', '3199c26c'] },
    compliance: ['CIS AWS 2.3.1', 'NIST 800-53 SC-28'],
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
