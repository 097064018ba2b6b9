/**
 * Pathological inputs through the engine (parse + all rules + fixes): each
 * must not throw, must finish in bounded time, and must say what is wrong
 * where that matters. The CLI and LSP halves are in cli-pathological and
 * lsp-pathological.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHcl } from '../../server/src/hcl';
import { config, exercise } from './inputs';

/** Generous: the real cost is milliseconds, the machine is shared; a hang or a quadratic blow-up is not. */
const boundMs = 10_000;

function run(name: string, text: string) {
  const start = performance.now();
  const result = exercise(name, text);
  const ms = performance.now() - start;
  assert.ok(ms < boundMs, `${name} took ${ms.toFixed(0)} ms`);
  return result;
}

const messages = (r: ReturnType<typeof run>) => r.document.errors.map((e) => e.message).join('\n');
const N = 100_000;
const bucket = (body: string) => `resource "aws_s3_bucket" "b" {\n${body}\n}\n`;
const cfnJson = (properties: string) => `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":${properties}}}}`;
const cfnYaml = (properties: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n${properties}\n`;

describe('pathological inputs: Terraform', () => {
  for (const [what, text] of [
    ['100,000 open brackets', `a = ${'['.repeat(N)}`],
    ['100,000 balanced brackets', `a = ${'['.repeat(N)}${']'.repeat(N)}`],
    ['100,000 open braces', `a = ${'{'.repeat(N)}`],
    ['100,000 open parentheses', `a = ${'('.repeat(N)}`],
    ['100,000 unary operators', `a = ${'!'.repeat(N)}true`],
    ['100,000 nested conditionals', `a = ${'x ? '.repeat(N)}1`],
    ['100,000 strings nested in interpolations', `a = "${'${"'.repeat(N)}`],
    ['100,000 balanced string interpolations', `a = ${'"${'.repeat(N)}1${'}"'.repeat(N)}`],
    ['100,000 nested for expressions', `a = ${'[for x in '.repeat(N)}`],
  ] as const) {
    test(`${what}: reported as an error, no stack overflow`, () => {
      const r = run(`nested.tf`, bucket(text));
      assert.match(messages(r), /too deeply nested|Unterminated|Unclosed|Missing/);
      assert.doesNotMatch(messages(r), /Internal parser error|call stack/);
    });
  }

  test('100,000 nested blocks: reported, no stack overflow', () => {
    const file = parseHcl('a {\n'.repeat(N));
    assert.ok(file.errors.some((e) => /nested too deeply/.test(e.message)));
    assert.ok(!file.errors.some((e) => /Internal parser error/.test(e.message)));
  });

  test('long chains (100,000 operators, indexes, attributes) parse', () => {
    for (const text of [`a = ${'1 + '.repeat(N)}1`, `a = x${'[0]'.repeat(N)}`, `a = x${'.y'.repeat(N)}`]) {
      const r = run('chain.tf', bucket(text));
      assert.doesNotMatch(messages(r), /Internal parser error/);
    }
  });

  test('unterminated heredoc: a clear error', () => {
    const r = run('heredoc.tf', bucket('  policy = <<EOT\n{"Version": "2012-10-17"}\n'));
    assert.match(messages(r), /Unterminated heredoc/);
  });

  test('unterminated string: a clear error', () => {
    assert.match(messages(run('string.tf', bucket('  bucket = "abc'))), /string/i);
    assert.match(messages(run('string-eof.tf', 'a = "abc')), /string|quote/i);
  });

  test('BOM, CRLF and tabs: parsed like the plain file, findings at the same places', () => {
    const plain = bucket('  bucket = "x"');
    const odd = `\ufeff${plain.replace(/\n/g, '\r\n').replace(/ {2}/g, '\t')}`;
    const a = run('plain.tf', plain);
    const b = run('odd.tf', odd);
    assert.deepEqual(b.document.errors, []);
    assert.deepEqual(
      b.findings.map((f) => [f.ruleId, f.range.start.line]),
      a.findings.map((f) => [f.ruleId, f.range.start.line]),
    );
  });

  test('a 1 MB single line: parsed in bounded time', () => {
    const r = run('long.tf', bucket(`  bucket = "${'x'.repeat(2 ** 20)}"`));
    assert.deepEqual(r.document.errors, []);
    run('long-tokens.tf', bucket(`  tags = { ${Array.from({ length: 60_000 }, (_, i) => `k${i} = "v"`).join(', ')} }`));
    run('long-garbage.tf', `a = "${'${'.repeat(2 ** 19)}`);
  });

  test('binary content: skipped with a message', () => {
    const r = run('blob.tf', `PK\u0003\u0004${'\u0000\u00ff\u0001'.repeat(10_000)}`);
    assert.match(messages(r), /binary/);
  });

  test('invalid UTF-8 decoded to U+FFFD: no crash, the rest still analysed', () => {
    const text = Buffer.from([...Buffer.from('resource "aws_s3_bucket" "b" {\n  bucket = "'), 0xff, 0xfe, 0xc3, 0x28, ...Buffer.from('"\n}\n')]).toString('utf8');
    const r = run('utf8.tf', text);
    assert.ok(r.findings.length > 0);
  });

  test('a file above maxFileSize (50 MB) is skipped with a message naming the limit', () => {
    const r = run('huge.tf', '# filler\n'.repeat(Math.ceil((50 * 2 ** 20) / 9)));
    assert.equal(r.findings.length, 0);
    assert.match(messages(r), /larger than the 5\.0 MB limit.*maxFileSize/);
    assert.ok(config.maxFileSize < 50 * 2 ** 20);
  });
});

