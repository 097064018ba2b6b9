import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, analyzeDocument, parseDocument, resolveConfig } from '../../../server/src/index';
import { parseDirective } from '../../../server/src/suppress/directive';

const config = resolveConfig({});
const ids = (uri: string, text: string) => analyzeDocument(parseDocument(uri, text, config), { config, rules: allRules }).map((f) => f.ruleId);

const volume = (comment: string) => `${comment}\nresource "aws_ebs_volume" "v" {\n  tags = { Owner = "a" }\n}\n`;

test('directive syntax', () => {
  assert.deepEqual(parseDirective('# onus:ignore aws-ebs-encryption -- scratch disk'), { ids: ['aws-ebs-encryption'], reason: 'scratch disk' });
  assert.deepEqual(parseDirective('// onus:ignore a-b,c-d'), { ids: ['a-b', 'c-d'], reason: undefined });
  assert.deepEqual(parseDirective('/* onus:ignore CKV_AWS_3 -- legacy */'), { ids: ['CKV_AWS_3'], reason: 'legacy' });
  assert.equal(parseDirective('# onus:ignore'), undefined);
  assert.equal(parseDirective('# just a comment'), undefined);
});

test('a directive above the resource suppresses that rule only, in every comment style', () => {
  assert.deepEqual(ids('file:///m.tf', volume('')), ['aws-ebs-encryption']);
  for (const c of ['# onus:ignore aws-ebs-encryption -- scratch', '// onus:ignore aws-ebs-encryption', '/* onus:ignore aws-ebs-encryption */']) {
    assert.deepEqual(ids('file:///m.tf', volume(c)), [], c);
  }
  assert.deepEqual(ids('file:///m.tf', volume('# onus:ignore aws-resource-tags')), ['aws-ebs-encryption']);
});

test('peer aliases and * are accepted', () => {
  assert.deepEqual(ids('file:///m.tf', volume('# onus:ignore CKV_AWS_3 -- migrated from checkov')), []);
  assert.deepEqual(ids('file:///m.tf', volume('# onus:ignore *')), []);
});

test('a directive on the line of the finding, or the line above it, suppresses that finding only', () => {
  const sg = (a: string, b: string) =>
    `resource "aws_security_group" "g" {\n  tags = { Owner = "a" }\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n${a}    cidr_blocks = ["0.0.0.0/0"]${b}\n  }\n}\n`;
  assert.deepEqual(ids('file:///m.tf', sg('', '')), ['aws-security-group-open-ingress']);
  assert.deepEqual(ids('file:///m.tf', sg('    # onus:ignore aws-security-group-open-ingress -- bastion\n', '')), []);
  assert.deepEqual(ids('file:///m.tf', sg('', ' # onus:ignore aws-security-group-open-ingress')), []);
});

test('a blank line between the directive and the resource breaks the link', () => {
  assert.deepEqual(ids('file:///m.tf', volume('# onus:ignore aws-ebs-encryption\n')), ['aws-ebs-encryption']);
});

test('YAML comments and JSON Metadata', () => {
  const yaml = 'Resources:\n  # onus:ignore aws-ebs-encryption -- scratch\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Tags: [{ Key: Owner, Value: a }]\n';
  assert.deepEqual(ids('file:///t.yaml', yaml), []);
  const json = '{"Resources": {"V": {"Type": "AWS::EC2::Volume", "Metadata": {"onus": {"ignore": [{"id": "aws-ebs-encryption", "reason": "scratch"}]}}, "Properties": {"Tags": [{"Key": "Owner", "Value": "a"}]}}}}';
  assert.deepEqual(ids('file:///t.json', json), []);
});
