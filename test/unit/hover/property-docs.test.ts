/**
 * Hover documentation of nested CloudFormation properties (any depth, through lists, maps and
 * `Fn::If`), in YAML (block and flow) and JSON, through the public `hoverAt`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, analyzeDocument, hoverAt, parseDocument, resolveConfig } from '../../../server/src/index';

const config = resolveConfig({});

/** The hover at the `nth` occurrence of `at`: what it covers and its property documentation (before any `---`). */
function hover(uri: string, text: string, at: string, nth = 0) {
  const document = parseDocument(uri, text, config);
  const findings = analyzeDocument(document, { config, rules: allRules });
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(at, offset + 1);
  assert.ok(offset >= 0, `${at} not in the text`);
  const result = hoverAt(document, findings, offset + 1);
  return { result, covered: result ? text.slice(result.span.start, result.span.end) : undefined, doc: result?.markdown.split('\n\n---\n\n')[0] };
}

const owner = {
  s3: '**Owner:** you (the customer) — how Amazon S3 is configured is your part of the shared-responsibility model.',
  ec2: '**Owner:** you (the customer) — how Amazon EC2 is configured is your part of the shared-responsibility model.',
  sg: '**Owner:** you (the customer) — how Amazon VPC security groups is configured is your part of the shared-responsibility model.',
  lambda: '**Owner:** you (the customer) — how AWS Lambda is configured is your part of the shared-responsibility model.',
  none: '**Owner:** you (the customer) — resource configuration is your part of the shared-responsibility model.',
};

function expected(title: string, doc: string, type: string, path: string | undefined, ownerLine: string): string {
  return [title, '', doc, '', path ? `**Type:** ${type} · **Path:** \`${path}\`` : `**Type:** ${type}`, '', ownerLine].join('\n');
}

const s3Block = [
  'Resources:',
  '  B:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketEncryption:',
  '        ServerSideEncryptionConfiguration:',
  '          - ServerSideEncryptionByDefault:',
  '              SSEAlgorithm: AES256',
  '              KMSMasterKeyID: alias/data',
  '            BucketKeyEnabled: true',
  '',
].join('\n');

const s3Flow = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: {ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: "aws:kms"}}]}\n';

const s3Json = JSON.stringify(
  { Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } } } } },
  null,
  2,
);

const instanceFlow = 'Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-12345678\n      BlockDeviceMappings: [{DeviceName: /dev/sda1, Ebs: {Encrypted: true, VolumeSize: 20}}]\n';

const instanceJson = '{\n  "Resources": {\n    "I": {\n      "Type": "AWS::EC2::Instance",\n      "Properties": { "BlockDeviceMappings": [ { "DeviceName": "/dev/sda1", "Ebs": { "Encrypted": true } } ] }\n    }\n  }\n}\n';

const sgBlock = [
  'Resources:',
  '  G:',
  '    Type: AWS::EC2::SecurityGroup',
  '    Properties:',
  '      GroupDescription: web',
  '      SecurityGroupIngress:',
  '        - IpProtocol: tcp',
  '          CidrIp: 10.0.0.0/8',
  '          FromPort: 443',
  '          ToPort: 443',
  '',
].join('\n');

const sgJson = '{"Resources": {"G": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web", "SecurityGroupIngress": [{"IpProtocol": "tcp", "CidrIp": "10.0.0.0/8"}]}}}}';

const sseTitle = '**SSEAlgorithm** · `AWS::S3::Bucket.ServerSideEncryptionByDefault` · required';
const sseDoc = 'Server-side encryption algorithm to use for the default encryption.';
const ssePath = 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SSEAlgorithm';
const byDefaultTitle = '**ServerSideEncryptionByDefault** · `AWS::S3::Bucket.ServerSideEncryptionRule`';
const byDefaultDoc = 'Specifies the default server-side encryption to apply to new objects in the bucket.';
const byDefaultPath = 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault';
const encryptedDoc = 'Indicates whether the volume should be encrypted.';

