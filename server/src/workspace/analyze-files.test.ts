/** analyzeFiles (a scan's batch): module by module, each module's shared work once, the same analyses as file by file. */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { MemoryFs } from '../../../test/support/memory-fs';
import { allRules, defaultConfig } from '../index';
import type { DirEntry } from './files';
import { AnalysisWorkspace, type Analysis } from './workspace';

const root = resolve('/virtual/batch');
const options = { config: defaultConfig, rules: allRules };
const path = (p: string) => join(root, p);

function project(): MemoryFs {
  const fs = new MemoryFs();
  fs.write(path('main.tf'), 'module "open" {\n  source = "./modules/sg"\n  cidr   = "0.0.0.0/0"\n}\n');
  fs.write(path('modules/sg/main.tf'), 'resource "aws_security_group" "sg" {\n  description = "x"\n  tags        = { Owner = "me" }\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = [var.cidr]\n  }\n}\n');
  fs.write(path('modules/sg/variables.tf'), 'variable "cidr" {\n  default = "10.0.0.0/8"\n}\n');
  fs.write(path('template.yaml'), 'Resources:\n  Disk:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 8\n      Encrypted: false\n');
  return fs;
}

const summary = (analysis: Analysis | undefined) => analysis && analysis.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.message}`).sort();

test('analyzeFiles yields module by module, in first-seen order; an unreadable file has no analysis', () => {
  const ws = new AnalysisWorkspace(project());
  const order = [...ws.analyzeFiles([path('modules/sg/main.tf'), path('main.tf'), path('modules/sg/variables.tf'), path('template.yaml'), path('missing.tf')], options)].map((r) => [r.path, r.analysis !== undefined]);
  assert.deepEqual(order, [
    [path('modules/sg/main.tf'), true],
    [path('modules/sg/variables.tf'), true],
    [path('main.tf'), true],
    [path('missing.tf'), false],
    [path('template.yaml'), true],
  ]);
});

test('analyzeFiles gives the findings of analyzeFile for every file (the child module under its caller included)', () => {
  const files = ['main.tf', 'modules/sg/main.tf', 'modules/sg/variables.tf', 'template.yaml'].map(path);
  const batch = new Map([...new AnalysisWorkspace(project()).analyzeFiles(files, options)].map((r) => [r.path, summary(r.analysis)]));
  const single = new AnalysisWorkspace(project());
  for (const file of files) assert.deepEqual(batch.get(file), summary(single.analyzeFile(file, options)), file);
  // The caller's 0.0.0.0/0 reaches the child: the open ingress is found in the child module.
  assert.ok(batch.get(path('modules/sg/main.tf'))!.some((f) => f.includes('0.0.0.0/0')));
});

test("a module's directory is listed as often for all its files as for one", () => {
  const listings = (files: string[]) => {
    const fs = project();
    const listed: string[] = [];
    const readDir = fs.readDir.bind(fs);
    fs.readDir = (dir: string): DirEntry[] | undefined => (listed.push(resolve(dir)), readDir(dir));
    [...new AnalysisWorkspace(fs).analyzeFiles(files, options)];
    return listed.filter((d) => d === path('modules/sg')).length;
  };
  const one = listings([path('modules/sg/main.tf')]);
  assert.ok(one > 0);
  assert.equal(listings([path('modules/sg/main.tf'), path('modules/sg/variables.tf')]), one);
});
