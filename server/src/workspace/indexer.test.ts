/** Background indexing as a library: what is indexed, the summaries, progress, cancellation, holding off. */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { MemoryFs } from '../../../test/support/memory-fs';
import { allRules, defaultConfig } from '../index';
import { WorkspaceIndexer, type IndexHooks } from './indexer';

const root = resolve('/virtual/index');
// One rule, so the counts below do not move as the catalog grows.
const options = { config: defaultConfig, rules: allRules.filter((r) => r.meta.id === 'aws-ebs-encryption') };
const volume = (name: string) => `resource "aws_ebs_volume" "${name}" {\n  size = 1\n  tags = { Name = "${name}" }\n}\n`;

function workspace(): MemoryFs {
  const fs = new MemoryFs();
  fs.write(join(root, 'net/main.tf'), volume('a') + volume('b'));
  fs.write(join(root, 'net/variables.tf'), 'variable "x" {}\n');
  fs.write(join(root, 'app/stack.yaml'), 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 1\n      Encrypted: true\n');
  fs.write(join(root, 'app/notes.yaml'), 'title: not a template\n');
  fs.write(join(root, 'skip/main.tf'), volume('c'));
  fs.write(join(root, 'node_modules/dep/main.tf'), volume('d'));
  fs.write(join(root, 'README.md'), '# x\n');
  return fs;
}

const hooks = (extra: Partial<IndexHooks> = {}): IndexHooks => ({
  select: (path) => (path.includes('/skip/') ? undefined : options),
  cancelled: () => false,
  ...extra,
});

test('indexes templates and Terraform files, skipping excluded files, node_modules and non-templates', async () => {
  const indexer = new WorkspaceIndexer(workspace());
  const progress: [number, number][] = [];
  const result = await indexer.run([root], hooks({ progress: (done, total) => progress.push([done, total]) }));
  assert.deepEqual(result, { files: 3, cancelled: false });
  assert.deepEqual([...indexer.summaries.keys()].sort(), [join(root, 'app/stack.yaml'), join(root, 'net/main.tf'), join(root, 'net/variables.tf')]);
  assert.deepEqual(indexer.summaries.get(join(root, 'net/main.tf')), { kind: 'terraform', resources: 2, errors: 0, findings: { high: 2 } });
  assert.deepEqual(indexer.summaries.get(join(root, 'app/stack.yaml')), { kind: 'cloudformation', resources: 1, errors: 0, findings: {} });
  assert.deepEqual(progress.at(-1), [5, 5], 'the last report counts every listed file');
});

test('cancellation stops before the next step and keeps what was indexed', async () => {
  const indexer = new WorkspaceIndexer(workspace(), 0);
  let steps = 0;
  const result = await indexer.run([root], hooks({ cancelled: () => ++steps > 6 }));
  assert.equal(result.cancelled, true);
  assert.ok(result.files < 3, `stopped early (${result.files} indexed)`);
  assert.equal(indexer.summaries.size, result.files);
});

test('holdOff makes indexing wait; forget drops a directory’s summaries', async () => {
  const indexer = new WorkspaceIndexer(workspace(), 0);
  let held = 0;
  const result = await indexer.run([root], hooks({ holdOff: () => (held++ < 3 ? 5 : 0) }));
  assert.equal(result.files, 3);
  assert.ok(held > 3, 'asked again after waiting');
  indexer.forget(join(root, 'net'));
  assert.deepEqual([...indexer.summaries.keys()], [join(root, 'app/stack.yaml')]);
});
