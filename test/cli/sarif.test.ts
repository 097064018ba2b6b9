/**
 * SARIF output validated against the official SARIF 2.1.0 JSON schema
 * (test/fixtures/sarif, draft-07) with Ajv, plus the properties code scanning
 * relies on: rules, levels, relative locations, stable fingerprints.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import manifest from '../../package.json';
import { allRules } from '../../server/src/index';
import { fingerprintKey, formatSarif } from '../../server/src/cli/format-sarif';
import { file, finding, result, skipped, syntaxError } from './synthetic';
import { repoRoot, runCli } from './run-cli';

const schema = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const isUri = (s: string) => {
    try {
      return new URL(s).protocol.length > 1;
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && (isUri(s) || isUri(new URL(s, 'file:///base/').href)));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const validate = validator();

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string; defaultConfiguration: { level: string }; properties: Record<string, unknown> }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

function assertValid(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  return log;
}

describe('SARIF from the CLI', () => {
  test('the findings folder: valid SARIF 2.1.0, results with relative locations', () => {
    const run = runCli(['scan', 'findings', '--format', 'sarif']);
    assert.equal(run.code, 1);
    const log = assertValid(run.stdout);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'Onus');
    assert.equal(driver.version, manifest.version);
    const results = log.runs[0].results;
    assert.deepEqual(
      results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId}`),
      [
        'findings/cdk.out/Stack.template.json aws-ebs-encryption',
        'findings/main.tf aws-ebs-encryption',
        'findings/main.tf aws-security-group-open-ingress',
        'findings/template.yaml aws-ebs-encryption',
      ],
    );
    for (const r of results) {
      assert.equal(driver.rules[r.ruleIndex].id, r.ruleId, 'ruleIndex points at the rule');
      assert.equal(r.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    }
    assert.deepEqual(results[3].locations[0].physicalLocation.region, { startLine: 5, startColumn: 11, endLine: 5, endColumn: 27 });
    assert.equal(results[3].level, 'error', 'high → error');
  });

  test('a clean folder: valid SARIF with an empty result list', () => {
    const log = assertValid(runCli(['scan', 'clean', '--format', 'sarif']).stdout);
    assert.deepEqual(log.runs[0].results, []);
  });
});

describe('SARIF formatter', () => {
  test('every catalog rule is described, then the syntax-error, parse-warning and suppression pseudo-rules', () => {
    const log = assertValid(formatSarif(result([])));
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      rules.map((r) => r.id),
      [...allRules.map((r) => r.meta.id), 'onus-syntax-error', 'onus-parse-warning', 'onus-unused-suppression', 'onus-invalid-suppression'],
    );
    for (const [i, rule] of allRules.entries()) {
      const d = rules[i];
      assert.equal(d.helpUri, `https://github.com/onus-dev/onus/blob/main/rules/${rule.meta.id.split('-')[0]}/${rule.meta.id}/README.md`);
      assert.equal(d.properties.owner, rule.meta.owner);
      assert.equal(d.properties.duty, rule.meta.duty);
      assert.ok(Array.isArray(d.properties.tags));
      assert.match(String(d.properties['security-severity']), /^\d+\.\d$/);
      assert.equal(d.defaultConfiguration.level, { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }[rule.meta.severity]);
    }
  });

  test('levels: critical/high → error, medium → warning, low/info → note; syntax errors are results too', () => {
    const log = assertValid(
      formatSarif(
        result([
          file('main.tf', ['critical', 'high', 'medium', 'low', 'info'].map((s, i) => finding(s as 'low', i, 0, 3))),
          file('broken.tf', [], [syntaxError, skipped]),
        ]),
      ),
    );
    const results = log.runs[0].results;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level]),
      [
        ['aws-ebs-encryption', 'error'],
        ['aws-ebs-encryption', 'error'],
        ['aws-ebs-encryption', 'warning'],
        ['aws-ebs-encryption', 'note'],
        ['aws-ebs-encryption', 'note'],
        ['onus-syntax-error', 'error'],
        ['onus-parse-warning', 'warning'],
      ],
    );
    const rules = log.runs[0].tool.driver.rules;
    for (const r of results) assert.equal(rules[r.ruleIndex].id, r.ruleId);
  });

  test('partialFingerprints ignore line numbers but tell resources, files and repeats apart', () => {
    const print = (files: ReturnType<typeof file>[]) => assertValid(formatSarif(result(files))).runs[0].results.map((r) => r.partialFingerprints[fingerprintKey]);
    const same = { resource: { type: 'aws_security_group', name: 'web', span: { start: 0, end: 1 } } };
    const before = print([file('main.tf', [finding('high', 3, 0, 5, same), finding('high', 9, 0, 5, same)])]);
    const moved = print([file('main.tf', [finding('high', 13, 2, 5, same), finding('high', 19, 2, 5, same)])]);
    assert.deepEqual(moved, before, 'moving the resource down does not change its fingerprints');
    assert.notEqual(before[0], before[1], 'two identical findings on one resource are numbered');
    const elsewhere = print([file('other.tf', [finding('high', 3, 0, 5, same)])]);
    assert.notEqual(elsewhere[0], before[0], 'another file, another fingerprint');
  });

  test('the validator is live: a region with line 0 or an unknown level is rejected', () => {
    const log = JSON.parse(formatSarif(result([file('main.tf', [finding('low', 0, 0, 1)])]))) as SarifLog;
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(log), false);
    const other = JSON.parse(formatSarif(result([file('main.tf', [finding('low', 0, 0, 1)])]))) as SarifLog;
    other.runs[0].results[0].level = 'fatal';
    assert.equal(validate(other), false);
  });

  test('files outside the scan root get absolute file URIs', () => {
    const outside = { ...file('/elsewhere/main.tf', [finding('low', 0, 0, 1)]), path: '/elsewhere/main.tf' };
    const log = assertValid(formatSarif(result([outside])));
    assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'file:///elsewhere/main.tf' });
  });
});
