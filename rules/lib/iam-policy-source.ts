/**
 * Where IAM policy documents come from, read into statements (rules/lib/iam-policy.ts):
 * - Terraform: a JSON string (a heredoc, a quoted string, a local or variable
 *   that evaluates to one), `jsonencode({…})` (also when parts of it are
 *   unknown), `data.aws_iam_policy_document.NAME.json`;
 * - CloudFormation: a `PolicyDocument`-like object, or a JSON string.
 * Spans point into the source where it can be known (a heredoc's text, the
 * `jsonencode` object); otherwise at the whole value.
 *
 * Data sources come from the model (`document.dataSources`), evaluated in the
 * module's scope like resources: variables, locals and tfvars inside them count.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Span } from '../../server/src/core/text';
import type { RuleContext } from '../../server/src/engine/rule';
import { emptyScope } from '../../server/src/evaluate/expression';
import type * as hcl from '../../server/src/hcl/ast';
import { get } from '../../server/src/model/query';
import { modelValue } from '../../server/src/model/terraform';
import type { MEntry, MObject, MValue } from '../../server/src/model/types';
import { dataSourceStatements, jsonStatements, UNKNOWN_MARK, type Statement } from './iam-policy';

/** Maps offsets in a JSON text to source offsets (start or end of a node). */
type OffsetMap = (offset: number, end: boolean) => number;

/** A JSON text as a model value with spans through `map`; undefined when it is not valid JSON. */
export function parseJsonValue(text: string, map: OffsetMap): MValue | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (!root || errors.length > 0) return undefined;
  return fromNode(root, map);
}

function fromNode(node: JsonNode, map: OffsetMap): MValue {
  const span = { start: map(node.offset, false), end: map(node.offset + node.length, true) };
  switch (node.type) {
    case 'object': {
      const object: MObject = { kind: 'object', entries: new Map(), span, origin: 'explicit' };
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value || typeof key.value !== 'string') continue;
        const child = fromNode(value, map);
        const keySpan = { start: map(key.offset, false), end: map(key.offset + key.length, true) };
        const entry: MEntry = { key: key.value, keySpan, value: child, span: { start: keySpan.start, end: child.span?.end ?? keySpan.end } };
        object.entries.set(key.value, entry);
      }
      return object;
    }
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((c) => fromNode(c, map)), span, origin: 'explicit' };
    default:
      return { kind: 'scalar', value: node.value as string | number | boolean | null, span, origin: 'explicit' };
  }
}

/** Every offset at one span: for values whose source cannot be located more precisely. */
const at = (span: Span): OffsetMap => (_offset, end) => (end ? span.end : span.start);

interface Segment {
  jsonStart: number;
  length: number;
  source: Span;
  /** Per character of the text, where it starts and ends in the source (undefined: only the part's span is known). */
  offsets?: { starts: number[]; ends: number[] };
}

/**
 * Where each character of a decoded text part is in its source: the source may
 * hold more (heredoc indentation, the backslash of `\"`), skipped here. Any other
 * difference (`\n`, `\u0041`, `$${`) gives up: the part's span is used instead.
 */
function align(value: string, source: string, start: number): { starts: number[]; ends: number[] } | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    // An escape's backslash belongs to the character it escapes; indentation belongs to nothing.
    let from = j;
    while (j < source.length && source[j] !== value[i]) {
      if (source[j] === '\\') j++;
      else if (/\s/.test(source[j])) from = ++j;
      else return undefined;
    }
    if (j >= source.length) return undefined;
    starts.push(start + from);
    ends.push(start + ++j);
  }
  return { starts, ends };
}

/**
 * A template (heredoc or quoted string) as JSON text: text parts as written,
 * each interpolation or directive as a marker that makes its string unknown.
 */
function templateText(expr: hcl.TemplateExpr, source: string): { text: string; map: OffsetMap } {
  let text = '';
  const segments: Segment[] = [];
  for (const part of expr.parts) {
    const value = part.kind === 'text' ? part.value : `${UNKNOWN_MARK}${segments.length}`;
    const offsets = part.kind === 'text' ? align(value, source.slice(part.span.start, part.span.end), part.span.start) : undefined;
    segments.push({ jsonStart: text.length, length: value.length, source: part.span, offsets });
    text += value;
  }
  const map: OffsetMap = (offset, end) => {
    const segment = segments.find((s) => (end ? offset > s.jsonStart && offset <= s.jsonStart + s.length : offset >= s.jsonStart && offset < s.jsonStart + s.length));
    if (!segment) return end ? expr.span.end : expr.span.start;
    const k = offset - segment.jsonStart;
    if (segment.offsets) return end ? segment.offsets.ends[k - 1] : segment.offsets.starts[k];
    return end ? segment.source.end : segment.source.start;
  };
  return { text, map };
}

/** Gives a JSON-derived value the spans of the `jsonencode` argument it came from, as deep as they match. */
function overlay(value: MValue, expr: hcl.Expression): void {
  const e = expr.kind === 'parens' ? expr.expr : expr;
  value.span = e.span;
  if (value.kind === 'object' && e.kind === 'object') {
    for (const item of e.items) {
      const key = item.keyName ?? (item.key.kind === 'template' && item.key.parts.length === 1 && item.key.parts[0].kind === 'text' ? item.key.parts[0].value : undefined);
      const entry = key === undefined ? undefined : value.entries.get(key);
      if (!entry) continue;
      entry.keySpan = item.key.span;
      entry.span = item.span;
      overlay(entry.value, item.value);
    }
    return;
  }
  if (value.kind === 'list' && e.kind === 'tuple' && e.items.length === value.items.length) {
    value.items.forEach((item, i) => overlay(item, e.items[i]));
    return;
  }
  setSpans(value, e.span);
}

