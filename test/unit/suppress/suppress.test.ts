/** Table tests: every Onus suppression form — placement, reason, expiry, unused, policy. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocument, resolveConfig } from '../../../server/src/index';
import { parseDirective } from '../../../server/src/suppress/directive';
import { analyse, applyTextFix, ids, jsonVolume, sg, volume, yamlVolume } from './helpers';

const E = 'aws-ebs-encryption';
const SG = 'aws-security-group-open-ingress';
const UNUSED = 'onus-unused-suppression';
const INVALID = 'onus-invalid-suppression';
const tf = 'file:///m.tf';
const yml = 'file:///t.yaml';
const json = 'file:///t.json';

test('directive syntax', () => {
  assert.deepEqual(parseDirective('# onus:ignore aws-ebs-encryption -- scratch disk'), { scope: 'next', ids: [E], reason: 'scratch disk', idsStart: 14, idsEnd: 32 });
  assert.deepEqual(parseDirective('// onus:ignore a-b,c-d'), { scope: 'next', ids: ['a-b', 'c-d'], idsStart: 15, idsEnd: 22 });
  assert.deepEqual(parseDirective('/* onus:ignore CKV_AWS_3 until=2026-01-31 -- legacy */')?.until, '2026-01-31');
  assert.equal(parseDirective('# onus:ignore-file a -- b')?.scope, 'file');
  assert.equal(parseDirective('# onus:ignore'), undefined);
  assert.equal(parseDirective('# just a comment'), undefined);
});

