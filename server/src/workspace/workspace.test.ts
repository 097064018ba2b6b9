/** The workspace library: module units, buffers over disk, caching, file collection. */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { allRules, defaultConfig, resolveConfig } from '../index';
import { collectFiles, moduleFiles } from './collect';
import { MemoryFs } from '../../../test/support/memory-fs';
import { uriOfPath } from './locate';
import { AnalysisWorkspace } from './workspace';

const root = resolve('/virtual/project');
const options = { config: defaultConfig, rules: allRules };

function project(): MemoryFs {
  const fs = new MemoryFs();
  fs.write(join(root, 'net/main.tf'), 'resource "aws_vpc" "main" {}\n');
  fs.write(join(root, 'net/variables.tf'), 'variable "cidr" {}\n');
  fs.write(join(root, 'net/README.md'), '# net\n');
  fs.write(join(root, 'net/terraform.tfvars'), 'cidr = "10.0.0.0/16"\n');
  fs.write(join(root, 'app/template.yaml'), 'Resources: {}\n');
  fs.write(join(root, 'node_modules/dep/main.tf'), 'resource "aws_ebs_volume" "x" {}\n');
  fs.write(join(root, '.terraform/modules/m/main.tf'), 'resource "aws_ebs_volume" "x" {}\n');
  fs.write(join(root, '.git/x.tf'), '\n');
  fs.write(join(root, 'cdk.out/Stack.template.json'), '{"Resources": {}}\n');
  return fs;
}

test('moduleFiles lists the .tf files of one directory, sorted', () => {
  assert.deepEqual(moduleFiles(project(), join(root, 'net')), [join(root, 'net/main.tf'), join(root, 'net/variables.tf')]);
});

test('collectFiles walks directories, skips node_modules/.git/.terraform, keeps cdk.out, reports missing paths', () => {
  const collected = collectFiles(project(), ['.', 'nope'], root);
  assert.deepEqual(collected.files, [join(root, 'app/template.yaml'), join(root, 'cdk.out/Stack.template.json'), join(root, 'net/main.tf'), join(root, 'net/variables.tf')]);
  assert.deepEqual(collected.missing, ['nope']);
  assert.deepEqual(collectFiles(project(), ['net/main.tf'], root).files, [join(root, 'net/main.tf')]);
});

test('a Terraform document is analysed with its module; a template alone', () => {
  const ws = new AnalysisWorkspace(project());
  const tf = ws.analyzeFile(join(root, 'net/main.tf'), options)!;
  assert.deepEqual(tf.unit.map((d) => d.uri), [uriOfPath(join(root, 'net/main.tf')), uriOfPath(join(root, 'net/variables.tf'))]);
  const cfn = ws.analyzeFile(join(root, 'app/template.yaml'), options)!;
  assert.deepEqual(cfn.unit.map((d) => d.uri), [uriOfPath(join(root, 'app/template.yaml'))]);
});

test('open buffers win over the disk, also for unsaved new files of the module', () => {
  const fs = project();
  const ws = new AnalysisWorkspace(fs);
  const mainUri = uriOfPath(join(root, 'net/main.tf'));
  const newUri = uriOfPath(join(root, 'net/outputs.tf'));
  ws.setBuffer({ uri: mainUri, text: 'resource "aws_vpc" "edited" {}\n', version: 7 });
  ws.setBuffer({ uri: newUri, text: 'output "x" { value = 1 }\n', version: 1 });
  const analysis = ws.analyzeUri(mainUri, options)!;
  assert.equal(analysis.document.text, 'resource "aws_vpc" "edited" {}\n');
  assert.deepEqual(analysis.unit.map((d) => d.uri).sort(), [mainUri, newUri, uriOfPath(join(root, 'net/variables.tf'))].sort());
  assert.deepEqual(ws.openSiblings(mainUri), [newUri]);
  ws.closeBuffer(mainUri);
  assert.equal(ws.analyzeUri(mainUri, options)!.document.text, 'resource "aws_vpc" "main" {}\n');
});

test('nothing is read or parsed twice while nothing changed; a disk change is noticed by mtime/size', () => {
  const fs = project();
  const ws = new AnalysisWorkspace(fs);
  const mainUri = uriOfPath(join(root, 'net/main.tf'));
  ws.setBuffer({ uri: mainUri, text: 'resource "aws_vpc" "a" {}\n', version: 1 });
  const first = ws.analyzeUri(mainUri, options)!;
  const reads = fs.reads;
  const second = ws.analyzeUri(mainUri, options)!;
  assert.equal(fs.reads, reads, 'no disk read for an unchanged module');
  assert.equal(second.document, first.document, 'the parsed document is reused');
  assert.equal(second.findings, first.findings, 'the unit analysis is reused');

  ws.setBuffer({ uri: mainUri, text: 'resource "aws_vpc" "b" {}\n', version: 2 });
  const third = ws.analyzeUri(mainUri, options)!;
  assert.notEqual(third.document, first.document, 'a new buffer version is parsed');
  assert.equal(third.unit[1].hcl, first.unit[1].hcl, 'the unchanged sibling is not parsed again (only re-evaluated with the module)');
  assert.equal(fs.reads, reads, 'nor read again');

  fs.write(join(root, 'net/variables.tf'), 'variable "cidr" { default = "10.0.0.0/16" }\n');
  const fourth = ws.analyzeUri(mainUri, options)!;
  assert.notEqual(fourth.unit[1].hcl, third.unit[1].hcl, 'the sibling changed on disk is parsed again');
  assert.equal(fs.reads, reads + 1);
});

test('settings that change parsing (maxFileSize) invalidate the cache', () => {
  const ws = new AnalysisWorkspace(project());
  const path = join(root, 'net/main.tf');
  const normal = ws.analyzeFile(path, options)!;
  const tiny = ws.analyzeFile(path, { config: resolveConfig({ maxFileSize: 5 }), rules: allRules })!;
  assert.notEqual(tiny.document, normal.document);
  assert.equal(tiny.document.errors.length, 1);
  assert.match(tiny.document.errors[0].message, /larger than/);
});

test('an untitled buffer is parsed by its editor language and stands alone', () => {
  const ws = new AnalysisWorkspace(project());
  const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 1\n';
  ws.setBuffer({ uri: 'untitled:Untitled-1', text: template, version: 1, languageId: 'yaml' });
  const analysis = ws.analyzeUri('untitled:Untitled-1', options)!;
  assert.equal(analysis.document.uri, 'untitled:Untitled-1');
  assert.equal(analysis.document.syntax, 'yaml');
  assert.equal(analysis.document.kind, 'cloudformation');
  assert.deepEqual(analysis.document.resources.map((r) => [r.name, r.uri]), [['Data', 'untitled:Untitled-1']]);
  assert.equal(analysis.unit.length, 1);
  assert.equal(ws.analyzeUri('untitled:Untitled-2', options), undefined, 'an unknown buffer has no analysis');
});

test('an unreadable file has no analysis (the CLI reports it)', () => {
  const fs = project();
  fs.readFile = () => undefined;
  assert.equal(new AnalysisWorkspace(fs).analyzeFile(join(root, 'net/main.tf'), options), undefined);
});
