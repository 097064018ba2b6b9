/** Which YAML/JSON files are CloudFormation templates; everything else is silent and cheap. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mightBeTemplate } from '../../../server/src/cloudformation/detect';
import { parse } from './helpers';

const templates: [string, string, 'yaml' | 'json'][] = [
  ['YAML with AWSTemplateFormatVersion', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', 'yaml'],
  ['YAML with format version and no resources yet', 'AWSTemplateFormatVersion: 2010-09-09\nDescription: empty\n', 'yaml'],
  ['YAML without AWSTemplateFormatVersion', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n', 'yaml'],
  ['SAM', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n', 'yaml'],
  ['custom resource only', 'Resources:\n  C:\n    Type: Custom::Thing\n    Properties:\n      ServiceToken: !GetAtt Fn.Arn\n', 'yaml'],
  ['Alexa skill', 'Resources:\n  S:\n    Type: "Alexa::ASK::Skill"\n', 'yaml'],
  ['JSON', '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket" }\n  }\n}\n', 'json'],
  ['JSON without format version', '{"Resources": {"T": {"Type": "AWS::SNS::Topic"}}}', 'json'],
  ['JSON in a .template file (YAML by name)', '{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n', 'yaml'],
];

const notTemplates: [string, string, 'yaml' | 'json'][] = [
  ['GitHub workflow', 'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n', 'yaml'],
  ['k8s Deployment', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n          resources:\n            limits: { cpu: 500m }\n', 'yaml'],
  ['docker-compose', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n', 'yaml'],
  ['OpenAPI', 'openapi: 3.0.0\ninfo: { title: API, version: "1" }\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        Type: { type: string }\n', 'yaml'],
  ['package.json', '{\n  "name": "x",\n  "version": "1.0.0",\n  "scripts": { "test": "node test" }\n}\n', 'json'],
  ['tsconfig.json', '{\n  // comments are fine in tsconfig\n  "compilerOptions": { "strict": true },\n}\n', 'json'],
  ['a Lambda event with a template fragment inside', '{"fragment": {"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}}', 'json'],
  ['Resources as a list (a macro input)', 'Transform: ShortHand\nResources:\n  - S3::Bucket\n  - Type: AWS::S3::Bucket\n', 'yaml'],
  ['Resources whose Type is not an AWS namespace', 'Resources:\n  X:\n    Type: Other::Thing\n    Note: AWS::S3::Bucket\n', 'yaml'],
  ['broken YAML that is not a template', 'key: [unclosed\nResources: x\nType: AWS::S3::Bucket\n', 'yaml'],
  ['empty file', '', 'yaml'],
];

for (const [name, text, syntax] of templates) {
  test(`detect: template — ${name}`, () => {
    const doc = parse(text, syntax);
    assert.equal(doc.kind, 'cloudformation');
    assert.deepEqual(doc.errors, []);
  });
}

for (const [name, text, syntax] of notTemplates) {
  test(`detect: not a template — ${name}`, () => {
    const doc = parse(text, syntax);
    assert.equal(doc.kind, 'none');
    assert.equal(doc.syntax, 'none');
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(doc.resources, []);
  });
}

test('detect: the text pre-check rejects ordinary YAML/JSON before any parse', () => {
  for (const [, text] of notTemplates.slice(0, 6)) assert.equal(mightBeTemplate(text), false);
  for (const [, text] of templates) assert.equal(mightBeTemplate(text), true);
});

test('detect: a JSON .template that is a template parses as JSON (JSON fixes, no YAML comments)', () => {
  const doc = parse(templates[8][1], 'yaml', 'file:///x.template');
  assert.equal(doc.syntax, 'json');
});

test('detect: a broken template that names AWSTemplateFormatVersion shows its errors', () => {
  const doc = parse('AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n', 'yaml');
  assert.equal(doc.kind, 'cloudformation');
  assert.ok(doc.errors.length > 0);
  const json = parse('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {', 'json');
  assert.equal(json.kind, 'cloudformation');
  assert.ok(json.errors.length > 0);
});
