/**
 * The whole keystroke path of the workspace, at random: open buffers of a
 * Terraform module (a child module with two callers, so it is analysed once
 * per caller) and of a JSON template are edited at random places, sometimes in
 * a variable or a local, sometimes breaking the syntax; after every edit the
 * findings of the workspace that updated from the previous version (block
 * re-parse, kept resources, remembered findings, the module scope read before
 * the re-parse) equal those of a fresh workspace given the same texts.
 */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { allRules, resolveConfig, renderFix, type Finding } from '../../server/src/index';
import { carriedItems } from '../../server/src/hcl/incremental';
import { AnalysisWorkspace, uriOfPath } from '../../server/src/workspace';
import { cloudFormationJson } from '../lsp/fixtures';
import { MemoryFs } from '../support/memory-fs';

function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

const root = resolve('/virtual/edits');
const config = resolveConfig({ requiredTags: ['Owner'] });
const options = { config, rules: allRules, now: new Date('2026-01-01') };

const child = `variable "cidr" {
  default = "10.0.0.0/8"
}

locals {
  port = 22
}

resource "aws_security_group" "web" {
  description = "web"
  ingress {
    from_port   = local.port
    to_port     = local.port
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  tags              = { Name = "data" }
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
`;

const caller = (cidr: string) => `module "child" {
  source = "../../"
  cidr   = "${cidr}"
}
`;

const edits = ['x', '7', ' ', '"', '=', '{', '}', '\n', '0.0.0.0/0', 'encrypted = true\n', ''];

function shape(findings: readonly Finding[], text: string, render: (f: Finding) => unknown): unknown {
  return findings.map((f) => [f.ruleId, f.messageId, f.message, f.severity, text.slice(f.span.start, f.span.end), f.range, render(f)]);
}

test('random edits in open buffers: the updated workspace analyses as a fresh one', () => {
  const fs = new MemoryFs();
  // The terraform-aws-modules layout: the module at the root, examples below it calling `../../`.
  const childPath = join(root, 'main.tf');
  fs.write(join(root, 'examples/a/main.tf'), caller('10.1.0.0/16'));
  fs.write(join(root, 'examples/b/main.tf'), caller('0.0.0.0/0'));
  fs.write(childPath, child);
  const templatePath = join(root, 'templates/stack.template.json');
  fs.write(templatePath, cloudFormationJson);
  const buffers = [
    { uri: uriOfPath(childPath), text: child },
    { uri: uriOfPath(templatePath), text: cloudFormationJson },
  ];
  const ws = new AnalysisWorkspace(fs);
  const next = random(2026);
  let version = 1;
  for (const b of buffers) ws.setBuffer({ uri: b.uri, text: b.text, version });
  const web = ws.analyzeUri(buffers[0].uri, options)?.document.resources.find((r) => r.name === 'web');
  assert.equal(web?.variants?.length, 2, 'the module is analysed under both callers (the security group reads var.cidr)');
  const trees = new Map<string, unknown>();
  let fast = 0;
  for (let n = 0; n < 300; n++) {
    const buffer = buffers[next(buffers.length)];
    const at = next(buffer.text.length + 1);
    const removed = next(3) === 0 ? 1 + next(3) : 0;
    const before = buffer.text;
    buffer.text = buffer.text.slice(0, at) + edits[next(edits.length)] + buffer.text.slice(at + removed);
    version++;
    ws.setBuffer({ uri: buffer.uri, text: buffer.text, version });
    const fresh = new AnalysisWorkspace(fs);
    for (const b of buffers) fresh.setBuffer({ uri: b.uri, text: b.text, version });
    for (const b of buffers) {
      const updated = ws.analyzeUri(b.uri, options);
      const whole = fresh.analyzeUri(b.uri, options);
      const tree = updated?.document.hcl ?? updated?.document.tree;
      if (b === buffer && ((updated?.document.hcl && carriedItems(updated.document.hcl)) || (tree && tree === trees.get(b.uri)))) fast++;
      trees.set(b.uri, tree);
      const render = (analysis: typeof updated) => (f: Finding) => f.fixes.map((fix) => analysis && renderFix(analysis.document, fix)?.edits);
      assert.deepEqual(
        updated && shape(updated.findings, b.text, render(updated)),
        whole && shape(whole.findings, b.text, render(whole)),
        `edit ${n} in ${b.uri}: ${JSON.stringify(b.text.slice(Math.max(0, at - 20), at + 20))}`,
      );
    }
    // A broken buffer is repaired (an undo) before the next edit, so most edits can take the fast path.
    if ((fresh.analyzeUri(buffer.uri, options)?.document.errors.length ?? 0) > 0) {
      buffer.text = before;
      version++;
      ws.setBuffer({ uri: buffer.uri, text: buffer.text, version });
    }
  }
  assert.ok(fast > 25, `${fast} of 300 edits were updated from the previous version`);
});
