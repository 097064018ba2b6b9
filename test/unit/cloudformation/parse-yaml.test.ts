/** The YAML template model: intrinsics, exact spans, absent Properties, comments, errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INTRINSIC_SHORT_TAGS } from '../../../server/src/cloudformation/intrinsics';
import type { Span } from '../../../server/src/core/text';
import { at, object, parse, plain, resource } from './helpers';

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

test('yaml: every intrinsic short tag parses in scalar, sequence and map form, without errors or warnings', () => {
  const lines = ['Resources:', '  R:', '    Type: AWS::S3::Bucket', '    Properties:'];
  for (const tag of INTRINSIC_SHORT_TAGS) {
    const n = tag.slice(1);
    lines.push(`      ${n}Scalar: ${tag} x`, `      ${n}Seq: ${tag} [a, b]`, `      ${n}Map: ${tag} { a: 1 }`, `      ${n}Block: ${tag}`, `        - a`, `        - b`);
  }
  const text = lines.join('\n') + '\n';
  const doc = parse(text);
  assert.deepEqual(doc.errors, []);
  // The model as written (the definition); the evaluated body is tested in evaluate.test.ts.
  const body = object(doc, 'R', 'Properties');
  assert.equal(body.entries.size, INTRINSIC_SHORT_TAGS.length * 4);
  for (const entry of body.entries.values()) {
    assert.equal(entry.value.kind, 'unknown', entry.key);
    assert.match(slice(text, entry.value.span) ?? '', /^!\w+\s/, `${entry.key}: the span starts at the tag`);
  }
  assert.deepEqual(plain(at(doc, 'R', 'Properties.IfSeq')), { unknown: 'intrinsic Fn::If' });
  assert.deepEqual(plain(at(doc, 'R', 'Properties.RefScalar')), { unknown: 'intrinsic Ref' });
});

test('yaml: long-form intrinsics are unknown; Condition with a map operand is data (IAM policies)', () => {
  const text = [
    'Resources:',
    '  R:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      A: { Ref: Name }',
    '      B:',
    '        Fn::GetAtt: [Role, Arn]',
    '      C: { Condition: IsProd }',
    '      D:',
    '        Condition:',
    '          Bool: { aws:SecureTransport: false }',
    '      E: !GetAtt Role.Arn',
    '',
  ].join('\n');
  const doc = parse(text);
  assert.deepEqual(doc.errors, []);
  const a = at(doc, 'R', 'Properties.A');
  assert.deepEqual([a.kind, a.kind === 'unknown' && a.reference, slice(text, a.span)], ['unknown', 'Name', '{ Ref: Name }']);
  const b = at(doc, 'R', 'Properties.B');
  assert.deepEqual([b.kind, b.kind === 'unknown' && b.reference], ['unknown', 'Role.Arn']);
  assert.equal(at(doc, 'R', 'Properties.C').kind, 'unknown');
  assert.deepEqual(plain(at(doc, 'R', 'Properties.D')), { Condition: { Bool: { 'aws:SecureTransport': false } } });
  const e = at(doc, 'R', 'Properties.E');
  assert.deepEqual([e.kind === 'unknown' && e.reference, slice(text, e.span)], ['Role.Arn', '!GetAtt Role.Arn']);
});

test('yaml: resource spans are exact (logical id through the end of its value)', () => {
  const text = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  # the logs bucket',
    '  # keep it',
    '  Logs:',
    '    Type: "AWS::S3::Bucket"',
    '    Properties:',
    '      BucketName: logs # trailing',
    '      Tags:',
    '        - Key: Env',
    '          Value: prod',
    '',
    '  # unrelated',
    '',
    '  Queue:',
    '    Type: AWS::SQS::Queue',
    'Outputs: {}',
    '',
  ].join('\n');
  const doc = parse(text);
  assert.deepEqual(doc.errors, []);
  const logs = resource(doc, 'Logs');
  assert.equal(logs.format, 'cloudformation');
  assert.equal(logs.type, 'AWS::S3::Bucket');
  assert.equal(slice(text, logs.headerSpan), 'Logs');
  assert.equal(slice(text, logs.typeSpan), '"AWS::S3::Bucket"');
  assert.equal(slice(text, logs.span), text.slice(text.indexOf('Logs:'), text.indexOf('prod') + 4));
  assert.equal(slice(text, logs.body.span), text.slice(text.indexOf('BucketName'), text.indexOf('prod') + 4));
  assert.deepEqual(logs.leadingComments.map((c) => c.text), ['# the logs bucket', '# keep it']);
  assert.deepEqual(resource(doc, 'Queue').leadingComments, [], 'a blank line ends the leading comments');
  const name = logs.body.entries.get('BucketName');
  assert.equal(slice(text, name?.keySpan), 'BucketName');
  assert.equal(slice(text, name?.span), 'BucketName: logs');
  assert.equal(slice(text, name?.value.span), 'logs');
  assert.equal(slice(text, at(doc, 'Logs', 'Properties.Tags').span), '- Key: Env\n          Value: prod');
  assert.equal(slice(text, at(doc, 'Logs', 'Properties.Tags.0').span), 'Key: Env\n          Value: prod');
  assert.equal(logs.body.parent?.object, logs.definition);
  assert.equal(logs.body.parent?.key, 'Properties');
  assert.equal(object(doc, 'Logs', 'Properties.Tags.0').syntax?.format, 'yaml');
  assert.deepEqual(doc.comments.map((c) => c.text), ['# the logs bucket', '# keep it', '# trailing', '# unrelated']);
  assert.equal(slice(text, doc.comments[2].span), '# trailing');
  assert.equal(resource(doc, 'Queue').span.end, text.indexOf('Queue\n') + 5);
});

test('yaml: spans are UTF-16 offsets and CRLF files keep exact spans', () => {
  const text = 'Description: "🪣 bücket"\r\nResources:\r\n  B:\r\n    Type: AWS::S3::Bucket\r\n    Properties:\r\n      BucketName: ünï\r\n';
  const doc = parse(text);
  assert.deepEqual(doc.errors, []);
  assert.equal(slice(text, at(doc, 'B', 'Properties.BucketName').span), 'ünï');
  assert.equal(slice(text, resource(doc, 'B').typeSpan), 'AWS::S3::Bucket');
  assert.equal(doc.lineIndex.positionAt(resource(doc, 'B').headerSpan.start).line, 2);
});

test('yaml: absent and empty Properties are an unwritten object linked to its resource', () => {
  const doc = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n');
  assert.deepEqual(doc.errors, []);
  for (const name of ['A', 'B']) {
    const r = resource(doc, name);
    assert.equal(r.body.kind, 'object');
    assert.equal(r.body.syntax, undefined);
    assert.equal(r.body.span, undefined);
    assert.equal(r.body.entries.size, 0);
    assert.equal(r.body.parent?.object, r.definition);
    assert.equal(r.body.parent?.key, 'Properties');
  }
});

test('yaml: Properties written as an intrinsic that cannot be resolved leave the resource out (unknown never reports)', () => {
  const doc = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: !GetAtt X.Y\n  B:\n    Type: AWS::SQS::Queue\n');
  assert.deepEqual(doc.resources.map((r) => r.name), ['B']);
});

test('yaml: Properties written as !If on an unknown condition: one variant per branch', () => {
  const doc = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: !If [C, {DelaySeconds: 1}, {}]\n');
  const a = resource(doc, 'A');
  assert.deepEqual(a.variants?.map((v) => plain(v.body)), [{ DelaySeconds: 1 }, {}]);
});

test('yaml: scalars are YAML 1.2 values; "true" strings stay strings', () => {
  const text = 'Resources:\n  R:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: "true"\n      Size: 100\n      Iops: 1e3\n      MultiAttach: false\n      KmsKeyId: null\n      Yes: yes\n      Octal: 0o17\n      Date: 2010-09-09\n';
  const doc = parse(text);
  assert.deepEqual(plain(resource(doc, 'R').body), { Encrypted: 'true', Size: 100, Iops: 1000, MultiAttach: false, KmsKeyId: null, Yes: 'yes', Octal: 15, Date: '2010-09-09' });
});

test('yaml: aliases are unknown (a fix through one would change every alias)', () => {
  const doc = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: &tags\n        - { Key: Env, Value: prod }\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: *tags\n');
  assert.deepEqual(doc.errors, []);
  assert.equal(at(doc, 'A', 'Properties.Tags').kind, 'list');
  assert.deepEqual(plain(at(doc, 'B', 'Properties.Tags')), { unknown: 'YAML alias *tags' });
});

test('yaml: syntax errors and duplicate keys are errors with spans', () => {
  const dup = 'Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: a\n      QueueName: b\n';
  const d = parse(dup);
  assert.equal(d.kind, 'cloudformation');
  assert.equal(d.errors.length, 1);
  assert.equal(d.errors[0].severity, 'error');
  assert.equal(slice(dup, d.errors[0].span), 'QueueName');
  assert.equal(d.errors[0].span.start, dup.lastIndexOf('QueueName'));
  assert.deepEqual(plain(resource(d, 'A').body), { QueueName: 'a' });

  const broken = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: "unterminated\n';
  const b = parse(broken);
  assert.equal(b.kind, 'cloudformation');
  assert.ok(b.errors.length > 0);
  assert.ok(b.errors.every((e) => e.severity === 'error' && e.span.start >= broken.indexOf('"unterminated') && e.span.end <= broken.length));
});

test('yaml: an unknown tag is a warning and an unknown value, not a crash', () => {
  const doc = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Custom x\n');
  assert.deepEqual(doc.errors.map((e) => e.severity), ['warning']);
  assert.deepEqual(plain(at(doc, 'A', 'Properties.QueueName')), { unknown: 'tag !Custom' });
});

test('yaml: a second document is an error; a trailing --- is not', () => {
  assert.deepEqual(parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n---\n').errors, []);
  const two = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n---\nfoo: 1\n');
  assert.equal(two.errors.length, 1);
});

test('yaml: the document tree is the yaml Document', () => {
  const doc = parse('Resources:\n  A:\n    Type: AWS::SQS::Queue\n');
  assert.equal((doc.tree as { constructor: { name: string } }).constructor.name, 'Document');
});
