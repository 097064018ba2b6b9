/**
 * Semantic fixes: rules say what must become true ("ensure `encrypted` = true
 * on this object"); one renderer per syntax (HCL, YAML, JSON) turns that into
 * minimal text edits in the file's own style.
 */
import type { Span } from '../core/text';
import type { MList, MObject, MValue, Scalar } from '../model/types';

/** Text the user must replace; the editor selects it after the fix. */
export interface Placeholder {
  placeholder: string;
}

/** An HCL expression written as-is (references, function calls). Renderers for YAML/JSON reject it. */
export interface RawHcl {
  hcl: string;
}

/** A Terraform nested block with this body; YAML and JSON render it as a plain mapping. */
export interface BlockValue {
  block: { [key: string]: FixValue };
}

export type FixValue = Scalar | Placeholder | RawHcl | BlockValue | FixValue[] | { [key: string]: FixValue };

export type SemanticChange =
  /** Add `key` to `target`, or replace its value when present. `asBlock`: a Terraform nested block. */
  | { kind: 'set'; target: MObject; key: string; value: FixValue; asBlock?: boolean }
  /** Replace a written value (must have a span). */
  | { kind: 'replace'; target: MValue; value: FixValue }
  /** Append an item to a written list (e.g. a CloudFormation `Tags` entry). */
  | { kind: 'append'; target: MList; value: FixValue }
  /** A whole-line comment (`text` without the `#`) inserted above the line holding `at`; `select` is a part of text to select afterwards. */
  | { kind: 'commentAbove'; at: Span; text: string; select?: string }
  /** Terraform: a new resource block after `after` (e.g. a provider v4 split S3 resource). */
  | { kind: 'addResource'; after: Span; type: string; name: string; body: { [key: string]: FixValue } };

export interface SemanticFix {
  title: string;
  changes: SemanticChange[];
  /** `quickfix` repairs the finding; `suppress` records a reasoned exception. */
  kind: 'quickfix' | 'suppress';
  preferred?: boolean;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface RenderedFix {
  title: string;
  kind: 'quickfix' | 'suppress';
  preferred: boolean;
  edits: TextEdit[];
  /** Spans in the text *after* the edits that the user should edit next (placeholders). */
  selections: Span[];
}

export function isPlaceholder(v: FixValue): v is Placeholder {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Placeholder).placeholder === 'string' && Object.keys(v).length === 1;
}

export function isBlockValue(v: FixValue): v is BlockValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as BlockValue).block === 'object' && Object.keys(v).length === 1;
}

export function isRawHcl(v: FixValue): v is RawHcl {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as RawHcl).hcl === 'string' && Object.keys(v).length === 1;
}