function setSpans(value: MValue, span: Span): void {
  value.span = span;
  if (value.kind === 'list') value.items.forEach((i) => setSpans(i, span));
  if (value.kind === 'object') for (const entry of value.entries.values()) (entry.keySpan = span), (entry.span = span), setSpans(entry.value, span);
}

/** The expression of attribute `key` of a Terraform body, when the model keeps its syntax. */
export function attributeExpr(object: MObject, key: string): hcl.Expression | undefined {
  const syntax = object.syntax;
  if (syntax?.format === 'hcl-body') {
    for (const item of syntax.body.items) if (item.kind === 'attribute' && item.name === key) return item.expr;
  }
  if (syntax?.format === 'hcl-object') {
    for (const item of syntax.expr.items) if (item.keyName === key) return item.value;
  }
  return undefined;
}

const DATA_REFERENCE = /^data\.aws_iam_policy_document\.([\w-]+)\.(?:json|minified_json)$/;

function isJsonEncode(expr: hcl.Expression | undefined): expr is hcl.CallExpr {
  return expr?.kind === 'call' && expr.name === 'jsonencode' && expr.args.length === 1;
}

/** A Terraform policy value (`policy`, `assume_role_policy`…) as statements. */
export function terraformStatements(object: MObject, key: string, context: RuleContext, depth = 0): Statement[] {
  const value = get(object, key);
  if (!value) return [];
  return statementsOfValue(value, attributeExpr(object, key), context, depth);
}

function statementsOfValue(value: MValue, expr: hcl.Expression | undefined, context: RuleContext, depth: number): Statement[] {
  const fallback = value.span ?? expr?.span ?? { start: 0, end: 0 };
  const e = expr?.kind === 'parens' ? expr.expr : expr;
  if (value.kind === 'scalar' && typeof value.value === 'string') {
    if (e?.kind === 'template' && e.parts.every((p) => p.kind === 'text')) {
      const { text, map } = templateText(e, context.document.text);
      if (text === value.value) return jsonStatements(parseJsonValue(text, map), fallback);
    }
    const document = parseJsonValue(value.value, at(fallback));
    if (document && isJsonEncode(e)) overlay(document, e.args[0]);
    return jsonStatements(document, fallback);
  }
  if (value.kind !== 'unknown') return [];
  const reference = value.reference ? DATA_REFERENCE.exec(value.reference) : null;
  if (reference) return dataSource(reference[1], context, fallback, depth);
  if (isJsonEncode(e)) return jsonStatements(modelValue(e.args[0], emptyScope), fallback);
  if (e?.kind === 'template') {
    const { text, map } = templateText(e, context.document.text);
    return jsonStatements(parseJsonValue(text, map), fallback);
  }
  return [];
}

/**
 * The statements of `data "aws_iam_policy_document" "NAME"` in the unit, with
 * those of its `source_policy_documents` / `override_policy_documents`. A data
 * source in another file of the module is reported at the referencing value.
 */
function dataSource(name: string, context: RuleContext, fallback: Span, depth: number): Statement[] {
  if (depth > 4) return [];
  for (const document of context.unitDocuments) {
    for (const data of document.dataSources ?? []) {
      if (data.type !== 'aws_iam_policy_document' || data.name !== name) continue;
      const body = data.body;
      const statements = dataSourceStatements(body, fallback);
      for (const key of ['source_policy_documents', 'override_policy_documents']) {
        const list = get(body, key);
        if (list?.kind !== 'list') continue;
        for (const [i, element] of list.items.entries()) {
          const exprs = attributeExpr(body, key);
          const elementExpr = exprs?.kind === 'tuple' ? exprs.items[i] : undefined;
          statements.push(...statementsOfValue(element, elementExpr, context, depth + 1));
        }
      }
      if (document.uri !== context.document.uri) return statements.map((s) => elsewhere(s, fallback));
      return statements;
    }
  }
  return [];
}

/** A statement written in another file: every span moves to the referencing value. */
function elsewhere(statement: Statement, span: Span): Statement {
  const move = <T extends { span: Span }>(items: T[]): T[] => items.map((i) => ({ ...i, span }));
  const values = (v: Statement['action']) => ({ ...v, items: move(v.items) });
  return {
    ...statement,
    span,
    action: values(statement.action),
    notAction: values(statement.notAction),
    resource: values(statement.resource),
    notResource: values(statement.notResource),
    principals: { ...statement.principals, items: move(statement.principals.items) },
  };
}

/** A CloudFormation policy document: an object, or a JSON string (CloudFormation accepts both). */
export function cloudFormationStatements(value: MValue | undefined, fallback: Span): Statement[] {
  if (value?.kind === 'scalar' && typeof value.value === 'string') return jsonStatements(parseJsonValue(value.value, at(value.span ?? fallback)), value.span ?? fallback);
  return jsonStatements(value, fallback);
}
