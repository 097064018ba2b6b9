/**
 * Finding identity across runs: a hash of the rule, the resource, the file
 * (relative to the scan root) and the message id — never line numbers — so a
 * finding keeps its identity when code moves above it or the file is edited
 * elsewhere. Identical findings on one resource are numbered in file order.
 * SARIF's partialFingerprints, the JSON report and --baseline all use it.
 */
import { createHash } from 'node:crypto';
import type { ScannedFile } from './scan';
import { parseWarningRule, syntaxErrorRule } from './pseudo-rules';

function hash(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

class Numbering {
  private readonly seen = new Map<string, number>();
  next(parts: readonly string[]): string {
    const base = hash(parts);
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return `${base}:${n}`;
  }
}

export interface FileFingerprints {
  findings: string[];
  problems: string[];
}

export function fingerprintsOf(file: ScannedFile): FileFingerprints {
  const numbering = new Numbering();
  const problems = file.problems.map((p) => numbering.next([p.severity === 'error' ? syntaxErrorRule.id : parseWarningRule.id, file.display, p.message]));
  const findings = file.findings.map((f) => numbering.next([f.ruleId, `${f.resource.type}.${f.resource.name}`, file.display, f.messageId]));
  return { findings, problems };
}
