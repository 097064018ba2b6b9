/**
 * Detection hardening: SAM (Globals merged into AWS::Serverless::* resources),
 * CDK-synthesized JSON (large), nested stacks; and YAML/JSON that mentions
 * CloudFormation without being a template is never one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, fixed, rows } from './engine-helpers';
import { parse, plain, resource } from './helpers';

const TAGS = ['aws-resource-tags'];

test('detect: SAM template; Globals tags reach every function, as the SAM translator merges them', () => {
  const text = [
    'Transform: AWS::Serverless-2016-10-31',
    'Globals:',
    '  Function:',
    '    Runtime: python3.12',
    '    Tags:',
    '      Owner: team-a',
    'Resources:',
    '  Fn:',
    '    Type: AWS::Serverless::Function',
    '    Properties:',
    '      Handler: index.handler',
    '      Tags:',
    '        Cost: x',
    '  Bare:',
    '    Type: AWS::Serverless::Function',
    '  Table:',
    '    Type: AWS::Serverless::SimpleTable',
    '',
  ].join('\n');
  const doc = parse(text);
  assert.equal(doc.kind, 'cloudformation');
  assert.deepEqual(plain(resource(doc, 'Fn').body), { Runtime: 'python3.12', Tags: { Owner: 'team-a', Cost: 'x' }, Handler: 'index.handler' });
  assert.deepEqual(plain(resource(doc, 'Bare').body), { Runtime: 'python3.12', Tags: { Owner: 'team-a' } });
  // Globals.Function does not reach a SimpleTable: it has no tags.
  assert.deepEqual(rows(text, 'yaml', TAGS), [['aws-resource-tags', 'none', [17, 11, 17, 39], 'AWS::Serverless::SimpleTable']]);
});

test('detect: SAM — a tag missing from Globals and the function is added to the function, never to Globals', () => {
  const text = 'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Tags:\n      Cost: x\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: h\n';
  assert.deepEqual(rows(text, 'yaml', TAGS), [['aws-resource-tags', 'missing', [8, 11, 8, 36], 'AWS::Serverless::Function']]);
  assert.equal(fixed(text, 'yaml', TAGS), text + '      Tags:\n        Owner: Owner value\n');
});

test('detect: without the SAM transform, Globals is not merged', () => {
  const text = 'Globals:\n  Function:\n    Tags: { Owner: a }\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n';
  assert.deepEqual(rows(text, 'yaml', TAGS), [['aws-resource-tags', 'none', [6, 11, 6, 36], 'AWS::Serverless::Function']]);
});

test('detect: SAM with Transform as a list and an intrinsic in Globals', () => {
  const text = 'Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]\nParameters:\n  Team:\n    Type: String\n    Default: a\nGlobals:\n  Function:\n    Tags: { Owner: !Ref Team }\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n';
  assert.deepEqual(plain(resource(parse(text), 'Fn').body), { Tags: { Owner: 'a' } });
  assert.deepEqual(rows(text, 'yaml', TAGS), []);
});

/** A CDK app's synthesized template (cdk.out/*.template.json): Metadata paths, the bootstrap Rule and parameter. */
function cdkTemplate(buckets: number): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < buckets; i++) {
    resources[`Bucket${i}83908E77`] = {
      Type: 'AWS::S3::Bucket',
      Properties: { Tags: [{ Key: 'Owner', Value: 'team' }], BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } },
      UpdateReplacePolicy: 'Retain',
      DeletionPolicy: 'Retain',
      Metadata: { 'aws:cdk:path': `App/Stack/Bucket${i}/Resource` },
    };
  }
  resources.CDKMetadata = { Type: 'AWS::CDK::Metadata', Properties: { Analytics: 'v2:deflate64:H4sIAAAAAAAA' }, Condition: 'CDKMetadataAvailable' };
  return JSON.stringify(
    {
      Resources: resources,
      Conditions: { CDKMetadataAvailable: { 'Fn::Or': [{ 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'eu-west-1'] }, { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] }] } },
      Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } },
      Rules: { CheckBootstrapVersion: { Assertions: [{ Assert: { 'Fn::Not': [{ 'Fn::Contains': [['1', '2'], { Ref: 'BootstrapVersion' }] }] }, AssertDescription: 'old bootstrap' }] } },
    },
    null,
    1,
  );
}

