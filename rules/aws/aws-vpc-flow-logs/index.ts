/**
 * VPC flow logs. AWS records network flows only for the VPCs, subnets and
 * interfaces the customer attaches a flow log to; without one, there is no
 * record of what talked to what when an incident must be investigated.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue } from '../../../server/src/fixes/types';
import type { MValue, Resource } from '../../../server/src/model/types';
import { attachmentsOf } from '../../lib/links';
import { linkedResources } from '../../lib/terraform-links';

const messages = {
  'no-flow-log':
    'VPC {name} has no flow log{where}: no record of accepted and rejected traffic exists to investigate an incident. Attach a flow log (to S3 or CloudWatch Logs) that records ALL traffic.',
};

/** Whether any value inside `value` is a reference whose text starts with `prefix` (e.g. `VPC` or `aws_vpc.main`). */
function mentions(value: MValue | undefined, prefix: string): boolean {
  if (!value) return false;
  if (value.kind === 'unknown') {
    const ref = value.reference;
    if (ref && (ref === prefix || ref.startsWith(`${prefix}.`))) return true;
    if (value.intrinsic && mentions(value.intrinsic.args, prefix)) return true;
    return (value.alternatives ?? []).some((a) => a !== null && mentions(a, prefix));
  }
  if (value.kind === 'list') return value.items.some((i) => mentions(i, prefix));
  if (value.kind === 'object') return [...value.entries.values()].some((e) => mentions(e.value, prefix));
  return false;
}

/**
 * Terraform: `aws_flow_log` resources whose `vpc_id` (or `resource_id`, older provider versions)
 * is this VPC, or may be (a variable, a count index): unknown is not "absent". A module call that
 * is given the VPC may create the flow log where Onus cannot see it.
 */
function terraformMayHaveFlowLog(vpc: Resource, context: RuleContext): boolean {
  for (const key of ['vpc_id', 'resource_id']) {
    const links = linkedResources(vpc, context.unit, ['aws_flow_log'], key);
    if (links.linked.length > 0 || links.maybe.length > 0) return true;
  }
  return moduleMayGetVpc(vpc, context);
}

/** A Terraform name, safe inside a regular expression. */
const identifier = (name: string) => name.replace(/[^\w-]/g, '');

/**
 * Whether a `module` call of the unit is given the VPC — `aws_vpc.NAME` written in its arguments,
 * directly or through a local defined from it — and so may create the flow log out of sight.
 */
function moduleMayGetVpc(vpc: Resource, context: RuleContext): boolean {
  const names = [`aws_vpc\\.${identifier(vpc.name)}`];
  for (const d of context.unitDocuments) {
    for (const item of d.hcl?.body.items ?? []) {
      if (item.kind !== 'block' || item.type !== 'locals') continue;
      for (const local of item.body.items) {
        if (local.kind === 'attribute' && new RegExp(`\\b${names[0]}\\b`).test(d.text.slice(local.expr.span.start, local.expr.span.end))) names.push(`local\\.${identifier(local.name)}`);
      }
    }
  }
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`);
  return context.unitDocuments.some((d) =>
    (d.hcl?.body.items ?? []).some((item) => item.kind === 'block' && item.type === 'module' && pattern.test(d.text.slice(item.span.start, item.span.end))),
  );
}

/** CloudFormation: an `AWS::EC2::FlowLog` whose ResourceId refers to the VPC, or a nested stack given the VPC. */
function cloudFormationMayHaveFlowLog(vpc: Resource, context: RuleContext): boolean {
  if (attachmentsOf(context.unit, vpc, 'AWS::EC2::FlowLog').length > 0) return true;
  return context.unit.some((r) => r.type === 'AWS::CloudFormation::Stack' && mentions(r.body, vpc.name));
}

function flowLogName(vpc: Resource, context: RuleContext): string {
  const taken = new Set(context.unit.filter((r) => r.type === 'aws_flow_log').map((r) => r.name));
  let name = vpc.name;
  for (let i = 2; taken.has(name); i++) name = `${vpc.name}_${i}`;
  return name;
}

function check(vpc: Resource, context: RuleContext): void {
  if (vpc.format === 'terraform') {
    if (terraformMayHaveFlowLog(vpc, context)) return;
    // S3 as the destination needs no IAM role: one value to fill in.
    const body: Record<string, FixValue> = {
      vpc_id: { hcl: `aws_vpc.${vpc.name}.id` },
      traffic_type: 'ALL',
      log_destination_type: 's3',
      log_destination: { placeholder: 'arn:aws:s3:::FLOW_LOG_BUCKET' },
    };
    context.report({
      messageId: 'no-flow-log',
      data: { name: vpc.name, where: ' in this module' },
      span: vpc.typeSpan,
      fixes: [
        {
          title: `Add an aws_flow_log for ${vpc.name} (to S3; edit the selected bucket ARN)`,
          kind: 'quickfix',
          preferred: true,
          changes: [{ kind: 'addResource', after: vpc.span, type: 'aws_flow_log', name: flowLogName(vpc, context), body }],
        },
      ],
    });
    return;
  }
  if (cloudFormationMayHaveFlowLog(vpc, context)) return;
  context.report({ messageId: 'no-flow-log', data: { name: vpc.name, where: ' in this template' }, span: vpc.typeSpan });
}

export default defineRule({
  meta: {
    id: 'aws-vpc-flow-logs',
    title: 'VPCs have flow logs',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'medium',
    messages,
    description:
      'AWS can record the IP traffic of a VPC, but only into a flow log the customer creates and pays for; none exists by default. Without one there is no record of accepted or rejected connections for detection or incident response. Attach a flow log recording ALL traffic to every VPC.',
    aliases: { checkov: ['CKV2_AWS_11'], trivy: ['AVD-AWS-0178'], tfsec: ['aws-ec2-require-vpc-flow-logs-for-all-vpcs'], kics: ['f83121ea'] },
    compliance: ['CIS AWS 3.7', 'NIST 800-53 AU-12', 'NIST 800-53 SI-4'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_vpc'], check },
  cloudformation: { resourceTypes: ['AWS::EC2::VPC'], check },
});
