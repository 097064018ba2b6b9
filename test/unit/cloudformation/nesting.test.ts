/** Pathologically nested templates are refused before parsing, with a diagnostic where the nesting goes too deep. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NESTING, tooDeepAt } from '../../../server/src/cloudformation/nesting';
import { parse } from './helpers';

const N = 100_000;

test('nesting: the scan skips quoted strings and finds the first offset too deep', () => {
  assert.equal(tooDeepAt('{"a": "[[[[[[", "b": [1]}', 2), undefined);
  assert.equal(tooDeepAt('[[[', 2), 2);
  assert.equal(tooDeepAt('{"x": "\\"[[["}', 1), undefined);
  assert.equal(tooDeepAt('['.repeat(MAX_NESTING)), undefined);
});

for (const [name, text, syntax] of [
  ['JSON, 100,000 nested objects', `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":${'{"a":'.repeat(N)}1${'}'.repeat(N)}}}}`, 'json'],
  ['YAML, 100,000 nested flow sequences', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      P: ${'['.repeat(N)}${']'.repeat(N)}\n`, 'yaml'],
] as const) {
  test(`nesting: ${name} — a diagnostic, no stack overflow`, () => {
    const doc = parse(text, syntax);
    assert.equal(doc.kind, 'cloudformation');
    assert.equal(doc.syntax, syntax);
    assert.deepEqual(doc.resources, []);
    assert.equal(doc.errors.length, 1);
    assert.match(doc.errors[0].message, /nested more than 1000 levels/);
    assert.equal(text[doc.errors[0].span.start], syntax === 'json' ? '{' : '[');
  });
}
