/**
 * Linked Terraform resources (with rules/lib/links.ts, which joins by reference for both formats):
 * resources that configure another one from the
 * outside (the AWS provider v4+ split S3 resources, security-group rules,
 * flow logs). A link is a reference (`aws_s3_bucket.logs.id`, also through a
 * local or a variable default) or the target's literal name/id. A link
 * attribute that cannot be known (a module input, a count index) MAY point at
 * any target: `maybe`, and unknown must never produce a finding.
 */
import { get, str } from '../../server/src/model/query';
import type { MValue, Resource } from '../../server/src/model/types';

export type LinkState = 'yes' | 'no' | 'maybe';

/** Whether `value` (a link attribute) points at `target`, whose identity attribute is `nameKey` (e.g. `bucket`). */
export function pointsAt(value: MValue | undefined, target: Resource, nameKey?: string): LinkState {
  if (!value) return 'no';
  if (value.kind === 'unknown') {
    const match = value.reference ? /^([\w-]+)\.([\w-]+)(\.|$)/.exec(value.reference) : null;
    // A reference to another resource (or data source) of a known type: yes or no by name; anything else may be it.
    if (match && match[1] !== 'var' && match[1] !== 'local' && match[1] !== 'module' && match[1] !== 'data' && match[1] !== 'each' && match[1] !== 'count') {
      return match[1] === target.type && match[2] === target.name ? 'yes' : 'no';
    }
    return 'maybe';
  }
  if (value.kind !== 'scalar' || typeof value.value !== 'string') return 'no';
  const name = nameKey ? get(target.body, nameKey) : undefined;
  if (name?.kind === 'unknown') return 'maybe';
  return str(name) === value.value ? 'yes' : 'no';
}

export interface Links {
  /** Resources that certainly configure the target. */
  linked: Resource[];
  /** Resources whose link attribute is not known statically: they may configure the target. */
  maybe: Resource[];
}

/** The resources of `types` in the unit whose `key` points at `target`. */
export function linkedResources(target: Resource, unit: readonly Resource[], types: readonly string[], key: string, nameKey?: string): Links {
  const links: Links = { linked: [], maybe: [] };
  for (const resource of unit) {
    if (resource.format !== 'terraform' || !types.includes(resource.type)) continue;
    const state = pointsAt(get(resource.body, key), target, nameKey);
    if (state === 'yes') links.linked.push(resource);
    else if (state === 'maybe') links.maybe.push(resource);
  }
  return links;
}

/** The split resources of an S3 bucket (provider v4+ style), by type suffix: `versioning`, `logging`, `server_side_encryption_configuration`… */
export function bucketParts(bucket: Resource, unit: readonly Resource[], part: string): Links {
  return linkedResources(bucket, unit, [`aws_s3_bucket_${part}`], 'bucket', 'bucket');
}

/** `aws_security_group_rule` and `aws_vpc_security_group_ingress_rule`/`_egress_rule` resources of a security group. */
export function securityGroupRules(group: Resource, unit: readonly Resource[]): Links {
  return linkedResources(group, unit, ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'], 'security_group_id');
}

/** `aws_flow_log` resources of a VPC. */
export function flowLogsOf(vpc: Resource, unit: readonly Resource[]): Links {
  return linkedResources(vpc, unit, ['aws_flow_log'], 'vpc_id');
}

/** Whether the module already uses the split S3 style (so a fix should add a linked resource, not an inline block). */
export function usesSplitS3Style(unit: readonly Resource[]): boolean {
  return unit.some((r) => r.format === 'terraform' && r.type.startsWith('aws_s3_bucket_'));
}
