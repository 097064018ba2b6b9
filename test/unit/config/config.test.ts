/** `.onus.yaml`: every key, its errors, the schema agreeing with the reader, merging, lookup, and the engine honouring it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { findConfigFile, mergeConfig, parseConfigText } from '../../../server/src/config/file';
import { isExcluded, requiredTagsFor, resolveConfig } from '../../../server/src/config/types';
import { analyse, ids } from '../suppress/helpers';

const schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/onus.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** [name, yaml, expected partial config, problem count (0 = valid)] */
const cases: [string, string, object, number][] = [
  ['empty file', '', {}, 0],
  ['rules off/on/severity', 'rules:\n  aws-ebs-encryption: off\n  CKV_AWS_19: high\n  aws-resource-tags: on\n', { rules: { 'aws-ebs-encryption': 'off', CKV_AWS_19: 'high', 'aws-resource-tags': 'on' } }, 0],
  ['rules: bad value', 'rules:\n  aws-ebs-encryption: loud\n', { rules: {} }, 1],
  ['rules: not a mapping', 'rules: [a]\n', {}, 1],
  ['severity per duty', 'severity:\n  data-protection: critical\n  cost-tags: info\n', { dutySeverity: { 'data-protection': 'critical', 'cost-tags': 'info' } }, 0],
  ['severity: unknown duty', 'severity:\n  paperwork: high\n', { dutySeverity: {} }, 1],
  ['severity: bad level', 'severity:\n  network: urgent\n', { dutySeverity: {} }, 1],
  ['requiredTags list', 'requiredTags: [Owner, CostCenter]\n', { requiredTags: ['Owner', 'CostCenter'] }, 0],
  ['requiredTags per type', 'requiredTags:\n  "*": [Owner]\n  "aws_s3_*": [DataClass]\n', { requiredTagsByType: [{ pattern: '*', tags: ['Owner'] }, { pattern: 'aws_s3_*', tags: ['DataClass'] }] }, 0],
  ['requiredTags: a string', 'requiredTags: Owner\n', {}, 1],
  ['requiredTags: numbers', 'requiredTags: [1, 2]\n', {}, 1],
  ['exclude', 'exclude: ["examples/**", fixtures]\n', { exclude: ['examples/**', 'fixtures'] }, 0],
  ['exclude: not a list', 'exclude: examples\n', {}, 1],
  ['frameworks', 'frameworks: [CIS]\n', { frameworks: ['CIS'] }, 0],
  ['suppressions', 'suppressions:\n  allowInline: false\n  requireReason: true\n  maxExpiryDays: 90\n  peerComments: false\n', { suppressions: { allowInline: false, requireReason: true, maxExpiryDays: 90, peerComments: false } }, 0],
  ['suppressions: wrong types', 'suppressions:\n  requireReason: yes\n  maxExpiryDays: -3\n', {}, 2],
  ['suppressions: unknown key', 'suppressions:\n  audit: true\n', {}, 1],
  ['maxFileSize', 'maxFileSize: 100000\n', { maxFileSize: 100000 }, 0],
  ['maxFileSize: too small', 'maxFileSize: 10\n', {}, 1],
  ['unknown top-level key', 'rulez: {}\n', {}, 1],
  ['not a mapping', '- a\n- b\n', {}, 1],
];

describe('.onus.yaml keys and errors', () => {
  for (const [name, text, expected, problems] of cases) {
    test(name, () => {
      const parsed = parseConfigText(text);
      assert.deepEqual(parsed.config, expected);
      assert.equal(parsed.problems.length, problems, JSON.stringify(parsed.problems));
      assert.equal(validate(parse(text) ?? {}), problems === 0, `schema and reader disagree: ${JSON.stringify(validate.errors)}`);
    });
  }
  test('YAML syntax error: one error with a span, no settings', () => {
    const parsed = parseConfigText('rules:\n  a: [off\n');
    assert.deepEqual(parsed.config, {});
    assert.ok(parsed.problems.length >= 1);
    assert.equal(parsed.problems[0].severity, 'error');
    assert.match(parsed.problems[0].message, /defaults are used/);
  });
  test('problems point at the offending value', () => {
    const text = 'rules:\n  aws-ebs-encryption: loud\n';
    const [p] = parseConfigText(text).problems;
    assert.equal(text.slice(p.span.start, p.span.end), 'loud');
    assert.match(p.message, /expected one of off, on, info/);
  });
  test('unknown rule ids warn when the catalog is given', () => {
    const [p] = parseConfigText('rules:\n  nope: off\n', new Set(['aws-ebs-encryption'])).problems;
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /Unknown rule id or alias 'nope'/);
  });
  test('a duplicate key is an error, not a crash', () => {
    assert.equal(parseConfigText('rules: {}\nrules: {}\n').problems[0].severity, 'error');
  });
});

