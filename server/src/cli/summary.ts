/** Counts shared by the formatters. */
import { severityOrder, type Severity } from '../index';
import type { ScanResult } from './scan';

export interface Summary {
  filesScanned: number;
  findings: number;
  syntaxErrors: number;
  filesWithProblems: number;
  bySeverity: Record<Severity, number>;
}

export function summarize(result: ScanResult): Summary {
  const bySeverity = Object.fromEntries([...severityOrder].reverse().map((s) => [s, 0])) as Record<Severity, number>;
  let findings = 0;
  let syntaxErrors = 0;
  let filesWithProblems = 0;
  for (const file of result.files) {
    for (const f of file.findings) bySeverity[f.severity]++;
    findings += file.findings.length;
    const errors = file.problems.filter((p) => p.severity === 'error').length;
    syntaxErrors += errors;
    if (file.findings.length > 0 || errors > 0) filesWithProblems++;
  }
  return { filesScanned: result.files.filter((f) => f.analysed).length, findings, syntaxErrors, filesWithProblems, bySeverity };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 findings (1 high, 1 low) in 1 file; 3 files scanned.` or `No findings; 3 files scanned.` */
export function summaryLine(summary: Summary): string {
  const scanned = `${plural(summary.filesScanned, 'file')} scanned.`;
  if (summary.findings === 0 && summary.syntaxErrors === 0) return `No findings; ${scanned}`;
  const parts: string[] = [];
  if (summary.findings > 0 || summary.syntaxErrors === 0) {
    const counts = [...severityOrder].reverse().filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
    parts.push(`${plural(summary.findings, 'finding')}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`);
  }
  if (summary.syntaxErrors > 0) parts.push(plural(summary.syntaxErrors, 'syntax error'));
  return `${parts.join(' and ')} in ${plural(summary.filesWithProblems, 'file')}; ${scanned}`;
}
