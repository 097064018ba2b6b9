/** Hover in CloudFormation: the type's description beside the responsibility split; a property's documentation and owner. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, analyzeDocument, hoverAt, parseDocument, resolveConfig } from '../../../server/src/index';

const config = resolveConfig({});

function hover(text: string, at: string, uri = 'file:///t.yaml') {
  const document = parseDocument(uri, text, config);
  const findings = analyzeDocument(document, { config, rules: allRules });
  const result = hoverAt(document, findings, text.indexOf(at) + 1);
  return { result, covered: result ? text.slice(result.span.start, result.span.end) : undefined };
}

const text = 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: false\n      AvailabilityZone: eu-west-1a\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n';

test('hover docs: on a type with a responsibility split, the description comes right after the title', () => {
  const { result, covered } = hover(text, 'AWS::EC2::Volume');
  assert.ok(result);
  assert.equal(covered, 'AWS::EC2::Volume');
  const lines = result.markdown.split('\n');
  assert.equal(lines[0], '**Amazon EBS** · `AWS::EC2::Volume`');
  assert.match(lines[2], /^\*Specifies an Amazon Elastic Block Store \(Amazon EBS\) volume\.?\*$/);
  assert.ok(lines.includes("**The provider's part:**"));
});

test('hover docs: on a type without a knowledge-base entry, the description, then the findings there', () => {
  const fleet = 'Resources:\n  F:\n    Type: AWS::GameLift::Fleet\n    Properties:\n      Name: f\n';
  const { result, covered } = hover(fleet, 'AWS::GameLift::Fleet');
  assert.ok(result);
  assert.equal(covered, 'AWS::GameLift::Fleet');
  const [doc, finding] = result.markdown.split('\n\n---\n\n');
  assert.equal(doc, '**`AWS::GameLift::Fleet`**\n\nThe `AWS::GameLift::Fleet` resource creates an Amazon GameLift (GameLift) fleet to host custom game server or Realtime Servers.');
  assert.match(finding, /^\*\*Taggable resources carry tags/);
  const tagged = hover('Resources:\n  F:\n    Type: AWS::GameLift::Fleet\n    Properties:\n      Tags: [{Key: Owner, Value: a}]\n', 'AWS::GameLift::Fleet');
  assert.equal(tagged.result?.markdown, doc);
});

test('hover docs: a SAM type links its specification', () => {
  const { result } = hover('Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Tags: {Owner: a}\n', 'AWS::Serverless::Function');
  assert.match(result?.markdown ?? '', /^\*\*`AWS::Serverless::Function`\*\*\n\n\[Specification\]\(https:\/\/\S+\)$/);
});

test('hover docs: on a property key, its documentation and the owner; a finding there follows', () => {
  const az = hover(text, 'AvailabilityZone');
  assert.ok(az.result);
  assert.equal(az.covered, 'AvailabilityZone');
  assert.deepEqual(az.result.markdown.split('\n').slice(0, 3), ['**AvailabilityZone** · `AWS::EC2::Volume`', '', 'The ID of the Availability Zone in which to create the volume.']);
  assert.match(az.result.markdown, /\*\*Owner:\*\* you \(the customer\) — how Amazon EBS is configured/);
  const delay = hover(text, 'DelaySeconds');
  assert.ok(delay.result?.markdown.startsWith('**DelaySeconds** · `AWS::SQS::Queue`'));
});

test('hover docs: required properties say so; values and Terraform files get no property docs', () => {
  const sg = 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n';
  assert.ok(hover(sg, 'GroupDescription').result?.markdown.startsWith('**GroupDescription** · `AWS::EC2::SecurityGroup` · required'));
  assert.equal(hover(sg, ' web').result, undefined);
  assert.equal(hover('resource "aws_sqs_queue" "q" {\n  delay_seconds = 5\n}\n', 'delay_seconds', 'file:///m.tf').result, undefined);
});

test('hover docs: JSON templates too', () => {
  const json = '{\n  "Resources": {\n    "Q": { "Type": "AWS::SQS::Queue", "Properties": { "DelaySeconds": 5 } }\n  }\n}\n';
  const { result, covered } = hover(json, '"DelaySeconds"', 'file:///t.json');
  assert.equal(covered, '"DelaySeconds"');
  assert.ok(result?.markdown.startsWith('**DelaySeconds**'));
});
