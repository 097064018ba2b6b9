/** Scalars written by YAML fixes read back as the same value under YAML 1.2 and 1.1. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { plainIsSafe, yamlKey, yamlScalar, yamlString } from '../../../server/src/fixes/yaml-scalar';

const plainStyle = { alwaysQuote: false, quote: '"' as const };

const table: [string, string][] = [
  ['0.0.0.0/0', '0.0.0.0/0'],
  ['10.0.0.1', '10.0.0.1'],
  ['alias/aws/s3', 'alias/aws/s3'],
  ['${AWS::StackName}-logs', '${AWS::StackName}-logs'],
  ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/*'],
  ['AES256', 'AES256'],
  ['yes', '"yes"'],
  ['No', '"No"'],
  ['on', '"on"'],
  ['true', '"true"'],
  ['null', '"null"'],
  ['~', '"~"'],
  ['', '""'],
  ['*', '"*"'],
  ['&a', '"&a"'],
  ['!Ref', '"!Ref"'],
  ['a: b', '"a: b"'],
  ['a #b', '"a #b"'],
  ['#x', '"#x"'],
  ['- x', '"- x"'],
  ['123', '"123"'],
  ['0777', '"0777"'],
  ['1:20', '"1:20"'],
  ['1e3', '"1e3"'],
  ['.inf', '".inf"'],
  ['2010-09-09', '"2010-09-09"'],
  [' padded', '" padded"'],
  ['two\nlines', '"two\\nlines"'],
  ['{x}', '"{x}"'],
  ['@at', '"@at"'],
];

for (const [value, written] of table) {
  test(`yaml scalar: ${JSON.stringify(value)} → ${written}`, () => {
    assert.equal(yamlScalar(value, plainStyle, false), written);
    assert.equal(parseYaml(`k: ${written}`).k, value, 'reads back under 1.2');
    assert.equal(parseYaml(`k: ${written}`, { version: '1.1' }).k, value, 'reads back under 1.1');
  });
}

test('yaml scalar: flow context also quotes flow indicators', () => {
  assert.equal(plainIsSafe('a,b', true), false);
  assert.equal(plainIsSafe('a,b', false), true);
  assert.equal(plainIsSafe('*.jpg', false), false, 'an alias to nothing is quoted, not a crash');
  assert.equal(yamlScalar('a[0]', plainStyle, true), '"a[0]"');
});

test('yaml scalar: non-strings', () => {
  assert.deepEqual([true, false, null, 3, 1.5, -2, Infinity, NaN].map((v) => yamlScalar(v, plainStyle, false)), ['true', 'false', 'null', '3', '1.5', '-2', '.inf', '.nan']);
});

test('yaml scalar: single quotes when the neighbours use them; double when there is a line break', () => {
  const single = { alwaysQuote: true, quote: "'" as const };
  assert.equal(yamlScalar('plain', single, false), "'plain'");
  assert.equal(yamlScalar("it's", single, false), "'it''s'");
  assert.equal(yamlScalar('a\nb', single, false), '"a\\nb"');
});

test('yaml scalar: placeholder content offsets exclude the quotes', () => {
  assert.deepEqual(yamlString('team', plainStyle, false), { text: 'team', content: { start: 0, end: 4 } });
  assert.deepEqual(yamlString('why: x', plainStyle, false), { text: '"why: x"', content: { start: 1, end: 7 } });
});

test('yaml key: plain when safe, quoted otherwise or when the map quotes its keys', () => {
  assert.equal(yamlKey('Fn::If', plainStyle, false, false), 'Fn::If');
  assert.equal(yamlKey('aws:SecureTransport', plainStyle, false, false), 'aws:SecureTransport');
  assert.equal(yamlKey('a: b', plainStyle, false, false), '"a: b"');
  assert.equal(yamlKey('y', plainStyle, false, false), '"y"');
  assert.equal(yamlKey('Name', plainStyle, true, false), '"Name"');
});
