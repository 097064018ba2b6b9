/**
 * A child module with several callers is evaluated once per caller; a resource
 * whose evaluation reads only inputs that are the same under both callers is
 * built once and shared (checked once), while one that reads an input the
 * callers set differently is built per caller and checked per caller.
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { MemoryFs } from '../../../test/support/memory-fs';
import { allRules, defaultConfig } from '../index';
import type { Resource } from '../model/types';
import { uriOfPath } from './locate';
import { AnalysisWorkspace } from './workspace';

const root = resolve('/virtual/sharing');
const child = `variable "cidr" {}
variable "size" {
  default = 10
}

resource "aws_security_group" "web" {
  description = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = var.size
}
`;
const caller = (cidr: string) => `module "child" {\n  source = "../../"\n  cidr   = "${cidr}"\n}\n`;

test('resources reading the same inputs under two callers are built once; the others once per caller', () => {
  const fs = new MemoryFs();
  // The terraform-aws-modules layout: the module at the root, its examples below it calling `../../`.
  fs.write(join(root, 'main.tf'), child);
  fs.write(join(root, 'examples/a/main.tf'), caller('10.1.0.0/16'));
  fs.write(join(root, 'examples/b/main.tf'), caller('0.0.0.0/0'));
  const ws = new AnalysisWorkspace(fs);
  const analysis = ws.analyzeUri(uriOfPath(join(root, 'main.tf')), { config: defaultConfig, rules: allRules })!;
  const variants = (name: string) => analysis.document.resources.find((r) => r.name === name)?.variants ?? [];
  assert.equal(variants('data').length, 1, 'var.size is 10 under both callers: one model, checked once');
  assert.equal(variants('web').length, 2, 'var.cidr differs: one model per caller');
  const cidr = (r: Resource) => {
    const ingress = r.body.entries.get('ingress')?.value;
    const block = ingress?.kind === 'list' ? ingress.items[0] : undefined;
    const blocks = block?.kind === 'object' ? block.entries.get('cidr_blocks')?.value : undefined;
    const first = blocks?.kind === 'list' ? blocks.items[0] : undefined;
    return first?.kind === 'scalar' ? first.value : undefined;
  };
  assert.deepEqual(variants('web').map(cidr), ['10.1.0.0/16', '0.0.0.0/0'], 'each caller’s own value');
  const findings = analysis.findings.map((f) => f.ruleId);
  assert.ok(findings.includes('aws-security-group-open-ingress'), 'the open caller’s finding');
  assert.equal(findings.filter((f) => f === 'aws-ebs-encryption').length, 1, 'the shared volume is reported once');
});
