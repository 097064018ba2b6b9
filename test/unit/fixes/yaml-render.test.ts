/**
 * YAML fix renderer: exact output for each change kind in each style, and the
 * round trip (the fixed text re-parses with no errors and the model shows the new value).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderYamlChange } from '../../../server/src/fixes/render-yaml';
import type { MList } from '../../../server/src/model/types';
import { at, checkFix, object, parse, resource, type FixCase } from '../cloudformation/helpers';

const block2 = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  # logs
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs # keep
      Tags:
        - Key: Env
          Value: prod
      # about the queue
  Queue:
    Type: AWS::SQS::Queue
  Vol:
    Type: AWS::EC2::Volume
    Properties:
      Encrypted: false
      Size: 10
`;

/** `block2` with `insert` placed after the line that starts with `afterLine`. */
function withLine(text: string, afterLine: string, insert: string): string {
  const i = text.indexOf(afterLine);
  assert.ok(i >= 0, afterLine);
  const end = text.indexOf('\n', i) + 1;
  return text.slice(0, end) + insert + text.slice(end);
}

const cases: FixCase[] = [
  {
    name: 'set: new map key goes after the last entry, before the comment about the next resource',
    text: block2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Logs').body, key: 'VersioningConfiguration', value: { Status: 'Enabled' } }),
    expected: withLine(block2, '          Value: prod', '      VersioningConfiguration:\n        Status: Enabled\n'),
    readBack: { resource: 'Logs', path: 'Properties.VersioningConfiguration', value: { Status: 'Enabled' } },
  },
  {
    name: 'set: replaces an existing scalar in place',
    text: block2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Vol').body, key: 'Encrypted', value: true }),
    expected: block2.replace('Encrypted: false', 'Encrypted: true'),
    readBack: { resource: 'Vol', path: 'Properties.Encrypted', value: true },
  },
  {
    name: 'set: absent Properties is created under the resource',
    text: block2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Queue').body, key: 'KmsMasterKeyId', value: 'alias/aws/sqs' }),
    expected: withLine(block2, '    Type: AWS::SQS::Queue', '    Properties:\n      KmsMasterKeyId: alias/aws/sqs\n'),
    readBack: { resource: 'Queue', path: 'Properties.KmsMasterKeyId', value: 'alias/aws/sqs' },
  },
  {
    name: 'set: a list of maps under a created Properties, with a placeholder',
    text: block2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Queue').body, key: 'Tags', value: [{ Key: 'Owner', Value: { placeholder: 'team-name' } }] }),
    expected: withLine(block2, '    Type: AWS::SQS::Queue', '    Properties:\n      Tags:\n        - Key: Owner\n          Value: team-name\n'),
    selected: ['team-name'],
    readBack: { resource: 'Queue', path: 'Properties.Tags', value: [{ Key: 'Owner', Value: 'team-name' }] },
  },
  {
    name: 'set: a value that must be quoted, and a placeholder that must be quoted (selection inside the quotes)',
    text: block2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Vol').body, key: 'Notes', value: { Flag: 'yes', Wild: '*', Cidr: '0.0.0.0/0', Why: { placeholder: 'why: because' } } }),
    expected: block2 + '      Notes:\n        Flag: "yes"\n        Wild: "*"\n        Cidr: 0.0.0.0/0\n        Why: "why: because"\n',
    selected: ['why: because'],
    readBack: { resource: 'Vol', path: 'Properties.Notes', value: { Flag: 'yes', Wild: '*', Cidr: '0.0.0.0/0', Why: 'why: because' } },
  },
  {
    name: 'replace: a written scalar',
    text: block2,
    change: (d) => ({ kind: 'replace', target: at(d, 'Vol', 'Properties.Size'), value: 20 }),
    expected: block2.replace('Size: 10', 'Size: 20'),
    readBack: { resource: 'Vol', path: 'Properties.Size', value: 20 },
  },
  {
    name: 'replace: a block list with another, from right after the colon',
    text: block2,
    change: (d) => ({ kind: 'replace', target: at(d, 'Logs', 'Properties.Tags'), value: [{ Key: 'Owner', Value: 'ops' }] }),
    expected: block2.replace('- Key: Env\n          Value: prod', '- Key: Owner\n          Value: ops'),
    readBack: { resource: 'Logs', path: 'Properties.Tags', value: [{ Key: 'Owner', Value: 'ops' }] },
  },
  {
    name: 'replace: a scalar by a map keeps the trailing comment',
    text: block2,
    change: (d) => ({ kind: 'replace', target: at(d, 'Logs', 'Properties.BucketName'), value: { 'Fn::Sub': '${AWS::StackName}-logs' } }),
    expected: block2.replace('BucketName: logs # keep', 'BucketName:\n        Fn::Sub: ${AWS::StackName}-logs # keep'),
    readBack: { resource: 'Logs', path: 'Properties.BucketName', value: { unknown: 'intrinsic Fn::Sub' } },
  },
  {
    name: 'append: a tag in the compact `- Key:` form',
    text: block2,
    change: (d) => ({ kind: 'append', target: at(d, 'Logs', 'Properties.Tags') as MList, value: { Key: 'Owner', Value: { placeholder: 'team' } } }),
    expected: withLine(block2, '          Value: prod', '        - Key: Owner\n          Value: team\n'),
    selected: ['team'],
    readBack: { resource: 'Logs', path: 'Properties.Tags.1', value: { Key: 'Owner', Value: 'team' } },
  },
];

