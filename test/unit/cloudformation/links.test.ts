/** Standalone resources joined to what they configure (rules/lib/links.ts), and the ingress rule naming its group. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachedTo, attachmentsOf } from '../../../rules/lib/links';
import { resolveConfig } from '../../../server/src/config/types';
import { parseDocument } from '../../../server/src/engine/parse';
import { analyze, rows } from './engine-helpers';
import { parse, resource } from './helpers';

const template = [
  'Parameters:',
  '  Existing:',
  '    Type: AWS::EC2::SecurityGroup::Id',
  'Resources:',
  '  Web:',
  '    Type: AWS::EC2::SecurityGroup',
  '    Properties:',
  '      GroupDescription: web',
  '  SshByGetAtt:',
  '    Type: AWS::EC2::SecurityGroupIngress',
  '    Properties:',
  '      GroupId: !GetAtt Web.GroupId',
  '      IpProtocol: tcp',
  '      FromPort: 22',
  '      ToPort: 22',
  '      CidrIp: 0.0.0.0/0',
  '  HttpsByRef:',
  '    Type: AWS::EC2::SecurityGroupIngress',
  '    Properties:',
  '      GroupId: { Ref: Web }',
  '      IpProtocol: tcp',
  '      FromPort: 443',
  '      ToPort: 443',
  '      CidrIp: 0.0.0.0/0',
  '  ToParameter:',
  '    Type: AWS::EC2::SecurityGroupIngress',
  '    Properties:',
  '      GroupId: !Ref Existing',
  '      IpProtocol: "-1"',
  '      CidrIp: 0.0.0.0/0',
  '  ToLiteral:',
  '    Type: AWS::EC2::SecurityGroupIngress',
  '    Properties:',
  '      GroupId: sg-0123456789abcdef0',
  '  Data:',
  '    Type: AWS::S3::Bucket',
  '  DataPolicy:',
  '    Type: AWS::S3::BucketPolicy',
  '    Properties:',
  '      Bucket: !Ref Data',
  '      PolicyDocument: {}',
  '  Vpc:',
  '    Type: AWS::EC2::VPC',
  '  VpcFlowLog:',
  '    Type: AWS::EC2::FlowLog',
  '    Properties:',
  '      ResourceId: !Ref Vpc',
  '      ResourceType: VPC',
  '      TrafficType: ALL',
  '',
].join('\n');

test('links: SecurityGroupIngress → its group (Ref or GetAtt), BucketPolicy → bucket, FlowLog → VPC', () => {
  const doc = parse(template);
  const unit = doc.resources;
  const joined = (name: string) => attachedTo(unit, resource(doc, name))?.name;
  assert.equal(joined('SshByGetAtt'), 'Web');
  assert.equal(joined('HttpsByRef'), 'Web');
  assert.equal(joined('ToParameter'), undefined, 'a parameter is not a resource of the template');
  assert.equal(joined('ToLiteral'), undefined);
  assert.equal(joined('DataPolicy'), 'Data');
  assert.equal(joined('VpcFlowLog'), 'Vpc');
  assert.equal(joined('Web'), undefined, 'not a standalone resource');
  assert.deepEqual(attachmentsOf(unit, resource(doc, 'Web'), 'AWS::EC2::SecurityGroupIngress').map((r) => r.name), ['SshByGetAtt', 'HttpsByRef']);
  assert.deepEqual(attachmentsOf(unit, resource(doc, 'Data'), 'AWS::S3::BucketPolicy').map((r) => r.name), ['DataPolicy']);
  assert.deepEqual(attachmentsOf(unit, resource(doc, 'Vpc'), 'AWS::EC2::FlowLog').map((r) => r.name), ['VpcFlowLog']);
  assert.deepEqual(attachmentsOf(unit, resource(doc, 'Vpc'), 'AWS::S3::BucketPolicy'), []);
});

test('links: a standalone ingress finding names the group it opens', () => {
  const SG = ['aws-security-group-open-ingress'];
  assert.deepEqual(rows(template, 'yaml', SG), [
    ['aws-security-group-open-ingress', 'admin', [16, 15, 16, 24], '0.0.0.0/0'],
    ['aws-security-group-open-ingress', 'port', [24, 15, 24, 24], '0.0.0.0/0'],
    ['aws-security-group-open-ingress', 'all', [30, 15, 30, 24], '0.0.0.0/0'],
  ]);
  const messages = analyze(template, 'yaml', SG).findings.map((f) => f.message.split('. ')[0]);
  assert.deepEqual(messages, [
    'Administration port 22 (range 22) is open to 0.0.0.0/0 (the whole internet) through this standalone rule of security group Web',
    'Port 443 is open to 0.0.0.0/0 (the whole internet) through this standalone rule of security group Web',
    'All ports and protocols are open to 0.0.0.0/0 (the whole internet)',
  ]);
});

test('links: Terraform standalone rules join their group through the reference', () => {
  const text = 'resource "aws_security_group" "web" {}\n\nresource "aws_security_group_rule" "ssh" {\n  type              = "ingress"\n  security_group_id = aws_security_group.web.id\n}\n\nresource "aws_flow_log" "f" {\n  vpc_id = aws_vpc.main.id\n}\n\nresource "aws_vpc" "main" {}\n';
  const doc = parseDocument('file:///m/main.tf', text, resolveConfig({}));
  const find = (name: string) => doc.resources.find((r) => r.name === name)!;
  assert.equal(attachedTo(doc.resources, find('ssh'))?.name, 'web');
  assert.equal(attachedTo(doc.resources, find('f'))?.name, 'main');
});
