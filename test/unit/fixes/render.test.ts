import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../../../server/src/config/types';
import { parseDocument } from '../../../server/src/engine/parse';
import { applyEdits, renderFix } from '../../../server/src/fixes/render';
import type { SemanticFix } from '../../../server/src/fixes/types';

const config = resolveConfig({});

test('two keys set on a missing Properties create it once', () => {
  const text = 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n';
  const document = parseDocument('file:///t.yaml', text, config);
  const body = document.resources[0].body;
  const fix: SemanticFix = {
    title: 'two keys',
    kind: 'quickfix',
    changes: [
      { kind: 'set', target: body, key: 'Encrypted', value: true },
      { kind: 'set', target: body, key: 'Size', value: 10 },
    ],
  };
  const rendered = renderFix(document, fix);
  assert.ok(rendered);
  assert.equal(applyEdits(text, rendered.edits), 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: true\n      Size: 10\n');
});

test('inserts at one position apply in array order, as LSP clients do', () => {
  const edits = [
    { span: { start: 1, end: 1 }, newText: 'a' },
    { span: { start: 1, end: 1 }, newText: 'b' },
  ];
  assert.equal(applyEdits('xy', edits), 'xaby');
});

test('a fix whose edits overlap is not offered', () => {
  const text = 'resource "aws_ebs_volume" "v" {\n  encrypted = false\n}\n';
  const document = parseDocument('file:///m.tf', text, config);
  const value = document.resources[0].body.entries.get('encrypted')!.value;
  const fix: SemanticFix = { title: 'conflict', kind: 'quickfix', changes: [{ kind: 'replace', target: value, value: true }, { kind: 'replace', target: value, value: false }] };
  assert.equal(renderFix(document, fix), undefined);
});