describe('merging and lookup', () => {
  test('the config file wins over settings; suppressions merge key by key', () => {
    const merged = resolveConfig(
      mergeConfig(
        { requiredTags: ['A'], suppressions: { allowInline: true, requireReason: true, peerComments: true } },
        { requiredTags: ['B'], suppressions: { maxExpiryDays: 10 } as never },
        { file: '/p/.onus.yaml', settings: true },
      ),
    );
    assert.deepEqual(merged.requiredTags, ['B']);
    assert.deepEqual(merged.suppressions, { allowInline: true, requireReason: true, peerComments: true, maxExpiryDays: 10 });
    assert.deepEqual(merged.origin, { file: '/p/.onus.yaml', settings: true });
  });
  test('found upward from the file, stopping at the given root', () => {
    const files: Record<string, string> = { '/repo/.onus.yaml': 'a', '/.onus.yaml': 'root' };
    assert.deepEqual(findConfigFile('/repo/modules/net', (p) => files[p]), { path: '/repo/.onus.yaml', text: 'a' });
    assert.deepEqual(findConfigFile('/other/x', (p) => files[p]), { path: '/.onus.yaml', text: 'root' });
    assert.equal(findConfigFile('/other/x', (p) => files[p], '/other'), undefined);
  });
  test('exclude globs', () => {
    assert.ok(isExcluded('examples/a/main.tf', ['examples/**']));
    assert.ok(isExcluded('a/fixtures/main.tf', ['fixtures']));
    assert.ok(isExcluded('a/b.tf', ['**/*.tf']));
    assert.ok(!isExcluded('src/main.tf', ['examples/**']));
    assert.ok(isExcluded('modules/x/test.yaml', ['modules/*/test.yaml']));
  });
  test('required tags per type pattern add to the global list', () => {
    const config = resolveConfig({ requiredTags: ['Owner'], requiredTagsByType: [{ pattern: 'aws_s3_*', tags: ['DataClass'] }, { pattern: 'AWS::S3::*', tags: ['DataClass'] }] });
    assert.deepEqual(requiredTagsFor(config, 'aws_s3_bucket'), ['Owner', 'DataClass']);
    assert.deepEqual(requiredTagsFor(config, 'AWS::S3::Bucket'), ['Owner', 'DataClass']);
    assert.deepEqual(requiredTagsFor(config, 'aws_ebs_volume'), ['Owner']);
  });
});

describe('the engine honours the configuration', () => {
  const tf = 'file:///m.tf';
  const volume = 'resource "aws_ebs_volume" "v" {\n  size = 10\n  tags = { Owner = "a" }\n}\n';
  const sev = (partial: object) => {
    const config = resolveConfig(partial);
    return ids(tf, volume, config);
  };
  test('rules: off by id or alias', () => {
    assert.deepEqual(sev({ rules: { 'aws-ebs-encryption': 'off' } }), []);
    assert.deepEqual(sev({ rules: { ckv_aws_3: 'off' } }), []);
  });
  test('an explicit on wins over disabledRules and frameworks', () => {
    assert.deepEqual(sev({ disabledRules: ['aws-ebs-encryption'] }), []);
    assert.deepEqual(sev({ disabledRules: ['aws-ebs-encryption'], rules: { 'aws-ebs-encryption': 'on' } }), ['aws-ebs-encryption']);
    assert.deepEqual(sev({ frameworks: ['PCI'] }), []);
    assert.deepEqual(sev({ frameworks: ['cis'] }), ['aws-ebs-encryption']);
  });
  test('severity per rule, then per duty', () => {
    assert.equal(analyse(tf, volume, { rules: { 'aws-ebs-encryption': 'critical' } })[0].severity, 'critical');
    assert.equal(analyse(tf, volume, { dutySeverity: { 'data-protection': 'low' } })[0].severity, 'low');
    assert.equal(analyse(tf, volume, { rules: { 'aws-ebs-encryption': 'high' }, dutySeverity: { 'data-protection': 'low' } })[0].severity, 'high');
  });
  test('required tags per resource type pattern reach the tags rule', () => {
    assert.deepEqual(sev({ requiredTagsByType: [{ pattern: 'aws_ebs_*', tags: ['CostCenter'] }] }), ['aws-ebs-encryption', 'aws-resource-tags']);
    assert.deepEqual(sev({ requiredTagsByType: [{ pattern: 'aws_s3_*', tags: ['CostCenter'] }] }), ['aws-ebs-encryption']);
  });
});
