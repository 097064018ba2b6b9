/**
 * A JSON template updated from its previous version (an edit inside one
 * resource) must be indistinguishable from the same text parsed from scratch:
 * the jsonc tree, the model, the resources and their variants, every finding
 * and every rendered fix. Edits elsewhere must take the full parse.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changedRegion } from '../../../server/src/core/text';
import { resolveConfig } from '../../../server/src/config/types';
import type { OnusDocument } from '../../../server/src/engine/document';
import { parseDocument } from '../../../server/src/engine/parse';
import { describeDocument, findingsOf } from './describe-document';
import { allRules } from '../../../rules';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import { renderFix } from '../../../server/src/fixes/render';

const uri = 'file:///t/stack.template.json';
const config = resolveConfig({ requiredTags: ['Owner'] });

const template = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": {
    "Env": { "Type": "String", "Default": "prod" },
    "Size": { "Type": "Number", "Default": 20 }
  },
  "Conditions": {
    "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] },
    "Later": { "Fn::Equals": [{ "Ref": "AWS::Region" }, "eu-west-1"] }
  },
  "Resources": {
    "Data": {
      "Type": "AWS::EC2::Volume",
      "Properties": { "AvailabilityZone": "us-east-1a", "Size": { "Ref": "Size" }, "Encrypted": { "Fn::If": ["Later", true, false] } }
    },
    "Web": {
      "Type": "AWS::EC2::SecurityGroup",
      "Metadata": { "cfn_nag": { "rules_to_suppress": [{ "id": "W9", "reason": "load balancer" }] } },
      "Properties": {
        "GroupDescription": "web",
        "SecurityGroupIngress": [{ "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0" }]
      }
    },
    "Extra": {
      "Type": "AWS::EC2::SecurityGroupIngress",
      "Properties": { "GroupId": { "Ref": "Web" }, "IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389, "CidrIp": "0.0.0.0/0" }
    },
    "Bucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": { "BucketName": { "Fn::Sub": "logs-\${Env}" }, "Tags": [{ "Key": "Team", "Value": "a" }] }
    },
    "Archive": {
      "Type": "AWS::S3::Bucket",
      "Properties": { "Tags": [{ "Key": "Owner", "Value": "a" }] }
    },
    "Logs": {
      "Type": "AWS::EC2::Volume",
      "Condition": "IsProd",
      "Properties": { "AvailabilityZone": "us-east-1a", "Size": 20 }
    }
  },
  "Outputs": {
    "BucketName": { "Value": { "Ref": "Bucket" } }
  }
}
`;

/** Applies `edit` to the text, updating from `previous`; checks the result against a fresh parse. */
function step(previous: OnusDocument, from: string, to: string, nth = 0): { document: OnusDocument; incremental: boolean } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = previous.text.indexOf(from, at + 1);
  assert.ok(at >= 0, `no ${from}`);
  const text = previous.text.slice(0, at) + to + previous.text.slice(at + from.length);
  const tree = previous.tree;
  const document = parseDocument(uri, text, config, { previous });
  const fresh = parseDocument(uri, text, config);
  assert.deepEqual(describeDocument(document, config), describeDocument(fresh, config), `after replacing ${JSON.stringify(from)} with ${JSON.stringify(to)}`);
  return { document, incremental: document.tree === tree };
}

