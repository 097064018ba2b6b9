/** Table tests: every peer suppression form Onus honours (through the rules' aliases), and the switch that turns them off. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePeerComment } from '../../../server/src/suppress/peers';
import { analyse, ids, jsonVolume, sg, volume, yamlVolume } from './helpers';

const E = 'aws-ebs-encryption';
const SG = 'aws-security-group-open-ingress';
const tf = 'file:///m.tf';
const yml = 'file:///t.yaml';
const json = 'file:///t.json';
const off = { suppressions: { allowInline: true, requireReason: false, peerComments: false } };

test('peer comment parsing', () => {
  assert.deepEqual(parsePeerComment('#checkov:skip=CKV_AWS_20:The bucket is public'), [{ source: 'checkov', placement: 'resource', ids: ['CKV_AWS_20'], reason: 'The bucket is public' }]);
  assert.deepEqual(parsePeerComment('#tfsec:ignore:aws-s3-enable-bucket-encryption:exp:2025-01-02'), [{ source: 'tfsec', placement: 'next', ids: ['aws-s3-enable-bucket-encryption'], until: '2025-01-02' }]);
  assert.deepEqual(
    parsePeerComment('# trivy:ignore:AVD-AWS-0086 trivy:ignore:AVD-AWS-0087').map((d) => d.ids[0]),
    ['AVD-AWS-0086', 'AVD-AWS-0087'],
  );
  assert.deepEqual(parsePeerComment('#trivy:ignore:AVD-AWS-0088:ws:prod'), [], 'workspace-scoped ignores are not honoured');
  assert.deepEqual(parsePeerComment('#trivy:ignore:AVD-AWS-0088[versioning.enabled=true]'), [], 'attribute conditions are not honoured');
  assert.deepEqual(parsePeerComment('# kics-scan disable=cc997676-8aa6-4bd2-a5f4-bd4fd58a9c3c,abc'), [{ source: 'kics', placement: 'file', ids: ['cc997676-8aa6-4bd2-a5f4-bd4fd58a9c3c', 'abc'] }]);
  assert.deepEqual(parsePeerComment('# just a comment'), []);
});

describe('Terraform peer comments', () => {
  const cases: [string, string, string[]][] = [
    ['checkov:skip inside the block', volume('', '  #checkov:skip=CKV_AWS_3:scratch disk\n'), []],
    ['checkov:skip above the block', volume('# checkov:skip=CKV_AWS_3: scratch disk'), []],
    ['checkov:skip of another check', volume('', '  #checkov:skip=CKV_AWS_79:imds\n'), [E]],
    ['tfsec:ignore above the block', volume('#tfsec:ignore:aws-ec2-enable-volume-encryption'), []],
    ['tfsec:ignore with a future exp', volume('#tfsec:ignore:aws-ec2-enable-volume-encryption:exp:2027-01-01'), []],
    ['tfsec:ignore with a past exp', volume('#tfsec:ignore:aws-ec2-enable-volume-encryption:exp:2025-01-01'), [E]],
    ['trivy:ignore by AVD id', volume('#trivy:ignore:AVD-AWS-0026'), []],
    ['trivy:ignore lower case', volume('# trivy:ignore:avd-aws-0026'), []],
    ['trivy:ignore by long id', volume('#trivy:ignore:aws-ec2-enable-volume-encryption'), []],
    ['trivy:ignore:*', volume('#trivy:ignore:*'), []],
    ['trivy:ignore on the attribute line', sg('', '', ' #trivy:ignore:AVD-AWS-0107'), []],
    ['tfsec:ignore above the attribute (Trivy id)', sg('', '    #tfsec:ignore:AVD-AWS-0107\n', ''), []],
    ['tfsec:ignore with an id no Onus rule has', sg('', '    #tfsec:ignore:aws-ec2-no-public-ingress-sgr\n', ''), [SG]],
    ['kics ignore-block above the resource', volume('# kics-scan ignore-block'), []],
    ['kics ignore-block above the nested block', sg('  # kics-scan ignore-block\n', '', ''), []],
    ['kics ignore-line above the finding', sg('', '    # kics-scan ignore-line\n', ''), []],
    ['kics ignore-line elsewhere', sg('  # kics-scan ignore-line\n', '', ''), [SG]],
    ['kics file ignore', `# kics-scan ignore\n${volume('')}`, []],
    ['kics disable by UUID', `# kics-scan disable=cc997676-8aa6-4bd2-a5f4-bd4fd58a9c3c\n${volume('')}`, []],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(ids(tf, text), expected));
  test('peer comments never produce unused hints', () => assert.deepEqual(ids(tf, volume('#tfsec:ignore:aws-s3-enable-bucket-encryption')), [E]));
  test('peerComments: false turns every peer form off', () => {
    assert.deepEqual(ids(tf, volume('', '  #checkov:skip=CKV_AWS_3:scratch\n'), off), [E]);
    assert.deepEqual(ids(tf, volume('#tfsec:ignore:aws-ec2-enable-volume-encryption'), off), [E]);
    assert.deepEqual(ids(tf, volume('# kics-scan ignore-block'), off), [E]);
    assert.deepEqual(ids(tf, volume('# onus:ignore aws-ebs-encryption -- x'), off), [], 'Onus forms stay on');
  });
});

describe('CloudFormation peer forms', () => {
  const cases: [string, string, string, string[]][] = [
    ['YAML checkov comment in the resource', yml, yamlVolume('', '      # checkov:skip=CKV_AWS_3:scratch\n'), []],
    ['YAML trivy comment above the resource', yml, yamlVolume('  # trivy:ignore:AVD-AWS-0026\n'), []],
    ['JSON Metadata checkov skip', json, jsonVolume({ checkov: { skip: [{ id: 'CKV_AWS_3', comment: 'scratch' }] } }), []],
    ['YAML Metadata checkov skip', yml, yamlVolume('', '', '    Metadata:\n      checkov:\n        skip:\n          - id: CKV_AWS_3\n            comment: scratch\n'), []],
    ['JSON Metadata cfn_nag (an Onus id)', json, jsonVolume({ cfn_nag: { rules_to_suppress: [{ id: E, reason: 'x' }] } }), []],
    ['JSON Metadata cfn_nag (its own id: no Onus rule)', json, jsonVolume({ cfn_nag: { rules_to_suppress: [{ id: 'W37', reason: 'x' }] } }), [E]],
    ['JSON Metadata cfn-lint ignore_checks', json, jsonVolume({ 'cfn-lint': { config: { ignore_checks: [E] } } }), []],
    ['JSON template-level checkov skip', json, jsonVolume(undefined, { checkov: { skip: [{ id: 'CKV_AWS_3' }] } }), []],
  ];
  for (const [name, uri, text, expected] of cases) test(name, () => assert.deepEqual(ids(uri, text), expected));
  test('peerComments: false ignores Metadata peer forms', () => {
    assert.deepEqual(ids(json, jsonVolume({ checkov: { skip: [{ id: 'CKV_AWS_3' }] } }), off), [E]);
  });
  test('a peer suppression that fails the policy is reported where it would have applied', () => {
    const cfg = { suppressions: { allowInline: true, requireReason: true, peerComments: true } };
    const found = analyse(json, jsonVolume({ checkov: { skip: [{ id: 'CKV_AWS_3' }] } }), cfg).map((f) => f.ruleId);
    assert.deepEqual(found, [E, 'onus-invalid-suppression']);
  });
});