const block4 = `Resources:
    Bucket:
        Type: AWS::S3::Bucket
        Properties:
            Tags:
            -   Key: Env
                Value: prod
`;

cases.push(
  {
    name: '4-space, indentless sequences with `-   `: a nested set follows the file',
    text: block4,
    change: (d) => ({
      kind: 'set',
      target: resource(d, 'Bucket').body,
      key: 'BucketEncryption',
      value: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    }),
    expected:
      block4 +
      '            BucketEncryption:\n                ServerSideEncryptionConfiguration:\n                -   ServerSideEncryptionByDefault:\n                        SSEAlgorithm: AES256\n',
    readBack: { resource: 'Bucket', path: 'Properties.BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm', value: 'AES256' },
  },
  {
    name: '4-space: append keeps the `-   ` gap',
    text: block4,
    change: (d) => ({ kind: 'append', target: at(d, 'Bucket', 'Properties.Tags') as MList, value: { Key: 'Owner', Value: 'ops' } }),
    expected: block4 + '            -   Key: Owner\n                Value: ops\n',
    readBack: { resource: 'Bucket', path: 'Properties.Tags.1.Key', value: 'Owner' },
  },
);

const flow = `Resources:
  T:
    Type: AWS::SNS::Topic
    Properties: { TopicName: t, Tags: [{ Key: Env, Value: prod }] }
  E:
    Type: AWS::SNS::Topic
    Properties: {}
  M:
    Type: AWS::SNS::Topic
    Properties: {
      TopicName: m
    }
`;

cases.push(
  {
    name: 'flow map: a new key as `, K: v` in flow style',
    text: flow,
    change: (d) => ({ kind: 'set', target: resource(d, 'T').body, key: 'KmsMasterKeyId', value: 'alias/aws/sns' }),
    expected: flow.replace('Value: prod }] }', 'Value: prod }], KmsMasterKeyId: alias/aws/sns }'),
    readBack: { resource: 'T', path: 'Properties.KmsMasterKeyId', value: 'alias/aws/sns' },
  },
  {
    name: 'flow sequence: append a flow map with the same padding',
    text: flow,
    change: (d) => ({ kind: 'append', target: at(d, 'T', 'Properties.Tags') as MList, value: { Key: 'Owner', Value: 'a, b' } }),
    expected: flow.replace('[{ Key: Env, Value: prod }]', '[{ Key: Env, Value: prod }, { Key: Owner, Value: "a, b" }]'),
    readBack: { resource: 'T', path: 'Properties.Tags.1.Value', value: 'a, b' },
  },
  {
    name: 'flow: empty `{}` gets its first key',
    text: flow,
    change: (d) => ({ kind: 'set', target: resource(d, 'E').body, key: 'Tags', value: [{ Key: 'Owner', Value: 'ops' }] }),
    expected: flow.replace('Properties: {}', 'Properties: {Tags: [{Key: Owner, Value: ops}]}'),
    readBack: { resource: 'E', path: 'Properties.Tags', value: [{ Key: 'Owner', Value: 'ops' }] },
  },
  {
    name: 'flow: a multi-line flow map gets a new line',
    text: flow,
    change: (d) => ({ kind: 'set', target: resource(d, 'M').body, key: 'DisplayName', value: 'm' }),
    expected: flow.replace('      TopicName: m\n', '      TopicName: m,\n      DisplayName: m\n'),
    readBack: { resource: 'M', path: 'Properties.DisplayName', value: 'm' },
  },
  {
    name: 'replace inside a flow map writes flow',
    text: flow,
    change: (d) => ({ kind: 'replace', target: at(d, 'T', 'Properties.TopicName'), value: { 'Fn::Sub': '${AWS::StackName}' } }),
    expected: flow.replace('TopicName: t,', 'TopicName: { Fn::Sub: "${AWS::StackName}" },'),
    readBack: { resource: 'T', path: 'Properties.TopicName', value: { unknown: 'intrinsic Fn::Sub' } },
  },
);

