/**
 * Incremental module evaluation: typing inside a resource re-models only the
 * edited file (siblings keep their evaluated documents); a change to what the
 * module scope is built from (a variable, a local) re-evaluates every file.
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { MemoryFs } from '../../../test/support/memory-fs';
import { allRules, defaultConfig } from '../index';
import { uriOfPath } from './locate';
import { AnalysisWorkspace } from './workspace';

const root = resolve('/virtual/reuse');
const options = { config: defaultConfig, rules: allRules };
const group = (name: string) => `resource "aws_security_group" "${name}" {
  description = "x"
  tags        = { Owner = "me" }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
`;
const variables = (cidr: string) => `variable "cidr" {\n  default = "${cidr}"\n}\n`;

function setup() {
  const fs = new MemoryFs();
  fs.write(join(root, 'a.tf'), group('a'));
  fs.write(join(root, 'b.tf'), group('b'));
  const ws = new AnalysisWorkspace(fs);
  const main = uriOfPath(join(root, 'main.tf'));
  const vars = uriOfPath(join(root, 'variables.tf'));
  ws.setBuffer({ uri: vars, text: variables('10.0.0.0/8'), version: 1 });
  ws.setBuffer({ uri: main, text: group('main'), version: 1 });
  return { ws, main, vars };
}

const openIngress = (findings: { ruleId: string }[]) => findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress').length;
const byUri = (unit: readonly { uri: string }[], uri: string) => unit.find((d) => d.uri === uri);

test('typing inside a resource keeps the siblings evaluated documents', () => {
  const { ws, main } = setup();
  const first = ws.analyzeUri(main, options)!;
  ws.setBuffer({ uri: main, text: group('main').replace('"x"', '"xy"'), version: 2 });
  const second = ws.analyzeUri(main, options)!;
  const a = uriOfPath(join(root, 'a.tf'));
  assert.equal(byUri(second.unit, a), byUri(first.unit, a), 'a.tf is not modelled again');
  assert.notEqual(second.document, first.document, 'main.tf is');
  assert.equal(openIngress(second.findings), 0, 'var.cidr is still 10.0.0.0/8');
});

test('editing a variable re-evaluates every file of the module', () => {
  const { ws, main, vars } = setup();
  const first = ws.analyzeUri(main, options)!;
  assert.equal(openIngress(first.findings), 0);
  ws.setBuffer({ uri: vars, text: variables('0.0.0.0/0'), version: 2 });
  const second = ws.analyzeUri(main, options)!;
  assert.equal(openIngress(second.findings), 1, 'main.tf sees the new default');
  const a = uriOfPath(join(root, 'a.tf'));
  assert.notEqual(byUri(second.unit, a), byUri(first.unit, a), 'a.tf is evaluated again');
  assert.equal(openIngress(ws.analyzeFile(join(root, 'a.tf'), options)!.findings), 1, 'and sees it too');
});

test('renaming a resource, or editing any block of an override file, re-evaluates the siblings (overrides merge by type and name)', () => {
  const { ws, main } = setup();
  const a = uriOfPath(join(root, 'a.tf'));
  const first = ws.analyzeUri(main, options)!;
  ws.setBuffer({ uri: main, text: group('renamed'), version: 2 });
  const renamed = ws.analyzeUri(main, options)!;
  assert.notEqual(byUri(renamed.unit, a), byUri(first.unit, a));

  const override = uriOfPath(join(root, 'main_override.tf'));
  ws.setBuffer({ uri: override, text: 'resource "aws_security_group" "a" {\n  description = "one"\n}\n', version: 1 });
  const before = ws.analyzeUri(main, options)!;
  ws.setBuffer({ uri: override, text: 'resource "aws_security_group" "a" {\n  description = "two"\n}\n', version: 2 });
  const after = ws.analyzeUri(main, options)!;
  assert.notEqual(byUri(after.unit, a), byUri(before.unit, a));
});

test('a module of one file sees its own variables, and tfvars when there are some', () => {
  const fs = new MemoryFs();
  const dir = join(root, 'single');
  fs.write(join(dir, 'main.tf'), variables('0.0.0.0/0') + group('solo'));
  const ws = new AnalysisWorkspace(fs);
  assert.equal(openIngress(ws.analyzeFile(join(dir, 'main.tf'), options)!.findings), 1, 'the default 0.0.0.0/0 is known');
  fs.write(join(dir, 'terraform.tfvars'), 'cidr = "10.0.0.0/8"\n');
  assert.equal(openIngress(ws.analyzeFile(join(dir, 'main.tf'), options)!.findings), 0, 'the tfvars value wins');
});
