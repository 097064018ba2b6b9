/**
 * Generated benchmark inputs: Terraform modules built from real corpus resource
 * blocks (fixture resources when the shared corpus is absent), and a CDK-style
 * CloudFormation JSON template (`cdk synth` shape: hashed logical ids,
 * `aws:cdk:path` metadata, one-space indentation).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHcl } from '../../server/src/hcl';
import { corpusSkip, sharedCorpus, walk } from '../corpus/shared';
import { terraform as fixtureTerraform } from '../lsp/fixtures';

/** `resource` blocks of the real corpus, as text (deterministic order). */
export function corpusResources(limit = 2_000): string[] {
  const texts = corpusSkip('real') ? [fixtureTerraform] : walk(join(sharedCorpus, 'real/terraform'), (p) => p.endsWith('.tf')).map((f) => readFileSync(f, 'utf8'));
  const out: string[] = [];
  for (const text of texts) {
    const file = parseHcl(text);
    if (file.errors.length > 0) continue;
    for (const item of file.body.items) {
      if (item.kind !== 'block' || item.type !== 'resource') continue;
      const block = text.slice(item.span.start, item.span.end);
      if (block.split('\n').length <= 80) out.push(block);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Resource blocks renamed apart (`<name>_<n>`) and concatenated until the text has `lines` lines. */
export function terraformOfLines(resources: string[], lines: number, prefix: string): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const block = resources[i % resources.length].replace(/^(resource\s+"[^"]+"\s+")([^"]+)"/, `$1$2_${prefix}${i}"`);
    parts.push(block);
    count += block.split('\n').length + 1;
  }
  return `${parts.join('\n\n')}\n`;
}

function hash(n: number): string {
  return ((n * 2654435761) >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

/** A `cdk synth`-style template of about `bytes` bytes. */
export function cdkTemplate(bytes: number): string {
  const resources: Record<string, unknown> = {};
  const kinds = [
    (id: string) => ({ Type: 'AWS::S3::Bucket', Properties: { BucketName: `${id.toLowerCase()}-data`, VersioningConfiguration: { Status: 'Enabled' }, Tags: [{ Key: 'Name', Value: id }] }, UpdateReplacePolicy: 'Retain', DeletionPolicy: 'Retain' }),
    (id: string) => ({ Type: 'AWS::EC2::Volume', Properties: { AvailabilityZone: 'eu-west-1a', Size: 40, Encrypted: false, Tags: [{ Key: 'Name', Value: id }] } }),
    (id: string) => ({
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `Stack/${id}`,
        SecurityGroupIngress: [{ CidrIp: '0.0.0.0/0', Description: 'from 0.0.0.0/0:443', FromPort: 443, IpProtocol: 'tcp', ToPort: 443 }],
        VpcId: { Ref: 'Vpc8378EB38' },
      },
    }),
    (id: string) => ({
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }], Version: '2012-10-17' },
        ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] }],
      },
    }),
    (id: string) => ({
      Type: 'AWS::Lambda::Function',
      Properties: {
        Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, S3Key: `${hash(id.length * 7919)}.zip` },
        Role: { 'Fn::GetAtt': [`${id}ServiceRole`, 'Arn'] },
        Handler: 'index.handler',
        Runtime: 'nodejs20.x',
        Environment: { Variables: { TABLE: { Ref: 'Table' }, STAGE: 'prod' } },
      },
      DependsOn: [`${id}ServiceRole`],
    }),
  ];
  const template = {
    Description: 'A generated CDK-style stack for the benchmark',
    Resources: resources,
    Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } },
  };
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const id = `Construct${i}Resource${hash(i)}`;
    const resource = { ...kinds[i % kinds.length](id), Metadata: { 'aws:cdk:path': `Stack/Construct${i}/Resource` } };
    resources[id] = resource;
    size += JSON.stringify(resource, null, 1).length + id.length + 8;
  }
  return `${JSON.stringify(template, null, 1)}\n`;
}
