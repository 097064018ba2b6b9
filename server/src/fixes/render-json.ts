/**
 * JSON fix renderer: semantic changes → minimal edits with the file's
 * indentation, `:` spacing and line endings, and commas where JSON needs them.
 * JSON has no comments, so `commentAbove` renders nothing (suppressions in JSON
 * templates go through `Metadata`).
 */
import { settleJsonTree } from '../cloudformation/json-incremental';
import type { Node as JsonNode } from 'jsonc-parser';
import type { Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import { liftToWritten } from '../cloudformation/fix-target';
import type { MValue } from '../model/types';
import type { RenderedEdit } from './render';
import type { FixValue, SemanticChange } from './types';
import { emitJson, emitProperty, isMultiline, jsonStyle, lineIndent, type Emitted } from './json-emit';

interface JsonContext {
  document: OnusDocument;
  root: JsonNode | undefined;
}

function edit(span: Span, e: Emitted, prefix = '', suffix = ''): RenderedEdit {
  return {
    span,
    newText: prefix + e.text + suffix,
    selections: e.selections.map((s) => ({ start: s.start + prefix.length, end: s.end + prefix.length })),
  };
}

/** The object or array holding `node` (skipping the property node between an object and its values). */
function enclosing(node: JsonNode): JsonNode | undefined {
  return node.parent?.type === 'property' ? node.parent.parent : node.parent;
}

/** Whether new structure is laid out one entry per line: as its container is, or (empty) as the one around it. */
function layoutOf(ctx: JsonContext, container: JsonNode): boolean {
  if (container.children?.length) return isMultiline(ctx.document.lineIndex, container);
  const outer = enclosing(container);
  return outer ? layoutOf(ctx, outer) : false;
}

/** Adds a property (`key` given) or an array item (`key` undefined) after the container's last child. */
function insertChild(ctx: JsonContext, container: JsonNode, key: string | undefined, value: FixValue): RenderedEdit {
  const lines = ctx.document.lineIndex;
  const style = jsonStyle(lines, ctx.root, container);
  const multiline = layoutOf(ctx, container);
  const children = container.children ?? [];
  const last = children[children.length - 1];
  const render = (indent: string, multi: boolean): Emitted =>
    key === undefined ? emitJson(value, indent, multi, style) : emitProperty(key, value, indent, multi, style);
  if (last) {
    const end = last.offset + last.length;
    if (!multiline) return edit({ start: end, end }, render('', false), style.comma);
    const indent = lineIndent(lines, last.offset);
    // An array item is laid out like the item before it (`[\n  { "Key": "A" },` stays one line per item).
    const itemMulti = key === undefined && (last.type === 'object' || last.type === 'array') && last.children?.length ? isMultiline(lines, last) : true;
    return edit({ start: end, end }, render(indent, itemMulti), ',' + style.eol + indent);
  }
  // Empty `{}` / `[ ]`: write between the brackets, on new lines when the file is laid out that way.
  const inside = { start: container.offset + 1, end: container.offset + container.length - 1 };
  if (!multiline) {
    const pad = style.pad && container.type === 'object' ? ' ' : '';
    return edit(inside, render('', false), pad, pad);
  }
  const base = lineIndent(lines, container.offset);
  return edit(inside, render(base + style.unit, true), style.eol + base + style.unit, style.eol + base);
}

/** Replaces one value node, laid out like its container. */
function replaceNode(ctx: JsonContext, node: JsonNode, value: FixValue): RenderedEdit {
  const lines = ctx.document.lineIndex;
  const container = enclosing(node);
  const style = jsonStyle(lines, ctx.root, container ?? node);
  const multiline = container ? layoutOf(ctx, container) : true;
  return edit({ start: node.offset, end: node.offset + node.length }, emitJson(value, lineIndent(lines, node.offset), multiline, style));
}

function typeMatches(node: JsonNode, value: MValue): boolean {
  if (value.kind === 'object') return node.type === 'object';
  if (value.kind === 'list') return node.type === 'array';
  if (value.kind === 'scalar') return node.type !== 'object' && node.type !== 'array' && node.type !== 'property';
  return node.type !== 'property';
}

/** The node written at exactly `value.span`. */
function locate(ctx: JsonContext, value: MValue): JsonNode {
  const span = value.span;
  if (!span) throw new Error('The value to change is not written in the file.');
  const stack: JsonNode[] = ctx.root ? [ctx.root] : [];
  // A scalar computed by an intrinsic (`{"Ref": "P"}` resolved to P's Default) has the call's span: the call is replaced.
  let call: JsonNode | undefined;
  while (stack.length) {
    const node = stack.pop() as JsonNode;
    if (node.offset > span.start || node.offset + node.length < span.end) continue;
    if (node.offset === span.start && node.offset + node.length === span.end && node.type !== 'property') {
      if (typeMatches(node, value)) return node;
      call ??= value.kind === 'scalar' ? node : undefined;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  if (call) return call;
  throw new Error('The value to change is no longer where the model says.');
}

function rejectHcl(value: FixValue): void {
  // Rendering throws on nested HCL anyway; checking first keeps partial work from happening.
  emitJson(value, '', false, { eol: '\n', unit: '', colon: ': ', pad: false, comma: ', ' });
}

export function renderJsonChange(document: OnusDocument, change: SemanticChange): RenderedEdit[] {
  // A template updated keystroke by keystroke moves the nodes inside its definitions lazily.
  settleJsonTree(document.tree as JsonNode | undefined);
  if (change.kind === 'commentAbove') return [];
  if (change.kind === 'addResource') throw new Error('Adding a resource is a Terraform fix.');
  const ctx: JsonContext = { document, root: document.tree as JsonNode | undefined };
  if (!ctx.root || typeof ctx.root.type !== 'string') throw new Error('This document has no JSON tree.');
  rejectHcl(change.value);
  switch (change.kind) {
    case 'set': {
      const { object, key, value } = liftToWritten(change.target, change.key, change.value);
      const syntax = object.syntax;
      if (syntax?.format !== 'json') throw new Error('The object to change is not a JSON object.');
      const removed = object.noValue?.get(key);
      // The key is written but removed by AWS::NoValue (e.g. the `Fn::If` branch taken): the value goes there.
      if (removed) return [replaceNode(ctx, locate(ctx, { kind: 'unknown', reason: 'AWS::NoValue', origin: 'explicit', span: removed }), value)];
      const node = syntax.node as JsonNode;
      const prop = node.children?.find((p) => p.children?.[0]?.value === key);
      const current = prop?.children?.[1];
      return [current ? replaceNode(ctx, current, value) : insertChild(ctx, node, key, value)];
    }
    case 'replace':
      return [replaceNode(ctx, locate(ctx, change.target), change.value)];
    case 'append': {
      const node = locate(ctx, change.target);
      if (node.type !== 'array') throw new Error('The list to extend is not a JSON array.');
      return [insertChild(ctx, node, undefined, change.value)];
    }
    default:
      throw new Error(`Unknown change ${(change as { kind: string }).kind}.`);
  }
}