const crlf = block2.replace(/\n/g, '\r\n');
cases.push(
  {
    name: 'CRLF: new lines use CRLF',
    text: crlf,
    change: (d) => ({ kind: 'set', target: resource(d, 'Queue').body, key: 'Tags', value: [{ Key: 'Owner', Value: 'ops' }] }),
    expected: withLine(crlf, '    Type: AWS::SQS::Queue', '    Properties:\r\n      Tags:\r\n        - Key: Owner\r\n          Value: ops\r\n'),
    readBack: { resource: 'Queue', path: 'Properties.Tags.0.Value', value: 'ops' },
  },
  {
    name: 'CRLF: append',
    text: crlf,
    change: (d) => ({ kind: 'append', target: at(d, 'Logs', 'Properties.Tags') as MList, value: { Key: 'Owner', Value: 'ops' } }),
    expected: withLine(crlf, '          Value: prod', '        - Key: Owner\r\n          Value: ops\r\n'),
  },
);

const quoted = `Resources:
  Q:
    Type: 'AWS::SQS::Queue'
    Properties:
      QueueName: 'orders'
      DelaySeconds: 5
`;

cases.push({
  name: 'neighbours all quoted: new strings use the same quotes',
  text: quoted,
  change: (d) => ({ kind: 'set', target: resource(d, 'Q').body, key: 'KmsMasterKeyId', value: "alias/it's" }),
  expected: quoted + "      KmsMasterKeyId: 'alias/it''s'\n",
  readBack: { resource: 'Q', path: 'Properties.KmsMasterKeyId', value: "alias/it's" },
});

const anchors = `Resources:
  A:
    Type: AWS::SQS::Queue
    Properties:
      Tags: &tags
        - Key: Env
          Value: prod
  B:
    Type: AWS::SQS::Queue
    Properties:
      Tags: *tags
`;

cases.push(
  {
    name: 'anchors: a key added after an anchored list keeps the anchor and its alias',
    text: anchors,
    change: (d) => ({ kind: 'set', target: resource(d, 'A').body, key: 'DelaySeconds', value: 5 }),
    expected: withLine(anchors, '          Value: prod', '      DelaySeconds: 5\n'),
    readBack: { resource: 'A', path: 'Properties.DelaySeconds', value: 5 },
  },
  {
    name: 'anchors: replacing an anchored value keeps the anchor',
    text: anchors,
    change: (d) => ({ kind: 'replace', target: at(d, 'A', 'Properties.Tags'), value: [{ Key: 'Env', Value: 'dev' }] }),
    expected: anchors.replace('Value: prod', 'Value: dev'),
    readBack: { resource: 'B', path: 'Properties.Tags', value: { unknown: 'YAML alias *tags' } },
  },
);

const tagged = `Resources:
  R:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-x'
      Other: !If
        - IsProd
        - a
        - b
`;

cases.push(
  {
    name: 'replace: an intrinsic with its tag (the span covers the tag)',
    text: tagged,
    change: (d) => ({ kind: 'replace', target: at(d, 'R', 'Properties.BucketName'), value: 'fixed' }),
    expected: tagged.replace("!Sub '${AWS::StackName}-x'", 'fixed'),
    readBack: { resource: 'R', path: 'Properties.BucketName', value: 'fixed' },
  },
  {
    name: 'replace: a block-sequence intrinsic by a scalar',
    text: tagged,
    change: (d) => ({ kind: 'replace', target: at(d, 'R', 'Properties.Other'), value: false }),
    expected: tagged.replace('!If\n        - IsProd\n        - a\n        - b', 'false'),
    readBack: { resource: 'R', path: 'Properties.Other', value: false },
  },
);

