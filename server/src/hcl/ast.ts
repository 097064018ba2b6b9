/**
 * The syntax tree of HCL native syntax (hashicorp/hcl hclsyntax/spec.md).
 * Every node has a Span of UTF-16 offsets into the source text.
 * The parser never throws: damaged input yields `invalid` expressions and
 * ParseErrors, and every block before and after the damage is kept.
 */
import type { Span } from '../core/text';

export interface Comment {
  kind: 'comment';
  /** `#`, `//` (line comments) or `/*` (block comment). */
  style: '#' | '//' | '/*';
  /** The full comment text, markers included, without the line ending. */
  text: string;
  span: Span;
}

export interface ParseError {
  message: string;
  span: Span;
}

export interface ConfigFile {
  kind: 'file';
  body: Body;
  /** Every comment in the file, in source order. */
  comments: Comment[];
  errors: ParseError[];
}

export interface Body {
  kind: 'body';
  items: BodyItem[];
  span: Span;
}

export type BodyItem = Attribute | Block;

export interface Attribute {
  kind: 'attribute';
  name: string;
  nameSpan: Span;
  expr: Expression;
  /** From the name to the end of the expression. */
  span: Span;
  /** Comments on the lines directly above (no blank line between). */
  leadingComments: Comment[];
  /** A comment after the value on the same line. */
  trailingComment?: Comment;
}

export interface BlockLabel {
  value: string;
  span: Span;
  quoted: boolean;
}

export interface Block {
  kind: 'block';
  type: string;
  typeSpan: Span;
  labels: BlockLabel[];
  body: Body;
  openBrace: Span;
  /** Absent when the block is not closed (half-typed input). */
  closeBrace?: Span;
  /** `name { a = 1 }` written on one line. */
  oneLine: boolean;
  /** From the type keyword to the closing brace (or the end of what was parsed). */
  span: Span;
  leadingComments: Comment[];
  trailingComment?: Comment;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | CallExpr
  | TupleExpr
  | ObjectExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr
  | ParensExpr
  | InvalidExpr;

export interface LiteralExpr {
  kind: 'literal';
  /** Numbers are JS numbers; `null`, `true`, `false` are keywords. */
  value: string | number | boolean | null;
  /** The source text of the literal (e.g. `1e10`). */
  raw: string;
  span: Span;
}

/** A quoted string or heredoc. A string without interpolation has one text part. */
export interface TemplateExpr {
  kind: 'template';
  parts: TemplatePart[];
  heredoc?: { marker: string; indented: boolean };
  span: Span;
}

export type TemplatePart = TemplateText | TemplateInterpolation | TemplateIf | TemplateFor;

export interface TemplateText {
  kind: 'text';
  /** Escapes decoded, heredoc indentation removed, strip markers applied. */
  value: string;
  span: Span;
}

export interface TemplateInterpolation {
  kind: 'interpolation';
  expr: Expression;
  stripLeft: boolean;
  stripRight: boolean;
  span: Span;
}

export interface TemplateIf {
  kind: 'if';
  cond: Expression;
  then: TemplatePart[];
  else?: TemplatePart[];
  span: Span;
}

export interface TemplateFor {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expression;
  body: TemplatePart[];
  span: Span;
}

export interface VariableExpr {
  kind: 'variable';
  name: string;
  span: Span;
}

export interface GetAttrExpr {
  kind: 'getattr';
  object: Expression;
  name: string;
  nameSpan: Span;
  span: Span;
}

export interface IndexExpr {
  kind: 'index';
  object: Expression;
  key: Expression;
  /** `a.0` legacy index form. */
  legacy: boolean;
  span: Span;
}

export interface SplatExpr {
  kind: 'splat';
  object: Expression;
  /** `.*` (attribute-only) or `[*]` (full). */
  style: 'attr' | 'full';
  /** The traversal applied to each element, as an expression over a `variable` named `*`. */
  each?: Expression;
  span: Span;
}

export interface CallExpr {
  kind: 'call';
  /** Includes a provider namespace: `provider::aws::arn_parse`. */
  name: string;
  nameSpan: Span;
  args: Expression[];
  /** `f(list...)`. */
  expandFinal: boolean;
  span: Span;
}

export interface TupleExpr {
  kind: 'tuple';
  items: Expression[];
  span: Span;
}

export interface ObjectItem {
  key: Expression;
  /** The key as a name when it is a bare identifier or a plain quoted string. */
  keyName?: string;
  value: Expression;
  /** `=` or `:`. */
  separator: '=' | ':';
  span: Span;
}

export interface ObjectExpr {
  kind: 'object';
  items: ObjectItem[];
  span: Span;
}

export interface UnaryExpr {
  kind: 'unary';
  op: '!' | '-';
  operand: Expression;
  span: Span;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr {
  kind: 'binary';
  op: BinaryOp;
  left: Expression;
  right: Expression;
  span: Span;
}

export interface ConditionalExpr {
  kind: 'conditional';
  cond: Expression;
  then: Expression;
  else: Expression;
  span: Span;
}

export interface ForExpr {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expression;
  /** Present for an object `for` (`{ for k, v in x : k => v }`). */
  keyExpr?: Expression;
  valueExpr: Expression;
  cond?: Expression;
  /** `...` after the value in an object `for`. */
  grouping: boolean;
  span: Span;
}

export interface ParensExpr {
  kind: 'parens';
  expr: Expression;
  span: Span;
}

/** What recovery leaves where an expression could not be parsed. */
export interface InvalidExpr {
  kind: 'invalid';
  span: Span;
}
