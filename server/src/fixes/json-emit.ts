/**
 * JSON style (indent unit, space around `:`, line endings) read from the file,
 * and FixValue → JSON text in that style, with placeholder offsets.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { LineIndex, Span } from '../core/text';
import { isBlockValue, isPlaceholder, isRawHcl, type FixValue } from './types';

export interface JsonStyle {
  eol: string;
  /** One level of indentation: spaces or a tab. */
  unit: string;
  /** What sits between a key and its value, e.g. `": "` → `: `. */
  colon: string;
  /** One-line objects are written `{ "a": 1 }` rather than `{"a": 1}` (arrays are never padded). */
  pad: boolean;
  /** Between items on one line: `, `, or `,` in a minified file. */
  comma: string;
}

export interface Emitted {
  text: string;
  selections: Span[];
}

/** Leading whitespace of the line holding `offset`. */
export function lineIndent(lines: LineIndex, offset: number): string {
  return lines.indentAt(offset);
}

/** True when the container's first child sits on a later line than its opening bracket. */
export function isMultiline(lines: LineIndex, node: JsonNode): boolean {
  const first = node.children?.[0];
  if (!first) return false;
  return lines.positionAt(first.offset).line !== lines.positionAt(node.offset).line;
}

/** First multi-line container in the tree (outer first): the file's layout example. */
function firstMultiline(lines: LineIndex, node: JsonNode | undefined): JsonNode | undefined {
  if (!node) return undefined;
  if ((node.type === 'object' || node.type === 'array') && isMultiline(lines, node)) return node;
  for (const child of node.children ?? []) {
    const hit = firstMultiline(lines, child);
    if (hit) return hit;
  }
  return undefined;
}

export function jsonStyle(lines: LineIndex, root: JsonNode | undefined, near: JsonNode): JsonStyle {
  const example = (isMultiline(lines, near) ? near : undefined) ?? firstMultiline(lines, root);
  let unit = '  ';
  if (example?.children?.[0]) {
    const outer = lineIndent(lines, example.offset);
    const inner = lineIndent(lines, example.children[0].offset);
    if (inner.startsWith(outer) && inner.length > outer.length) unit = inner.slice(outer.length);
  }
  const outer = near.parent?.type === 'property' ? near.parent.parent : near.parent;
  const oneLine = [near, ...(near.children ?? []), ...(outer ? [outer] : [])].find((n) => n.type === 'object' && n.children?.length && !isMultiline(lines, n));
  const pad = oneLine ? /^\{[ \t]/.test(lines.text.slice(oneLine.offset, oneLine.offset + 2)) : false;
  const colon = colonOf(lines.text, near) ?? colonOf(lines.text, root) ?? ': ';
  return { eol: lines.eol, unit, colon, pad, comma: /\s$/.test(colon) ? ', ' : ',' };
}

/** The text between the first property's key and value, when it holds no line break. */
function colonOf(text: string, object: JsonNode | undefined): string | undefined {
  const prop = object?.type === 'object' ? object.children?.[0] : undefined;
  const [key, value] = prop?.children ?? [];
  if (!key || !value) return undefined;
  const between = text.slice(key.offset + key.length, value.offset);
  return /^[ \t]*:[ \t]*$/.test(between) ? between : undefined;
}

function scalar(value: FixValue): Emitted {
  if (isRawHcl(value)) throw new Error('An HCL expression cannot be written in a CloudFormation template.');
  if (isPlaceholder(value)) {
    const text = JSON.stringify(value.placeholder);
    return { text, selections: [{ start: 1, end: text.length - 1 }] };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('JSON has no NaN or Infinity.');
  return { text: JSON.stringify(value), selections: [] };
}

/**
 * A value at indentation `indent` (of the line it starts on). `multiline`:
 * one entry per line as the file does; otherwise `{"a": 1, "b": [2]}` on one line.
 */
export function emitJson(written: FixValue, indent: string, multiline: boolean, style: JsonStyle): Emitted {
  // A Terraform-style `{block: {...}}` is just its mapping in JSON.
  const value = isBlockValue(written) ? written.block : written;
  const isList = Array.isArray(value);
  const isObject = !isList && typeof value === 'object' && value !== null && !isPlaceholder(value) && !isRawHcl(value);
  if (!isList && !isObject) return scalar(value);
  const children: [string | undefined, FixValue][] = isList ? value.map((v) => [undefined, v]) : Object.entries(value as { [k: string]: FixValue });
  const [open, close] = isList ? ['[', ']'] : ['{', '}'];
  if (children.length === 0) return { text: open + close, selections: [] };
  const inner = indent + style.unit;
  const pad = !multiline && !isList && style.pad ? ' ' : '';
  let text = open + pad;
  const selections: Span[] = [];
  children.forEach(([key, child], i) => {
    text += multiline ? (i ? ',' : '') + style.eol + inner : i ? style.comma : '';
    if (key !== undefined) text += JSON.stringify(key) + style.colon;
    const e = emitJson(child, inner, multiline, style);
    for (const s of e.selections) selections.push({ start: text.length + s.start, end: text.length + s.end });
    text += e.text;
  });
  text += (multiline ? style.eol + indent : pad) + close;
  return { text, selections };
}

/** `"key": value` as a property. */
export function emitProperty(key: string, value: FixValue, indent: string, multiline: boolean, style: JsonStyle): Emitted {
  const head = JSON.stringify(key) + style.colon;
  const e = emitJson(value, indent, multiline, style);
  return { text: head + e.text, selections: e.selections.map((s) => ({ start: s.start + head.length, end: s.end + head.length })) };
}