for (const c of cases) test(`yaml fix: ${c.name}`, () => checkFix(c));

test('yaml fix: commentAbove inserts a comment line with the indentation of the line, and selects `select`', () => {
  const doc = parse(block2);
  const [edit] = renderYamlChange(doc, { kind: 'commentAbove', at: resource(doc, 'Queue').headerSpan, text: 'onus:ignore aws-sqs-encryption -- reason here', select: 'reason here' });
  assert.equal(edit.newText, '  # onus:ignore aws-sqs-encryption -- reason here\n');
  assert.deepEqual(edit.span, { start: block2.indexOf('  Queue:'), end: block2.indexOf('  Queue:') });
  const s = edit.selections?.[0];
  assert.ok(s);
  assert.equal(edit.newText.slice(s.start, s.end), 'reason here');
  const crlfDoc = parse(crlf);
  const [e2] = renderYamlChange(crlfDoc, { kind: 'commentAbove', at: at(crlfDoc, 'Logs', 'Properties.Tags.0').span!, text: 'x' });
  assert.equal(e2.newText, '        # x\r\n');
});

test('yaml fix: commentAbove never lands inside a block scalar', () => {
  const text = 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        ZipFile: |\n          exports.handler = 1\n          more\n';
  const doc = parse(text);
  const inside = { start: text.indexOf('more'), end: text.indexOf('more') };
  assert.throws(() => renderYamlChange(doc, { kind: 'commentAbove', at: inside, text: 'x' }));
});

test('yaml fix: an HCL expression is not representable', () => {
  const doc = parse(block2);
  assert.throws(() => renderYamlChange(doc, { kind: 'set', target: resource(doc, 'Vol').body, key: 'KmsKeyId', value: { hcl: 'aws_kms_key.k.arn' } }));
  assert.throws(() => renderYamlChange(doc, { kind: 'set', target: resource(doc, 'Vol').body, key: 'KmsKeyId', value: { a: [{ hcl: 'x' }] } }));
});

test('yaml fix: a Terraform-style block value is written as a plain mapping', () => {
  const doc = parse(block2);
  const edits = renderYamlChange(doc, { kind: 'set', target: object(doc, 'Vol', 'Properties'), key: 'Cfg', value: { block: { A: 1 } } });
  assert.equal(edits[0].newText, '\n      Cfg:\n        A: 1');
});

test('yaml fix: `Properties:` written empty gets its first key right after the colon', () => {
  const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n  R:\n    Type: AWS::SQS::Queue\n';
  checkFix({
    name: 'empty Properties',
    text,
    change: (d) => ({ kind: 'set', target: resource(d, 'Q').body, key: 'DelaySeconds', value: 5 }),
    expected: text.replace('    Properties:\n', '    Properties:\n      DelaySeconds: 5\n'),
    readBack: { resource: 'Q', path: 'Properties.DelaySeconds', value: 5 },
  });
});

test('yaml fix: a file without a final line break', () => {
  const text = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue';
  checkFix({
    name: 'no final newline',
    text,
    change: (d) => ({ kind: 'set', target: resource(d, 'Q').body, key: 'DelaySeconds', value: 5 }),
    expected: text + '\n    Properties:\n      DelaySeconds: 5',
    readBack: { resource: 'Q', path: 'Properties.DelaySeconds', value: 5 },
  });
});

test('yaml fix: a neighbour quoted only because it must be shows no preference for quotes', () => {
  const text = 'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement: []\n';
  checkFix({
    name: 'needed quotes',
    text,
    change: (d) => ({ kind: 'set', target: object(d, 'P', 'Properties.PolicyDocument'), key: 'Id', value: 'policy-1' }),
    expected: text + '        Id: policy-1\n',
    readBack: { resource: 'P', path: 'Properties.PolicyDocument.Id', value: 'policy-1' },
  });
});
