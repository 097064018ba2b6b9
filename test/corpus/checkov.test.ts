/**
 * Agreement with a peer's own fixtures: for the families Onus covers, every
 * resource Checkov expects to fail gets a finding (severity low or above) and
 * every resource it expects to pass gets none — except the deliberate
 * differences named below, each with its reason.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { allRules, ruleSets } from '../../rules';
import { resolveConfig } from '../../server/src/config/types';
import { analyzeDocuments } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/finding';
import { parseDocument } from '../../server/src/engine/parse';
import type { OnusDocument } from '../../server/src/engine/document';
import { corpusSkip, sharedCorpus, walk } from './shared';

interface Case {
  peerId: string;
  family: string;
  format: 'terraform' | 'cloudformation';
  dir: string;
  files: string[];
  expect: { failing: string[]; passing: string[] };
  scopeClass: string;
}

/** Family (or peer id, when a family has several checks) → rule id, and the deliberate differences, from every rule set. */
const families: Record<string, string> = Object.assign({}, ...ruleSets.map((s) => s.checkovFamilies));
const deliberate: Record<string, string> = Object.assign({}, ...ruleSets.map((s) => s.checkovDeliberate));
const ruleFor = (c: Case): string | undefined => families[c.peerId] ?? families[c.family];

const skip = corpusSkip('checkov');
const manifest: Case[] = skip ? [] : JSON.parse(readFileSync(join(sharedCorpus, 'checkov/manifest.json'), 'utf8'));
const config = resolveConfig({});

/** Linked resources that Checkov reports under the resource they belong to: type prefix → the attribute naming it. */
const linkAttributes: [prefix: string, attribute: string][] = [
  ['aws_s3_bucket_', 'bucket'],
  ['aws_flow_log', 'vpc_id'],
  ['aws_flow_log', 'resource_id'],
  ['azurerm_mssql_server_extended_auditing_policy', 'server_id'],
];

/** A finding on a linked resource (e.g. an S3 encryption configuration) counts for the resource it references. */
function address(finding: Finding, documents: OnusDocument[]): string {
  const resource = documents.flatMap((d) => d.resources).find((r) => r.name === finding.resource.name && r.type === finding.resource.type);
  for (const [prefix, key] of resource ? linkAttributes : []) {
    if (!resource!.type.startsWith(prefix)) continue;
    const link = resource!.body.entries.get(key)?.value;
    if (link?.kind === 'unknown' && link.reference && /^\w+\.\w+/.test(link.reference)) {
      const [type, name] = link.reference.split('.');
      if (type !== resource!.type) return `${type}.${name}`;
    }
  }
  return `${finding.resource.type}.${finding.resource.name}`;
}

function findingsFor(c: Case, ruleId: string): Set<string> {
  const dir = join(sharedCorpus, 'checkov', c.dir);
  const rule = allRules.filter((r) => r.meta.id === ruleId);
  const files = walk(dir, (p) => /\.(tf|ya?ml|json)$/.test(p) && !/expected\.(json|ya?ml)$/.test(p));
  const units = new Map<string, OnusDocument[]>();
  for (const file of files) {
    const document = parseDocument(file, readFileSync(file, 'utf8'), config);
    const key = document.kind === 'terraform' ? dirname(file) : file;
    units.set(key, [...(units.get(key) ?? []), document]);
  }
  const found = new Set<string>();
  const qualified = [...c.expect.failing, ...c.expect.passing].some((a) => /^[^:]+\.(tf|ya?ml|json|template)::/.test(a)); // `<file>::<address>`, not `AWS::…` types
  for (const documents of units.values()) {
    for (const [uri, findings] of analyzeDocuments(documents, { config, rules: rule })) {
      for (const f of findings) {
        if (f.severity === 'info') continue;
        const base = address(f, documents);
        const instance = f.resource.instance === undefined ? [] : [`${base}[${JSON.stringify(f.resource.instance)}]`];
        for (const a of [base, ...instance]) found.add(qualified ? `${relative(dir, uri)}::${a}` : a);
      }
    }
  }
  return found;
}

/**
 * What agreement means per scope class: `core` both ways; `narrower` (the peer
 * checks a part of what the rule checks, e.g. port 22 only) — every resource the
 * peer fails, Onus fails too; `stricter` (the peer demands more, e.g. a customer
 * key) — every resource the peer passes, Onus passes too.
 */
const directions: Record<string, { missed: boolean; extra: boolean }> = {
  core: { missed: true, extra: true },
  narrower: { missed: true, extra: false },
  stricter: { missed: false, extra: true },
};

for (const c of manifest.filter((m) => directions[m.scopeClass] && ruleFor(m))) {
  const { missed, extra } = directions[c.scopeClass];
  test(`checkov ${c.peerId} (${c.format} ${c.family}, ${c.scopeClass}) agrees with ${ruleFor(c)}`, () => {
    const found = findingsFor(c, ruleFor(c)!);
    const disagreements: string[] = [];
    if (missed) for (const a of c.expect.failing) if (!found.has(a) && !deliberate[`${c.peerId} ${a}`]) disagreements.push(`missed ${a}`);
    if (extra) for (const a of c.expect.passing) if (found.has(a) && !deliberate[`${c.peerId} ${a}`]) disagreements.push(`extra ${a}`);
    assert.deepEqual(disagreements, []);
  });
}

test('checkov: every core case maps to an Onus rule', { skip }, () => {
  assert.deepEqual(manifest.filter((m) => m.scopeClass === 'core' && !ruleFor(m)).map((m) => `${m.family} ${m.peerId} ${m.format}`), []);
});

test('checkov corpus present', { skip }, () => {
  assert.ok(manifest.filter((m) => m.scopeClass === 'core' && ruleFor(m)).length >= 8);
});
