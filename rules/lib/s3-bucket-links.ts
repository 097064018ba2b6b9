/**
 * Split S3 resources (`aws_s3_bucket_versioning`, `_lifecycle_configuration`…)
 * joined to their bucket a little more tightly than terraform-links.ts'
 * `bucketParts`, in two cases it leaves as "maybe":
 *
 * - an indexed reference (`aws_s3_bucket.this[each.key].id`): the evaluator
 *   drops the reference of an indexed value, so the written expression is read
 *   instead; it names one bucket resource, and no other;
 * - a shared unknown name (`bucket = var.name` on both the bucket and the
 *   part): bucket names are globally unique, so the part configures the
 *   bucket written with the same reference, and none of the others.
 *
 * Anything else that cannot be known stays "maybe", and maybe never reports.
 */
import type { OnusDocument } from '../../server/src/engine/document';
import type * as hcl from '../../server/src/hcl/ast';
import { get, objects, str, truth } from '../../server/src/model/query';
import type { FixValue, SemanticFix } from '../../server/src/fixes/types';
import type { MValue, Resource } from '../../server/src/model/types';
import { pointsAt, type LinkState, type Links } from './terraform-links';

/** Roots of a traversal that are not resource types. */
const notResources = new Set(['var', 'local', 'module', 'data', 'each', 'count', 'path', 'terraform', 'self']);

/** The written expression of attribute `key` of a Terraform resource (undefined when not found). */
function writtenExpression(resource: Resource, key: string, documents: readonly OnusDocument[]): hcl.Expression | undefined {
  const file = documents.find((d) => d.uri === resource.uri)?.hcl;
  for (const item of file?.body.items ?? []) {
    if (item.kind !== 'block' || item.type !== 'resource' || item.span.start !== resource.span.start) continue;
    for (const inner of item.body.items) if (inner.kind === 'attribute' && inner.name === key) return inner.expr;
  }
  return undefined;
}

/** `type.name` of the resource a traversal such as `aws_s3_bucket.this[0].id` starts from. */
export function traversedResource(expr: hcl.Expression | undefined): { type: string; name: string } | undefined {
  let node = expr;
  // `"${aws_s3_bucket.b.id}"` is the reference itself.
  if (node?.kind === 'template' && node.parts.length === 1 && node.parts[0].kind === 'interpolation') node = node.parts[0].expr;
  // Walk down to the root variable; the step right above it names the resource.
  while (node && (node.kind === 'getattr' || node.kind === 'index' || node.kind === 'parens')) {
    const inner: hcl.Expression = node.kind === 'parens' ? node.expr : node.object;
    if (node.kind === 'getattr' && inner.kind === 'variable') {
      return notResources.has(inner.name) ? undefined : { type: inner.name, name: node.name };
    }
    node = inner;
  }
  return undefined;
}

function sameReference(a: MValue | undefined, b: MValue | undefined): boolean {
  return a?.kind === 'unknown' && b?.kind === 'unknown' && a.reference !== undefined && a.reference === b.reference;
}

/** Whether split resource `part` (its `bucket` attribute) configures `bucket`. */
export function partPointsAt(part: Resource, bucket: Resource, unit: readonly Resource[], documents: readonly OnusDocument[]): LinkState {
  const link = get(part.body, 'bucket');
  const state = pointsAt(link, bucket, 'bucket');
  if (state !== 'maybe' || link?.kind !== 'unknown') return state;
  if (link.reference === undefined) {
    const target = traversedResource(writtenExpression(part, 'bucket', documents));
    if (target) return target.type === bucket.type && target.name === bucket.name ? 'yes' : 'no';
    return 'maybe';
  }
  if (sameReference(link, get(bucket.body, 'bucket'))) return 'yes';
  const owner = unit.some((r) => r.format === 'terraform' && r.type === 'aws_s3_bucket' && r !== bucket && r.name !== bucket.name && sameReference(link, get(r.body, 'bucket')));
  return owner ? 'no' : 'maybe';
}

/** The `aws_s3_bucket_<suffix>` resources of the unit that (may) configure `bucket`. */
export function s3Parts(bucket: Resource, suffix: string, unit: readonly Resource[], documents: readonly OnusDocument[]): Links {
  const links: Links = { linked: [], maybe: [] };
  for (const resource of unit) {
    if (resource.format !== 'terraform' || resource.type !== `aws_s3_bucket_${suffix}`) continue;
    const state = partPointsAt(resource, bucket, unit, documents);
    if (state === 'yes') links.linked.push(resource);
    else if (state === 'maybe') links.maybe.push(resource);
  }
  return links;
}

/** How a split resource names its bucket, for messages: the bucket resource's name, or the literal bucket name. */
export function bucketLabel(part: Resource, documents: readonly OnusDocument[]): string {
  const target = traversedResource(writtenExpression(part, 'bucket', documents));
  if (target?.type === 'aws_s3_bucket') return target.name;
  const link = get(part.body, 'bucket');
  return link?.kind === 'scalar' && typeof link.value === 'string' ? link.value : part.name;
}

/**
 * Whether a bucket is created with S3 Object Lock, which turns versioning on
 * by itself (and keeps it on): Terraform `object_lock_enabled = true` (v4+) or
 * an inline `object_lock_configuration { object_lock_enabled = "Enabled" }`
 * (v3); CloudFormation `ObjectLockEnabled: true`. Unknown counts as locked.
 */
export function objectLockEnabled(bucket: Resource): boolean {
  if (bucket.format === 'cloudformation') {
    const flag = truth(get(bucket.body, 'ObjectLockEnabled'));
    return flag === 'true' || flag === 'unknown';
  }
  const flag = truth(get(bucket.body, 'object_lock_enabled'));
  if (flag === 'true' || flag === 'unknown') return true;
  return objects(bucket.body, 'object_lock_configuration').some((c) => {
    const value = get(c, 'object_lock_enabled');
    return value?.kind === 'unknown' || str(value) === 'Enabled';
  });
}

/**
 * A quick fix adding split resource `type` after the bucket, linked to it. A
 * bucket with several instances gets one per instance: `for_each` over the
 * bucket resource, or the same `count`. The name is the bucket's unless taken.
 */
export function addPartFix(bucket: Resource, unit: readonly Resource[], type: string, title: string, body: Record<string, FixValue>): SemanticFix {
  const address = `aws_s3_bucket.${bucket.name}`;
  const head: Record<string, FixValue> = bucket.body.entries.has('for_each')
    ? { for_each: { hcl: address }, bucket: { hcl: 'each.value.id' } }
    : bucket.body.entries.has('count')
      ? { count: { hcl: `length(${address})` }, bucket: { hcl: `${address}[count.index].id` } }
      : { bucket: { hcl: `${address}.id` } };
  const taken = new Set(unit.filter((r) => r.type === type).map((r) => r.name));
  let name = bucket.name;
  for (let i = 2; taken.has(name); i++) name = `${bucket.name}_${i}`;
  return { title, kind: 'quickfix', preferred: true, changes: [{ kind: 'addResource', after: bucket.span, type, name, body: { ...head, ...body } }] };
}
