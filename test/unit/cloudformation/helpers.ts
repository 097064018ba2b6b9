/** Shared by the CloudFormation parser and YAML/JSON renderer tests. */
import assert from 'node:assert/strict';
import { parseCloudFormation } from '../../../server/src/cloudformation/parse';
import type { OnusDocument } from '../../../server/src/engine/document';
import { applyEdits, renderFix } from '../../../server/src/fixes/render';
import { isPlaceholder, type FixValue, type SemanticChange } from '../../../server/src/fixes/types';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';

export function parse(text: string, syntax: 'yaml' | 'json' = 'yaml', uri = 'file:///t.yaml'): OnusDocument {
  return parseCloudFormation(uri, text, syntax);
}

export function resource(doc: OnusDocument, name: string): Resource {
  const r = doc.resources.find((x) => x.name === name);
  assert.ok(r, `resource ${name} in ${doc.resources.map((x) => x.name).join(', ')}`);
  return r;
}

/** The model value at `path` below a resource's definition (`Properties.Tags.0.Key`). */
export function at(doc: OnusDocument, name: string, path: string): MValue {
  let v: MValue | undefined = resource(doc, name).definition;
  for (const step of path.split('.').filter(Boolean)) {
    if (v?.kind === 'object') v = v.entries.get(step)?.value;
    else if (v?.kind === 'list') v = v.items[Number(step)];
    else v = undefined;
    assert.ok(v, `no ${step} in ${path}`);
  }
  assert.ok(v);
  return v;
}

export function object(doc: OnusDocument, name: string, path: string): MObject {
  const v = at(doc, name, path);
  assert.equal(v.kind, 'object');
  return v as MObject;
}

/** A model value as plain data; unknowns become `{unknown: reason}`. */
export function plain(v: MValue): unknown {
  switch (v.kind) {
    case 'scalar':
      return v.value;
    case 'list':
      return v.items.map(plain);
    case 'object':
      return Object.fromEntries([...v.entries].map(([k, e]) => [k, plain(e.value)]));
    default:
      return { unknown: v.reason };
  }
}

/** What a FixValue reads back as: placeholders as their text. */
export function expectedPlain(v: FixValue): unknown {
  if (isPlaceholder(v)) return v.placeholder;
  if (Array.isArray(v)) return v.map(expectedPlain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expectedPlain(x as FixValue)]));
  return v;
}

export interface FixCase {
  name: string;
  text: string;
  syntax?: 'yaml' | 'json';
  change: (doc: OnusDocument) => SemanticChange;
  /** The whole file after the fix, exactly. */
  expected: string;
  /** Text of each selection after the fix. */
  selected?: string[];
  /** Round trip: the value the model shows at `resource` / `path` after re-parsing. */
  readBack?: { resource: string; path: string; value: unknown };
}

/** Renders the change through the public entry point, applies it, and checks text, selections and round trip. */
export function checkFix(c: FixCase): void {
  const syntax = c.syntax ?? 'yaml';
  const before = parse(c.text, syntax);
  assert.deepEqual(before.errors, [], 'the input parses');
  const fix = renderFix(before, { title: c.name, kind: 'quickfix', changes: [c.change(before)] });
  assert.ok(fix, 'the fix renders');
  const after = applyEdits(c.text, fix.edits);
  assert.equal(after, c.expected);
  if (c.selected) assert.deepEqual(fix.selections.map((s) => after.slice(s.start, s.end)), c.selected);
  const reparsed = parse(after, syntax);
  assert.deepEqual(reparsed.errors, [], 'the fixed text parses without errors or warnings');
  if (c.readBack) assert.deepEqual(plain(at(reparsed, c.readBack.resource, c.readBack.path)), c.readBack.value);
}
