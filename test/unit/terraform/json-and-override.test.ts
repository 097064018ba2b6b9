/** Terraform's JSON syntax (`*.tf.json`) and override files, read the way Terraform merges them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig, parseDocument, renderFix } from '../../../server/src/index';
import { analyze, plain, where } from './helpers';

const byRule = (findings: ReturnType<typeof analyze>['findings'], id: string) => findings.filter((f) => f.ruleId === id);

const sgJson = JSON.stringify(
  {
    resource: {
      aws_security_group: {
        web: {
          tags: { Owner: 'me' },
          ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['${var.cidr}'] }],
        },
      },
    },
  },
  null,
  2,
);

test('a .tf.json module: variables from a sibling .tf file, the finding on the JSON string that holds the expression', () => {
  const { document, findings } = analyze({ 'main.tf.json': sgJson, 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' }, 'main.tf.json');
  assert.equal(document.kind, 'terraform');
  assert.equal(document.syntax, 'terraform-json');
  const open = byRule(findings, 'aws-security-group-open-ingress');
  assert.deepEqual(open.map((f) => [...where(document, f), f.severity]), [[14, 15, 14, 28, '"${var.cidr}"', 'high']]);
  assert.deepEqual(
    open[0].fixes.map((f) => renderFix(document, f)).filter((f) => f !== undefined),
    [],
    'no fix is rendered into a JSON Terraform file yet (never a broken edit)',
  );
});

test('.tf.json blocks: arrays of blocks, provider default_tags, locals, variable types in expression mode, required_providers', () => {
  const main = JSON.stringify({
    terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '~> 4.0' } } },
    provider: { aws: [{ region: 'eu-west-1', default_tags: { tags: { Owner: 'team' } } }] },
    variable: { ports: { type: 'list(number)', default: ['22', '443'] } },
    locals: { size: '${length(var.ports) * 10}' },
    resource: { aws_ebs_volume: { data: { size: '${local.size}', encrypted: false, '//': 'a comment key is ignored' } } },
  });
  const { document, findings } = analyze({ 'main.tf.json': main }, 'main.tf.json');
  const volume = document.resources[0];
  assert.deepEqual(plain(volume.body), { size: 20, encrypted: false });
  assert.deepEqual(byRule(findings, 'aws-ebs-encryption').map((f) => where(document, f)[4]), ['false']);
  assert.deepEqual(byRule(findings, 'aws-resource-tags'), [], 'default_tags of the JSON provider block count');
  assert.equal(document.errors.length, 0);
});

test('.tf.json: invalid JSON and unknown top-level keys are reported, the rest is read', () => {
  const document = parseDocument('file:///m/main.tf.json', '{\n  "resourc": {},\n  "resource": {"aws_ebs_volume": {"v": {"encrypted": true}}},\n}', defaultConfig);
  assert.deepEqual(
    document.errors.map((e) => e.message),
    ['Invalid JSON: PropertyNameExpected', 'Invalid JSON: ValueExpected', 'Unknown top-level block type "resourc".'],
  );
  assert.deepEqual(document.resources.map((r) => `${r.type}.${r.name}`), ['aws_ebs_volume.v']);
  assert.deepEqual(parseDocument('file:///m/x.tf.json', '[1]', defaultConfig).errors.map((e) => e.message), ['A Terraform JSON file must contain one object.']);
});

test('override.tf merges into the original resource: its attributes win, its nested blocks replace the same type', () => {
  const main = 'resource "aws_ebs_volume" "data" {\n  size      = 10\n  encrypted = false\n}\n';
  const fixed = analyze({ 'main.tf': main, 'override.tf': 'resource "aws_ebs_volume" "data" {\n  encrypted = true\n}\n' });
  assert.deepEqual(byRule(fixed.findings, 'aws-ebs-encryption'), []);
  assert.deepEqual(plain(fixed.document.resources[0].body), { size: 10, encrypted: true });

  const broken = analyze({ 'main.tf': main.replace('false', 'true'), 'prod_override.tf': 'resource "aws_ebs_volume" "data" {\n  encrypted = false\n}\n' });
  const ebs = byRule(broken.findings, 'aws-ebs-encryption');
  assert.deepEqual(ebs.map((f) => where(broken.document, f)), [[1, 10, 1, 26, '"aws_ebs_volume"']], 'the finding points at the original, whose value the override replaced');
  const rendered = ebs[0].fixes.map((f) => renderFix(broken.document, f)).filter((f) => f !== undefined);
  assert.deepEqual(rendered.map((f) => f.kind), ['suppress'], 'no fix edits the value written in the override file');
  const overrideFile = analyze({ 'main.tf': main.replace('false', 'true'), 'prod_override.tf': 'resource "aws_ebs_volume" "data" {\n  encrypted = false\n}\n' }, 'prod_override.tf');
  assert.deepEqual(overrideFile.document.resources, [], 'the override block is not a resource of its own');

  const sg = 'resource "aws_security_group" "web" {\n  tags = { Owner = "me" }\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';
  const narrowed = analyze({ 'main.tf': sg, 'override.tf': 'resource "aws_security_group" "web" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n}\n' });
  assert.deepEqual(byRule(narrowed.findings, 'aws-security-group-open-ingress'), [], 'ingress blocks of the override replace all of the original');
});
