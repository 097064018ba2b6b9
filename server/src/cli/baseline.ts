/**
 * `--baseline FILE`: a previous report (JSON from `--format json`, or SARIF);
 * findings whose fingerprint it holds are not reported again, so CI fails only
 * on new findings. Unrelated edits keep fingerprints (see fingerprint.ts).
 */
import { fingerprintKey } from './format-sarif';
import { fingerprintsOf } from './fingerprint';
import type { ScanResult } from './scan';

export class BaselineError extends Error {}

/** The fingerprints of a JSON or SARIF report. */
export function readBaseline(text: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError('not JSON (write a baseline with --format json or --format sarif)');
  }
  const out = new Set<string>();
  const d = data as { findings?: { fingerprint?: unknown }[]; runs?: { results?: { partialFingerprints?: Record<string, unknown> }[] }[] };
  if (Array.isArray(d.findings)) {
    for (const f of d.findings) if (typeof f?.fingerprint === 'string') out.add(f.fingerprint);
    return out;
  }
  if (Array.isArray(d.runs)) {
    for (const run of d.runs) for (const r of run.results ?? []) {
      const fp = r.partialFingerprints?.[fingerprintKey];
      if (typeof fp === 'string') out.add(fp);
    }
    return out;
  }
  throw new BaselineError('neither an Onus JSON report nor a SARIF log');
}

/** Removes the baselined findings from a result; returns how many were removed. */
export function applyBaseline(result: ScanResult, baseline: ReadonlySet<string>): number {
  let removed = 0;
  for (const file of result.files) {
    const prints = fingerprintsOf(file).findings;
    const kept = file.findings.filter((_, i) => !baseline.has(prints[i]));
    removed += file.findings.length - kept.length;
    file.findings = kept;
  }
  return removed;
}
