/**
 * Provider defaults as data, by provider major version. The version comes from
 * `terraform { required_providers { aws = { version = "~> 4.0" } } }` in the
 * module; a constraint with no upper bound (or none at all) means the newest
 * release, which Terraform installs.
 */
import type { OnusDocument } from '../../server/src/engine/document';
import type * as hcl from '../../server/src/hcl/ast';

export interface MajorRange {
  /** Lowest major version the constraint admits (undefined: any). */
  min?: number;
  /** Highest major version the constraint admits (undefined: no upper bound — the newest). */
  max?: number;
}

/** The major versions a Terraform version constraint (`~> 4.0`, `>= 3.0, < 5.0`, `4.67.0`) admits. */
export function majorRange(constraint: string): MajorRange {
  const range: MajorRange = {};
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|>|<|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part);
    if (!m) continue;
    const op = m[1] ?? '=';
    const major = Number(m[2]);
    const hasMinor = m[3] !== undefined;
    const minor = Number(m[3] ?? 0);
    const patch = Number(m[4] ?? 0);
    const lower = (n: number) => (range.min = Math.max(range.min ?? n, n));
    const upper = (n: number) => (range.max = Math.min(range.max ?? n, n));
    if (op === '=') lower(major), upper(major);
    else if (op === '>=' || op === '>') lower(major);
    else if (op === '<') upper(minor === 0 && patch === 0 ? major - 1 : major);
    else if (op === '<=') upper(major);
    else if (op === '~>') {
      lower(major);
      // `~> 4.0` / `~> 4.1.2` stay within major 4; `~> 4` allows any 4+.
      if (hasMinor) upper(major);
    }
  }
  return range;
}

function attr(body: hcl.Body, name: string): hcl.Expression | undefined {
  for (const item of body.items) if (item.kind === 'attribute' && item.name === name) return item.expr;
  return undefined;
}

function literal(expr: hcl.Expression | undefined): string | undefined {
  if (expr?.kind === 'template' && expr.parts.length === 1 && expr.parts[0].kind === 'text') return expr.parts[0].value;
  if (expr?.kind === 'template' && expr.parts.length === 0) return '';
  return undefined;
}

/** The major versions of provider `name` the module admits (from every `required_providers` of the unit). */
export function providerMajors(documents: readonly OnusDocument[], name: string): MajorRange {
  const range: MajorRange = {};
  for (const document of documents) {
    for (const item of document.hcl?.body.items ?? []) {
      if (item.kind !== 'block' || item.type !== 'terraform') continue;
      for (const inner of item.body.items) {
        if (inner.kind !== 'block' || inner.type !== 'required_providers') continue;
        const entry = attr(inner.body, name);
        const version = entry?.kind === 'object' ? literal(entry.items.find((i) => i.keyName === 'version')?.value) : literal(entry);
        if (version === undefined) continue;
        const r = majorRange(version);
        if (r.min !== undefined) range.min = Math.max(range.min ?? r.min, r.min);
        if (r.max !== undefined) range.max = Math.min(range.max ?? r.max, r.max);
      }
    }
  }
  return range;
}

export interface ProviderDefault {
  provider: string;
  /** Resource type it concerns. */
  resourceType: string;
  /** What changes at `sinceMajor`. */
  what: string;
  sinceMajor: number;
}

/** Behaviour that changed with a provider major version, which rules and fixes must follow. */
export const providerDefaults: readonly ProviderDefault[] = [
  { provider: 'aws', resourceType: 'aws_s3_bucket', what: 'split S3 configuration resources (aws_s3_bucket_server_side_encryption_configuration, _versioning, _logging…) exist; the inline blocks are deprecated', sinceMajor: 4 },
  { provider: 'azurerm', resourceType: 'azurerm_storage_account', what: '`enable_https_traffic_only` is renamed `https_traffic_only_enabled`', sinceMajor: 4 },
];

/** Whether the behaviour of `sinceMajor` applies to every version the module admits (true), none (false) or some (undefined). */
export function appliesFrom(range: MajorRange, sinceMajor: number): boolean | undefined {
  if (range.max !== undefined && range.max < sinceMajor) return false;
  if (range.min !== undefined && range.min >= sinceMajor) return true;
  // No upper bound: the newest provider is installed.
  if (range.max === undefined) return true;
  return undefined;
}

/** AWS provider v4+: the S3 bucket is configured through split resources (a fix adds one); before v4 only the inline block exists. */
export function awsSplitS3(documents: readonly OnusDocument[]): boolean {
  return appliesFrom(providerMajors(documents, 'aws'), 4) !== false;
}
