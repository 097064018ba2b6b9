/** Pathological files read from disk by the bundled CLI: no crash, bounded time, a clear message. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../cli/run-cli';

describe('the CLI on pathological files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'onus-hardening-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function scan(name: string, content: string | Buffer) {
    writeFileSync(join(dir, name), content);
    const start = performance.now();
    const run = runCli(['scan', name, '--format', 'json'], dir);
    const ms = performance.now() - start;
    assert.ok(ms < 25_000, `${name}: ${ms.toFixed(0)} ms`);
    assert.doesNotMatch(run.stderr, /internal error|RangeError|TypeError/, run.stderr);
    return { ...run, json: JSON.parse(run.stdout) as unknown };
  }

  test('a 50 MB file is skipped with a message naming the limit', () => {
    const run = scan('huge.tf', Buffer.alloc(50 * 2 ** 20, '# filler\n'));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /larger than the 5\.0 MB limit/);
  });

  test('invalid UTF-8 on disk: read, analysed, no crash', () => {
    const bytes = Buffer.concat([Buffer.from('resource "aws_s3_bucket" "b" {\n  bucket = "caf'), Buffer.from([0xe9, 0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"\n}\n')]);
    const run = scan('latin1.tf', bytes);
    assert.equal(run.code, 1, 'findings are reported');
    assert.match(run.stdout, /aws-s3-bucket-encryption/);
  });

  test('binary content: skipped with a message', () => {
    const run = scan('blob.tf', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    assert.match(run.stdout, /binary/);
  });

  test('BOM + CRLF + tabs on disk: findings as for the plain file', () => {
    const run = scan('odd.tf', '\ufeffresource "aws_s3_bucket" "b" {\r\n\tbucket = "x"\r\n}\r\n');
    assert.match(run.stdout, /aws-s3-bucket-encryption/);
    assert.doesNotMatch(run.stdout, /onus-syntax-error/);
  });

  test('100,000 nested brackets in a .tf: a syntax error, no crash', () => {
    const run = scan('nested.tf', `a = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /too deeply nested/);
  });

  test('a CloudFormation JSON template with 100,000 nested objects: a clear error, no crash', () => {
    const run = scan('deep.json', `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}}`);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /nested more than 1000 levels deep/);
  });
});