describe('pathological inputs: CloudFormation', () => {
  test('YAML billion laughs (9^9 aliases): bounded time and memory', () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Mappings:', '  M:', '    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    let previous = 'a';
    for (const name of 'bcdefghi') {
      lines.push(`    ${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      previous = name;
    }
    lines.push('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties:', `      Tags: *${previous}`, `      BucketName: !Join ["", *${previous}]`);
    run('bomb.yaml', `${lines.join('\n')}\n`);
  });

  test('deeply nested YAML block mappings (1,000 levels; 2,000 already overflows: see the collectComments bug below)', () => {
    run('deep-block.yaml', cfnYaml(Array.from({ length: 1000 }, (_, i) => `${' '.repeat(6 + i)}a${i}:`).join('\n')));
  });

  test('deeply nested YAML flow collections (1,000 levels)', () => {
    run('deep-flow.yaml', cfnYaml(`      P: ${'['.repeat(1000)}${']'.repeat(1000)}`));
  });

  test('deeply nested JSON (1,000 levels)', () => {
    run('deep.json', cfnJson(`${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`));
  });

  test('JSON with 100,000 nested brackets outside a template is not analysed and does not throw', () => {
    run('not-a-template.json', `${'['.repeat(N)}${']'.repeat(N)}`);
  });

  test('CloudFormation JSON with 100,000 nested objects: skipped with a clear diagnostic', () => {
    assert.match(messages(run('deep-100k.json', cfnJson(`${'{"a":'.repeat(N)}1${'}'.repeat(N)}`))), /nested more than 1000 levels deep/);
  });

  test('CloudFormation YAML with 100,000 nested flow sequences: skipped with a clear diagnostic', () => {
    assert.match(messages(run('deep-100k.yaml', cfnYaml(`      P: ${'['.repeat(N)}${']'.repeat(N)}`))), /nested more than 1000 levels deep/);
  });

  test('JSON duplicate keys: a clear diagnostic', () => {
    const r = run('dup.json', '{"Resources":{"B":{"Type":"AWS::S3::Bucket"},"B":{"Type":"AWS::S3::Bucket"}}}');
    assert.match(messages(r), /Duplicate key "B"/);
  });

  test('YAML duplicate keys: a clear diagnostic', () => {
    const r = run('dup.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::S3::Bucket\n');
    assert.match(messages(r), /[Dd]uplicate|unique/);
  });

  test('unterminated YAML and JSON strings, BOM, CRLF, tabs, a 1 MB line', () => {
    run('open.yaml', cfnYaml('      BucketName: "abc'));
    run('open.json', cfnJson('{"BucketName": "abc'));
    run('bom.yaml', `\ufeff${cfnYaml('      BucketName: x').replace(/\n/g, '\r\n')}`);
    run('bom.json', `\ufeff${cfnJson('{"BucketName":"x"}')}`);
    run('tabs.yaml', cfnYaml('\tBucketName: x'));
    run('long.yaml', cfnYaml(`      BucketName: ${'x'.repeat(2 ** 20)}`));
    run('long.json', cfnJson(`{"BucketName":"${'x'.repeat(2 ** 20)}"}`));
  });
});