const cases: { name: string; uri: string; text: string; at: string; covered: string; markdown: string }[] = [
  {
    name: 'YAML block, depth 2: a list of a property type',
    uri: 'file:///t.yaml',
    text: s3Block,
    at: 'ServerSideEncryptionConfiguration',
    covered: 'ServerSideEncryptionConfiguration',
    markdown: expected(
      '**ServerSideEncryptionConfiguration** · `AWS::S3::Bucket.BucketEncryption` · required',
      'Specifies the default server-side-encryption configuration.',
      'list of ServerSideEncryptionRule',
      'BucketEncryption.ServerSideEncryptionConfiguration',
      owner.s3,
    ),
  },
  { name: 'YAML block, depth 3: in a list item', uri: 'file:///t.yaml', text: s3Block, at: 'ServerSideEncryptionByDefault', covered: 'ServerSideEncryptionByDefault', markdown: expected(byDefaultTitle, byDefaultDoc, 'ServerSideEncryptionByDefault', byDefaultPath, owner.s3) },
  { name: 'YAML block, depth 4: required', uri: 'file:///t.yaml', text: s3Block, at: 'SSEAlgorithm', covered: 'SSEAlgorithm', markdown: expected(sseTitle, sseDoc, 'String', ssePath, owner.s3) },
  {
    name: 'YAML block, depth 4: not required, first paragraph only',
    uri: 'file:///t.yaml',
    text: s3Block,
    at: 'KMSMasterKeyID',
    covered: 'KMSMasterKeyID',
    markdown: expected(
      '**KMSMasterKeyID** · `AWS::S3::Bucket.ServerSideEncryptionByDefault`',
      'AWS Key Management Service (KMS) customer managed key ID to use for the default encryption.',
      'String',
      'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.KMSMasterKeyID',
      owner.s3,
    ),
  },
  {
    name: 'YAML block, depth 3: a sibling of a nested object in the same item',
    uri: 'file:///t.yaml',
    text: s3Block,
    at: 'BucketKeyEnabled',
    covered: 'BucketKeyEnabled',
    markdown: expected(
      '**BucketKeyEnabled** · `AWS::S3::Bucket.ServerSideEncryptionRule`',
      'Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS (SSE-KMS) for new objects in the bucket.',
      'Boolean',
      'BucketEncryption.ServerSideEncryptionConfiguration[*].BucketKeyEnabled',
      owner.s3,
    ),
  },
  { name: 'YAML flow, depth 3', uri: 'file:///t.yaml', text: s3Flow, at: 'ServerSideEncryptionByDefault', covered: 'ServerSideEncryptionByDefault', markdown: expected(byDefaultTitle, byDefaultDoc, 'ServerSideEncryptionByDefault', byDefaultPath, owner.s3) },
  { name: 'YAML flow, depth 4', uri: 'file:///t.yaml', text: s3Flow, at: 'SSEAlgorithm', covered: 'SSEAlgorithm', markdown: expected(sseTitle, sseDoc, 'String', ssePath, owner.s3) },
  { name: 'JSON, depth 4', uri: 'file:///t.json', text: s3Json, at: '"SSEAlgorithm"', covered: '"SSEAlgorithm"', markdown: expected(sseTitle, sseDoc, 'String', ssePath, owner.s3) },
  {
    name: 'YAML flow, depth 2: Ebs in a block device mapping',
    uri: 'file:///t.yaml',
    text: instanceFlow,
    at: 'Ebs',
    covered: 'Ebs',
    markdown: expected('**Ebs** · `AWS::EC2::Instance.BlockDeviceMapping`', 'Parameters used to automatically set up EBS volumes when the instance is launched.', 'Ebs', 'BlockDeviceMappings[*].Ebs', owner.ec2),
  },
  { name: 'YAML flow, depth 3: Encrypted', uri: 'file:///t.yaml', text: instanceFlow, at: 'Encrypted', covered: 'Encrypted', markdown: expected('**Encrypted** · `AWS::EC2::Instance.Ebs`', encryptedDoc, 'Boolean', 'BlockDeviceMappings[*].Ebs.Encrypted', owner.ec2) },
  { name: 'JSON, depth 3: Encrypted', uri: 'file:///t.json', text: instanceJson, at: '"Encrypted"', covered: '"Encrypted"', markdown: expected('**Encrypted** · `AWS::EC2::Instance.Ebs`', encryptedDoc, 'Boolean', 'BlockDeviceMappings[*].Ebs.Encrypted', owner.ec2) },
  { name: 'YAML block, depth 2: CidrIp in an ingress rule', uri: 'file:///t.yaml', text: sgBlock, at: 'CidrIp', covered: 'CidrIp', markdown: expected('**CidrIp** · `AWS::EC2::SecurityGroup.Ingress`', 'The IPv4 address range, in CIDR format.', 'String', 'SecurityGroupIngress[*].CidrIp', owner.sg) },
  {
    name: 'YAML block, depth 2: a required key of an ingress rule',
    uri: 'file:///t.yaml',
    text: sgBlock,
    at: 'IpProtocol',
    covered: 'IpProtocol',
    markdown: expected('**IpProtocol** · `AWS::EC2::SecurityGroup.Ingress` · required', 'The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see Protocol Numbers ).', 'String', 'SecurityGroupIngress[*].IpProtocol', owner.sg),
  },
  { name: 'JSON, depth 2: CidrIp', uri: 'file:///t.json', text: sgJson, at: '"CidrIp"', covered: '"CidrIp"', markdown: expected('**CidrIp** · `AWS::EC2::SecurityGroup.Ingress`', 'The IPv4 address range, in CIDR format.', 'String', 'SecurityGroupIngress[*].CidrIp', owner.sg) },
  {
    name: 'top level: the type line is there too',
    uri: 'file:///t.yaml',
    text: sgBlock,
    at: 'SecurityGroupIngress',
    covered: 'SecurityGroupIngress',
    markdown: expected('**SecurityGroupIngress** · `AWS::EC2::SecurityGroup`', 'The inbound rules associated with the security group.', 'list of Ingress', undefined, owner.sg),
  },
];