describe('JSON template updated from its previous version', () => {
  test('the changed region is the common prefix and suffix, also across long equal runs', () => {
    assert.deepEqual(changedRegion('abcdef', 'abXdef'), { start: 2, oldEnd: 3, delta: 0 });
    assert.deepEqual(changedRegion('aaaa', 'aaaaa'), { start: 4, oldEnd: 4, delta: 1 });
    const long = 'x'.repeat(10_000);
    assert.deepEqual(changedRegion(`${long}a${long}`, `${long}${long}`), { start: 10_000, oldEnd: 10_001, delta: -1 });
    assert.deepEqual(changedRegion(long, long), { start: 10_000, oldEnd: 10_000, delta: 0 });
  });

  test('typing in resources before, between and after others equals a fresh parse, and takes the fast path', () => {
    let document = parseDocument(uri, template, config);
    const edits: [string, string, number?][] = [
      ['"GroupDescription": "web"', '"GroupDescription": "webx"'],
      ['"GroupDescription": "webx"', '"GroupDescription": "web"'],
      ['"Size": 20 }', '"Size": 200 }'],
      ['"CidrIp": "0.0.0.0/0"', '"CidrIp": "10.0.0.0/8"', 0],
      ['"Encrypted": { "Fn::If": ["Later", true, false] }', '"Encrypted": true'],
      ['"Key": "Team"', '"Key": "Owner"'],
      ['"Type": "AWS::EC2::Volume",\n      "Condition"', '"Type": "AWS::EC2::Volume",\n      "DeletionPolicy": "Retain",\n      "Condition"'],
      ['"W9"', '"W2"'],
      ['"IpProtocol": "tcp", "FromPort": 3389', '"IpProtocol": "tcp",\n      "FromPort": 3389'],
      // Another bucket now logs into Archive: Archive's own finding (a check reading the other buckets) must go.
      ['"BucketName": { "Fn::Sub": "logs-${Env}" },', '"BucketName": { "Fn::Sub": "logs-${Env}" }, "LoggingConfiguration": { "DestinationBucketName": { "Ref": "Archive" } },'],
      ['"Type": "AWS::S3::Bucket"', '"Type": "AWS::S3::Bucket2"'],
    ];
    const archiveLogged = () => findingsOf(document, config).some((f) => f.rule === 'aws-s3-access-logging' && f.resource.name === 'Archive');
    for (const [from, to, nth] of edits) {
      const before = archiveLogged();
      const next = step(document, from, to, nth);
      assert.equal(next.incremental, true, `fast path for ${from}`);
      document = next.document;
      if (to.includes('LoggingConfiguration')) assert.deepEqual([before, archiveLogged()], [true, false]);
    }
  });

  test('an edit that breaks the JSON, one outside Resources and one across resources take the full parse', () => {
    let document = parseDocument(uri, template, config);
    const broken = step(document, '"GroupDescription": "web"', '"GroupDescription": "web');
    assert.equal(broken.incremental, false);
    assert.ok(broken.document.errors.length > 0);
    const repaired = step(broken.document, '"GroupDescription": "web', '"GroupDescription": "web"');
    assert.equal(repaired.incremental, false, 'the previous version had errors');
    document = repaired.document;
    const parameter = step(document, '"Default": "prod"', '"Default": "dev"');
    assert.equal(parameter.incremental, false);
    const across = step(parameter.document, '}\n    },\n    "Extra"', '}\n    },\n    "Extra2"');
    assert.equal(across.incremental, false);
    const after = step(across.document, '"Size": 20 }', '"Size": 21 }');
    assert.equal(after.incremental, true, 'and the next edit inside a resource is fast again');
  });
});

test('a fix for a resource after the edit renders on the updated template without anything settled first', () => {
  const before = parseDocument(uri, template, config);
  findingsOf(before, config);
  const text = template.replace('"GroupDescription": "web"', '"GroupDescription": "web servers"');
  const updated = parseDocument(uri, text, config, { previous: before });
  assert.equal(updated.tree, before.tree, 'the fast path was taken');
  const fresh = parseDocument(uri, text, config);
  const fixesFor = (document: OnusDocument) =>
    analyzeDocument(document, { config, rules: allRules, now: new Date('2026-01-01') })
      .filter((f) => f.resource.name === 'Logs' || f.resource.name === 'Archive')
      .map((f) => f.fixes.map((fix) => renderFix(document, fix)?.edits));
  const rendered = fixesFor(updated);
  assert.ok(rendered.flat().length >= 2, 'fixes exist for the resources after the edit');
  assert.deepEqual(rendered, fixesFor(fresh));
});
