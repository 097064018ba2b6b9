/** The JSON template model: spans, intrinsics, absent Properties, errors and duplicate keys. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../../../server/src/core/text';
import { at, parse, plain, resource } from './helpers';

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

const template = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Logs": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": { "Fn::Sub": "\${AWS::StackName}-logs" },
        "Tags": [{ "Key": "Env", "Value": "prod" }],
        "VersioningConfiguration": { "Status": "Enabled" }
      }
    },
    "Queue": { "Type": "AWS::SQS::Queue" },
    "Policy": {
      "Type": "AWS::SQS::QueuePolicy",
      "Properties": { "Queues": [{ "Ref": "Queue" }], "PolicyDocument": { "Statement": [] } }
    }
  }
}
`;

test('json: resources with exact spans', () => {
  const doc = parse(template, 'json', 'file:///t.json');
  assert.equal(doc.kind, 'cloudformation');
  assert.equal(doc.syntax, 'json');
  assert.deepEqual(doc.errors, []);
  assert.deepEqual(doc.resources.map((r) => `${r.name}:${r.type}`), ['Logs:AWS::S3::Bucket', 'Queue:AWS::SQS::Queue', 'Policy:AWS::SQS::QueuePolicy']);
  const logs = resource(doc, 'Logs');
  assert.equal(slice(template, logs.headerSpan), '"Logs"');
  assert.equal(slice(template, logs.typeSpan), '"AWS::S3::Bucket"');
  assert.ok(slice(template, logs.span)?.startsWith('"Logs": {'));
  assert.ok(slice(template, logs.span)?.endsWith('}\n    }'));
  const sub = at(doc, 'Logs', 'Properties.BucketName');
  assert.deepEqual([sub.kind, slice(template, sub.span)], ['unknown', '{ "Fn::Sub": "${AWS::StackName}-logs" }']);
  assert.deepEqual(plain(at(doc, 'Logs', 'Properties.Tags')), [{ Key: 'Env', Value: 'prod' }]);
  const versioning = logs.body.entries.get('VersioningConfiguration');
  assert.equal(slice(template, versioning?.span), '"VersioningConfiguration": { "Status": "Enabled" }');
  assert.equal(slice(template, versioning?.keySpan), '"VersioningConfiguration"');
  const ref = at(doc, 'Policy', 'Properties.Queues.0');
  assert.deepEqual([ref.kind, ref.kind === 'unknown' && ref.reference], ['unknown', 'Queue']);
  assert.deepEqual(doc.comments, []);
  assert.equal((doc.tree as { type: string }).type, 'object');
});

test('json: absent Properties is an unwritten object linked to its resource', () => {
  const doc = parse(template, 'json');
  const queue = resource(doc, 'Queue');
  assert.equal(queue.body.syntax, undefined);
  assert.equal(queue.body.entries.size, 0);
  assert.equal(queue.body.parent?.object, queue.definition);
  assert.equal(queue.body.parent?.key, 'Properties');
});

test('json: syntax errors with spans (trailing comma, comment, missing brace)', () => {
  const trailing = '{"Resources": {"A": {"Type": "AWS::SQS::Queue",}}}';
  const t = parse(trailing, 'json');
  assert.equal(t.kind, 'cloudformation');
  assert.equal(t.errors.length, 1);
  assert.equal(t.errors[0].span.start, trailing.indexOf(',}') + 1, 'at the brace after the trailing comma');
  const comment = '{\n  // no comments in CloudFormation\n  "Resources": {"A": {"Type": "AWS::SQS::Queue"}}\n}';
  const c = parse(comment, 'json');
  assert.deepEqual(c.errors.map((e) => [e.message, slice(comment, e.span)]), [['JSON templates cannot contain comments.', '// no comments in CloudFormation']]);
  const open = '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"A": {"Type": "AWS::SQS::Queue"}}';
  const o = parse(open, 'json');
  assert.ok(o.errors.length > 0);
  assert.deepEqual(o.resources.map((r) => r.name), ['A'], 'the resources before the damage are kept');
});

test('json: duplicate keys are errors on the repeated key; the first value wins', () => {
  const text = '{"Resources": {"A": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "a", "QueueName": "b"}}}}';
  const doc = parse(text, 'json');
  assert.deepEqual(doc.errors.map((e) => slice(text, e.span)), ['"QueueName"']);
  assert.equal(doc.errors[0].span.start, text.lastIndexOf('"QueueName"'));
  assert.deepEqual(plain(resource(doc, 'A').body), { QueueName: 'a' });
});

test('json: a byte-order mark is not an error and offsets stay exact', () => {
  const text = '\uFEFF{"Resources": {"A": {"Type": "AWS::SQS::Queue"}}}';
  const doc = parse(text, 'json');
  assert.deepEqual(doc.errors, []);
  assert.equal(slice(text, resource(doc, 'A').headerSpan), '"A"');
});
