/** Local modules: a child module is analysed with its caller's arguments and inherits the caller's providers (default_tags). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveConfig } from '../../../server/src/index';
import { allRules, plain, project, where } from './helpers';

const child = {
  'modules/web/variables.tf': 'variable "admin_cidr" {\n  default = "10.0.0.0/8"\n}\nvariable "name" {}\n',
  'modules/web/main.tf': 'resource "aws_security_group" "this" {\n  name = "${var.name}-sg"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = [var.admin_cidr]\n  }\n}\n',
};

const caller = (args: string) =>
  `provider "aws" {\n  default_tags {\n    tags = { Owner = "platform" }\n  }\n}\n\nmodule "web" {\n  source = "./modules/web"\n${args}}\n`;

const options = { config: resolveConfig({ requiredTags: ['Owner'] }), rules: allRules };

function childAnalysis(files: Record<string, string>) {
  const { ws, path } = project(files);
  return ws.analyzeFile(path('modules/web/main.tf'), options)!;
}

test("a child module's findings use the caller's arguments", () => {
  const alone = childAnalysis(child);
  assert.equal(alone.findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress').length, 0, 'with its own default the child is closed');
  const called = childAnalysis({ ...child, 'main.tf': caller('  admin_cidr = local.world\n  name       = "shop"\n'), 'locals.tf': 'locals {\n  world = "0.0.0.0/0"\n}\n' });
  const open = called.findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress');
  assert.deepEqual(open.map((f) => where(called.document, f)), [[7, 20, 7, 34, 'var.admin_cidr']]);
  const name = called.document.resources[0].body.entries.get('name')!.value;
  assert.deepEqual(name.kind === 'scalar' && name.value, 'shop-sg');
});

test("the caller's default_tags reach the child's resources; a providers map chooses the configuration", () => {
  const tags = (files: Record<string, string>) => childAnalysis(files).findings.filter((f) => f.ruleId === 'aws-resource-tags').length;
  assert.equal(tags(child), 1, 'alone, the child resource has no tags');
  assert.equal(tags({ ...child, 'main.tf': caller('  name = "shop"\n') }), 0, 'the default provider configuration is inherited');
  const aliased = caller('  name = "shop"\n  providers = {\n    aws = aws.bare\n  }\n') + 'provider "aws" {\n  alias = "bare"\n}\n';
  assert.equal(tags({ ...child, 'main.tf': aliased }), 1, 'aws.bare has no default_tags');
});

test('two callers of one child: the child is analysed under each; a finding holds when one caller makes it true', () => {
  const two = childAnalysis({ ...child, 'main.tf': caller('  admin_cidr = "0.0.0.0/0"\n  name = "a"\n') + 'module "again" {\n  source = "./modules/web"\n  name   = "b"\n}\n' });
  const open = two.findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress');
  assert.deepEqual(open.map((f) => where(two.document, f)), [[7, 20, 7, 34, 'var.admin_cidr']], 'the first caller opens SSH to the internet; the second keeps the default');
  const variants = two.document.resources[0].variants!;
  assert.deepEqual(variants.map((r) => plain(r.body.entries.get('name')?.value)), ['a-sg', 'b-sg'], 'one variant per caller');
  const safe = childAnalysis({ ...child, 'main.tf': caller('  name = "a"\n') + 'module "again" {\n  source = "./modules/web"\n  name   = "b"\n}\n' });
  assert.equal(safe.findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress').length, 0);
});

test('callers below the module (examples/*/ calling ../../) give it their inputs; a registry module is never fetched', () => {
  const files = {
    'variables.tf': 'variable "admin_cidr" {\n  default = "10.0.0.0/8"\n}\n',
    'main.tf': child['modules/web/main.tf'].replace('${var.name}-sg', 'web-sg'),
    'examples/complete/main.tf': 'module "web" {\n  source     = "../../"\n  admin_cidr = "0.0.0.0/0"\n}\n',
    'examples/minimal/main.tf': 'module "web" {\n  source = "../.."\n}\n',
  };
  const { ws, path } = project(files);
  const analysis = ws.analyzeFile(path('main.tf'), options)!;
  assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress').map((f) => where(analysis.document, f)), [[7, 20, 7, 34, 'var.admin_cidr']]);
  const registry = project({ 'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n' });
  assert.deepEqual(registry.ws.analyzeFile(registry.path('main.tf'), options)!.findings, []);
});

test('editing the caller re-publishes open files of the child module', () => {
  const { ws, uri } = project({ ...child, 'main.tf': caller('  name = "shop"\n') });
  ws.setBuffer({ uri: uri('main.tf'), text: caller('  name = "shop"\n'), version: 1 });
  ws.setBuffer({ uri: uri('modules/web/main.tf'), text: child['modules/web/main.tf'], version: 1 });
  ws.analyzeUri(uri('main.tf'), options); // the server analyses what it opens: the calls are known from then on
  assert.deepEqual(ws.openSiblings(uri('main.tf')), [uri('modules/web/main.tf')]);
  assert.deepEqual(ws.openSiblings(uri('modules/web/main.tf')), [], 'a child change does not re-publish the caller');
  ws.setBuffer({ uri: uri('main.tf'), text: caller('  name = "shop"\n  admin_cidr = "0.0.0.0/0"\n'), version: 2 });
  const analysis = ws.analyzeUri(uri('modules/web/main.tf'), options)!;
  assert.equal(analysis.findings.filter((f) => f.ruleId === 'aws-security-group-open-ingress').length, 1, 'the open buffer of the caller wins');
});