for (const c of cases) {
  test(`nested property hover: ${c.name}`, () => {
    const { result, covered, doc } = hover(c.uri, c.text, c.at);
    assert.ok(result, 'a hover');
    assert.equal(covered, c.covered);
    assert.equal(doc, c.markdown);
  });
}

test('nested property hover: through a map (its values, not its keys) and through Fn::If branches', () => {
  const lambda = 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          STAGE: prod\n';
  assert.equal(
    hover('file:///t.yaml', lambda, 'Variables').doc,
    expected('**Variables** · `AWS::Lambda::Function.Environment`', 'Environment variable key-value pairs.', 'map of String', 'Environment.Variables', owner.lambda),
  );
  assert.equal(hover('file:///t.yaml', lambda, 'STAGE').result, undefined);
  const conditional = [
    'Parameters:',
    '  Kms:',
    '    Type: String',
    'Conditions:',
    '  UseKms: !Equals [!Ref Kms, "yes"]',
    'Resources:',
    '  B:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      BucketEncryption: !If',
    '        - UseKms',
    '        - ServerSideEncryptionConfiguration:',
    '            - ServerSideEncryptionByDefault: {SSEAlgorithm: "aws:kms"}',
    '        - !Ref AWS::NoValue',
    '',
  ].join('\n');
  assert.equal(hover('file:///t.yaml', conditional, 'SSEAlgorithm').doc, expected(sseTitle, sseDoc, 'String', ssePath, owner.s3));
});

test('nested property hover: unknown keys, JSON-typed values, tag keys and values give no property hover', () => {
  const text = [
    'Resources:',
    '  I:',
    '    Type: AWS::EC2::Instance',
    '    Properties:',
    '      BlockDeviceMappings:',
    '        - DeviceName: /dev/sda1',
    '          Ebs: {Encrypted: true, Bogus: 1}',
    '          Extra: {Encrypted: true}',
    '      NotAProperty: {Encrypted: true}',
    '      Tags:',
    '        - Key: Owner',
    '          Value: team',
    '  R:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - Effect: Allow',
    '',
  ].join('\n');
  for (const [at, nth] of [['Bogus', 0], ['Extra', 0], ['Encrypted', 1], ['NotAProperty', 0], ['Encrypted', 2], ['Key:', 0], ['Statement', 0], ['Effect', 0], ['/dev/sda1', 0], ['team', 0]] as const) {
    const { result } = hover('file:///t.yaml', text, at, nth);
    assert.ok(!result?.markdown.includes('**Type:**'), `${at} #${nth}: ${result?.markdown}`);
  }
  // A list written where an object is expected, and an object where a list is expected.
  const wrong = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: [{ServerSideEncryptionConfiguration: []}]\n      Tags: {Key: a}\n';
  assert.equal(hover('file:///t.yaml', wrong, 'ServerSideEncryptionConfiguration').result, undefined);
  assert.equal(hover('file:///t.yaml', wrong, 'Key').result, undefined);
  // Terraform files get no CloudFormation property docs.
  assert.equal(hover('file:///m.tf', 'resource "aws_s3_bucket" "b" {\n  server_side_encryption_configuration {\n    rule {}\n  }\n}\n', 'rule').result, undefined);
});
