/**
 * Standalone resources joined to the resource they configure, through the
 * reference that names it: CloudFormation `!Ref X` / `!GetAtt X.Attr` (the
 * model keeps them as `reference` on an unknown value), Terraform
 * `aws_security_group.x.id`. A reference that cannot be joined (a parameter,
 * an import, another stack) joins nothing: unknown is not "absent".
 */
import { get } from '../../server/src/model/query';
import type { MValue, Resource } from '../../server/src/model/types';

/** How a standalone resource names the resource it attaches to. */
export interface Attachment {
  /** Properties (or arguments) that hold the reference, in order of preference. */
  keys: readonly string[];
  /** Types it may attach to. */
  targets: readonly string[];
}

/** The standalone CloudFormation resources Onus joins, and what they attach to. */
export const CLOUDFORMATION_ATTACHMENTS: Readonly<Record<string, Attachment>> = {
  'AWS::EC2::SecurityGroupIngress': { keys: ['GroupId', 'GroupName'], targets: ['AWS::EC2::SecurityGroup'] },
  'AWS::EC2::SecurityGroupEgress': { keys: ['GroupId'], targets: ['AWS::EC2::SecurityGroup'] },
  'AWS::S3::BucketPolicy': { keys: ['Bucket'], targets: ['AWS::S3::Bucket'] },
  // ResourceType says which; the reference decides it as well, so every kind of target is listed.
  'AWS::EC2::FlowLog': { keys: ['ResourceId'], targets: ['AWS::EC2::VPC', 'AWS::EC2::Subnet', 'AWS::EC2::NetworkInterface', 'AWS::EC2::TransitGateway', 'AWS::EC2::TransitGatewayAttachment'] },
};

/** The resource a value refers to, among `unit`, when the reference can be joined. */
export function referencedResource(unit: readonly Resource[], value: MValue | undefined, format: Resource['format']): Resource | undefined {
  const reference = value?.kind === 'unknown' ? value.reference : undefined;
  if (!reference) return undefined;
  const index = unitIndex(unit);
  if (format === 'cloudformation') return index.get(`cloudformation ${reference.split('.')[0]}`);
  const [type, name] = reference.split('.');
  return index.get(`terraform ${type}.${name}`);
}

/** Resources of a unit by address, built once per unit: rules look links up for every resource (linear scans made large templates quadratic). */
const indexes = new WeakMap<readonly Resource[], Map<string, Resource>>();

function unitIndex(unit: readonly Resource[]): Map<string, Resource> {
  let index = indexes.get(unit);
  if (!index) {
    index = new Map();
    for (const r of unit) {
      const key = r.format === 'cloudformation' ? `cloudformation ${r.name}` : `terraform ${r.type}.${r.name}`;
      if (!index.has(key)) index.set(key, r); // the first, as find() did
    }
    indexes.set(unit, index);
  }
  return index;
}

/** The same for Terraform's standalone resources. */
export const TERRAFORM_ATTACHMENTS: Readonly<Record<string, Attachment>> = {
  aws_security_group_rule: { keys: ['security_group_id'], targets: ['aws_security_group'] },
  aws_vpc_security_group_ingress_rule: { keys: ['security_group_id'], targets: ['aws_security_group'] },
  aws_vpc_security_group_egress_rule: { keys: ['security_group_id'], targets: ['aws_security_group'] },
  aws_s3_bucket_policy: { keys: ['bucket'], targets: ['aws_s3_bucket'] },
  aws_flow_log: { keys: ['vpc_id', 'subnet_id', 'eni_id', 'transit_gateway_id'], targets: ['aws_vpc', 'aws_subnet', 'aws_network_interface', 'aws_ec2_transit_gateway'] },
};

/** The resource a standalone resource attaches to (its group, bucket, VPC…), when it is in the unit. */
/** Whether `resource` is a standalone attachment (an SG rule, a bucket policy…) that attachedTo can resolve. */
export function isAttachment(resource: Resource): boolean {
  const table = resource.format === 'cloudformation' ? CLOUDFORMATION_ATTACHMENTS : TERRAFORM_ATTACHMENTS;
  return Object.prototype.hasOwnProperty.call(table, resource.type);
}

export function attachedTo(unit: readonly Resource[], resource: Resource): Resource | undefined {
  const table = resource.format === 'cloudformation' ? CLOUDFORMATION_ATTACHMENTS : TERRAFORM_ATTACHMENTS;
  if (!Object.prototype.hasOwnProperty.call(table, resource.type)) return undefined;
  const attachment = table[resource.type];
  for (const key of attachment.keys) {
    const target = referencedResource(unit, get(resource.body, key), resource.format);
    if (target && attachment.targets.includes(target.type)) return target;
  }
  return undefined;
}

const same = (a: Resource, b: Resource) => a.format === b.format && a.type === b.type && a.name === b.name && a.uri === b.uri;

/** The standalone resources of `type` in the unit that attach to `target` (any variant of it). */
export function attachmentsOf(unit: readonly Resource[], target: Resource, type: string): Resource[] {
  return unit.filter((r) => {
    if (r.type !== type) return false;
    const to = attachedTo(unit, r);
    return to !== undefined && same(to, target);
  });
}
