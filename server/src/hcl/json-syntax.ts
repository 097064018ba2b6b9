/**
 * Terraform's JSON syntax (`*.tf.json`, hashicorp/hcl json/spec.md) read into
 * the same syntax tree as native HCL, with spans into the JSON text, so the
 * evaluator, the rules and hovers need not know which syntax a file uses.
 *
 * Without provider schemas a JSON object inside a resource cannot be told
 * apart from a nested block; it becomes an object attribute, which rules read
 * the same way (`objects()` accepts both). `dynamic`, `lifecycle`,
 * `provisioner` and `connection` are blocks, as is `required_providers`.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError as JsonError } from 'jsonc-parser';
import type { Span } from '../core/text';
import type { Attribute, Block, BlockLabel, Body, BodyItem, ConfigFile, Expression, ObjectItem, ParseError } from './ast';
import { parseHcl } from './index';

/** How many labels each top-level block type has. */
const topLevelLabels: Record<string, number> = { resource: 2, data: 2, ephemeral: 2, module: 1, provider: 1, variable: 1, output: 1, check: 1, locals: 0, terraform: 0, moved: 0, import: 0, removed: 0 };

/** Nested blocks Onus knows without a provider schema, per parent block type: block type → number of labels. */
const resourceBlocks = { dynamic: 1, lifecycle: 0, provisioner: 1, connection: 0 };
const nestedBlocks: Record<string, Record<string, number>> = {
  resource: resourceBlocks,
  data: resourceBlocks,
  ephemeral: resourceBlocks,
  dynamic: { content: 0 },
  provisioner: { connection: 0 },
  terraform: { required_providers: 0, backend: 1, cloud: 0 },
  variable: { validation: 0 },
};

/** Attributes whose string is an expression, not a template (the spec's "expression mode" for these names). */
const expressionAttributes = new Set(['type', 'provider', 'depends_on', 'ignore_changes', 'replace_triggered_by', 'providers', 'iterator']);

export function parseTerraformJson(text: string): ConfigFile {
  const errors: ParseError[] = [];
  const jsonErrors: JsonError[] = [];
  const root = parseTree(text, jsonErrors, { disallowComments: true, allowTrailingComma: false });
  for (const e of jsonErrors) errors.push({ message: `Invalid JSON: ${printParseErrorCode(e.error)}`, span: { start: e.offset, end: e.offset + e.length } });
  const whole = { start: 0, end: text.length };
  if (!root || root.type !== 'object') {
    if (root) errors.push({ message: 'A Terraform JSON file must contain one object.', span: spanOf(root) });
    return { kind: 'file', body: { kind: 'body', items: [], span: whole }, comments: [], errors };
  }
  const reader = new JsonReader(text, errors);
  const items: BodyItem[] = [];
  for (const property of properties(root)) {
    const name = property.children![0];
    const type = String(name.value);
    const labels = topLevelLabels[type];
    if (labels === undefined) {
      if (type !== '//') errors.push({ message: `Unknown top-level block type "${type}".`, span: spanOf(name) });
      continue;
    }
    items.push(...reader.blocks(type, spanOf(name), property.children![1], labels, []));
  }
  return { kind: 'file', body: { kind: 'body', items, span: whole }, comments: [], errors };
}

