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
import { allRules } from '../../rules';
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

const families: Record<string, string> = {
  'ebs-encryption': 'aws-ebs-encryption',
  'rds-encryption': 'aws-rds-encryption',
  's3-encryption': 'aws-s3-bucket-encryption',
};

/** Where Onus decides differently from the peer on purpose. Key: `peerId address`. */
const pythonBoolean = '`False` is not an HCL boolean: Terraform reads it as a reference and rejects the file ("Invalid reference"); Onus keeps it unknown, and unknown never produces a finding';
const deliberate: Record<string, string> = {
  'CKV_AWS_3 aws_ebs_volume.disabled': pythonBoolean,
  'CKV_AWS_16 aws_db_instance.disabled': pythonBoolean,
};

const skip = corpusSkip('checkov');
const manifest: Case[] = skip ? [] : JSON.parse(readFileSync(join(sharedCorpus, 'checkov/manifest.json'), 'utf8'));
const config = resolveConfig({});

/** A finding on a linked resource (e.g. an S3 encryption configuration) counts for the resource it references. */
function address(finding: Finding, documents: OnusDocument[]): string {
  const resource = documents.flatMap((d) => d.resources).find((r) => r.name === finding.resource.name && r.type === finding.resource.type);
  const bucket = resource?.body.entries.get('bucket')?.value;
  if (resource && resource.type !== 'aws_s3_bucket' && resource.type.startsWith('aws_s3_bucket_') && bucket?.kind === 'unknown' && bucket.reference) {
    const [type, name] = bucket.reference.split('.');
    return `${type}.${name}`;
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
  const qualified = [...c.expect.failing, ...c.expect.passing].some((a) => a.includes('::'));
  for (const documents of units.values()) {
    for (const [uri, findings] of analyzeDocuments(documents, { config, rules: rule })) {
      for (const f of findings) {
        if (f.severity === 'info') continue;
        const a = address(f, documents);
        found.add(qualified ? `${relative(dir, uri)}::${a}` : a);
      }
    }
  }
  return found;
}

for (const c of manifest.filter((m) => m.scopeClass === 'core' && families[m.family])) {
  test(`checkov ${c.peerId} (${c.format} ${c.family}) agrees with ${families[c.family]}`, () => {
    const found = findingsFor(c, families[c.family]);
    const disagreements: string[] = [];
    for (const a of c.expect.failing) if (!found.has(a) && !deliberate[`${c.peerId} ${a}`]) disagreements.push(`missed ${a}`);
    for (const a of c.expect.passing) if (found.has(a) && !deliberate[`${c.peerId} ${a}`]) disagreements.push(`extra ${a}`);
    assert.deepEqual(disagreements, []);
  });
}

test('checkov corpus present', { skip }, () => {
  assert.ok(manifest.filter((m) => m.scopeClass === 'core' && families[m.family]).length >= 8);
});