test('detect: CDK-synthesized JSON, large (no AWSTemplateFormatVersion), analyses cleanly', () => {
  const text = cdkTemplate(3000);
  assert.ok(text.length > 1_000_000, `${text.length} chars`);
  const { doc, findings } = analyze(text, 'json');
  assert.equal(doc.kind, 'cloudformation');
  assert.deepEqual(doc.errors, []);
  assert.equal(doc.resources.length, 3001);
  // Encrypted and tagged: what remains is each bucket's versioning, access logging and public access block, once per bucket.
  const perRule = new Map<string, number>();
  for (const f of findings.filter((f) => f.severity !== 'info')) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries([...perRule].sort()), { 'aws-s3-access-logging': 3000, 'aws-s3-public-access-block': 3000, 'aws-s3-versioning': 3000 });
});

test('detect: nested stacks — the parent (AWS::CloudFormation::Stack) and a child with only Parameters and Resources', () => {
  const parent = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Network:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./network.yaml\n      Parameters: { Cidr: 10.0.0.0/16 }\n';
  const child = 'Parameters:\n  Cidr:\n    Type: String\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Ref Cidr\nOutputs:\n  VpcId:\n    Value: !Ref Vpc\n';
  for (const text of [parent, child]) {
    const doc = parse(text);
    assert.equal(doc.kind, 'cloudformation');
    assert.deepEqual(doc.errors, []);
  }
  assert.deepEqual(rows(parent, 'yaml', TAGS), [['aws-resource-tags', 'none', [4, 11, 4, 37], 'AWS::CloudFormation::Stack']]);
});

const notTemplates: [string, string, 'yaml' | 'json'][] = [
  ['Kubernetes manifests, several documents', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: LoadBalancer\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  template: |\n    Resources:\n      B:\n        Type: AWS::S3::Bucket\n', 'yaml'],
  ['Kubernetes ACK/Crossplane resource naming AWS types', 'apiVersion: s3.services.k8s.aws/v1alpha1\nkind: Bucket\nmetadata:\n  name: b\nspec:\n  name: b\n  Resources:\n    Type: AWS::S3::Bucket\n', 'yaml'],
  ['GitHub workflow deploying a template', 'name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/aws-cloudformation-github-deploy@v1\n        with:\n          name: stack\n          template: template.yaml\n          parameter-overrides: "Resources=2,Type=AWS::S3::Bucket"\n', 'yaml'],
  ['OpenAPI with API Gateway extensions', 'openapi: 3.0.1\ninfo: { title: api, version: "1" }\npaths:\n  /items:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        uri: arn:aws:apigateway:us-east-1:lambda:path/functions\n      responses:\n        "200": { description: Resources listed }\ncomponents:\n  schemas:\n    Resources:\n      Type: AWS::Thing\n', 'yaml'],
  ['docker-compose with LocalStack', 'services:\n  localstack:\n    image: localstack/localstack\n    environment:\n      - SERVICES=cloudformation,s3\n    volumes:\n      - ./Resources:/etc/localstack/init/ready.d\nx-note:\n  Type: AWS::S3::Bucket\n', 'yaml'],
  ['Serverless Framework serverless.yml (CloudFormation nested under `resources`)', 'service: app\nprovider:\n  name: aws\nresources:\n  Resources:\n    B:\n      Type: AWS::S3::Bucket\n', 'yaml'],
  ['CloudFormation parameter file', '[\n  { "ParameterKey": "Resources", "ParameterValue": "Type: AWS::S3::Bucket" }\n]\n', 'json'],
  ['Helm values naming a type', 'image: nginx\nResources: {}\nextra:\n  Type: AWS::S3::Bucket\n', 'yaml'],
  ['cdk.out manifest', '{\n  "version": "36.0.0",\n  "artifacts": { "Stack": { "type": "aws:cloudformation:stack", "properties": { "templateFile": "Stack.template.json" } } },\n  "Resources": []\n}\n', 'json'],
];

for (const [name, text, syntax] of notTemplates) {
  test(`detect: not a template — ${name}`, () => {
    const doc = parse(text, syntax);
    assert.equal(doc.kind, 'none');
    assert.deepEqual(doc.errors, []);
    assert.deepEqual(doc.resources, []);
  });
}
