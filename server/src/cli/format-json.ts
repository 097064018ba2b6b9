/**
 * JSON report, a stable shape for scripts:
 * { tool, findings: [{ ruleId, severity, owner, duty, file, range, message, resource, fingerprint }],
 *   errors: [{ ruleId, severity, file, range, message }], summary }.
 * Lines and columns are 1-based; columns count UTF-16 code units; `end` is exclusive.
 */
import type { Range } from '../index';
import manifest from '../../../package.json';
import { fingerprintsOf } from './fingerprint';
import { parseWarningRule, syntaxErrorRule } from './pseudo-rules';
import type { ScanResult } from './scan';
import { summarize } from './summary';

export interface JsonRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export function oneBased(range: Range): JsonRange {
  return {
    start: { line: range.start.line + 1, column: range.start.character + 1 },
    end: { line: range.end.line + 1, column: range.end.character + 1 },
  };
}

export function formatJson(result: ScanResult): string {
  const findings = result.files.flatMap((file) => {
    const prints = fingerprintsOf(file).findings;
    return file.findings.map((f, i) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      owner: f.owner,
      duty: f.duty,
      file: file.display,
      range: oneBased(f.range),
      message: f.message,
      resource: { type: f.resource.type, name: f.resource.name },
      // Stable across unrelated edits; `--baseline` reads it.
      fingerprint: prints[i],
    }));
  });
  const errors = result.files.flatMap((file) =>
    file.problems.map((p) => ({
      ruleId: p.severity === 'error' ? syntaxErrorRule.id : parseWarningRule.id,
      severity: p.severity,
      file: file.display,
      range: oneBased(p.range),
      message: p.message,
    })),
  );
  const summary = summarize(result);
  const report = {
    tool: { name: 'onus', version: manifest.version },
    findings,
    errors,
    summary: { filesScanned: summary.filesScanned, findings: summary.findings, syntaxErrors: summary.syntaxErrors, bySeverity: summary.bySeverity },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
