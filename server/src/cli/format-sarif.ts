/**
 * SARIF 2.1.0 report (GitHub code scanning and other SARIF viewers).
 * Every catalog rule is listed (stable ruleIndex), then the pseudo-rules for
 * syntax errors and parse warnings. Locations are relative to the scan root
 * (`%SRCROOT%`); regions are 1-based with UTF-16 columns, end exclusive.
 * partialFingerprints hash the rule, the resource and the relative path (not
 * line numbers), so a finding keeps its identity when code moves above it.
 */
import { pathToFileURL } from 'node:url';
import { allRules, type Finding, type Range, type Rule, type Severity } from '../index';
import manifest from '../../../package.json';
import { ruleDocsUrl } from '../workspace';
import { fingerprintsOf } from './fingerprint';
import { parseWarningRule, suppressionRules, syntaxErrorRule, type PseudoRule } from './pseudo-rules';
import type { ScanResult, ScannedFile } from './scan';

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const srcRoot = '%SRCROOT%';
export const fingerprintKey = 'onusFinding/v1';

type Level = 'error' | 'warning' | 'note';

const levels: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** GitHub's security-severity scale: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
const securitySeverity: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

export function sarifLevel(severity: Severity): Level {
  return levels[severity];
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function ruleDescriptor(rule: Rule): object {
  const { meta } = rule;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: {
      owner: meta.owner,
      duty: meta.duty,
      tags: ['security', 'iac', meta.duty],
      'security-severity': securitySeverity[meta.severity],
    },
  };
}

function pseudoDescriptor(rule: PseudoRule, level: Level): object {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level },
    properties: { tags: ['onus'] },
  };
}

function region(range: Range): object {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function artifactLocation(file: ScannedFile): object {
  if (file.display.startsWith('/') || /^[a-zA-Z]:/.test(file.display)) return { uri: pathToFileURL(file.path).href };
  return { uri: file.display.split('/').map(encodeURIComponent).join('/'), uriBaseId: srcRoot };
}

function location(file: ScannedFile, range: Range, resource?: Finding['resource']): object {
  return {
    physicalLocation: { artifactLocation: artifactLocation(file), region: region(range) },
    ...(resource ? { logicalLocations: [{ fullyQualifiedName: `${resource.type}.${resource.name}`, kind: 'resource' }] } : {}),
  };
}

export function formatSarif(result: ScanResult): string {
  const rules = [...allRules];
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const syntaxIndex = rules.length;
  const warningIndex = rules.length + 1;
  suppressionRules.forEach((r, i) => ruleIndex.set(r.id, rules.length + 2 + i));
  const results: object[] = [];
  for (const file of result.files) {
    const prints = fingerprintsOf(file);
    file.problems.forEach((p, i) => {
      const rule = p.severity === 'error' ? syntaxErrorRule : parseWarningRule;
      results.push({
        ruleId: rule.id,
        ruleIndex: p.severity === 'error' ? syntaxIndex : warningIndex,
        level: p.severity === 'error' ? 'error' : 'warning',
        message: { text: p.message },
        locations: [location(file, p.range)],
        partialFingerprints: { [fingerprintKey]: prints.problems[i] },
      });
    });
    file.findings.forEach((f, i) => {
      const resource = `${f.resource.type}.${f.resource.name}`;
      results.push({
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [location(file, f.range, f.resource)],
        partialFingerprints: { [fingerprintKey]: prints.findings[i] },
        properties: { severity: f.severity, owner: f.owner, duty: f.duty, resource },
      });
    });
  }
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Onus',
            version: manifest.version,
            semanticVersion: manifest.version,
            rules: [...rules.map(ruleDescriptor), pseudoDescriptor(syntaxErrorRule, 'error'), pseudoDescriptor(parseWarningRule, 'warning'), ...suppressionRules.map((r) => pseudoDescriptor(r, 'note'))],
          },
        },
        originalUriBaseIds: { [srcRoot]: { uri: pathToFileURL(result.root.endsWith('/') ? result.root : `${result.root}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
