/**
 * YAML fix renderer: semantic changes → minimal edits in the file's own style
 * (see yaml-edits.ts for the edits, yaml-style.ts for what "style" covers).
 */
import { isDocument, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import { liftToWritten } from '../cloudformation/fix-target';
import { findYamlValue, pairValueBound, valueSpan, type YamlParent } from '../cloudformation/yaml-nodes';
import type { MValue } from '../model/types';
import type { RenderedEdit } from './render';
import type { SemanticChange } from './types';
import { appendItem, commentAbove, insertKey, replaceAt, type YamlContext } from './yaml-edits';
import { shapeOf } from './yaml-emit';

type AnyMap = YAMLMap<Node | null, Node | null>;
type AnyPair = Pair<Node | null, Node | null>;

function contextOf(document: OnusDocument): YamlContext {
  if (!isDocument(document.tree)) throw new Error('This document has no YAML tree.');
  return { doc: document.tree, text: document.text, lines: document.lineIndex };
}

function kindMatches(node: Node, value: MValue): boolean {
  switch (value.kind) {
    case 'object':
      return isMap(node);
    case 'list':
      return isSeq(node);
    case 'scalar':
      return isScalar(node);
    default:
      return true;
  }
}

/** The node written at exactly `value.span`, and where it sits. */
function locate(ctx: YamlContext, value: MValue): { node: Node; span: Span; parent: YamlParent | undefined } {
  const want = value.span;
  if (!want) throw new Error('The value to change is not written in the file.');
  let found: { node: Node; span: Span; parent: YamlParent | undefined } | undefined;
  // A value computed by an intrinsic (`!Ref P` resolved to P's Default) has the call's span but
  // not its kind: an exact-span node of another kind is the call itself, replaced as a whole.
  let call: typeof found;
  findYamlValue(ctx.text, ctx.doc.contents as Node | null, (node, span, parent) => {
    if (span.start !== want.start || span.end !== want.end) return false;
    if (!kindMatches(node, value)) {
      call ??= { node, span, parent };
      return false;
    }
    found = { node, span, parent };
    return true;
  });
  found ??= value.kind === 'scalar' ? call : undefined;
  if (!found) throw new Error('The value to change is no longer where the model says.');
  return found;
}

export function renderYamlChange(document: OnusDocument, change: SemanticChange): RenderedEdit[] {
  if (change.kind === 'commentAbove') return [commentAbove(contextOf(document), change.at, change.text, change.select)];
  if (change.kind === 'addResource') throw new Error('Adding a resource is a Terraform fix.');
  const ctx = contextOf(document);
  switch (change.kind) {
    case 'set': {
      shapeOf(change.value); // rejects HCL expressions before any work
      const { object, key, value } = liftToWritten(change.target, change.key, change.value);
      const syntax = object.syntax;
      if (syntax?.format !== 'yaml' || !isMap(syntax.node)) throw new Error('The object to change is not a YAML map.');
      const map = syntax.node as AnyMap;
      const removed = object.noValue?.get(key);
      if (removed) {
        // The key is written but removed by AWS::NoValue (e.g. the `!If` branch taken): the value goes there.
        const { span, parent } = locate(ctx, { kind: 'unknown', reason: 'AWS::NoValue', origin: 'explicit', span: removed });
        return [replaceAt(ctx, span, parent, value)];
      }
      const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as AnyPair | undefined;
      if (!pair) return [insertKey(ctx, map, key, value)];
      if (!pair.value) throw new Error(`The key ${key} has no value to replace.`);
      const span = valueSpan(ctx.text, pair.value, pairValueBound(pair, map.range?.[0] ?? 0));
      return [replaceAt(ctx, span, { kind: 'map', map, pair }, value)];
    }
    case 'replace': {
      shapeOf(change.value);
      const { span, parent } = locate(ctx, change.target);
      return [replaceAt(ctx, span, parent, change.value)];
    }
    case 'append': {
      shapeOf(change.value);
      const { node } = locate(ctx, change.target);
      return [appendItem(ctx, node as YAMLSeq<Node>, change.value)];
    }
    default:
      throw new Error(`Unknown change ${(change as { kind: string }).kind}.`);
  }
}