describe('Terraform placement and comment styles', () => {
  const cases: [string, string, string[]][] = [
    ['no directive', volume(''), [E]],
    ['# above the resource', volume('# onus:ignore aws-ebs-encryption -- scratch'), []],
    ['// above the resource', volume('// onus:ignore aws-ebs-encryption -- scratch'), []],
    ['/* */ above the resource', volume('/* onus:ignore aws-ebs-encryption -- scratch */'), []],
    ['two directives in a comment run', volume('# onus:ignore aws-resource-tags -- x\n# onus:ignore aws-ebs-encryption -- y'), [UNUSED]],
    ['checkov alias', volume('# onus:ignore CKV_AWS_3 -- migrated'), []],
    ['trivy alias, any case', volume('# onus:ignore avd-aws-0026 -- migrated'), []],
    ['tfsec long id', volume('# onus:ignore aws-ec2-enable-volume-encryption -- migrated'), []],
    ['* matches every rule', volume('# onus:ignore * -- sandbox'), []],
    ['id list', volume('# onus:ignore aws-resource-tags,aws-ebs-encryption -- x'), [UNUSED]],
    ['another rule: unused', volume('# onus:ignore aws-resource-tags'), [E, UNUSED]],
    ['unknown id: unused', volume('# onus:ignore no-such-rule -- typo'), [E, UNUSED]],
    ['blank line breaks the link', volume('# onus:ignore aws-ebs-encryption\n'), [E, UNUSED]],
    ['file-level anywhere', `# onus:ignore-file aws-ebs-encryption -- scratch module\n${volume('')}`, []],
    ['file-level, another rule', `${volume('')}# onus:ignore-file aws-resource-tags -- x\n`, [E, UNUSED]],
    ['inside the block, above the attribute', volume('', '  # onus:ignore aws-ebs-encryption -- x\n'), [UNUSED, E]],
    ['malformed: a reason without --', volume('# onus:ignore aws-ebs-encryption because scratch'), [E, INVALID]],
    ['malformed: no id', volume('# onus:ignore -- scratch'), [E, INVALID]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(ids(tf, text), [...expected].sort()));
});

describe('attribute and nested-block placement', () => {
  const cases: [string, string, string[]][] = [
    ['none', sg('', '', ''), [SG]],
    ['line above the attribute', sg('', '    # onus:ignore aws-security-group-open-ingress -- bastion\n', ''), []],
    ['end of the attribute line', sg('', '', ' # onus:ignore aws-security-group-open-ingress -- bastion'), []],
    ['above the nested block covers the block', sg('  # onus:ignore aws-security-group-open-ingress -- bastion\n', '', ''), []],
    ['/* */ above the attribute', sg('', '    /* onus:ignore aws-security-group-open-ingress */\n', ''), []],
    ['another rule above the attribute', sg('', '    # onus:ignore aws-ebs-encryption\n', ''), [SG, UNUSED]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(ids(tf, text), [...expected].sort()));
});

test('a malformed directive says how to write one', () => {
  const f = analyse(tf, volume('# onus:ignore aws-ebs-encryption because scratch')).find((x) => x.ruleId === INVALID)!;
  assert.match(f.message, /cannot read this directive: write `onus:ignore <id>/);
});

describe('expiry (today is 2026-06-15)', () => {
  test('until in the future suppresses; the last day counts', () => {
    assert.deepEqual(ids(tf, volume('# onus:ignore aws-ebs-encryption until=2026-12-31 -- x')), []);
    assert.deepEqual(ids(tf, volume('# onus:ignore aws-ebs-encryption until=2026-06-15 -- x')), []);
  });
  test('expired: the finding returns with a note naming the date and the reason', () => {
    const [f, ...rest] = analyse(tf, volume('# onus:ignore aws-ebs-encryption until=2026-06-14 -- waiting for KMS'));
    assert.equal(rest.length, 0);
    assert.equal(f.ruleId, E);
    assert.match(f.message, /expired on 2026-06-14: waiting for KMS/);
  });
  test('a malformed date does not suppress and is reported', () => {
    assert.deepEqual(ids(tf, volume('# onus:ignore aws-ebs-encryption until=2026-13-01 -- x')), [E, INVALID]);
    assert.match(analyse(tf, volume('# onus:ignore aws-ebs-encryption until=soon -- x')).find((f) => f.ruleId === INVALID)!.message, /not a date/);
  });
});

describe('policy: requireReason, maxExpiryDays, allowInline', () => {
  const requireReason = { suppressions: { requireReason: true, allowInline: true, peerComments: true } };
  const maxExpiry = { suppressions: { requireReason: false, allowInline: true, peerComments: true, maxExpiryDays: 30 } };
  const cases: [string, string, object, string[]][] = [
    ['reason required, missing', volume('# onus:ignore aws-ebs-encryption'), requireReason, [E, INVALID]],
    ['reason required, given', volume('# onus:ignore aws-ebs-encryption -- scratch'), requireReason, []],
    ['reason required, peer form without reason', volume('#tfsec:ignore:aws-ec2-enable-volume-encryption'), requireReason, [E, INVALID]],
    ['max expiry, none given', volume('# onus:ignore aws-ebs-encryption -- x'), maxExpiry, [E, INVALID]],
    ['max expiry, within', volume('# onus:ignore aws-ebs-encryption until=2026-07-01 -- x'), maxExpiry, []],
    ['max expiry, too far', volume('# onus:ignore aws-ebs-encryption until=2026-12-31 -- x'), maxExpiry, [E, INVALID]],
    ['inline disabled', volume('# onus:ignore aws-ebs-encryption -- x'), { suppressions: { allowInline: false, requireReason: false, peerComments: true } }, [E, INVALID]],
  ];
  for (const [name, text, cfg, expected] of cases) test(name, () => assert.deepEqual(ids(tf, text, cfg), [...expected].sort()));
  test('the invalid-suppression diagnostic points at the comment and says why', () => {
    const f = analyse(tf, volume('# onus:ignore aws-ebs-encryption'), requireReason).find((x) => x.ruleId === INVALID)!;
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 32 } });
    assert.match(f.message, /needs a reason/);
    assert.equal(f.severity, 'medium');
  });
});

describe('YAML comments', () => {
  const cases: [string, string, string[]][] = [
    ['none', yamlVolume(''), [E]],
    ['above the logical id', yamlVolume('  # onus:ignore aws-ebs-encryption -- scratch\n'), []],
    ['above the property', yamlVolume('', '      # onus:ignore aws-ebs-encryption -- x\n      Encrypted: false\n'), []],
    ['file level', yamlVolume('', '', '', '# onus:ignore-file aws-ebs-encryption -- x\n'), []],
    ['unused', yamlVolume('  # onus:ignore aws-resource-tags -- x\n'), [E, UNUSED]],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(ids(yml, text), [...expected].sort()));
});

describe('CloudFormation Metadata (resource and template level)', () => {
  const cases: [string, string, string, string[]][] = [
    ['JSON resource level', json, jsonVolume({ onus: { ignore: [{ id: E, reason: 'scratch' }] } }), []],
    ['JSON resource level by alias', json, jsonVolume({ onus: { ignore: [{ id: 'CKV_AWS_3', reason: 'scratch' }] } }), []],
    ['JSON template level', json, jsonVolume(undefined, { onus: { ignore: [{ id: E, reason: 'dev stack' }] } }), []],
    ['JSON expired', json, jsonVolume({ onus: { ignore: [{ id: E, reason: 'x', until: '2026-01-01' }] } }), [E]],
    ['JSON within expiry', json, jsonVolume({ onus: { ignore: [{ id: E, reason: 'x', until: '2027-01-01' }] } }), []],
    ['JSON unused entry', json, jsonVolume({ onus: { ignore: [{ id: 'aws-resource-tags', reason: 'x' }] } }), [E, UNUSED]],
    ['JSON entry without id', json, jsonVolume({ onus: { ignore: [{ reason: 'x' }] } }), [E, UNUSED]],
    ['YAML resource level', yml, yamlVolume('', '', '    Metadata:\n      onus:\n        ignore:\n          - id: aws-ebs-encryption\n            reason: scratch\n'), []],
    ['YAML template level', yml, yamlVolume('', '', '', 'Metadata:\n  onus:\n    ignore: [{ id: aws-ebs-encryption, reason: dev, until: 2026-12-31 }]\n'), []],
  ];
  for (const [name, uri, text, expected] of cases) test(name, () => assert.deepEqual(ids(uri, text), [...expected].sort()));
  test('requireReason applies to Metadata entries too', () => {
    const cfg = { suppressions: { requireReason: true, allowInline: true, peerComments: true } };
    assert.deepEqual(ids(json, jsonVolume({ onus: { ignore: [{ id: E }] } }), cfg), [E, INVALID]);
  });
  test('expired Metadata: the note is in the message', () => {
    assert.match(analyse(json, jsonVolume({ onus: { ignore: [{ id: E, reason: 'x', until: '2026-01-01' }] } }))[0].message, /expired on 2026-01-01/);
  });
});

describe('unused suppression: the hint and its fix', () => {
  test('the hint is an info finding on the comment', () => {
    const f = analyse(tf, volume('# onus:ignore aws-resource-tags -- x')).find((x) => x.ruleId === UNUSED)!;
    assert.equal(f.severity, 'info');
    assert.deepEqual(f.range.start, { line: 0, character: 0 });
    assert.match(f.message, /'aws-resource-tags' suppresses nothing/);
  });
  test('removes a comment standing alone: only its line goes, the file still parses', () => {
    const text = volume('# keep me\n# onus:ignore aws-resource-tags -- x');
    const fixed = applyTextFix(tf, text, UNUSED);
    assert.equal(fixed, volume('# keep me'));
    assert.equal(parseDocument(tf, fixed, resolveConfig({})).errors.length, 0);
  });
  test('removes a trailing comment and the spaces before it', () => {
    const text = sg('', '', ' # onus:ignore aws-ebs-encryption');
    assert.equal(applyTextFix(tf, text, UNUSED), sg('', '', ''));
  });
  test('removes only the unused ids of a list', () => {
    const text = volume('# onus:ignore aws-resource-tags,aws-ebs-encryption -- x');
    assert.equal(applyTextFix(tf, text, UNUSED), volume('# onus:ignore aws-ebs-encryption -- x'));
  });
  test('YAML: removes the comment line', () => {
    const text = yamlVolume('  # onus:ignore aws-resource-tags -- x\n');
    assert.equal(applyTextFix(yml, text, UNUSED), yamlVolume(''));
  });
  test('CRLF line endings survive', () => {
    const text = volume('# onus:ignore aws-resource-tags -- x').replace(/\n/g, '\r\n');
    assert.equal(applyTextFix(tf, text, UNUSED), volume('').slice(1).replace(/\n/g, '\r\n'));
  });
  test('Metadata (JSON): removes the unused entry with its comma; the template still parses', () => {
    const two = jsonVolume({ onus: { ignore: [{ id: 'aws-resource-tags', reason: 'x' }, { id: E, reason: 'y' }] } });
    const fixed = applyTextFix(json, two, UNUSED);
    assert.deepEqual(JSON.parse(fixed), JSON.parse(jsonVolume({ onus: { ignore: [{ id: E, reason: 'y' }] } })));
    const last = jsonVolume({ onus: { ignore: [{ id: E, reason: 'y' }, { id: 'aws-resource-tags', reason: 'x' }] } });
    assert.deepEqual(JSON.parse(applyTextFix(json, last, UNUSED)), JSON.parse(jsonVolume({ onus: { ignore: [{ id: E, reason: 'y' }] } })));
    const only = jsonVolume({ onus: { ignore: [{ id: 'aws-resource-tags', reason: 'x' }] } });
    assert.deepEqual(JSON.parse(applyTextFix(json, only, UNUSED)), JSON.parse(jsonVolume({ onus: { ignore: [] } })));
    assert.deepEqual(ids(json, applyTextFix(json, two, UNUSED)), []);
  });
  test('Metadata (YAML block list): removes the entry\'s lines', () => {
    const entry = (id: string) => `          - id: ${id}\n            reason: x\n`;
    const text = yamlVolume('', '', `    Metadata:\n      onus:\n        ignore:\n${entry('aws-resource-tags')}${entry(E)}`);
    assert.equal(applyTextFix(yml, text, UNUSED), yamlVolume('', '', `    Metadata:\n      onus:\n        ignore:\n${entry(E)}`));
  });
  test('Metadata (YAML flow list): the hint has no fix', () => {
    const text = yamlVolume('', '', '', 'Metadata:\n  onus:\n    ignore: [{ id: aws-resource-tags, reason: x }]\n');
    const f = analyse(yml, text).find((x) => x.ruleId === UNUSED)!;
    assert.equal(f.textFixes, undefined);
  });
});
