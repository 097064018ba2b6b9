/**
 * The format-neutral model rules read. Terraform blocks and CloudFormation
 * Properties both become MObjects; every value knows its source span and
 * whether it was written (explicit), comes from a documented provider default,
 * or cannot be known statically (unknown). Unknown never produces a finding.
 */
import type { Span } from '../core/text';
import type * as hcl from '../hcl/ast';

export type Format = 'terraform' | 'cloudformation';

export type Origin = 'explicit' | 'default';

interface ValueBase {
  /** Where the value is written; absent for defaults and synthesized values. */
  span?: Span;
  origin: Origin;
  /** Written in another file (a Terraform override file): its span is the resource's type label, and no fix edits it. */
  foreign?: true;
}

export type Scalar = string | number | boolean | null;

export interface MScalar extends ValueBase {
  kind: 'scalar';
  value: Scalar;
}

export interface MList extends ValueBase {
  kind: 'list';
  items: MValue[];
}

export interface MEntry {
  key: string;
  keySpan?: Span;
  value: MValue;
  /** Terraform: the entry is one or more nested blocks (value is an MList of MObjects). */
  asBlock?: boolean;
  /** Terraform: (some of) the blocks come from a `dynamic` block's `content`. */
  dynamic?: boolean;
  /** Whole entry (key and value) in the source. */
  span?: Span;
}

export interface MObject extends ValueBase {
  kind: 'object';
  entries: Map<string, MEntry>;
  /** Handle for fix renderers; absent when the object is not written (e.g. CFN `Properties` missing). */
  syntax?: SyntaxRef;
  /** Where this object lives, so a fix can create it when absent. */
  parent?: { object: MObject; key: string };
  /**
   * CloudFormation: keys written in the object but removed by `AWS::NoValue` (directly or through
   * the chosen `Fn::If` branch), with the span of that `AWS::NoValue`: a fix that sets the key writes there.
   */
  noValue?: Map<string, Span>;
}

export interface MUnknown extends ValueBase {
  kind: 'unknown';
  reason: string;
  /** A plain reference such as `aws_s3_bucket.logs.id`, kept so linked resources can be joined. */
  reference?: string;
  /** CloudFormation: the intrinsic call this value is (`Fn::If`, `Ref`…) with its operand, for the evaluator. */
  intrinsic?: { name: string; args: MValue };
  /**
   * CloudFormation `Fn::If` on a condition that cannot be known statically: the value of each
   * branch (with its own spans); `null` for a branch that removes the property (`AWS::NoValue`).
   */
  alternatives?: (MValue | null)[];
}

export type MValue = MScalar | MList | MObject | MUnknown;

/** Opaque to rules; each fix renderer reads its own kind. */
export type SyntaxRef =
  | { format: 'hcl-body'; body: hcl.Body; block?: hcl.Block }
  | { format: 'hcl-object'; expr: hcl.ObjectExpr }
  | { format: 'yaml'; node: unknown }
  | { format: 'json'; node: unknown };

export interface Resource {
  format: Format;
  /** `aws_s3_bucket` or `AWS::S3::Bucket`. */
  type: string;
  /** Terraform resource name or CloudFormation logical id. */
  name: string;
  /** Terraform: the `count.index` or `for_each` key of this instance, when rules see instances one by one. */
  instance?: string | number;
  uri: string;
  /** The whole resource (block, or logical id through its value). */
  span: Span;
  /** The type label / `Type` value: where resource-level findings point. */
  typeSpan: Span;
  /** Terraform `resource "t" "n"` header, or the CloudFormation logical id key. */
  headerSpan: Span;
  /** Terraform block body, or CloudFormation `Properties`. */
  body: MObject;
  /** CloudFormation: the resource entry itself (Type, Properties, Metadata, Condition…). */
  definition?: MObject;
  /** Comments directly above the resource (Terraform and YAML). */
  leadingComments: SourceComment[];
  /**
   * CloudFormation: the resource as deployed under each combination of the conditions it uses
   * that cannot be known statically (rules check each; identical findings are reported once).
   * Empty when the resource's own `Condition` is known false (it is never created). Absent: the
   * resource itself is the only variant.
   */
  variants?: Resource[];
}

export interface SourceComment {
  text: string;
  span: Span;
}

export interface SyntaxDiagnostic {
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

export interface ProviderConfig {
  /** `aws`, `azurerm`, … */
  name: string;
  alias?: string;
  body: MObject;
  span: Span;
  /** The `"aws"` label: where provider-level findings point. */
  labelSpan?: Span;
  leadingComments?: SourceComment[];
}
