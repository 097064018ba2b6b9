/**
 * DynamoDB point-in-time recovery: continuous backups that restore a table to
 * any second of the recovery window (35 days by default). DynamoDB keeps them
 * only when the table asks; it is off by default.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { Span } from '../../../server/src/core/text';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { blockKeySpan } from '../../lib/blocks';
import { keySpanOf, replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  table: 'DynamoDB table {name} has no point-in-time recovery ({state}): a bad write or delete cannot be undone. Turn it on; DynamoDB leaves it off unless asked.',
  replica:
    'The {region} replica of DynamoDB table {name} has no point-in-time recovery ({state}): each replica keeps its own backups, and DynamoDB leaves them off unless asked.',
};

function stateText(state: string): string {
  return state === 'off' ? 'it is set to false' : 'no setting';
}

/** One `point_in_time_recovery` / `PointInTimeRecoverySpecification` object, or none. */
function checkSpec(resource: Resource, context: RuleContext, spec: MObject | undefined, key: string, at: () => Span, region?: string): boolean {
  if (!spec) return false;
  const { state, value } = setting(spec, key);
  if (state === 'on' || state === 'unknown') return true;
  const messageId = region === undefined ? 'table' : 'replica';
  const data = { name: resource.name, state: stateText(state), region: region ?? '' };
  if (state === 'off' && value?.span) {
    context.report({ messageId, data, span: value.span, fixes: [replaceFix(`Set ${key} to true`, value, true)] });
    return true;
  }
  const title = resource.format === 'terraform' ? `Add ${key} = true` : `Add ${key}: true`;
  context.report({ messageId, data, span: at(), fixes: [setFix(title, spec, key, true)] });
  return true;
}

/** The region a replica names, for messages (`?` when not known statically). */
function regionOf(replica: MObject, key: string): string {
  return str(get(replica, key)) ?? '?';
}

/** Where a finding about a replica points: its region value, else the list key. */
function replicaSpan(parent: MObject, listKey: string, replica: MObject, regionKey: string): Span {
  return get(replica, regionKey)?.span ?? keySpanOf(parent, listKey, replica);
}

function terraformTable(resource: Resource, context: RuleContext): void {
  // Replicas of a global table (version 2019.11.21): `point_in_time_recovery` is a flag on each `replica` block.
  for (const replica of objects(resource.body, 'replica')) {
    checkSpec(resource, context, replica, 'point_in_time_recovery', () => blockKeySpan(resource.body, 'replica', replica), regionOf(replica, 'region_name'));
  }
  const blocks = objects(resource.body, 'point_in_time_recovery');
  for (const block of blocks) checkSpec(resource, context, block, 'enabled', () => blockKeySpan(resource.body, 'point_in_time_recovery', block));
  if (blocks.length > 0 || resource.body.entries.has('point_in_time_recovery')) return;
  context.report({
    messageId: 'table',
    data: { name: resource.name, state: stateText('absent') },
    span: resource.typeSpan,
    fixes: [setFix('Add point_in_time_recovery { enabled = true }', resource.body, 'point_in_time_recovery', { block: { enabled: true } }, true)],
  });
}

function cloudFormationTable(resource: Resource, context: RuleContext): void {
  const spec = get(resource.body, 'PointInTimeRecoverySpecification');
  if (spec && !(spec.kind === 'scalar' && spec.value === null)) {
    if (spec.kind === 'object') checkSpec(resource, context, spec, 'PointInTimeRecoveryEnabled', () => resource.body.entries.get('PointInTimeRecoverySpecification')?.keySpan ?? resource.typeSpan);
    return; // an intrinsic: not known statically
  }
  context.report({
    messageId: 'table',
    data: { name: resource.name, state: stateText('absent') },
    span: resource.typeSpan,
    fixes: [setFix('Add PointInTimeRecoverySpecification (enabled)', resource.body, 'PointInTimeRecoverySpecification', { PointInTimeRecoveryEnabled: true })],
  });
}

/** AWS::DynamoDB::GlobalTable: each replica has its own PointInTimeRecoverySpecification. */
function cloudFormationGlobalTable(resource: Resource, context: RuleContext): void {
  for (const replica of objects(resource.body, 'Replicas')) {
    const spec = get(replica, 'PointInTimeRecoverySpecification');
    const region = regionOf(replica, 'Region');
    const at = () => replicaSpan(resource.body, 'Replicas', replica, 'Region');
    if (spec && !(spec.kind === 'scalar' && spec.value === null)) {
      if (spec.kind === 'object') checkSpec(resource, context, spec, 'PointInTimeRecoveryEnabled', at, region);
      continue;
    }
    context.report({
      messageId: 'replica',
      data: { name: resource.name, state: stateText('absent'), region },
      span: at(),
      fixes: [setFix('Add PointInTimeRecoverySpecification (enabled)', replica, 'PointInTimeRecoverySpecification', { PointInTimeRecoveryEnabled: true })],
    });
  }
}

export default defineRule({
  meta: {
    id: 'aws-dynamodb-pitr',
    title: 'DynamoDB tables have point-in-time recovery',
    owner: 'customer',
    duty: 'backup-recovery',
    severity: 'medium',
    messages,
    description:
      'DynamoDB replicates table data across Availability Zones, but it does not keep earlier versions of it: a bad write, a faulty migration or a mass delete is replicated too. Point-in-time recovery, off by default, lets the table be restored to any second of the last 35 days; turning it on is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_28', 'CKV_AWS_165'], trivy: ['AVD-AWS-0024'], tfsec: ['aws-dynamodb-enable-recovery'], kics: ['741f1291'] },
    compliance: ['NIST 800-53 CP-9', 'NIST 800-53 CP-10'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_dynamodb_table'],
    check: terraformTable,
  },
  cloudformation: {
    resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    check(resource, context) {
      if (resource.type === 'AWS::DynamoDB::Table') cloudFormationTable(resource, context);
      else cloudFormationGlobalTable(resource, context);
    },
  },
});