function spanOf(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function properties(node: JsonNode): JsonNode[] {
  return (node.children ?? []).filter((p) => p.type === 'property' && p.children?.length === 2);
}

class JsonReader {
  constructor(
    private readonly text: string,
    private readonly errors: ParseError[],
  ) {}

  /** The blocks under `node` once `remaining` more labels are read from nested object keys (arrays give several blocks). */
  blocks(type: string, typeSpan: Span, node: JsonNode, remaining: number, labels: BlockLabel[]): Block[] {
    if (node.type === 'array') return (node.children ?? []).flatMap((child) => this.blocks(type, typeSpan, child, remaining, labels));
    if (node.type !== 'object') {
      this.errors.push({ message: `"${type}" must be an object.`, span: spanOf(node) });
      return [];
    }
    if (remaining === 0) return [this.block(type, typeSpan, labels, node)];
    return properties(node).flatMap((p) => {
      const [key, value] = p.children!;
      return this.blocks(type, typeSpan, value, remaining - 1, [...labels, { value: String(key.value), span: spanOf(key), quoted: true }]);
    });
  }

  private block(type: string, typeSpan: Span, labels: BlockLabel[], node: JsonNode): Block {
    const span = spanOf(node);
    return {
      kind: 'block',
      type,
      typeSpan,
      labels,
      body: this.body(node, type),
      openBrace: { start: span.start, end: span.start + 1 },
      closeBrace: { start: span.end - 1, end: span.end },
      oneLine: false,
      span: { start: Math.min(typeSpan.start, span.start), end: span.end },
      leadingComments: [],
    };
  }

  private body(node: JsonNode, blockType: string): Body {
    const items: BodyItem[] = [];
    for (const property of properties(node)) {
      const [key, value] = property.children!;
      const name = String(key.value);
      if (name === '//') continue;
      const labels = nestedBlocks[blockType]?.[name];
      if (labels !== undefined && (value.type === 'object' || value.type === 'array')) {
        items.push(...this.blocks(name, spanOf(key), value, labels, []));
        continue;
      }
      const attribute: Attribute = {
        kind: 'attribute',
        name,
        nameSpan: spanOf(key),
        expr: expressionAttributes.has(name) && value.type === 'string' ? this.expressionMode(value) : this.expression(value),
        span: { start: key.offset, end: value.offset + value.length },
        leadingComments: [],
      };
      items.push(attribute);
    }
    return { kind: 'body', items, span: spanOf(node) };
  }

  expression(node: JsonNode): Expression {
    const span = spanOf(node);
    switch (node.type) {
      case 'string':
        return this.template(node);
      case 'number':
      case 'boolean':
      case 'null':
        return { kind: 'literal', value: node.value as number | boolean | null, raw: this.text.slice(span.start, span.end), span };
      case 'array':
        return { kind: 'tuple', items: (node.children ?? []).map((c) => this.expression(c)), span };
      case 'object': {
        const items: ObjectItem[] = properties(node).map((p) => {
          const [key, value] = p.children!;
          return { key: this.template(key), keyName: String(key.value), value: this.expression(value), separator: ':', span: { start: key.offset, end: value.offset + value.length } };
        });
        return { kind: 'object', items, span };
      }
      default:
        return { kind: 'invalid', span } as Expression;
    }
  }

  /** A JSON string is an HCL template: `"${var.x}"` is the value of var.x, `"a-${x}"` a string. */
  private template(node: JsonNode): Expression {
    const value = String(node.value);
    const span = spanOf(node);
    if (!value.includes('${') && !value.includes('%{')) return { kind: 'template', parts: [{ kind: 'text', value, span }], span };
    return this.parsed(`"${value.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!)}"`, node);
  }

  /** Attributes such as a variable's `type` hold an expression in a string (`"list(string)"`). */
  private expressionMode(node: JsonNode): Expression {
    return this.parsed(String(node.value), node);
  }

  /** Parses HCL source standing for the JSON string `node`; spans map into the string when it has no escapes, else to the whole string. */
  private parsed(source: string, node: JsonNode): Expression {
    const span = spanOf(node);
    const file = parseHcl(`x=${source}`);
    const attribute = file.body.items[0];
    if (file.errors.length > 0 || attribute?.kind !== 'attribute') {
      this.errors.push({ message: `Invalid expression in string: ${file.errors[0]?.message ?? 'not an expression'}`, span });
      return { kind: 'invalid', span } as Expression;
    }
    const raw = this.text.slice(span.start, span.end);
    const exact = !raw.includes('\\') && (raw === source || raw === `"${source}"`);
    const shift = raw === source ? span.start - 2 : span.start + 1 - 2;
    relocate(attribute.expr, exact ? (s) => ({ start: s.start + shift, end: s.end + shift }) : () => ({ ...span }));
    if (!exact || raw !== source) (attribute.expr as { span: Span }).span = { ...span };
    return attribute.expr;
  }
}

/** Moves every span of a parsed expression (any `span`/`*Span` object) with `move`, once each. */
function relocate(node: unknown, move: (s: Span) => Span, seen = new Set<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'span' || key.endsWith('Span')) && value && typeof value === 'object' && 'start' in value && !seen.has(value)) {
      seen.add(value);
      Object.assign(value, move(value as Span));
    } else relocate(value, move, seen);
  }
}
