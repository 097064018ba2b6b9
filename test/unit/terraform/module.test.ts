/** A module as Terraform reads it: variables (defaults, tfvars, types, nullable), locals, count/for_each, dynamic blocks. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, plain, project, options, where } from './helpers';

const sg = (cidr: string, port = '22') =>
  `resource "aws_security_group" "web" {\n  tags = { Owner = "me" }\n  ingress {\n    from_port   = ${port}\n    to_port     = ${port}\n    protocol    = "tcp"\n    cidr_blocks = [${cidr}]\n  }\n}\n`;

const openIngress = (findings: ReturnType<typeof analyze>['findings']) => findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress');

test('var.* takes its default from variables.tf, a sibling file of the module', () => {
  const { document, findings } = analyze({ 'main.tf': sg('var.cidr'), 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' });
  const open = openIngress(findings);
  assert.equal(open.length, 1);
  assert.deepEqual(where(document, open[0]), [7, 20, 7, 28, 'var.cidr']);
  assert.match(open[0].message, /^Administration port 22 \(range 22\) is open to 0\.0\.0\.0\/0/);
  assert.deepEqual(open[0].fixes.filter((f) => f.kind === 'quickfix' && f.title.startsWith('Narrow')), [], 'a computed CIDR is not rewritten in place');
});

test('tfvars win over defaults, in Terraform order: terraform.tfvars < terraform.tfvars.json < *.auto.tfvars by name', () => {
  const files = { 'main.tf': sg('var.cidr'), 'variables.tf': 'variable "cidr" {\n  default = "0.0.0.0/0"\n}\n' };
  assert.equal(openIngress(analyze({ ...files, 'terraform.tfvars': 'cidr = "10.0.0.0/8"\n' }).findings).length, 0);
  const json = openIngress(analyze({ ...files, 'terraform.tfvars': 'cidr = "10.0.0.0/8"\n', 'terraform.tfvars.json': '{"cidr": "::/0"}' }).findings);
  assert.deepEqual(json.map((f) => f.message.match(/open to (\S+)/)?.[1]), ['::/0'], 'terraform.tfvars.json after terraform.tfvars');
  const auto = analyze({ ...files, 'terraform.tfvars': 'cidr = "0.0.0.0/0"\n', 'a.auto.tfvars': 'cidr = "::/0"\n', 'b.auto.tfvars.json': '{"cidr": "10.0.0.0/8"}' });
  assert.equal(openIngress(auto.findings).length, 0, 'b.auto.tfvars.json is loaded last');
  const noDefault = analyze({ 'main.tf': sg('var.cidr'), 'variables.tf': 'variable "cidr" {}\n', 'x.auto.tfvars': 'cidr = "0.0.0.0/0"\n' });
  assert.equal(openIngress(noDefault.findings).length, 1, 'a variable without default set by *.auto.tfvars');
});

test('an unset variable is unknown and gives no finding', () => {
  const { document, findings } = analyze({ 'main.tf': sg('var.cidr'), 'variables.tf': 'variable "cidr" {\n  type = string\n}\n' });
  assert.equal(openIngress(findings).length, 0);
  const block = document.resources[0].body.entries.get('ingress')!.value;
  assert.deepEqual(plain(block), [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: [{ unknown: 'variable var.cidr has no default and no value in tfvars' }] }]);
});

test('type constraints convert values as Terraform does; nullable = false replaces a given null by the default', () => {
  const vars = [
    'variable "port" {\n  type    = number\n  default = "22"\n}',
    'variable "cidrs" {\n  type    = list(string)\n  default = ["0.0.0.0/0"]\n}',
    'variable "open" {\n  type     = string\n  nullable = false\n  default  = "0.0.0.0/0"\n}',
    'variable "rule" {\n  type = object({\n    port = number\n    cidr = optional(string, "0.0.0.0/0")\n    name = optional(string)\n  })\n  default = { port = "3389" }\n}',
  ].join('\n');
  const main = 'resource "test" "t" {\n  port  = var.port\n  open  = var.open\n  rule  = var.rule\n  cidrs = var.cidrs\n}\n';
  const { document } = analyze({ 'main.tf': main, 'variables.tf': vars, 'terraform.tfvars': 'open = null\n' });
  assert.deepEqual(plain(document.resources[0].body), { port: 22, open: '0.0.0.0/0', rule: { port: 3389, cidr: '0.0.0.0/0', name: null }, cidrs: ['0.0.0.0/0'] });
  const bad = analyze({ 'main.tf': 'resource "test" "t" {\n  port = var.port\n}\n', 'variables.tf': 'variable "port" {\n  type    = number\n  default = "http"\n}\n' });
  assert.deepEqual(plain(bad.document.resources[0].body), { port: { unknown: 'variable var.port: "http" is not a number' } });
});

test('locals evaluate across files; a cycle is unknown with its path, never a hang', () => {
  const { document, findings } = analyze({
    'main.tf': sg('local.world', 'local.ports.ssh'),
    'locals.tf': 'locals {\n  world = "0.0.0.0/${local.bits}"\n  bits  = 0\n  ports = { ssh = 22 }\n  a     = local.b\n  b     = local.a\n}\n',
    'other.tf': 'resource "test" "t" {\n  v = local.a\n}\n',
  });
  assert.equal(openIngress(findings).length, 1);
  const other = analyze({ 'main.tf': 'resource "test" "t" {\n  v = local.a\n}\n', 'locals.tf': 'locals {\n  a = local.b\n  b = [local.a]\n}\n' });
  assert.deepEqual(plain(other.document.resources[0].body), { v: { unknown: 'cycle: local.a → local.b → local.a' } });
  assert.ok(document);
});

test('count = 0 skips a resource; count = 1 and a one-element for_each make count.index / each.* known', () => {
  const { document, findings } = analyze({
    'main.tf': [
      'variable "enabled" {\n  default = false\n}',
      'resource "aws_ebs_volume" "off" {\n  count = var.enabled ? 1 : 0\n}',
      'resource "test" "one" {\n  count = 1\n  v     = count.index\n}',
      'resource "test" "many" {\n  count = 3\n  v     = count.index\n}',
      'resource "test" "each" {\n  for_each = { a = "0.0.0.0/0" }\n  v        = "${each.key}=${each.value}"\n}',
      'resource "test" "empty" {\n  for_each = toset([])\n}',
      'resource "test" "unknown" {\n  for_each = toset(data.x.y.ids)\n  v        = each.value\n}',
    ].join('\n'),
  });
  assert.deepEqual(document.resources.map((r) => r.name), ['one', 'many', 'each', 'unknown']);
  assert.deepEqual(document.resources.map((r) => plain(r.body.entries.get('v')?.value)), [0, { unknown: 'count.index (one analysis for all instances)' }, 'a=0.0.0.0/0', { unknown: 'each.value (for_each not known)' }]);
  assert.equal(findings.filter((f) => f.resource.name === 'off').length, 0);
});

test('rules see each instance of a known count / for_each; the finding is on the expression that differs', () => {
  const main = [
    'resource "aws_security_group_rule" "in" {',
    '  for_each          = { ssh = "0.0.0.0/0", web = "10.0.0.0/8" }',
    '  type              = "ingress"',
    '  security_group_id = "sg-1"',
    '  from_port         = 22',
    '  to_port           = 22',
    '  protocol          = "tcp"',
    '  cidr_blocks       = [each.value]',
    '}',
    'resource "test" "many" {',
    '  count = 3',
    '  v     = count.index',
    '}',
    '',
  ].join('\n');
  const { document, findings } = analyze({ 'main.tf': main });
  assert.deepEqual(openIngress(findings).map((f) => [...where(document, f), f.message.slice(0, 40)]), [[8, 24, 8, 34, 'each.value', 'Administration port 22 (range 22) is ope']]);
  assert.deepEqual(document.resources[1].variants?.map((r) => plain(r.body.entries.get('v')?.value)), [0, 1, 2]);
  const safe = analyze({ 'main.tf': main.replace('"0.0.0.0/0"', '"192.168.0.0/16"') });
  assert.deepEqual(openIngress(safe.findings), [], 'no instance is open');
  const many = analyze({ 'main.tf': main.replace('for_each          = { ssh = "0.0.0.0/0", web = "10.0.0.0/8" }', 'for_each          = toset([for i in range(40) : "0.0.0.0/0"])') });
  assert.equal(openIngress(many.findings).length, 1, 'a set of identical values is one instance');
  const over = analyze({ 'main.tf': main.replace('for_each          = { ssh = "0.0.0.0/0", web = "10.0.0.0/8" }', 'for_each          = { for i in range(40) : "k${i}" => "0.0.0.0/0" }') });
  assert.deepEqual(openIngress(over.findings), [], 'above 32 instances: analysed once, each.value unknown, no finding');
});

test('a dynamic block over a known list yields one block per element; the finding is on the dynamic block', () => {
  const main = [
    'locals {',
    '  rules = [',
    '    { port = 22, cidr = "0.0.0.0/0" },',
    '    { port = 443, cidr = "10.0.0.0/8" },',
    '    { port = 3389, cidr = "0.0.0.0/0" },',
    '  ]',
    '}',
    'resource "aws_security_group" "web" {',
    '  tags = { Owner = "me" }',
    '  dynamic "ingress" {',
    '    for_each = local.rules',
    '    content {',
    '      from_port   = ingress.value.port',
    '      to_port     = ingress.value.port',
    '      protocol    = "tcp"',
    '      cidr_blocks = [ingress.value.cidr]',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  const { document, findings } = analyze({ 'main.tf': main });
  const open = openIngress(findings);
  assert.deepEqual(
    open.map((f) => [...where(document, f), f.message.slice(0, 30)]),
    [
      [16, 22, 16, 40, 'ingress.value.cidr', 'Administration port 22 (range '],
      [16, 22, 16, 40, 'ingress.value.cidr', 'Administration port 3389 (rang'],
    ],
  );
  const ingress = document.resources[0].body.entries.get('ingress')!;
  assert.equal(ingress.dynamic, true);
  assert.equal(ingress.value.kind === 'list' && ingress.value.items.length, 3);
  const empty = analyze({ 'main.tf': main.replace('for_each = local.rules', 'for_each = []') });
  assert.equal(empty.document.resources[0].body.entries.has('ingress'), false, 'an empty for_each yields no block');
  const unknown = analyze({ 'main.tf': main.replace('for_each = local.rules', 'for_each = var.rules') });
  assert.equal(openIngress(unknown.findings).length, 0, 'unknown for_each: one block with an unknown iterator, no finding');
});

test('the workspace evaluates a module once while nothing changes; a tfvars change is picked up', () => {
  const { fs, ws, path } = project({ 'main.tf': sg('var.cidr'), 'variables.tf': 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n', 'terraform.tfvars': 'cidr = "10.0.0.0/8"\n' });
  const first = ws.analyzeFile(path('main.tf'), options)!;
  const reads = fs.reads;
  const second = ws.analyzeFile(path('main.tf'), options)!;
  assert.equal(second.document, first.document);
  assert.equal(second.findings, first.findings);
  assert.equal(fs.reads, reads);
  fs.write(path('terraform.tfvars'), 'cidr = "0.0.0.0/0"\n');
  const third = ws.analyzeFile(path('main.tf'), options)!;
  assert.equal(openIngress(third.findings).length, 1);
  assert.equal(third.document.hcl, first.document.hcl, 'main.tf is not parsed again');
});

test('data sources are evaluated in the module scope; provider blocks keep their label and comments', () => {
  const { document } = analyze({
    'main.tf': '# primary\nprovider "aws" {\n  region = var.region\n}\ndata "aws_iam_policy_document" "p" {\n  statement {\n    actions   = [var.action]\n    resources = ["*"]\n  }\n}\n',
    'variables.tf': 'variable "action" {\n  default = "s3:*"\n}\nvariable "region" {\n  default = "eu-west-1"\n}\n',
  });
  assert.deepEqual(document.dataSources?.map((d) => [d.type, d.name, plain(d.body)]), [['aws_iam_policy_document', 'p', { statement: [{ actions: ['s3:*'], resources: ['*'] }] }]]);
  const provider = document.providers![0];
  assert.deepEqual([plain(provider.body), document.text.slice(provider.labelSpan!.start, provider.labelSpan!.end), provider.leadingComments?.map((c) => c.text)], [{ region: 'eu-west-1' }, '"aws"', ['# primary']]);
});
