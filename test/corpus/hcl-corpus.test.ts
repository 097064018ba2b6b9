/**
 * The HCL parser over real Terraform: every file Terraform accepts must parse
 * without errors (with sound spans), and errors are only allowed on files
 * Terraform rejects too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHcl } from '../../server/src/hcl/index';
import { checkSpans } from '../unit/hcl/helpers';

const realDir = path.resolve(__dirname, '../../../shared/corpus/real/terraform');
const peerDir = path.resolve(__dirname, '../../../shared/corpus/checkov/terraform');

/**
 * Peer fixtures that are not valid HCL: `terraform fmt -check` rejects each
 * of them with the same error we report (checked below when terraform is on PATH).
 */
const PEER_FILES_TERRAFORM_REJECTS: Record<string, string> = {
  's3-versioning/S3BucketVersioning/main.tf': 'Missing newline after argument', // `status = "Enabled"}`
};

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) tfFiles(p, out);
    else if (name.endsWith('.tf')) out.push(p);
  }
  return out;
}

const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;

test('real Terraform corpus: every file parses with zero errors', { skip: existsSync(realDir) ? false : 'shared corpus absent' }, () => {
  const files = tfFiles(realDir);
  assert.ok(files.length > 100, `expected the real corpus, found ${files.length} files`);
  const failures: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const file = parseHcl(text);
    if (file.errors.length > 0) failures.push(`${path.relative(realDir, f)}: ${file.errors[0].message} at ${file.errors[0].span.start}`);
    checkSpans(file, text);
  }
  assert.deepEqual(failures, []);
});

test('peer fixtures: errors only where Terraform rejects the file too', { skip: existsSync(peerDir) ? false : 'shared corpus absent' }, () => {
  const files = tfFiles(peerDir);
  assert.ok(files.length > 50, `expected the peer fixtures, found ${files.length} files`);
  const erroring: Record<string, string> = {};
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const file = parseHcl(text);
    checkSpans(file, text);
    if (file.errors.length > 0) erroring[path.relative(peerDir, f).split(path.sep).join('/')] = file.errors[0].message.split(':')[0];
  }
  assert.deepEqual(erroring, PEER_FILES_TERRAFORM_REJECTS);
});

test(
  'peer fixtures: terraform fmt rejects each file we report errors on',
  { skip: !existsSync(peerDir) ? 'shared corpus absent' : !terraform ? 'terraform not on PATH' : false },
  () => {
    for (const [rel, summary] of Object.entries(PEER_FILES_TERRAFORM_REJECTS)) {
      const r = spawnSync('terraform', ['fmt', '-check', '-no-color', path.join(peerDir, rel)], { encoding: 'utf8' });
      assert.equal(r.status, 2, `terraform fmt should reject ${rel}`);
      assert.match(r.stderr, new RegExp(`Error: ${summary}`), rel);
    }
  },
);
