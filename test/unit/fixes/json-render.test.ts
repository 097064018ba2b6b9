/**
 * JSON fix renderer: exact output (indentation, commas, `:` spacing, empty and
 * one-line objects, CRLF) and the round trip through the parser.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderJsonChange } from '../../../server/src/fixes/render-json';
import type { MList } from '../../../server/src/model/types';
import { at, checkFix, parse, resource, type FixCase } from '../cloudformation/helpers';

const json2 = `{
  "Resources": {
    "Logs": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": "logs",
        "Tags": [
          { "Key": "Env", "Value": "prod" }
        ]
      }
    },
    "Queue": {
      "Type": "AWS::SQS::Queue"
    },
    "Empty": {
      "Type": "AWS::SNS::Topic",
      "Properties": {}
    },
    "OneLine": { "Type": "AWS::SNS::Topic", "Properties": { "TopicName": "t" } }
  }
}
`;

const cases: FixCase[] = [
  {
    name: '2-space: a new key after the last one, nested object laid out like the file',
    text: json2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Logs').body, key: 'VersioningConfiguration', value: { Status: 'Enabled' } }),
    expected: json2.replace('        ]\n      }', '        ],\n        "VersioningConfiguration": {\n          "Status": "Enabled"\n        }\n      }'),
    readBack: { resource: 'Logs', path: 'Properties.VersioningConfiguration.Status', value: 'Enabled' },
  },
  {
    name: 'set: an existing value is replaced in place',
    text: json2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Logs').body, key: 'BucketName', value: { placeholder: 'bucket-name' } }),
    expected: json2.replace('"BucketName": "logs"', '"BucketName": "bucket-name"'),
    selected: ['bucket-name'],
    readBack: { resource: 'Logs', path: 'Properties.BucketName', value: 'bucket-name' },
  },
  {
    name: 'set: absent Properties is created after the last key of the resource',
    text: json2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Queue').body, key: 'Tags', value: [{ Key: 'Owner', Value: { placeholder: 'team' } }] }),
    expected: json2.replace(
      '"Type": "AWS::SQS::Queue"\n',
      '"Type": "AWS::SQS::Queue",\n      "Properties": {\n        "Tags": [\n          {\n            "Key": "Owner",\n            "Value": "team"\n          }\n        ]\n      }\n',
    ),
    selected: ['team'],
    readBack: { resource: 'Queue', path: 'Properties.Tags', value: [{ Key: 'Owner', Value: 'team' }] },
  },
  {
    name: 'empty object `{}` opens onto new lines',
    text: json2,
    change: (d) => ({ kind: 'set', target: resource(d, 'Empty').body, key: 'KmsMasterKeyId', value: 'alias/aws/sns' }),
    expected: json2.replace('"Properties": {}', '"Properties": {\n        "KmsMasterKeyId": "alias/aws/sns"\n      }'),
    readBack: { resource: 'Empty', path: 'Properties.KmsMasterKeyId', value: 'alias/aws/sns' },
  },
  {
    name: 'one-line object stays on one line',
    text: json2,
    change: (d) => ({ kind: 'set', target: resource(d, 'OneLine').body, key: 'Tags', value: [{ Key: 'Owner', Value: 'ops' }] }),
    expected: json2.replace('{ "TopicName": "t" }', '{ "TopicName": "t", "Tags": [{ "Key": "Owner", "Value": "ops" }] }'),
    readBack: { resource: 'OneLine', path: 'Properties.Tags.0.Key', value: 'Owner' },
  },
  {
    name: 'append: an item laid out like the item before it',
    text: json2,
    change: (d) => ({ kind: 'append', target: at(d, 'Logs', 'Properties.Tags') as MList, value: { Key: 'Owner', Value: 'ops' } }),
    expected: json2.replace('{ "Key": "Env", "Value": "prod" }', '{ "Key": "Env", "Value": "prod" },\n          { "Key": "Owner", "Value": "ops" }'),
    readBack: { resource: 'Logs', path: 'Properties.Tags.1', value: { Key: 'Owner', Value: 'ops' } },
  },
  {
    name: 'replace: a written value by a structure',
    text: json2,
    change: (d) => ({ kind: 'replace', target: at(d, 'Logs', 'Properties.BucketName'), value: { 'Fn::Sub': '${AWS::StackName}-logs' } }),
    expected: json2.replace('"BucketName": "logs"', '"BucketName": {\n          "Fn::Sub": "${AWS::StackName}-logs"\n        }'),
    readBack: { resource: 'Logs', path: 'Properties.BucketName', value: { unknown: 'intrinsic Fn::Sub' } },
  },
];

const json4 = `{
    "AWSTemplateFormatVersion" : "2010-09-09",
    "Resources" : {
        "Vol" : {
            "Type" : "AWS::EC2::Volume",
            "Properties" : {
                "Size" : 10
            }
        }
    }
}
`;

cases.push(
  {
    name: '4-space with ` : `: the file\'s spacing around the colon',
    text: json4,
    change: (d) => ({ kind: 'set', target: resource(d, 'Vol').body, key: 'Encrypted', value: true }),
    expected: json4.replace('"Size" : 10\n', '"Size" : 10,\n                "Encrypted" : true\n'),
    readBack: { resource: 'Vol', path: 'Properties.Encrypted', value: true },
  },
  {
    name: '4-space: nested structure',
    text: json4,
    change: (d) => ({ kind: 'set', target: resource(d, 'Vol').body, key: 'Tags', value: [{ Key: 'Owner', Value: 'ops' }] }),
    expected: json4.replace(
      '"Size" : 10\n',
      '"Size" : 10,\n                "Tags" : [\n                    {\n                        "Key" : "Owner",\n                        "Value" : "ops"\n                    }\n                ]\n',
    ),
  },
);

const tabs = '{\n\t"Resources": {\n\t\t"Q": {\n\t\t\t"Type": "AWS::SQS::Queue"\n\t\t}\n\t}\n}\n';
cases.push({
  name: 'tabs: indentation by tabs',
  text: tabs,
  change: (d) => ({ kind: 'set', target: resource(d, 'Q').body, key: 'SqsManagedSseEnabled', value: true }),
  expected: '{\n\t"Resources": {\n\t\t"Q": {\n\t\t\t"Type": "AWS::SQS::Queue",\n\t\t\t"Properties": {\n\t\t\t\t"SqsManagedSseEnabled": true\n\t\t\t}\n\t\t}\n\t}\n}\n',
  readBack: { resource: 'Q', path: 'Properties.SqsManagedSseEnabled', value: true },
});

const minified = '{"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{}}}}';
cases.push({
  name: 'minified: stays on one line, no spaces added where the file has none',
  text: minified,
  change: (d) => ({ kind: 'set', target: resource(d, 'Q').body, key: 'Tags', value: [{ Key: 'Owner', Value: 'ops' }] }),
  expected: '{"Resources":{"Q":{"Type":"AWS::SQS::Queue","Properties":{"Tags":[{"Key":"Owner","Value":"ops"}]}}}}',
  readBack: { resource: 'Q', path: 'Properties.Tags.0.Value', value: 'ops' },
});

const crlf = json2.replace(/\n/g, '\r\n');
cases.push({
  name: 'CRLF: new lines use CRLF',
  text: crlf,
  change: (d) => ({ kind: 'set', target: resource(d, 'Empty').body, key: 'KmsMasterKeyId', value: 'k' }),
  expected: crlf.replace('"Properties": {}', '"Properties": {\r\n        "KmsMasterKeyId": "k"\r\n      }'),
  readBack: { resource: 'Empty', path: 'Properties.KmsMasterKeyId', value: 'k' },
});

for (const c of cases) test(`json fix: ${c.name}`, () => checkFix({ ...c, syntax: 'json' }));

test('json fix: commentAbove renders nothing (JSON has no comments)', () => {
  const doc = parse(json2, 'json');
  assert.deepEqual(renderJsonChange(doc, { kind: 'commentAbove', at: resource(doc, 'Logs').headerSpan, text: 'x' }), []);
});

test('json fix: HCL expressions, NaN and Infinity are not representable', () => {
  const doc = parse(json2, 'json');
  const target = resource(doc, 'Logs').body;
  assert.throws(() => renderJsonChange(doc, { kind: 'set', target, key: 'K', value: { hcl: 'var.x' } }));
  assert.throws(() => renderJsonChange(doc, { kind: 'set', target, key: 'K', value: NaN }));
  assert.throws(() => renderJsonChange(doc, { kind: 'set', target, key: 'K', value: [Infinity] }));
});

test('json fix: `"Properties": null` is replaced by the new object', () => {
  const text = '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": null\n    }\n  }\n}\n';
  checkFix({
    name: 'null Properties',
    syntax: 'json',
    text,
    change: (d) => ({ kind: 'set', target: resource(d, 'Q').body, key: 'DelaySeconds', value: 5 }),
    expected: text.replace('"Properties": null', '"Properties": {\n        "DelaySeconds": 5\n      }'),
    readBack: { resource: 'Q', path: 'Properties.DelaySeconds', value: 5 },
  });
});

test('json fix: an empty `{}` inside a one-line object stays on that line', () => {
  const text = '{\n  "Resources": {\n    "T": { "Type": "AWS::SNS::Topic", "Properties": {} }\n  }\n}\n';
  checkFix({
    name: 'empty in one-line',
    syntax: 'json',
    text,
    change: (d) => ({ kind: 'set', target: resource(d, 'T').body, key: 'TopicName', value: 't' }),
    expected: text.replace('"Properties": {}', '"Properties": { "TopicName": "t" }'),
    readBack: { resource: 'T', path: 'Properties.TopicName', value: 't' },
  });
});
